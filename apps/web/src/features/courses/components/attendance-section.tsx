import type { CourseDto, CourseSessionDto } from '@kokemus/api-client';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox } from 'suomifi-ui-components';
import { type ApiProblem, toApiProblem } from '../../../shared/api/api-problem';
import { formatTimeRange } from '../../../shared/format/date';
import { ProblemAlert } from '../../../shared/ui/problem-alert';
import { useRecordCourseAttendance } from '../api/record-course-attendance';
import { attendees, presentAt, sameMembers, togglePresent } from '../courses.rules';

/** Attendance, one session at a time: a fieldset of the people on the course, saved on its own. */
export function AttendanceSection({ course }: { course: CourseDto }) {
  const { t } = useTranslation();
  if (course.sessions.length === 0) return <p>{t('courses.attendance.noSessions')}</p>;
  if (attendees(course).length === 0) return <p>{t('courses.attendance.nobody')}</p>;
  return (
    <div className="slot-list">
      {course.sessions.map((session, i) => (
        <SessionAttendance key={session.id} course={course} session={session} n={i + 1} />
      ))}
    </div>
  );
}

function SessionAttendance({
  course,
  session,
  n,
}: {
  course: CourseDto;
  session: CourseSessionDto;
  n: number;
}) {
  const { t, i18n } = useTranslation();
  const record = useRecordCourseAttendance();
  const people = attendees(course);
  const order = people.map((e) => e.id);
  const saved = presentAt(course, session.id);
  const [present, setPresent] = useState<string[]>(saved);
  const [notice, setNotice] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const when = formatTimeRange(session.startsAt, session.endsAt, i18n.language);
  const legend = t('courses.attendance.legend', { n, when });
  const changed = !sameMembers(present, saved);

  const save = () => {
    setNotice('');
    setProblem(null);
    record.mutate(
      { path: { id: course.id, sessionId: session.id }, body: { presentEnrolmentIds: present } },
      {
        onSuccess: (next) => {
          setPresent(presentAt(next, session.id));
          setNotice(t('courses.attendance.saved', { n, count: presentAt(next, session.id).length }));
        },
        onError: (error) => setProblem(toApiProblem(error)),
      },
    );
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
    >
      <fieldset className="slot-row">
        <legend>{legend}</legend>
        {session.topic ? <p className="course-session-topic">{session.topic}</p> : null}
        <p className="hint">
          {t('courses.attendance.count', { count: present.length, total: people.length })}
        </p>
        {people.map((e) => (
          <Checkbox
            key={e.id}
            id={`attendance-${session.id}-${e.id}`}
            checked={present.includes(e.id)}
            onClick={({ checkboxState }) => {
              setNotice('');
              setPresent((p) => togglePresent(p, e.id, checkboxState, order));
            }}
          >
            {e.name}
          </Checkbox>
        ))}
        <div className="button-row">
          <Button
            type="submit"
            disabled={record.isPending}
            aria-label={`${t('courses.attendance.save')}: ${legend}`}
          >
            {t('courses.attendance.save')}
          </Button>
          {changed ? <span className="hint course-unsaved">{t('courses.attendance.unsaved')}</span> : null}
        </div>
        <div role="status" className="notice">
          {notice}
        </div>
        {problem ? <ProblemAlert problem={problem} /> : null}
      </fieldset>
    </form>
  );
}

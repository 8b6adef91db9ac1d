import type { MyCourseDto } from '@kokemus/api-client';
import { useTranslation } from 'react-i18next';
import { formatDate, formatTimeRange, helsinkiDate } from '../../../shared/format/date';
import { attendancePercent, myCourseState, mySessionState, sessionsNeeded } from '../courses.rules';

/** One of the expert's courses, phone first: where they stand, in plain words, and each session. */
export function MyCourseCard({ item, now }: { item: MyCourseDto; now: Date }) {
  const { t, i18n } = useTranslation();
  const { course } = item;
  const state = myCourseState(course, item.status, helsinkiDate(now));
  const attended = item.attendedSessionIds.length;
  const sessions = item.sessions.length;
  const headingId = `my-course-${course.id}`;
  return (
    <li className="course-card">
      <h3 className="course-card-title" id={headingId}>
        {course.name}
      </h3>
      <p className={`course-state course-state-${state}`}>
        {state === 'completed' && item.completedOn
          ? t('courses.mine.state.completedOn', { date: formatDate(item.completedOn), count: course.hours })
          : t(`courses.mine.state.${state}`)}
      </p>
      <dl className="details details-inline">
        <dt>{t('courses.mine.when')}</dt>
        <dd>
          {formatDate(course.startsOn)}–{formatDate(course.endsOn)}
        </dd>
        <dt>{t('courses.mine.where')}</dt>
        <dd>{course.place ?? t('courses.detail.noPlace')}</dd>
        <dt>{t('courses.mine.organiser')}</dt>
        <dd>{course.organiser}</dd>
        {sessions > 0 ? (
          <>
            <dt>{t('courses.mine.attendance')}</dt>
            <dd>
              {t('courses.mine.attended', {
                attended,
                sessions,
                percent: attendancePercent(attended, sessions),
              })}
            </dd>
          </>
        ) : null}
      </dl>
      {item.status === 'enrolled' && sessions > 0 ? (
        <p className="hint">{t('courses.mine.needed', { needed: sessionsNeeded(sessions), sessions })}</p>
      ) : null}
      {sessions > 0 ? (
        <>
          <h4 className="course-sessions-heading">{t('courses.mine.sessions')}</h4>
          <ol className="plain-list course-sessions" aria-labelledby={headingId}>
            {item.sessions.map((s) => {
              const sessionState = mySessionState(s, item.attendedSessionIds, now);
              return (
                <li key={s.id} className="course-session">
                  <span className="course-session-when">
                    {formatTimeRange(s.startsAt, s.endsAt, i18n.language)}
                  </span>
                  {s.topic ? <span className="course-session-topic">{s.topic}</span> : null}
                  <span className={`course-session-state course-session-${sessionState}`}>
                    {t(`courses.mine.session.${sessionState}`)}
                  </span>
                </li>
              );
            })}
          </ol>
        </>
      ) : null}
    </li>
  );
}

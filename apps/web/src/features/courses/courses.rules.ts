import type {
  CourseDto,
  CourseEnrolmentDto,
  CourseKind,
  CourseSessionInputDto,
  CourseSummaryDto,
  CreateCourseDto,
} from '@kokemus/api-client';
import { helsinkiIso, normaliseTime, parseDate } from '../../shared/format/date';

export const COURSE_KINDS = [
  'basic',
  'further',
  'mentor',
  'co_training',
] as const satisfies readonly CourseKind[];

/** The share of a course's sessions a person must attend to complete it (the API's `attendanceEnough`). */
export const COMPLETION_ATTENDANCE = 0.8;

/** How many of `sessions` a person must attend: 80 %, rounded up (a course without sessions asks none). */
export function sessionsNeeded(sessions: number): number {
  return sessions === 0 ? 0 : Math.ceil(sessions * COMPLETION_ATTENDANCE - 1e-9);
}

/** Whether `attended` of `sessions` is enough to complete the course. */
export function attendanceEnough(attended: number, sessions: number): boolean {
  return attended >= sessionsNeeded(sessions);
}

/** The attendance as a whole percentage, rounded down so 79.9 % never reads as 80 %; 100 without sessions. */
export function attendancePercent(attended: number, sessions: number): number {
  if (sessions === 0) return 100;
  return Math.floor((Math.min(attended, sessions) / sessions) * 100 + 1e-9);
}

/** Who the present-at-a-session checkboxes are for: the people on the course (not those who withdrew). */
export function attendees(course: CourseDto): CourseEnrolmentDto[] {
  return course.enrolments.filter((e) => e.status !== 'withdrawn');
}

/** The enrolments ticked present at a session, as the course was last saved. */
export function presentAt(course: CourseDto, sessionId: string): string[] {
  return attendees(course)
    .filter((e) => e.attendedSessionIds.includes(sessionId))
    .map((e) => e.id);
}

/** Ticks or unticks one person, keeping the course's order so an unchanged set compares equal. */
export function togglePresent(
  present: readonly string[],
  enrolmentId: string,
  on: boolean,
  order: readonly string[],
): string[] {
  const next = new Set(present);
  if (on) next.add(enrolmentId);
  else next.delete(enrolmentId);
  return order.filter((id) => next.has(id));
}

export function sameMembers(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}

/** Whether the course has room for one more person. */
export function hasRoom(course: Pick<CourseSummaryDto, 'capacity' | 'enrolledCount'>): boolean {
  return course.enrolledCount < course.capacity;
}

/** Courses of one kind (the list's filter; all when none is chosen). */
export function ofKind<T extends { kind: CourseKind }>(courses: readonly T[], kind?: CourseKind): T[] {
  return kind ? courses.filter((c) => c.kind === kind) : [...courses];
}

// ------------------------------------------------------------------ the new-course form

export type SessionValues = { date: string; startTime: string; endTime: string; topic: string };

export type CourseFormValues = {
  name: string;
  organiser: string;
  kind: CourseKind | '';
  startsOn: string;
  endsOn: string;
  hours: string;
  capacity: string;
  place: string;
  sessions: SessionValues[];
};

export function emptyCourse(): CourseFormValues {
  return {
    name: '',
    organiser: '',
    kind: '',
    startsOn: '',
    endsOn: '',
    hours: '',
    capacity: '',
    place: '',
    sessions: [],
  };
}

function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

function finnish(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}.${m}.${y}`;
}

/**
 * The row "Add a session" appends: a week after the last session, at the same times (courses meet weekly);
 * the first one on the course's first day. A date that cannot be read yet is left for the person to type.
 */
export function nextSession(sessions: readonly SessionValues[], startsOn: string): SessionValues {
  const last = sessions.at(-1);
  if (last) {
    const day = parseDate(last.date);
    return {
      date: day ? finnish(addDays(day, 7)) : '',
      startTime: last.startTime,
      endTime: last.endTime,
      topic: '',
    };
  }
  const first = parseDate(startsOn);
  return { date: first ? finnish(first) : '', startTime: '', endTime: '', topic: '' };
}

/** Takes out the row at `index`; the others keep their order. */
export function withoutSession(sessions: readonly SessionValues[], index: number): SessionValues[] {
  return sessions.filter((_, i) => i !== index);
}

/** Sessions in time order (the person may add them in any order). */
export function sortedSessions(sessions: readonly SessionValues[]): SessionValues[] {
  const key = (s: SessionValues) => `${parseDate(s.date) ?? '9999'}T${normaliseTime(s.startTime) ?? '99'}`;
  return [...sessions].sort((a, b) => key(a).localeCompare(key(b)));
}

export type Issue = { field: string; key: string; values?: Record<string, string | number> };

const TEXT_MAX = 200;
const PLACE_MAX = 300;
const WHOLE = /^\d+$/;

/** Everything wrong with the form, each on its field, as translation keys (fi/sv/en in the feature's i18n). */
export function checkCourse(values: CourseFormValues): Issue[] {
  const issues: Issue[] = [];
  const required = (field: keyof CourseFormValues, value: string) => {
    if (!value.trim()) issues.push({ field, key: 'validation.required' });
    return Boolean(value.trim());
  };
  for (const field of ['name', 'organiser'] as const) {
    if (required(field, values[field]) && values[field].trim().length > TEXT_MAX)
      issues.push({ field, key: 'validation.tooLong', values: { max: TEXT_MAX } });
  }
  if (!values.kind) issues.push({ field: 'kind', key: 'courses.validation.kind' });
  const startsOn = required('startsOn', values.startsOn) ? parseDate(values.startsOn) : null;
  if (values.startsOn.trim() && !startsOn) issues.push({ field: 'startsOn', key: 'courses.validation.date' });
  const endsOn = required('endsOn', values.endsOn) ? parseDate(values.endsOn) : null;
  if (values.endsOn.trim() && !endsOn) issues.push({ field: 'endsOn', key: 'courses.validation.date' });
  if (startsOn && endsOn && endsOn < startsOn)
    issues.push({ field: 'endsOn', key: 'courses.validation.endsBeforeStart' });
  const whole = (field: 'hours' | 'capacity', max: number) => {
    if (!required(field, values[field])) return;
    const text = values[field].trim();
    if (!WHOLE.test(text) || Number(text) < 1 || Number(text) > max)
      issues.push({ field, key: `courses.validation.${field}`, values: { max } });
  };
  whole('hours', 500);
  whole('capacity', 200);
  if (values.place.trim().length > PLACE_MAX)
    issues.push({ field: 'place', key: 'validation.tooLong', values: { max: PLACE_MAX } });
  values.sessions.forEach((s, i) => {
    const at = (part: keyof SessionValues) => `sessions.${i}.${part}`;
    const day = s.date.trim() ? parseDate(s.date) : null;
    if (!s.date.trim()) issues.push({ field: at('date'), key: 'validation.required' });
    else if (!day) issues.push({ field: at('date'), key: 'courses.validation.date' });
    else if ((startsOn && day < startsOn) || (endsOn && day > endsOn))
      issues.push({ field: at('date'), key: 'courses.validation.sessionOutside' });
    const start = s.startTime.trim() ? normaliseTime(s.startTime) : null;
    const end = s.endTime.trim() ? normaliseTime(s.endTime) : null;
    if (!s.startTime.trim()) issues.push({ field: at('startTime'), key: 'validation.required' });
    else if (!start) issues.push({ field: at('startTime'), key: 'courses.validation.time' });
    if (!s.endTime.trim()) issues.push({ field: at('endTime'), key: 'validation.required' });
    else if (!end) issues.push({ field: at('endTime'), key: 'courses.validation.time' });
    else if (start && end <= start)
      issues.push({ field: at('endTime'), key: 'courses.validation.endsBeforeStart' });
    if (s.topic.trim().length > TEXT_MAX)
      issues.push({ field: at('topic'), key: 'validation.tooLong', values: { max: TEXT_MAX } });
  });
  return issues;
}


/** The checked form as the API's body (call only when `checkCourse` found nothing). */
export function toCreateCourseBody(values: CourseFormValues): CreateCourseDto {
  const sessions: CourseSessionInputDto[] = sortedSessions(values.sessions).map((s) => {
    const day = parseDate(s.date)!;
    return {
      startsAt: helsinkiIso(day, normaliseTime(s.startTime)!),
      endsAt: helsinkiIso(day, normaliseTime(s.endTime)!),
      topic: s.topic.trim() || null,
    };
  });
  return {
    name: values.name.trim(),
    organiser: values.organiser.trim(),
    kind: values.kind as CourseKind,
    startsOn: parseDate(values.startsOn)!,
    endsOn: parseDate(values.endsOn)!,
    hours: Number(values.hours.trim()),
    capacity: Number(values.capacity.trim()),
    place: values.place.trim() || null,
    sessions,
  };
}

/** The form's field for a field the API named (`sessions.2.startsAt` → `sessions.2.date`). */
export function formFieldOf(apiField: string): string | null {
  const session = /^sessions\.(\d+)\.(startsAt|endsAt|topic)$/.exec(apiField);
  if (session) {
    const part = session[2] === 'startsAt' ? 'date' : session[2] === 'endsAt' ? 'endTime' : 'topic';
    return `sessions.${session[1]}.${part}`;
  }
  const known = ['name', 'organiser', 'kind', 'startsOn', 'endsOn', 'hours', 'capacity', 'place'];
  return known.includes(apiField) ? apiField : null;
}

// ------------------------------------------------------------------ the expert's own view

/** Where the expert stands on a course, in plain words: done, in progress or to come (by Helsinki date). */
export function myCourseState(
  course: Pick<CourseSummaryDto, 'startsOn' | 'endsOn'>,
  status: CourseEnrolmentDto['status'],
  today: string,
): 'completed' | 'withdrawn' | 'upcoming' | 'ongoing' | 'ended' {
  if (status === 'completed') return 'completed';
  if (status === 'withdrawn') return 'withdrawn';
  if (today < course.startsOn) return 'upcoming';
  if (today <= course.endsOn) return 'ongoing';
  return 'ended';
}

/** One session from the expert's side: still to come, attended, or not marked present. */
export function mySessionState(
  session: { id: string; startsAt: string },
  attendedSessionIds: readonly string[],
  now: Date,
): 'attended' | 'upcoming' | 'notMarked' {
  if (attendedSessionIds.includes(session.id)) return 'attended';
  return new Date(session.startsAt).getTime() > now.getTime() ? 'upcoming' : 'notMarked';
}

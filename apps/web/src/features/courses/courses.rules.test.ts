import type { CourseDto, CourseEnrolmentDto } from '@kokemus/api-client';
import {
  attendanceEnough,
  attendancePercent,
  checkCourse,
  type CourseFormValues,
  emptyCourse,
  formFieldOf,
  myCourseState,
  mySessionState,
  nextSession,
  ofKind,
  presentAt,
  sessionsNeeded,
  sortedSessions,
  toCreateCourseBody,
  togglePresent,
  withoutSession,
} from './courses.rules';

const session = (date: string, startTime = '9.00', endTime = '12.00', topic = '') => ({
  date,
  startTime,
  endTime,
  topic,
});

function filled(overrides: Partial<CourseFormValues> = {}): CourseFormValues {
  return {
    ...emptyCourse(),
    name: ' Peruskoulutus, kevät 2027 ',
    organiser: 'Järvi-Suomen hyvinvointialue',
    kind: 'basic',
    startsOn: '1.3.2027',
    endsOn: '30.4.2027',
    hours: '60',
    capacity: '16',
    sessions: [session('2.3.2027', '9', '12.30', 'Oma tarina')],
    ...overrides,
  };
}

function enrolment(id: string, attended: string[], status: CourseEnrolmentDto['status'] = 'enrolled') {
  return {
    id,
    expertId: id,
    applicationId: null,
    name: id,
    status,
    completedOn: null,
    attendedSessionIds: attended,
    mayComplete: false,
  } satisfies CourseEnrolmentDto;
}

describe('attendance', () => {
  it('needs 80 % of the sessions, rounded up, as the API counts', () => {
    expect([1, 2, 3, 4, 5, 6, 10].map(sessionsNeeded)).toEqual([1, 2, 3, 4, 4, 5, 8]);
    expect(sessionsNeeded(0)).toBe(0);
    expect(attendanceEnough(4, 5)).toBe(true);
    expect(attendanceEnough(4, 6)).toBe(false);
    expect(attendanceEnough(5, 6)).toBe(true);
    expect(attendanceEnough(0, 0)).toBe(true);
  });

  it('shows the percentage rounded down, so a short attendance never reads as 80 %', () => {
    expect(attendancePercent(5, 6)).toBe(83);
    expect(attendancePercent(4, 5)).toBe(80);
    expect(attendancePercent(2, 3)).toBe(66);
    expect(attendancePercent(3, 3)).toBe(100);
    expect(attendancePercent(0, 6)).toBe(0);
    expect(attendancePercent(0, 0)).toBe(100);
  });

  it('lists who was at a session, leaving out those who withdrew, and toggles in the course’s order', () => {
    const course = {
      enrolments: [enrolment('a', ['s1']), enrolment('b', ['s1', 's2']), enrolment('c', ['s1'], 'withdrawn')],
    } as unknown as CourseDto;
    expect(presentAt(course, 's1')).toEqual(['a', 'b']);
    expect(presentAt(course, 's2')).toEqual(['b']);
    const order = ['a', 'b'];
    expect(togglePresent(['b'], 'a', true, order)).toEqual(['a', 'b']);
    expect(togglePresent(['a', 'b'], 'a', false, order)).toEqual(['b']);
    expect(togglePresent(['a'], 'a', true, order)).toEqual(['a']);
  });
});

describe('the session list', () => {
  it('adds the first session on the course’s first day and the next a week after the last, same times', () => {
    expect(nextSession([], '1.3.2027')).toEqual(session('1.3.2027', '', '', ''));
    expect(nextSession([], '')).toEqual(session('', '', '', ''));
    expect(nextSession([session('26.2.2027', '9.00', '12.00', 'Oma tarina')], '1.2.2027')).toEqual(
      session('5.3.2027', '9.00', '12.00', ''),
    );
    expect(nextSession([session('huomenna', '9.00', '12.00')], '1.2.2027').date).toBe('');
  });

  it('removes one row and keeps the others in order', () => {
    const rows = [session('1.3.2027'), session('8.3.2027'), session('15.3.2027')];
    expect(withoutSession(rows, 1).map((s) => s.date)).toEqual(['1.3.2027', '15.3.2027']);
    expect(withoutSession(rows, 5)).toHaveLength(3);
  });

  it('sends the sessions in time order', () => {
    const rows = [session('8.3.2027', '13.00'), session('1.3.2027', '9.00'), session('8.3.2027', '9.00')];
    expect(sortedSessions(rows).map((s) => `${s.date} ${s.startTime}`)).toEqual([
      '1.3.2027 9.00',
      '8.3.2027 9.00',
      '8.3.2027 13.00',
    ]);
  });
});

describe('the new-course form', () => {
  it('asks for every required field', () => {
    expect(checkCourse(emptyCourse()).map((i) => `${i.field} ${i.key}`)).toEqual([
      'name validation.required',
      'organiser validation.required',
      'kind courses.validation.kind',
      'startsOn validation.required',
      'endsOn validation.required',
      'hours validation.required',
      'capacity validation.required',
    ]);
  });

  it('checks dates, whole numbers and each session', () => {
    const issues = checkCourse(
      filled({
        startsOn: '31.2.2027',
        endsOn: '30.4.2027',
        hours: '7,5',
        capacity: '201',
        sessions: [session('1.5.2027'), session('', '25.00', ''), session('2.3.2027', '12.00', '9.00')],
      }),
    );
    expect(issues.map((i) => `${i.field} ${i.key}`)).toEqual([
      'startsOn courses.validation.date',
      'hours courses.validation.hours',
      'capacity courses.validation.capacity',
      'sessions.0.date courses.validation.sessionOutside',
      'sessions.1.date validation.required',
      'sessions.1.startTime courses.validation.time',
      'sessions.1.endTime validation.required',
      'sessions.2.endTime courses.validation.endsBeforeStart',
    ]);
    expect(checkCourse(filled({ endsOn: '28.2.2027', sessions: [] }))).toEqual([
      { field: 'endsOn', key: 'courses.validation.endsBeforeStart' },
    ]);
    expect(checkCourse(filled())).toEqual([]);
  });

  it('builds the API body with Helsinki times (winter and summer time)', () => {
    const body = toCreateCourseBody(
      filled({
        sessions: [session('2.4.2027', '13', '16', ''), session('2.3.2027', '9', '12.30', 'Oma tarina')],
      }),
    );
    expect(body).toEqual({
      name: 'Peruskoulutus, kevät 2027',
      organiser: 'Järvi-Suomen hyvinvointialue',
      kind: 'basic',
      startsOn: '2027-03-01',
      endsOn: '2027-04-30',
      hours: 60,
      capacity: 16,
      place: null,
      sessions: [
        { startsAt: '2027-03-02T09:00:00+02:00', endsAt: '2027-03-02T12:30:00+02:00', topic: 'Oma tarina' },
        { startsAt: '2027-04-02T13:00:00+03:00', endsAt: '2027-04-02T16:00:00+03:00', topic: null },
      ],
    });
  });

  it('puts the API’s field errors on the form’s fields', () => {
    expect(formFieldOf('sessions.2.startsAt')).toBe('sessions.2.date');
    expect(formFieldOf('sessions.0.endsAt')).toBe('sessions.0.endTime');
    expect(formFieldOf('endsOn')).toBe('endsOn');
    expect(formFieldOf('somethingElse')).toBeNull();
  });
});

describe('the list and the expert’s view', () => {
  it('filters by kind', () => {
    const courses = [
      { id: '1', kind: 'basic' as const },
      { id: '2', kind: 'mentor' as const },
    ];
    expect(ofKind(courses, 'mentor').map((c) => c.id)).toEqual(['2']);
    expect(ofKind(courses)).toHaveLength(2);
  });

  it('tells where the expert stands on a course and on each session', () => {
    const course = { startsOn: '2026-11-01', endsOn: '2026-12-15' };
    expect(myCourseState(course, 'enrolled', '2026-10-31')).toBe('upcoming');
    expect(myCourseState(course, 'enrolled', '2026-12-15')).toBe('ongoing');
    expect(myCourseState(course, 'enrolled', '2026-12-16')).toBe('ended');
    expect(myCourseState(course, 'completed', '2026-11-02')).toBe('completed');
    const now = new Date('2026-11-26T10:00:00Z');
    expect(mySessionState({ id: 's1', startsAt: '2026-11-20T07:00:00Z' }, ['s1'], now)).toBe('attended');
    expect(mySessionState({ id: 's2', startsAt: '2026-11-20T07:00:00Z' }, ['s1'], now)).toBe('notMarked');
    expect(mySessionState({ id: 's3', startsAt: '2026-12-03T07:00:00Z' }, [], now)).toBe('upcoming');
  });
});

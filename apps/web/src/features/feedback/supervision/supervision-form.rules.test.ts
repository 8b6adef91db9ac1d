import {
  addDays,
  fieldOfApiError,
  supervisionBody,
  supervisionFormProblems,
  type SupervisionFormValues,
} from './supervision-form.rules';

const ok: SupervisionFormValues = {
  kind: 'group',
  purpose: 'after_task',
  date: '23.9.2027',
  start: '13',
  end: '15.00',
  place: ' Kokemuskeskus ',
  supervisorName: 'Marja Hakala',
  supervisorExternal: true,
  assignmentId: 'a1',
  expertIds: ['e1', 'e2'],
};

describe('the supervision form', () => {
  it('has nothing to say about a good session and builds the body in Helsinki time', () => {
    expect(supervisionFormProblems(ok)).toEqual({});
    expect(supervisionBody(ok)).toEqual({
      kind: 'group',
      purpose: 'after_task',
      startsAt: '2027-09-23T13:00:00+03:00',
      endsAt: '2027-09-23T15:00:00+03:00',
      place: 'Kokemuskeskus',
      supervisorName: 'Marja Hakala',
      supervisorExternal: true,
      assignmentId: 'a1',
      expertIds: ['e1', 'e2'],
    });
  });

  it('asks for a real date and times, 15 minutes to 8 hours', () => {
    expect(supervisionFormProblems({ ...ok, date: '31.2.2027', start: 'x' })).toEqual({
      date: 'date',
      start: 'start',
    });
    expect(supervisionFormProblems({ ...ok, end: '13.10' }).end).toBe('length');
    expect(supervisionFormProblems({ ...ok, end: '21.30' }).end).toBe('length');
  });

  it('wants one expert alone, 2–12 in a group, and a task unless regular', () => {
    expect(supervisionFormProblems({ ...ok, kind: 'individual' }).experts).toBe('individual');
    expect(supervisionFormProblems({ ...ok, expertIds: ['e1'] }).experts).toBe('group');
    expect(supervisionFormProblems({ ...ok, assignmentId: '' }).assignmentId).toBe('task');
    expect(supervisionFormProblems({ ...ok, purpose: 'regular', assignmentId: '' })).toEqual({});
    expect(supervisionBody({ ...ok, purpose: 'regular' }).assignmentId).toBeNull();
  });

  it('names the field of each of the API’s errors', () => {
    expect(fieldOfApiError('endsAt')).toBe('end');
    expect(fieldOfApiError('expertIds')).toBe('experts');
    expect(fieldOfApiError('place')).toBe('place');
    expect(fieldOfApiError('something')).toBeNull();
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
  });
});

import type { MentorshipDto } from '@kokemus/api-client';
import {
  activeFirst,
  checkAssessment,
  checkNewMentorship,
  closingState,
  emptyMentorship,
  formFieldOf,
  mayAssess,
  progressPercent,
  roleIn,
  tasksLeft,
  toCreateMentorshipBody,
} from './mentorships.rules';

const MENTOR = { expertId: 'm-1', name: 'Maija Mentori' };
const TRAINEE = { expertId: 't-1', name: 'Toni Uusi' };

function mentorship(overrides: Partial<MentorshipDto> = {}): MentorshipDto {
  return {
    id: 'ms-1',
    mentor: MENTOR,
    trainee: TRAINEE,
    status: 'active',
    tasksRequired: 3,
    tasksApproved: 1,
    ready: false,
    startedOn: '2026-10-01',
    closedOn: null,
    version: 1,
    assessments: [],
    toAssess: [],
    closingNote: null,
    ...overrides,
  };
}

describe('the new-mentorship form', () => {
  it('asks for both people and defaults to three tasks', () => {
    expect(emptyMentorship().tasksRequired).toBe('3');
    expect(checkNewMentorship(emptyMentorship()).map((i) => [i.field, i.key])).toEqual([
      ['mentor', 'mentorships.validation.mentor'],
      ['trainee', 'mentorships.validation.trainee'],
    ]);
  });

  it('refuses the same person twice', () => {
    const p = { id: 'x', name: 'X' };
    expect(checkNewMentorship({ mentor: p, trainee: p, tasksRequired: '3' })).toEqual([
      { field: 'trainee', key: 'mentorships.validation.samePerson' },
    ]);
  });

  it.each([
    ['', 'validation.required'],
    ['0', 'mentorships.validation.tasksRequired'],
    ['21', 'mentorships.validation.tasksRequired'],
    ['2.5', 'mentorships.validation.tasksRequired'],
    ['kolme', 'mentorships.validation.tasksRequired'],
  ])('refuses %j tasks', (tasks, key) => {
    const issues = checkNewMentorship({
      mentor: { id: 'a', name: 'A' },
      trainee: { id: 'b', name: 'B' },
      tasksRequired: tasks,
    });
    expect(issues.map((i) => i.key)).toEqual([key]);
  });

  it.each(['1', '20', ' 5 '])('accepts %j tasks and builds the body', (tasks) => {
    const values = { mentor: { id: 'a', name: 'A' }, trainee: { id: 'b', name: 'B' }, tasksRequired: tasks };
    expect(checkNewMentorship(values)).toEqual([]);
    expect(toCreateMentorshipBody(values)).toEqual({
      mentorExpertId: 'a',
      traineeExpertId: 'b',
      tasksRequired: Number(tasks.trim()),
    });
  });

  it('maps the API’s field names to the form', () => {
    expect(formFieldOf('mentorExpertId')).toBe('mentor');
    expect(formFieldOf('traineeExpertId')).toBe('trainee');
    expect(formFieldOf('tasksRequired')).toBe('tasksRequired');
    expect(formFieldOf('other')).toBeNull();
  });
});

describe('progress', () => {
  it('counts what is left and never goes below zero or above 100 %', () => {
    expect(tasksLeft({ tasksApproved: 1, tasksRequired: 3 })).toBe(2);
    expect(tasksLeft({ tasksApproved: 4, tasksRequired: 3 })).toBe(0);
    expect(progressPercent({ tasksApproved: 2, tasksRequired: 3 })).toBe(66);
    expect(progressPercent({ tasksApproved: 5, tasksRequired: 3 })).toBe(100);
  });

  it('puts the active mentorships first, keeping the order within each', () => {
    const items = [
      { id: 1, status: 'completed' as const },
      { id: 2, status: 'active' as const },
      { id: 3, status: 'ended' as const },
      { id: 4, status: 'active' as const },
    ];
    expect(activeFirst(items).map((m) => m.id)).toEqual([2, 4, 1, 3]);
  });
});

describe('who does what', () => {
  it('knows the expert’s part', () => {
    expect(roleIn(mentorship(), 'm-1')).toBe('mentor');
    expect(roleIn(mentorship(), 't-1')).toBe('trainee');
    expect(roleIn(mentorship(), 'other')).toBeNull();
    expect(roleIn(mentorship(), undefined)).toBeNull();
  });

  it('lets the mentor and coordinators assess an active mentorship, not the trainee', () => {
    expect(mayAssess(mentorship(), ['expert'], 'm-1')).toBe(true);
    expect(mayAssess(mentorship(), ['expert'], 't-1')).toBe(false);
    expect(mayAssess(mentorship(), ['coordinator'], undefined)).toBe(true);
    expect(mayAssess(mentorship({ status: 'completed' }), ['coordinator'], undefined)).toBe(false);
  });

  it('offers closing to coordinators on an active mentorship, completing once ready', () => {
    expect(closingState(mentorship(), ['expert'])).toBe('hidden');
    expect(closingState(mentorship(), ['coordinator'])).toBe('notReady');
    expect(closingState(mentorship({ ready: true, tasksApproved: 3 }), ['coordinator'])).toBe('ready');
    expect(closingState(mentorship({ status: 'ended' }), ['coordinator'])).toBe('hidden');
  });

  it('asks an assessment for the verdict and a note', () => {
    expect(checkAssessment({ approved: '', note: ' ' }).map((i) => i.field)).toEqual(['approved', 'note']);
    expect(checkAssessment({ approved: 'no', note: 'x'.repeat(2001) })).toEqual([
      { field: 'note', key: 'validation.tooLong', values: { max: 2000 } },
    ]);
    expect(checkAssessment({ approved: 'yes', note: 'Hyvin meni' })).toEqual([]);
  });
});

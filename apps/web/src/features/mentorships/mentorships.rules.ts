import type {
  CreateMentorshipDto,
  MentorshipDto,
  MentorshipStatus,
  MentorshipSummaryDto,
  Role,
} from '@kokemus/api-client';

export const MENTORSHIP_STATUSES = [
  'active',
  'completed',
  'ended',
] as const satisfies readonly MentorshipStatus[];

/** The number of approved tasks asked when the coordinator does not choose (the API's default). */
export const DEFAULT_TASKS_REQUIRED = 3;
export const TASKS_REQUIRED_MIN = 1;
export const TASKS_REQUIRED_MAX = 20;
/** The API's limits on the notes. */
export const ASSESSMENT_NOTE_MAX = 2000;
export const CLOSING_NOTE_MAX = 1000;

export type Issue = { field: string; key: string; values?: Record<string, string | number> };

// ------------------------------------------------------------------ the new-mentorship form

export type PersonChoice = { id: string; name: string };

export type NewMentorshipValues = {
  mentor: PersonChoice | null;
  trainee: PersonChoice | null;
  tasksRequired: string;
};

export function emptyMentorship(): NewMentorshipValues {
  return { mentor: null, trainee: null, tasksRequired: String(DEFAULT_TASKS_REQUIRED) };
}

const WHOLE = /^\d+$/;

/** Everything wrong with the form, each on its field, as translation keys (fi/sv/en in the feature's i18n). */
export function checkNewMentorship(values: NewMentorshipValues): Issue[] {
  const issues: Issue[] = [];
  if (!values.mentor) issues.push({ field: 'mentor', key: 'mentorships.validation.mentor' });
  if (!values.trainee) issues.push({ field: 'trainee', key: 'mentorships.validation.trainee' });
  else if (values.mentor && values.mentor.id === values.trainee.id)
    issues.push({ field: 'trainee', key: 'mentorships.validation.samePerson' });
  const text = values.tasksRequired.trim();
  if (!text) issues.push({ field: 'tasksRequired', key: 'validation.required' });
  else if (!WHOLE.test(text) || Number(text) < TASKS_REQUIRED_MIN || Number(text) > TASKS_REQUIRED_MAX)
    issues.push({
      field: 'tasksRequired',
      key: 'mentorships.validation.tasksRequired',
      values: { min: TASKS_REQUIRED_MIN, max: TASKS_REQUIRED_MAX },
    });
  return issues;
}

/** The request body of a form that passed `checkNewMentorship`. */
export function toCreateMentorshipBody(values: NewMentorshipValues): CreateMentorshipDto {
  if (!values.mentor || !values.trainee) throw new Error('The form was not checked');
  return {
    mentorExpertId: values.mentor.id,
    traineeExpertId: values.trainee.id,
    tasksRequired: Number(values.tasksRequired.trim()),
  };
}

/** Where the API's field names land on the form. */
export function formFieldOf(apiField: string): 'mentor' | 'trainee' | 'tasksRequired' | null {
  if (apiField === 'mentorExpertId') return 'mentor';
  if (apiField === 'traineeExpertId') return 'trainee';
  if (apiField === 'tasksRequired') return 'tasksRequired';
  return null;
}

// ------------------------------------------------------------------ progress and who does what

type Progress = Pick<MentorshipSummaryDto, 'tasksApproved' | 'tasksRequired'>;

/** Approved tasks still needed before the mentorship may be completed (never below zero). */
export function tasksLeft(m: Progress): number {
  return Math.max(0, m.tasksRequired - m.tasksApproved);
}

/** The share done as a whole percentage for a progress bar, capped at 100. */
export function progressPercent(m: Progress): number {
  if (m.tasksRequired <= 0) return 100;
  return Math.min(100, Math.floor((m.tasksApproved / m.tasksRequired) * 100 + 1e-9));
}

/** The signed-in expert's part in a mentorship, if any. */
export function roleIn(
  m: Pick<MentorshipSummaryDto, 'mentor' | 'trainee'>,
  expertId: string | undefined,
): 'mentor' | 'trainee' | null {
  if (!expertId) return null;
  if (m.mentor.expertId === expertId) return 'mentor';
  if (m.trainee.expertId === expertId) return 'trainee';
  return null;
}

/** Who may record assessments: the mentor or a coordinator, on an active mentorship only. */
export function mayAssess(
  m: Pick<MentorshipDto, 'status' | 'mentor' | 'trainee'>,
  roles: readonly Role[],
  expertId: string | undefined,
): boolean {
  if (m.status !== 'active') return false;
  return roles.includes('coordinator') || roleIn(m, expertId) === 'mentor';
}

/** Coordinators close an active mentorship: completing it waits for enough approved tasks. */
export function closingState(
  m: Pick<MentorshipDto, 'status' | 'ready' | 'tasksApproved' | 'tasksRequired'>,
  roles: readonly Role[],
): 'hidden' | 'notReady' | 'ready' {
  if (m.status !== 'active' || !roles.includes('coordinator')) return 'hidden';
  return m.ready ? 'ready' : 'notReady';
}

export type AssessmentValues = { approved: '' | 'yes' | 'no'; note: string };

/** An assessment needs the yes/no and a short note (what went well, what to practise). */
export function checkAssessment(values: AssessmentValues): Issue[] {
  const issues: Issue[] = [];
  if (!values.approved) issues.push({ field: 'approved', key: 'mentorships.validation.approved' });
  const note = values.note.trim();
  if (!note) issues.push({ field: 'note', key: 'mentorships.validation.note' });
  else if (note.length > ASSESSMENT_NOTE_MAX)
    issues.push({ field: 'note', key: 'validation.tooLong', values: { max: ASSESSMENT_NOTE_MAX } });
  return issues;
}

/** Active mentorships first, then the newest start; the API's paging order is kept within each. */
export function activeFirst<T extends Pick<MentorshipSummaryDto, 'status'>>(items: readonly T[]): T[] {
  return [...items.filter((m) => m.status === 'active'), ...items.filter((m) => m.status !== 'active')];
}

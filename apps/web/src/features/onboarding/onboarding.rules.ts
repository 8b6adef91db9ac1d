import type {
  ApplicationMove,
  ApplicationStep,
  BoardColumnDto,
  RecruitmentRoundDto,
} from '@kokemus/api-client';
import { helsinkiIso, normaliseTime, parseDate } from '../../shared/format/date';

/** The open steps in path order: the board's columns and the list's step filter. */
export const OPEN_STEPS = [
  'awaiting_guardian',
  'received',
  'screening',
  'interview',
  'training',
  'orientation',
  'agreements',
] as const satisfies readonly ApplicationStep[];

/** The steps an application ends in (the board counts those of the last 12 months). */
export const CLOSED_STEPS = ['active', 'rejected', 'closed'] as const satisfies readonly ApplicationStep[];

const OPEN = new Set<ApplicationStep>(OPEN_STEPS);

export function isOpenStep(step: ApplicationStep): boolean {
  return OPEN.has(step);
}

/** The board in two parts: the open steps (path order, as the API gives them) and the ended ones. */
export function boardGroups(columns: readonly BoardColumnDto[]): {
  open: BoardColumnDto[];
  ended: BoardColumnDto[];
  stalled: number;
} {
  const open = columns.filter((c) => isOpenStep(c.step));
  return {
    open,
    ended: columns.filter((c) => !isOpenStep(c.step)),
    stalled: open.reduce((sum, c) => sum + c.stalled, 0),
  };
}

/** The moves in the order the form offers them: the way forward first, ending the application last. */
const MOVE_ORDER: readonly ApplicationMove[] = [
  'guardian_consented',
  'start_screening',
  'invite_to_interview',
  'pass_interview',
  'reschedule_interview',
  'complete_training',
  'accept_prior_training',
  'complete_orientation',
  'activate',
  'reject',
  'close',
];

export function orderedMoves(allowed: readonly ApplicationMove[]): ApplicationMove[] {
  return MOVE_ORDER.filter((move) => allowed.includes(move));
}

/** What a move asks for besides itself: rejecting and closing a reason the applicant is told; an interview its time and place. */
export function moveNeeds(move: ApplicationMove | ''): { reason: boolean; interview: boolean } {
  return {
    reason: move === 'reject' || move === 'close',
    interview: move === 'invite_to_interview' || move === 'reschedule_interview',
  };
}

export type MoveValues = {
  move: ApplicationMove | '';
  reason: string;
  interviewDate: string;
  interviewTime: string;
  interviewPlace: string;
  note: string;
};

export type MoveProblem = 'required' | 'date' | 'time' | 'past';

/** The field problems of a move form; `now` is the caller's clock (the interview must be ahead). */
export function checkMove(values: MoveValues, now: Date): Partial<Record<keyof MoveValues, MoveProblem>> {
  const problems: Partial<Record<keyof MoveValues, MoveProblem>> = {};
  if (!values.move) problems.move = 'required';
  const needs = moveNeeds(values.move);
  if (needs.reason && !values.reason.trim()) problems.reason = 'required';
  if (needs.interview) {
    const date = values.interviewDate.trim() ? parseDate(values.interviewDate) : null;
    const time = values.interviewTime.trim() ? normaliseTime(values.interviewTime) : null;
    if (!values.interviewDate.trim()) problems.interviewDate = 'required';
    else if (!date) problems.interviewDate = 'date';
    if (!values.interviewTime.trim()) problems.interviewTime = 'required';
    else if (!time) problems.interviewTime = 'time';
    if (date && time && new Date(helsinkiIso(date, time)).getTime() <= now.getTime()) {
      problems.interviewDate = 'past';
    }
    if (!values.interviewPlace.trim()) problems.interviewPlace = 'required';
  }
  return problems;
}

/** The move form's values as the API's body (only what the chosen move takes). */
export function toMoveBody(values: MoveValues) {
  const move = values.move as ApplicationMove;
  const needs = moveNeeds(move);
  const note = values.note.trim();
  return {
    move,
    ...(needs.reason ? { reason: values.reason.trim() } : {}),
    ...(needs.interview
      ? {
          interviewAt: helsinkiIso(parseDate(values.interviewDate)!, normaliseTime(values.interviewTime)!),
          interviewPlace: values.interviewPlace.trim(),
        }
      : {}),
    ...(note ? { note } : {}),
  };
}

export type RoundValues = { name: string; opensOn: string; closesOn: string; quota: string };
export type RoundProblem = 'required' | 'date' | 'order' | 'past' | 'quota' | 'tooLong';

/** The field problems of a new recruitment round; `today` is the Helsinki date of the caller's clock. */
export function checkRound(
  values: RoundValues,
  today: string,
): Partial<Record<keyof RoundValues, RoundProblem>> {
  const problems: Partial<Record<keyof RoundValues, RoundProblem>> = {};
  if (!values.name.trim()) problems.name = 'required';
  else if (values.name.trim().length > 100) problems.name = 'tooLong';
  const opens = values.opensOn.trim() ? parseDate(values.opensOn) : null;
  const closes = values.closesOn.trim() ? parseDate(values.closesOn) : null;
  if (!values.opensOn.trim()) problems.opensOn = 'required';
  else if (!opens) problems.opensOn = 'date';
  if (!values.closesOn.trim()) problems.closesOn = 'required';
  else if (!closes) problems.closesOn = 'date';
  else if (opens && closes < opens) problems.closesOn = 'order';
  else if (closes < today) problems.closesOn = 'past';
  const quota = values.quota.trim();
  if (quota && (!/^\d+$/.test(quota) || Number(quota) < 1 || Number(quota) > 10000)) {
    problems.quota = 'quota';
  }
  return problems;
}

export function toRoundBody(values: RoundValues) {
  const quota = values.quota.trim();
  return {
    name: values.name.trim(),
    opensOn: parseDate(values.opensOn)!,
    closesOn: parseDate(values.closesOn)!,
    quota: quota ? Number(quota) : null,
  };
}

/** Where a round is on `today`: planned, open (with room or full), or over. */
export function roundState(
  round: Pick<RecruitmentRoundDto, 'opensOn' | 'closesOn' | 'quota' | 'confirmed'>,
  today: string,
): 'planned' | 'open' | 'full' | 'over' {
  if (today < round.opensOn) return 'planned';
  if (today > round.closesOn) return 'over';
  return round.quota !== null && round.confirmed >= round.quota ? 'full' : 'open';
}

/**
 * Whether a failed change means the application changed meanwhile (a stale If-Match, or a move its step
 * no longer allows): the page then reloads it.
 */
export function isConflict(problem: { status: number; code: string }): boolean {
  return problem.status === 412 || problem.code === 'APPLICATION_MOVE_NOT_ALLOWED';
}

/** The timeline's kinds this app has words for; any other (a future one) is shown by its steps. */
const KNOWN_KINDS = new Set<string>([
  ...MOVE_ORDER,
  'submitted',
  'confirmed',
  'note',
  'reminded',
  'interview_confirmed',
  'interview_other_time',
  'certificate_added',
  'certificate_removed',
]);

export function timelineKindKey(kind: string): string {
  return KNOWN_KINDS.has(kind) ? `onboarding.timeline.kind.${kind}` : 'onboarding.timeline.kind.other';
}

/** How many checklist items are still to go through, when `doneIds` are ticked. */
export function orientationLeft(
  items: ReadonlyArray<{ itemId: string }>,
  doneIds: readonly string[],
): number {
  return items.filter((i) => !doneIds.includes(i.itemId)).length;
}

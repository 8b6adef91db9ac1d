/** Offers and assignments: the pure rules (the service writes what these decide). */

export enum OfferMode {
  /** One expert at a time. */
  Single = 'single',
  /** Several at once; the first to accept gets it (as many as are needed). */
  FirstToAccept = 'first_to_accept',
  /** Several at once; those who accept wait for the coordinator to pick. */
  CoordinatorPicks = 'coordinator_picks',
}

export enum OfferStatus {
  Open = 'open',
  Accepted = 'accepted',
  Declined = 'declined',
  Expired = 'expired',
  /** Taken back: the places were filled, the order was cancelled, or the coordinator withdrew it. */
  Withdrawn = 'withdrawn',
}

export enum AssignmentStatus {
  Accepted = 'accepted',
  Confirmed = 'confirmed',
  Completed = 'completed',
  NoShow = 'no_show',
  Cancelled = 'cancelled',
}

/** Assignments that hold the expert's time (and count as staffed). */
export const HOLDING: AssignmentStatus[] = [AssignmentStatus.Confirmed, AssignmentStatus.Completed];

export type AssignmentCommand = 'confirm' | 'complete' | 'no_show' | 'cancel';

export type Step<S> = { ok: true; to: S } | { ok: false; reason: string };

export function offerAnswer(
  from: OfferStatus,
  answer: 'accept' | 'decline' | 'expire' | 'withdraw',
  now: Date,
  dueAt: Date,
): Step<OfferStatus> {
  if (from === OfferStatus.Withdrawn)
    return {
      ok: false,
      reason: 'The places were filled, or the offer was taken back. Thank you all the same.',
    };
  if (from !== OfferStatus.Open) return { ok: false, reason: `The offer is already ${from}.` };
  switch (answer) {
    case 'accept':
      return now.getTime() > dueAt.getTime()
        ? { ok: false, reason: 'The answer time has passed.' }
        : { ok: true, to: OfferStatus.Accepted };
    case 'decline':
      return { ok: true, to: OfferStatus.Declined };
    case 'expire':
      return now.getTime() > dueAt.getTime()
        ? { ok: true, to: OfferStatus.Expired }
        : { ok: false, reason: 'The answer time has not passed yet.' };
    case 'withdraw':
      return { ok: true, to: OfferStatus.Withdrawn };
  }
}

/** The assignment lifecycle: accepted → confirmed → completed / no-show; cancelled before completion. */
export function assignmentStep(
  from: AssignmentStatus,
  command: AssignmentCommand,
  now: Date,
  startsAt: Date,
): Step<AssignmentStatus> {
  const started = now.getTime() >= startsAt.getTime();
  switch (command) {
    case 'confirm':
      return from === AssignmentStatus.Accepted
        ? { ok: true, to: AssignmentStatus.Confirmed }
        : { ok: false, reason: 'Only an accepted assignment can be confirmed.' };
    case 'complete':
      if (from !== AssignmentStatus.Confirmed)
        return { ok: false, reason: 'Only a confirmed assignment can be marked done.' };
      return started
        ? { ok: true, to: AssignmentStatus.Completed }
        : { ok: false, reason: 'The task has not started yet.' };
    case 'no_show':
      if (from !== AssignmentStatus.Confirmed)
        return { ok: false, reason: 'Only a confirmed assignment can be marked a no-show.' };
      return started
        ? { ok: true, to: AssignmentStatus.NoShow }
        : { ok: false, reason: 'The task has not started yet.' };
    case 'cancel':
      return from === AssignmentStatus.Accepted || from === AssignmentStatus.Confirmed
        ? { ok: true, to: AssignmentStatus.Cancelled }
        : { ok: false, reason: `A ${from.replace('_', '-')} assignment cannot be cancelled.` };
  }
}

/**
 * How staffed an order is: the fewest experts holding any of its live times (a series is staffed only
 * when every time is).
 */
export function staffedCount(holdingPerLiveOccurrence: number[]): number {
  return holdingPerLiveOccurrence.length ? Math.min(...holdingPerLiveOccurrence) : 0;
}

/**
 * Offering k experts at once needs no reason when they are the top k of the ranked list (the list leaves
 * out those already offered or staffed); skipping anyone ranked higher needs one (the fairness ledger).
 */
export function skipsHigherRanked(ranks: Array<number | null>): boolean {
  return ranks.some((r) => r === null || r > ranks.length);
}

/**
 * When an offer must be answered: by the settings' business days, but an hour before the first time at
 * the latest — and for a time that starts within the hour, until it starts (a last-minute stand-in can
 * still say yes). Null when the first time has already started: nobody could accept it.
 */
export function offerAnswerDue(now: Date, byBusinessDays: Date, firstStart: Date): Date | null {
  if (firstStart.getTime() <= now.getTime()) return null;
  const hourBefore = firstStart.getTime() - 3_600_000;
  if (hourBefore <= now.getTime()) return firstStart;
  return new Date(Math.min(byBusinessDays.getTime(), hourBefore));
}

/** Whose cancellation a cancelled task is: it decides whether a late one pays the expert (docs/fees.md). */
export enum CancellationCause {
  /** The ordering unit cancelled (itself, or through the coordinator): a late one pays by the fee rule. */
  Orderer = 'orderer',
  /** The expert cancelled (or the coordinator for them, e.g. illness): no cancellation fee. */
  Expert = 'expert',
  /** The county's own reason (places filled, a time moved onto another task, a mistake): no cancellation fee. */
  County = 'county',
}

/** An expert cancels for themselves; a coordinator says for whom, and without a word it is the county's own. */
export function cancellationCause(byCoordinator: boolean, onBehalfOf?: CancellationCause): CancellationCause {
  if (!byCoordinator) return CancellationCause.Expert;
  return onBehalfOf ?? CancellationCause.County;
}

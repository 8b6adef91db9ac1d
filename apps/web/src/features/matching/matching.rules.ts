import type { AssignmentDto, AssignmentStatus, OfferMode, SuggestionDto } from '@kokemus/api-client';

export const OFFER_MODES = [
  'single',
  'first_to_accept',
  'coordinator_picks',
] as const satisfies readonly OfferMode[];

/** Points as people read them: at most one decimal. */
export function points(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** The four state changes of an assignment. */
export type AssignmentAction = 'confirm' | 'complete' | 'no_show' | 'cancel';

/** The actions a coordinator can take on an assignment in its state (the API decides in the end). */
export function assignmentActions(status: AssignmentStatus): AssignmentAction[] {
  switch (status) {
    case 'accepted':
      return ['confirm', 'cancel'];
    case 'confirmed':
      return ['complete', 'no_show', 'cancel'];
    default:
      return [];
  }
}

/** An expert's own tasks: still ahead (accepted or confirmed, not yet over) and everything else. */
export function splitTasks(items: readonly AssignmentDto[], now: Date) {
  const upcoming: AssignmentDto[] = [];
  const past: AssignmentDto[] = [];
  for (const a of items) {
    const ahead = new Date(a.endsAt).getTime() >= now.getTime();
    if (ahead && (a.status === 'accepted' || a.status === 'confirmed')) upcoming.push(a);
    else past.push(a);
  }
  upcoming.sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  past.sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  return { upcoming, past };
}

export type OfferBatch = { orderId: string; title: string; expertIds: string[]; occurrenceIds: string[] };

/**
 * The chosen suggestions as createOrderOffers calls: one per order. Experts suggested for exactly the same
 * times go in one call; when an order's experts were suggested for different times, each set of times gets
 * its own call, so nobody is offered a time the proposal did not give them.
 */
export function offerBatches(chosen: readonly SuggestionDto[]): OfferBatch[] {
  const byOrder = new Map<string, Map<string, SuggestionDto[]>>();
  for (const s of chosen) {
    const experts = byOrder.get(s.orderId) ?? new Map<string, SuggestionDto[]>();
    experts.set(s.expertId, [...(experts.get(s.expertId) ?? []), s]);
    byOrder.set(s.orderId, experts);
  }
  const batches: OfferBatch[] = [];
  for (const [orderId, experts] of byOrder) {
    const byTimes = new Map<string, OfferBatch>();
    for (const [expertId, rows] of experts) {
      const occurrenceIds = [...new Set(rows.map((r) => r.occurrenceId))].sort();
      const key = occurrenceIds.join(',');
      const batch = byTimes.get(key) ?? { orderId, title: rows[0].title, expertIds: [], occurrenceIds };
      batch.expertIds.push(expertId);
      byTimes.set(key, batch);
    }
    batches.push(...byTimes.values());
  }
  return batches;
}

/** The key of a suggestion row (an expert on one time). */
export function suggestionKey(s: Pick<SuggestionDto, 'occurrenceId' | 'expertId'>): string {
  return `${s.occurrenceId}:${s.expertId}`;
}

/** Today and a date `days` ahead as ISO dates (Helsinki's calendar day is close enough for a default). */
export function defaultPeriod(now: Date, days: number): { from: string; to: string } {
  const iso = (d: Date) => d.toISOString().slice(0, 10);
  return { from: iso(now), to: iso(new Date(now.getTime() + days * 86_400_000)) };
}

export function validPeriod(from: string, to: string): boolean {
  const date = /^\d{4}-\d{2}-\d{2}$/;
  return date.test(from) && date.test(to) && from <= to;
}

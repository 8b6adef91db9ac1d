import type { ParticipantLocale, ScreeningDecision, ScreeningStatus } from '@kokemus/api-client';

// Small local lists of the contract's enums (type-only imports keep the generated module out of the
// router's chunk); `satisfies` keeps them honest, the test compares them with the contract.
export const SCREENING_STATUSES = [
  'pending',
  'approved',
  'rejected',
] as const satisfies readonly ScreeningStatus[];

export const SCREENING_DECISIONS = ['approve', 'reject'] as const satisfies readonly ScreeningDecision[];

/** What a decision makes of the text: the list it now belongs to. */
export function statusAfter(decision: ScreeningDecision): ScreeningStatus {
  return decision === 'approve' ? 'approved' : 'rejected';
}

/** The decisions that change something: in the pending list both, else only the other one. */
export function decisionsFor(status: ScreeningStatus): ScreeningDecision[] {
  if (status === 'approved') return ['reject'];
  if (status === 'rejected') return ['approve'];
  return ['approve', 'reject'];
}

/**
 * Where the focus goes once an answer has left the list: the next answer's heading, else (it was the
 * last) null, for the list's own heading. Keyboard users stay where they were working.
 */
export function focusAfterRemoving(ids: readonly string[], removed: string): string | null {
  const at = ids.indexOf(removed);
  return at < 0 ? null : (ids[at + 1] ?? null);
}

/** The participant's text is in this language (plain Finnish is Finnish), for the blockquote's `lang`. */
export function textLanguage(locale: ParticipantLocale): 'fi' | 'sv' | 'en' {
  return locale === 'selko' ? 'fi' : locale;
}

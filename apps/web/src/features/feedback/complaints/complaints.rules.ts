import type {
  ComplaintMove,
  ComplaintOutcome,
  ComplaintStatus,
  MoveComplaintDto,
  Role,
} from '@kokemus/api-client';

// Small local lists of the contract's enums (type-only imports keep the generated module out of the
// router's chunk); `satisfies` keeps them honest, the test compares them with the contract.
export const COMPLAINT_STATUSES = [
  'received',
  'answered',
  'closed',
] as const satisfies readonly ComplaintStatus[];

export const COMPLAINT_OUTCOMES = [
  'upheld',
  'partly_upheld',
  'not_upheld',
  'withdrawn',
] as const satisfies readonly ComplaintOutcome[];

/**
 * Whose eyes a complaint is shown to, decided as the API decides its scope: a coordinator sees all of
 * it; the ordering unit's people their words and the answer, never the expert's side; the expert that it
 * exists, what they were asked, their view and the outcome, never the complainant's words.
 */
export type ComplaintViewer = 'coordinator' | 'unit' | 'expert';

export function complaintViewer(roles: readonly Role[]): ComplaintViewer {
  if (roles.includes('coordinator')) return 'coordinator';
  if (roles.includes('orderer') || roles.includes('approver')) return 'unit';
  return 'expert';
}

/** What the person has written or chosen in a move's form. */
export type MoveDraft = { text: string; outcome: ComplaintOutcome | '' };

/** A form field's problem, as an i18n key; in the order the fields come on the form. */
export type MoveProblems = { outcome?: string; text?: string };

/** Closing takes an outcome (its words are optional); every other move takes a few words. */
export function moveProblems(move: ComplaintMove, draft: MoveDraft): MoveProblems {
  if (move === 'close') return draft.outcome ? {} : { outcome: 'complaints.validation.outcome' };
  return draft.text.trim() ? {} : { text: `complaints.validation.text.${move}` };
}

/** The first field with a problem, where the focus goes. */
export function firstProblem(problems: MoveProblems): keyof MoveProblems | null {
  if (problems.outcome) return 'outcome';
  if (problems.text) return 'text';
  return null;
}

export function moveBody(move: ComplaintMove, draft: MoveDraft): MoveComplaintDto {
  const text = draft.text.trim() || undefined;
  return move === 'close' && draft.outcome ? { move, outcome: draft.outcome, text } : { move, text };
}

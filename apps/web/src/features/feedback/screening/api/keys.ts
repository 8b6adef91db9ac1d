import type { ScreeningStatus } from '@kokemus/api-client';

/** The screening screen's query keys. */
export const screeningKeys = {
  /** Every screening list, whatever its filter: invalidate this after a decision. */
  lists: () => ['participant-screening', 'list'] as const,
  list: (status: ScreeningStatus) => ['participant-screening', 'list', { status }] as const,
  /** The participants' questions (every version), for the names of the free-text questions. */
  questions: () => ['participant-screening', 'questions'] as const,
};

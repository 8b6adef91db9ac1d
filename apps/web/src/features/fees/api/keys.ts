import type { ListFeeClaimsData } from '@kokemus/api-client';
import {
  getFeeClaimQueryKey,
  getFeeClaimTimelineQueryKey,
  getMyFeeTotalsQueryKey,
  listFeeClaimAssigneesQueryKey,
  listFeeClaimsQueryKey,
} from '@kokemus/api-client/react-query';

/** The fee feature's query keys, built from the generated ones so they match the generated options. */
export const feeKeys = {
  /** Every claim list, whatever its view (the inbox's too): invalidate this after a change. */
  lists: () => listFeeClaimsQueryKey(),
  list: (query: ListFeeClaimsData['query']) => listFeeClaimsQueryKey({ query }),
  /** The expert's own claims, all pages. */
  mine: () => [...listFeeClaimsQueryKey({ query: { view: 'mine' } }), 'pages'] as const,
  totals: () => getMyFeeTotalsQueryKey(),
  detail: (id: string) => getFeeClaimQueryKey({ path: { id } }),
  timeline: (id: string) => getFeeClaimTimelineQueryKey({ path: { id } }),
  assignees: (id: string) => listFeeClaimAssigneesQueryKey({ path: { id } }),
};

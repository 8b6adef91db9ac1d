import type { ComplaintStatus } from '@kokemus/api-client';
import { getComplaintQueryKey } from '@kokemus/api-client/react-query';

/** The complaint screens' query keys; the detail's is the generated one, so it matches generated options. */
export const complaintKeys = {
  /** Every complaint list, whatever its filter: invalidate this after a change. */
  lists: () => ['complaints', 'list'] as const,
  list: (status: ComplaintStatus | undefined) => ['complaints', 'list', { status: status ?? null }] as const,
  detail: (id: string) => getComplaintQueryKey({ path: { id } }),
};

import type { ComplaintDto, ComplaintStatus } from '@kokemus/api-client';
import { listComplaints } from '@kokemus/api-client';
import { getComplaintOptions, moveComplaintMutation } from '@kokemus/api-client/react-query';
import {
  infiniteQueryOptions,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { complaintKeys } from './keys';

const PAGE_SIZE = 20;

/** The complaints the API lets me see (the received first), one page at a time; "show more" follows the cursor. */
export const complaintsInfiniteQueryOptions = (status: ComplaintStatus | undefined) =>
  infiniteQueryOptions({
    queryKey: complaintKeys.list(status),
    queryFn: async ({ pageParam, signal }) => {
      const { data } = await listComplaints({
        query: { status, limit: PAGE_SIZE, cursor: pageParam },
        signal,
        throwOnError: true,
      });
      return data;
    },
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

export function useComplaints(status: ComplaintStatus | undefined) {
  return useInfiniteQuery(complaintsInfiniteQueryOptions(status));
}

export function useComplaint(id: string) {
  return useQuery({ ...getComplaintOptions({ path: { id } }), retry: false });
}

/** After a move the complaint is the server's answer and the lists are read again. */
export function useMoveComplaint(id: string) {
  const client = useQueryClient();
  return useMutation({
    ...moveComplaintMutation(),
    onSuccess: (complaint: ComplaintDto) => {
      client.setQueryData(complaintKeys.detail(id), complaint);
      return client.invalidateQueries({ queryKey: complaintKeys.lists() });
    },
  });
}

/** Someone else moved it meanwhile (412, or a move no longer allowed): read it, and its lists, again. */
export function useReloadComplaint(id: string) {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: complaintKeys.detail(id) }),
      client.invalidateQueries({ queryKey: complaintKeys.lists() }),
    ]);
}

import { listOutstandingExperts } from '@kokemus/api-client';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { agreementKeys } from './keys';

const PAGE_SIZE = 25;

/** Active experts who must still accept the document, by name, one page at a time. */
export const outstandingExpertsQueryOptions = (id: string) =>
  infiniteQueryOptions({
    queryKey: [...agreementKeys.outstanding(id), 'pages'] as const,
    queryFn: async ({ pageParam, signal }) => {
      const { data } = await listOutstandingExperts({
        path: { id },
        query: { limit: PAGE_SIZE, cursor: pageParam },
        signal,
        throwOnError: true,
      });
      return data;
    },
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

export function useOutstandingExperts(id: string, enabled: boolean) {
  return useInfiniteQuery({ ...outstandingExpertsQueryOptions(id), enabled });
}

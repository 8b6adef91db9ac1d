import { listExportBatches } from '@kokemus/api-client';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { feeAdminKeys } from './keys';

const PAGE_SIZE = 25;

/** Export batches, newest first, with how far payroll has got with each. */
export const exportBatchesQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: [...feeAdminKeys.batches(), 'pages'] as const,
    queryFn: async ({ pageParam, signal }) => {
      const { data } = await listExportBatches({
        query: { limit: PAGE_SIZE, cursor: pageParam },
        signal,
        throwOnError: true,
      });
      return data;
    },
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    staleTime: 15_000,
  });

export function useExportBatches() {
  return useInfiniteQuery(exportBatchesQueryOptions());
}

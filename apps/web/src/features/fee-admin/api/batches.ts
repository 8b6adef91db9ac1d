import { listExportBatches } from '@kokemus/api-client';
import { releaseExportBatchMutation } from '@kokemus/api-client/react-query';
import { infiniteQueryOptions, useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { feeAdminKeys } from './keys';

const PAGE_SIZE = 25;

/** Export batches, newest first, with how far payroll has got with each. */
export function useExportBatches() {
  return useInfiniteQuery(
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
    }),
  );
}

/** Releasing a batch payroll never acknowledged; the list reloads whatever the answer. */
export function useReleaseBatch() {
  const queryClient = useQueryClient();
  return useMutation({
    ...releaseExportBatchMutation(),
    onSettled: () => queryClient.invalidateQueries({ queryKey: feeAdminKeys.batches() }),
  });
}

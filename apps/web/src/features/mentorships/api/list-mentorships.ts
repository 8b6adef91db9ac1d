import { listMentorships, type MentorshipStatus } from '@kokemus/api-client';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { mentorshipKeys } from './keys';

const PAGE_SIZE = 25;

/**
 * Mentorships one page at a time ("load more" follows the cursor): a coordinator's are all of them,
 * an expert's their own as mentor or trainee (the API decides).
 */
export const mentorshipsInfiniteQueryOptions = (status?: MentorshipStatus) =>
  infiniteQueryOptions({
    queryKey: [...mentorshipKeys.lists(), 'pages', status ?? 'all'] as const,
    queryFn: async ({ pageParam, signal }) => {
      const { data } = await listMentorships({
        query: { limit: PAGE_SIZE, cursor: pageParam, status },
        signal,
        throwOnError: true,
      });
      return data;
    },
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    staleTime: 30_000,
  });

export function useMentorships(status?: MentorshipStatus, enabled = true) {
  return useInfiniteQuery({ ...mentorshipsInfiniteQueryOptions(status), enabled });
}

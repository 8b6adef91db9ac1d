import { listCourses } from '@kokemus/api-client';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { courseKeys } from './keys';

const PAGE_SIZE = 25;

/** Courses, newest first, one page at a time; "load more" follows the cursor. */
export const coursesInfiniteQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: [...courseKeys.lists(), 'pages'] as const,
    queryFn: async ({ pageParam, signal }) => {
      const { data } = await listCourses({
        query: { limit: PAGE_SIZE, cursor: pageParam },
        signal,
        throwOnError: true,
      });
      return data;
    },
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    staleTime: 30_000,
  });

export function useCourses() {
  return useInfiniteQuery(coursesInfiniteQueryOptions());
}

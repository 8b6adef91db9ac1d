import type { ItemTextDto, ScreeningPageDto, ScreeningStatus } from '@kokemus/api-client';
import { listQuestionnaires, participantScreening } from '@kokemus/api-client';
import { screenParticipantAnswerMutation } from '@kokemus/api-client/react-query';
import {
  type InfiniteData,
  infiniteQueryOptions,
  queryOptions,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { screeningKeys } from './keys';

const PAGE_SIZE = 20;

/** The participants' free text in one state (the oldest first, as the API gives it), a page at a time. */
export const screeningInfiniteQueryOptions = (status: ScreeningStatus) =>
  infiniteQueryOptions({
    queryKey: screeningKeys.list(status),
    queryFn: async ({ pageParam, signal }) => {
      const { data } = await participantScreening({
        query: { status, limit: PAGE_SIZE, cursor: pageParam },
        signal,
        throwOnError: true,
      });
      return data;
    },
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

export function useScreening(status: ScreeningStatus) {
  return useInfiniteQuery(screeningInfiniteQueryOptions(status));
}

/**
 * The wording of the participants' questions by item id (ids are stable across versions; the newest
 * wording wins). Only for naming the question above a text: if it cannot be read, the texts show without.
 */
export const participantQuestionsQueryOptions = () =>
  queryOptions({
    queryKey: screeningKeys.questions(),
    queryFn: async ({ signal }) => {
      const { data } = await listQuestionnaires({
        query: { key: 'participant', limit: 50 },
        signal,
        throwOnError: true,
      });
      const names = new Map<string, ItemTextDto>();
      for (const version of data.items)
        for (const item of version.items) if (!names.has(item.id)) names.set(item.id, item.text);
      return names;
    },
    staleTime: 10 * 60_000,
    retry: false,
  });

export function useParticipantQuestions() {
  return useQuery(participantQuestionsQueryOptions());
}

/**
 * A decision: the answer leaves the list it was in at once (it is no longer in that state), and every
 * screening list is read again.
 */
export function useScreenAnswer(status: ScreeningStatus) {
  const client = useQueryClient();
  return useMutation({
    ...screenParticipantAnswerMutation(),
    onSuccess: (_data, variables) => {
      client.setQueryData<InfiniteData<ScreeningPageDto>>(screeningKeys.list(status), (old) =>
        old
          ? {
              ...old,
              pages: old.pages.map((page) => ({
                ...page,
                items: page.items.filter((item) => item.id !== variables.path.id),
              })),
            }
          : old,
      );
      return client.invalidateQueries({ queryKey: screeningKeys.lists() });
    },
  });
}

import {
  answerIndicatorRequestMutation,
  getIndicatorRequestOptions,
  getIndicatorRequestQueryKey,
  listIndicatorRequestsOptions,
  listIndicatorRequestsQueryKey,
  listIndicatorScoresOptions,
} from '@kokemus/api-client/react-query';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

/** The indicator screens' query keys, built from the generated ones so they match generated options. */
export const indicatorKeys = {
  /** Every list of my indicator requests. */
  lists: () => listIndicatorRequestsQueryKey(),
  request: (id: string) => getIndicatorRequestQueryKey({ path: { id } }),
};

/** My participation indicator requests (the open first). */
export function useIndicatorRequests() {
  return useQuery({ ...listIndicatorRequestsOptions({ query: { limit: 5 } }), retry: false });
}

/** One request with the statements of the version asked, and the answers once given. */
export function useIndicatorRequest(id: string) {
  return useQuery({ ...getIndicatorRequestOptions({ path: { id } }), retry: false });
}

/** Answering (once): the answered request is shown at once; the lists are read again (also after a 409). */
export function useAnswerIndicatorRequest(id: string) {
  const client = useQueryClient();
  const changed = () =>
    Promise.all([
      client.invalidateQueries({ queryKey: indicatorKeys.lists() }),
      client.invalidateQueries({ queryKey: indicatorKeys.request(id) }),
    ]);
  return useMutation({
    ...answerIndicatorRequestMutation(),
    onSuccess: (answered) => {
      client.setQueryData(indicatorKeys.request(id), answered);
      return changed();
    },
    onError: (error) => (error.status === 409 ? changed() : undefined),
  });
}

/** A coordinator's view of one expert's scores over time. */
export function useIndicatorScores(expertId: string) {
  return useQuery({ ...listIndicatorScoresOptions({ path: { expertId } }), retry: false });
}

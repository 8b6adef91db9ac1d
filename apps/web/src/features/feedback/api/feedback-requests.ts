import type { FeedbackRequestStatus } from '@kokemus/api-client';
import {
  answerFeedbackRequestMutation,
  getFeedbackRequestOptions,
  listFeedbackRequestsOptions,
} from '@kokemus/api-client/react-query';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { feedbackKeys } from './keys';

/** "How did it go?": the signed-in person's own feedback requests (the open first), one page at a time. */
export function useFeedbackRequests(
  query: { status?: FeedbackRequestStatus; cursor?: string; limit?: number } = {},
) {
  return useQuery(listFeedbackRequestsOptions({ query: { limit: 20, ...query } }));
}

/** One request with the questionnaire version it asks, and the answers once given. */
export function useFeedbackRequest(id: string) {
  return useQuery({ ...getFeedbackRequestOptions({ path: { id } }), retry: false });
}

/**
 * Answering (once): the answered request is shown at once, and the lists and the request are read again;
 * also after a 409 (answered meanwhile, e.g. in another tab), so the answers given are what is shown.
 */
export function useAnswerFeedbackRequest(id: string) {
  const client = useQueryClient();
  const changed = () =>
    Promise.all([
      client.invalidateQueries({ queryKey: feedbackKeys.requestLists() }),
      client.invalidateQueries({ queryKey: feedbackKeys.request(id) }),
    ]);
  return useMutation({
    ...answerFeedbackRequestMutation(),
    onSuccess: (answered) => {
      client.setQueryData(feedbackKeys.request(id), answered);
      return changed();
    },
    onError: (error) => (error.status === 409 ? changed() : undefined),
  });
}

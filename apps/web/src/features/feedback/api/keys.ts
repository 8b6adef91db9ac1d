import {
  getDebriefRequestQueryKey,
  getFeedbackRequestQueryKey,
  listDebriefRequestsQueryKey,
  listFeedbackRequestsQueryKey,
} from '@kokemus/api-client/react-query';

/** The feedback screens' query keys, built from the generated ones so they match generated options. */
export const feedbackKeys = {
  /** Every debrief list, whatever its filters: invalidate this after a change. */
  debriefLists: () => listDebriefRequestsQueryKey(),
  debrief: (id: string) => getDebriefRequestQueryKey({ path: { id } }),
  /** Every list of my feedback requests, whatever its page or filter. */
  requestLists: () => listFeedbackRequestsQueryKey(),
  request: (id: string) => getFeedbackRequestQueryKey({ path: { id } }),
};

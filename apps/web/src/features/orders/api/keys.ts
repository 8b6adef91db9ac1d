import type { ListOrderInboxData, ListOrdersData } from '@kokemus/api-client';
import {
  getOrderQueryKey,
  getOrderTimelineQueryKey,
  listOrderInboxQueryKey,
  listOrderMessagesQueryKey,
  listOrdersQueryKey,
} from '@kokemus/api-client/react-query';

/** The orders feature's query keys, all built from the generated ones so they match generated options. */
export const orderKeys = {
  /** Every list query, whatever its filters: invalidate this after a change. */
  lists: () => listOrdersQueryKey(),
  list: (query: ListOrdersData['query']) => listOrdersQueryKey({ query }),
  inbox: () => listOrderInboxQueryKey(),
  inboxPage: (query: ListOrderInboxData['query']) => listOrderInboxQueryKey({ query }),
  detail: (id: string) => getOrderQueryKey({ path: { id } }),
  timeline: (id: string) => getOrderTimelineQueryKey({ path: { id } }),
  messages: (id: string) => listOrderMessagesQueryKey({ path: { id } }),
};

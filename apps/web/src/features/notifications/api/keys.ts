import {
  countUnreadNotificationsQueryKey,
  getEmailMessageQueryKey,
  getNotificationPreferencesQueryKey,
  listEmailMessagesQueryKey,
  listNotificationsQueryKey,
} from '@kokemus/api-client/react-query';

/** The notifications feature's query keys, built from the generated ones so they match generated options. */
export const notificationKeys = {
  unreadCount: () => countUnreadNotificationsQueryKey(),
  /** Every page of the person's notifications (a prefix of the infinite list's key). */
  lists: () => listNotificationsQueryKey(),
  preferences: () => getNotificationPreferencesQueryKey(),
  emailLists: () => listEmailMessagesQueryKey(),
  email: (id: string) => getEmailMessageQueryKey({ path: { id } }),
};

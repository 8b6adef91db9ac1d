import { getMentorshipQueryKey, listMentorshipsQueryKey } from '@kokemus/api-client/react-query';

/** The mentorships feature's query keys, built from the generated ones so they match generated options. */
export const mentorshipKeys = {
  /** Every list query: invalidate this after a change. */
  lists: () => listMentorshipsQueryKey(),
  detail: (id: string) => getMentorshipQueryKey({ path: { id } }),
};

import { createCalendarFeedMutation } from '@kokemus/api-client/react-query';
import { useMutation } from '@tanstack/react-query';

export function useCalendarFeed() {
  return useMutation({ ...createCalendarFeedMutation() });
}

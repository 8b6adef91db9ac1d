import { participantLink } from '@kokemus/api-client';
import { useQuery } from '@tanstack/react-query';
import { participantKeys } from './keys';

/**
 * The participants' short link of a task time: the API makes it the first time anyone asks and answers
 * the same link after that, so asking is safe whenever the sheet is opened.
 */
export function useParticipantLink(occurrenceId: string) {
  return useQuery({
    queryKey: participantKeys.link(occurrenceId),
    queryFn: async () => (await participantLink({ body: { occurrenceId }, throwOnError: true })).data,
    retry: false,
    staleTime: 60_000,
  });
}

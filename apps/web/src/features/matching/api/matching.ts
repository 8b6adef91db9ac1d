import type { ListAssignmentsData, ListOffersData } from '@kokemus/api-client';
import { getMatchingFairness } from '@kokemus/api-client';
import {
  acceptOfferMutation,
  cancelAssignmentMutation,
  completeAssignmentMutation,
  confirmAssignmentMutation,
  createCalendarFeedMutation,
  createOrderOffersMutation,
  declineOfferMutation,
  getMatchingSettingsOptions,
  getMatchingSettingsQueryKey,
  getOrderQueryKey,
  listAssignmentsOptions,
  listAssignmentsQueryKey,
  listOffersOptions,
  listOffersQueryKey,
  listOrderCandidatesOptions,
  listOrderCandidatesQueryKey,
  markAssignmentNoShowMutation,
  suggestAssignmentsMutation,
  updateMatchingSettingsMutation,
} from '@kokemus/api-client/react-query';
import {
  infiniteQueryOptions,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';

/** The API reads list filters as comma lists (`status=a,b`), not repeated parameters. */
const commaLists = { array: { explode: false, style: 'form' } } as const;

export const matchingKeys = {
  candidates: (orderId: string) => listOrderCandidatesQueryKey({ path: { id: orderId } }),
  offers: () => listOffersQueryKey(),
  assignments: () => listAssignmentsQueryKey(),
  settings: () => getMatchingSettingsQueryKey(),
};

/** The ranked candidates of an order (or of one of its times), with one person explained on request. */
export function useCandidates(orderId: string, occurrenceId?: string, explain?: string) {
  return useQuery({
    ...listOrderCandidatesOptions({
      path: { id: orderId },
      query: { limit: 20, ...(occurrenceId ? { occurrenceId } : {}), ...(explain ? { explain } : {}) },
    }),
    staleTime: 10_000,
  });
}

export function useOffers(query: NonNullable<ListOffersData['query']>) {
  return useQuery({ ...listOffersOptions({ query: { limit: 100, ...query }, querySerializer: commaLists }) });
}

export function useAssignments(query: NonNullable<ListAssignmentsData['query']>) {
  return useQuery({
    ...listAssignmentsOptions({ query: { limit: 100, ...query }, querySerializer: commaLists }),
  });
}

/** After an offer or an assignment changes: candidates, offers, assignments and the order reload. */
function useStaffingChanged() {
  const queryClient = useQueryClient();
  return (orderId?: string) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: matchingKeys.offers() }),
      queryClient.invalidateQueries({ queryKey: matchingKeys.assignments() }),
      ...(orderId
        ? [
            queryClient.invalidateQueries({ queryKey: matchingKeys.candidates(orderId) }),
            queryClient.invalidateQueries({ queryKey: getOrderQueryKey({ path: { id: orderId } }) }),
          ]
        : []),
    ]);
}

export function useCreateOffers() {
  const changed = useStaffingChanged();
  return useMutation({
    ...createOrderOffersMutation(),
    onSuccess: (_data, variables) => changed(variables.path.id),
  });
}

export function useAcceptOffer() {
  const changed = useStaffingChanged();
  return useMutation({ ...acceptOfferMutation(), onSuccess: (offer) => changed(offer.orderId) });
}

export function useDeclineOffer() {
  const changed = useStaffingChanged();
  return useMutation({ ...declineOfferMutation(), onSuccess: (offer) => changed(offer.orderId) });
}

export type AssignmentAction = 'confirm' | 'complete' | 'no_show' | 'cancel';

/** The four state changes of an assignment; each needs the version acted on (If-Match). */
export function useAssignmentActions() {
  const changed = useStaffingChanged();
  const onSuccess = (a: { orderId: string }) => changed(a.orderId);
  const onError = () => changed();
  return {
    confirm: useMutation({ ...confirmAssignmentMutation(), onSuccess, onError }),
    complete: useMutation({ ...completeAssignmentMutation(), onSuccess, onError }),
    no_show: useMutation({ ...markAssignmentNoShowMutation(), onSuccess, onError }),
    cancel: useMutation({ ...cancelAssignmentMutation(), onSuccess, onError }),
  };
}

export function useCalendarFeed() {
  return useMutation({ ...createCalendarFeedMutation() });
}

export function useSuggestions() {
  return useMutation({ ...suggestAssignmentsMutation() });
}

const FAIRNESS_PAGE = 50;

export function useFairness(period: { from: string; to: string } | null) {
  return useInfiniteQuery(
    infiniteQueryOptions({
      queryKey: ['matching', 'fairness', period] as const,
      queryFn: async ({ pageParam, signal }) => {
        const { data } = await getMatchingFairness({
          query: { from: period!.from, to: period!.to, limit: FAIRNESS_PAGE, cursor: pageParam },
          signal,
          throwOnError: true,
        });
        return data;
      },
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (page) => page.nextCursor ?? undefined,
      enabled: period !== null,
    }),
  );
}

export function useMatchingSettings() {
  return useQuery(getMatchingSettingsOptions());
}

export function useUpdateMatchingSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    ...updateMatchingSettingsMutation(),
    onSuccess: (settings) => queryClient.setQueryData(matchingKeys.settings(), settings),
  });
}

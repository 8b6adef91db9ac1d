import { getMeOptions, getMeQueryKey } from '@kokemus/api-client/react-query';
import { useQuery } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { session } from '../../../shared/api/session';

/** The signed-in person; the cache is filled from the sign-in or refresh answer, so this rarely fetches. */
export const meQueryOptions = () => ({ ...getMeOptions(), staleTime: Infinity });

export const meQueryKey = () => getMeQueryKey();

function subscribe(onChange: () => void) {
  return session.subscribe(onChange);
}

export function useHasSession(): boolean {
  return useSyncExternalStore(subscribe, () => session.accessToken() !== null);
}

/** The signed-in person, or undefined when nobody is signed in. */
export function useMe() {
  const hasSession = useHasSession();
  const query = useQuery({ ...meQueryOptions(), enabled: hasSession });
  return hasSession ? query.data : undefined;
}

import { getGuardianRequestOptions } from '@kokemus/api-client/react-query';
import { useQuery } from '@tanstack/react-query';

/** What the guardian is asked, by the token in their e-mail; a bad or old link is an answer, not worth retrying. */
export function useGuardianRequest(token: string) {
  return useQuery({
    ...getGuardianRequestOptions({ query: { token } }),
    enabled: token !== '',
    retry: false,
  });
}

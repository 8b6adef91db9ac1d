import { client } from '@kokemus/api-client/client';
import { toApiProblem } from './api-problem';
import { session } from './session';

/** Endpoints that manage the session themselves: a 401 from them is an answer, not an expired token. */
const SESSION_ENDPOINTS = /\/api\/v1\/auth\/(login|refresh|logout)$/;

function bearerOf(request: Request): string | null {
  const header = request.headers.get('Authorization');
  return header?.startsWith('Bearer ') ? header.slice('Bearer '.length) : null;
}

/**
 * Sends a request; on a 401 renews the session once (silently, through the refresh cookie) and repeats the
 * request with the new token. When renewal fails the session is expired and the app returns to sign-in.
 */
export async function fetchWithSession(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const request = input instanceof Request && !init ? input : new Request(input, init);
  const retry = request.clone();
  const response = await globalThis.fetch(request);
  if (response.status !== 401 || SESSION_ENDPOINTS.test(new URL(request.url).pathname)) {
    return response;
  }
  const token = await session.renew(bearerOf(request));
  if (!token) {
    session.expire();
    return response;
  }
  retry.headers.set('Authorization', `Bearer ${token}`);
  const retried = await globalThis.fetch(retry);
  if (retried.status === 401) session.expire();
  return retried;
}

let configured = false;

/** The one configured client: same-origin base URL, bearer token, silent refresh, problem+json errors. */
export function configureApiClient(baseUrl: string = window.location.origin) {
  client.setConfig({
    baseUrl,
    credentials: 'same-origin',
    auth: (scheme) => (scheme.type === 'http' ? (session.accessToken() ?? undefined) : undefined),
    fetch: fetchWithSession,
  });
  if (!configured) {
    client.interceptors.error.use((error, response) => toApiProblem(error, response));
    configured = true;
  }
}

import type { AccessTokenDto, MeDto } from '@kokemus/api-client';
import { refreshSession } from '@kokemus/api-client';

/**
 * The signed-in session: the access token lives only in memory; the refresh token is an httpOnly cookie
 * the browser sends to /api/v1/auth. Refresh tokens rotate and a reused one revokes the whole session, so
 * refreshes are serialised: one in flight per tab, and across tabs through the Web Locks API.
 */
type SessionEvent = { type: 'signed-in'; user: MeDto } | { type: 'expired' } | { type: 'signed-out' };
type Listener = (event: SessionEvent) => void;

let accessToken: string | null = null;
/** Set once a refresh has failed, so route guards do not ask again until the next sign-in. */
let knownSignedOut = false;
const HINT_KEY = 'kokemus.session';

/**
 * The refresh cookie is httpOnly, so this browser cannot see whether it holds one; a hint in storage (no
 * secret, just "there was a session") spares first-time visitors a refresh request that can only fail.
 */
function setHint(present: boolean) {
  try {
    if (present) window.localStorage.setItem(HINT_KEY, '1');
    else window.localStorage.removeItem(HINT_KEY);
  } catch {
    // Storage may be unavailable (private windows); the refresh is then just tried.
  }
}

function hasHint(): boolean {
  try {
    return window.localStorage.getItem(HINT_KEY) !== null;
  } catch {
    return true;
  }
}
let inFlight: Promise<AccessTokenDto | null> | null = null;
const listeners = new Set<Listener>();

function emit(event: SessionEvent) {
  for (const listener of listeners) listener(event);
}

async function requestRefresh(): Promise<AccessTokenDto | null> {
  // Only a network failure throws here; an expired or reused cookie answers 401 and ends the session.
  const { data, response } = await refreshSession();
  return response?.ok && data ? data : null;
}

function withCrossTabLock<T>(task: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return locks ? (locks.request('kokemus-session-refresh', task) as Promise<T>) : task();
}

export const session = {
  accessToken(): string | null {
    return accessToken;
  },

  /** Whether restoring a session from the refresh cookie is worth a request. */
  mayRestore(): boolean {
    return !knownSignedOut && hasHint();
  },

  /** Called with the body of a successful sign-in or refresh. */
  start(token: AccessTokenDto) {
    accessToken = token.accessToken;
    knownSignedOut = false;
    setHint(true);
    emit({ type: 'signed-in', user: token.user });
  },

  /** Exchanges the refresh cookie for a new access token; concurrent callers share one request. */
  refresh(): Promise<AccessTokenDto | null> {
    if (!inFlight) {
      inFlight = withCrossTabLock(async () => {
        const token = await requestRefresh().catch(() => null);
        if (token) session.start(token);
        else {
          knownSignedOut = true;
          setHint(false);
        }
        return token;
      }).finally(() => {
        inFlight = null;
      });
    }
    return inFlight;
  },

  /**
   * After a 401: the access token to retry with, or null when the session is over. `staleToken` is the one
   * the failed request carried; when another request has already replaced it, no refresh is needed.
   */
  async renew(staleToken: string | null): Promise<string | null> {
    if (accessToken && accessToken !== staleToken) return accessToken;
    const token = await session.refresh();
    return token?.accessToken ?? null;
  },

  /** The refresh failed after a 401: the person must sign in again. */
  expire() {
    if (accessToken === null) return;
    accessToken = null;
    knownSignedOut = true;
    setHint(false);
    emit({ type: 'expired' });
  },

  end() {
    accessToken = null;
    knownSignedOut = true;
    setHint(false);
    emit({ type: 'signed-out' });
  },

  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

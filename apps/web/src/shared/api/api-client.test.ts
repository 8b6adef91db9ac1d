import { getMe, listUnits } from '@kokemus/api-client';
import { me, token } from '../../test/fixtures';
import { mockApi, problem } from '../../test/api-mock';
import { ApiProblem } from './api-problem';
import { session } from './session';

describe('the configured API client', () => {
  it('sends the bearer token and turns problem+json into an ApiProblem', async () => {
    session.start(token(me(['expert']), 'token-a'));
    const api = mockApi({ 'GET /api/v1/units': () => problem(403, 'ROLE_REQUIRED') });
    const error = await listUnits({ throwOnError: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiProblem);
    expect(error).toMatchObject({ status: 403, code: 'ROLE_REQUIRED' });
    expect(api.calls[0].request.headers.get('Authorization')).toBe('Bearer token-a');
  });

  it('renews an expired token once, silently, and repeats the request', async () => {
    session.start(token(me(['coordinator']), 'old'));
    const api = mockApi({
      'GET /api/v1/auth/me': ({ request }) =>
        request.headers.get('Authorization') === 'Bearer new'
          ? { body: me(['coordinator']) }
          : problem(401, 'INVALID_TOKEN'),
      'POST /api/v1/auth/refresh': () => ({ body: token(me(['coordinator']), 'new') }),
    });
    const [a, b] = await Promise.all([getMe({ throwOnError: true }), getMe({ throwOnError: true })]);
    expect(a.data.roles).toEqual(['coordinator']);
    expect(b.data.roles).toEqual(['coordinator']);
    // Refresh tokens rotate: two concurrent 401s must share one refresh.
    expect(api.calls.filter((c) => c.endpoint === 'POST /api/v1/auth/refresh')).toHaveLength(1);
    expect(session.accessToken()).toBe('new');
  });

  it('ends the session when renewal fails, so the app returns to sign-in', async () => {
    session.start(token(me(['coordinator']), 'old'));
    const events: string[] = [];
    const unsubscribe = session.subscribe((event) => events.push(event.type));
    mockApi({
      'GET /api/v1/auth/me': () => problem(401, 'INVALID_TOKEN'),
      'POST /api/v1/auth/refresh': () => problem(401, 'REFRESH_TOKEN_INVALID'),
    });
    await expect(getMe({ throwOnError: true })).rejects.toMatchObject({ status: 401 });
    expect(events).toEqual(['expired']);
    expect(session.accessToken()).toBeNull();
    unsubscribe();
  });

  it('reports a lost connection as a problem too', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    await expect(listUnits({ throwOnError: true })).rejects.toMatchObject({
      status: 0,
      code: 'NETWORK_ERROR',
    });
  });
});

import { auditRows, login, makeClient, makeUser, PASSWORD, Role, Scope, startTestApp, TestApp } from './support/app';

describe('sign-in rate limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '3', LOGIN_MAX_FAILURES_PER_ADDRESS: '8' });
  });
  afterAll(() => t.close());

  it('locks an account after repeated failures, even for the right password, with Retry-After', async () => {
    const user = await makeUser(t.dataSource, [Role.Orderer]);
    for (let i = 0; i < 3; i++) {
      await t.http().post('/api/v1/auth/login').send({ email: user.email, password: `guess-${i}` }).expect(401);
    }
    const res = await t.http().post('/api/v1/auth/login').send({ email: user.email, password: PASSWORD }).expect(429);
    expect(res.body.code).toBe('TOO_MANY_ATTEMPTS');
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('a success resets the per-account count', async () => {
    const user = await makeUser(t.dataSource, [Role.Orderer]);
    await t.http().post('/api/v1/auth/login').send({ email: user.email, password: 'nope-1' }).expect(401);
    await t.http().post('/api/v1/auth/login').send({ email: user.email, password: 'nope-2' }).expect(401);
    await login(t, user.email);
    await t.http().post('/api/v1/auth/login').send({ email: user.email, password: 'nope-3' }).expect(401);
    await login(t, user.email);
  });

  it('limits one address spraying many accounts', async () => {
    // Earlier tests left 6 failures from 127.0.0.1; each new account fails once until the address is stopped.
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await t.http().post('/api/v1/auth/login').send({ email: `spray-${i}@example.test`, password: 'x-123456' });
      statuses.push(res.status);
    }
    expect(statuses).toEqual([401, 401, 429, 429]);
  });
});

describe('OAuth2 client credentials for payroll systems', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('issues a token for form-encoded credentials with the granted scopes', async () => {
    const client = await makeClient(t.dataSource, [Scope.PayrollRead, Scope.PayrollWrite]);
    const res = await t
      .http()
      .post('/api/v1/auth/token')
      .type('form')
      .send({ grant_type: 'client_credentials', client_id: client.clientId, client_secret: 'client-secret-123' })
      .expect(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toMatchObject({ token_type: 'Bearer', scope: 'payroll:read payroll:write' });
    const info = await t.http().get('/api/v1/auth/client').set('authorization', `Bearer ${res.body.access_token}`).expect(200);
    expect(info.body).toEqual({ clientId: client.clientId, scopes: ['payroll:read', 'payroll:write'] });
  });

  it('narrows to a requested scope, and refuses one not granted', async () => {
    const client = await makeClient(t.dataSource, [Scope.PayrollRead]);
    const ok = await t
      .http()
      .post('/api/v1/auth/token')
      .type('form')
      .send({ grant_type: 'client_credentials', client_id: client.clientId, client_secret: 'client-secret-123', scope: 'payroll:read' })
      .expect(200);
    expect(ok.body.scope).toBe('payroll:read');
    const bad = await t
      .http()
      .post('/api/v1/auth/token')
      .type('form')
      .send({ grant_type: 'client_credentials', client_id: client.clientId, client_secret: 'client-secret-123', scope: 'payroll:write' })
      .expect(400);
    expect(bad.body).toMatchObject({ code: 'INVALID_SCOPE', error: 'invalid_scope' });
  });

  it('accepts HTTP Basic client authentication', async () => {
    const client = await makeClient(t.dataSource, [Scope.PayrollRead]);
    const res = await t
      .http()
      .post('/api/v1/auth/token')
      .auth(client.clientId, 'client-secret-123')
      .type('form')
      .send({ grant_type: 'client_credentials' })
      .expect(200);
    expect(res.body.scope).toBe('payroll:read');
  });

  it('refuses a wrong secret, an unknown client and another grant type', async () => {
    const client = await makeClient(t.dataSource, [Scope.PayrollRead]);
    const wrong = await t
      .http()
      .post('/api/v1/auth/token')
      .type('form')
      .send({ grant_type: 'client_credentials', client_id: client.clientId, client_secret: 'wrong' })
      .expect(401);
    expect(wrong.body).toMatchObject({ code: 'INVALID_CLIENT', error: 'invalid_client' });
    await t
      .http()
      .post('/api/v1/auth/token')
      .type('form')
      .send({ grant_type: 'client_credentials', client_id: 'nope', client_secret: 'x' })
      .expect(401);
    const grant = await t.http().post('/api/v1/auth/token').type('form').send({ grant_type: 'password' }).expect(400);
    expect(grant.body.error).toBe('unsupported_grant_type');
    expect((await auditRows(t.dataSource, 'auth.client_token')).filter((r) => r.outcome === 'failure').length).toBe(2);
  });

  it('keeps machine clients and people apart', async () => {
    const client = await makeClient(t.dataSource, [Scope.PayrollRead]);
    const token = (
      await t
        .http()
        .post('/api/v1/auth/token')
        .type('form')
        .send({ grant_type: 'client_credentials', client_id: client.clientId, client_secret: 'client-secret-123' })
    ).body.access_token;
    // A client token opens no people's routes…
    const units = await t.http().get('/api/v1/units').set('authorization', `Bearer ${token}`).expect(403);
    expect(units.body.code).toBe('SCOPE_REQUIRED');
    await t.http().get('/api/v1/auth/me').set('authorization', `Bearer ${token}`).expect(403);
    // …and a person's token opens no client routes, whatever the roles.
    const user = await makeUser(t.dataSource, [Role.Admin, Role.Coordinator]);
    const { token: userToken } = await login(t, user.email);
    const res = await t.http().get('/api/v1/auth/client').set('authorization', `Bearer ${userToken}`).expect(403);
    expect(res.body.code).toBe('ROLE_REQUIRED');
    expect((await auditRows(t.dataSource, 'access.denied')).length).toBeGreaterThanOrEqual(3);
  });

  it('stops honouring a token once the client is deactivated', async () => {
    const client = await makeClient(t.dataSource, [Scope.PayrollRead]);
    const token = (
      await t
        .http()
        .post('/api/v1/auth/token')
        .type('form')
        .send({ grant_type: 'client_credentials', client_id: client.clientId, client_secret: 'client-secret-123' })
    ).body.access_token;
    await t.http().get('/api/v1/auth/client').set('authorization', `Bearer ${token}`).expect(200);
    await t.dataSource.query('UPDATE api_client SET active = false WHERE id = $1', [client.id]);
    await t.http().get('/api/v1/auth/client').set('authorization', `Bearer ${token}`).expect(401);
  });
});

import { createHmac } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { auditRows, login, makeUser, PASSWORD, refreshCookieOf, Role, startTestApp, TestApp } from './support/app';

describe('sign-in, sessions and tokens', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('signs in with e-mail and password, sets an httpOnly refresh cookie, and answers /me', async () => {
    const user = await makeUser(t.dataSource, [Role.Coordinator], [], { email: 'sanna@example.test' });
    const res = await t.http().post('/api/v1/auth/login').send({ email: ' Sanna@Example.test ', password: PASSWORD }).expect(200);
    expect(res.body).toMatchObject({ tokenType: 'Bearer', user: { id: user.id, roles: ['coordinator'] } });
    expect(res.body.expiresIn).toBe(t.config.ACCESS_TOKEN_TTL_SECONDS);
    const cookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('kokemus_refresh='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/api\/v1\/auth/);
    const me = await t.http().get('/api/v1/auth/me').set('authorization', `Bearer ${res.body.accessToken}`).expect(200);
    expect(me.body).toMatchObject({ email: 'sanna@example.test', roles: ['coordinator'], locale: 'fi' });
    const rows = await auditRows(t.dataSource, 'auth.login');
    expect(rows.filter((r) => r.subject_id === user.id && r.outcome === 'success')).toHaveLength(1);
  });

  it('refuses a wrong password with 401 problem+json and audits the failure', async () => {
    const user = await makeUser(t.dataSource, [Role.Orderer]);
    const res = await t.http().post('/api/v1/auth/login').send({ email: user.email, password: 'wrong-password' }).expect(401);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 401, code: 'INVALID_CREDENTIALS' });
    expect(res.headers['set-cookie']).toBeUndefined();
    const rows = await auditRows(t.dataSource, 'auth.login');
    expect(rows.some((r) => r.subject_id === user.id && r.outcome === 'failure')).toBe(true);
  });

  it('answers an unknown account exactly like a wrong password', async () => {
    const res = await t.http().post('/api/v1/auth/login').send({ email: 'nobody@example.test', password: 'whatever-1' }).expect(401);
    expect(res.body.code).toBe('INVALID_CREDENTIALS');
  });

  it('refuses a deactivated account', async () => {
    const user = await makeUser(t.dataSource, [Role.Orderer], [], { active: false });
    await t.http().post('/api/v1/auth/login').send({ email: user.email, password: PASSWORD }).expect(401);
  });

  it('validates the body: field errors, and unknown fields rejected', async () => {
    const bad = await t.http().post('/api/v1/auth/login').send({ email: 'not-an-email' }).expect(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    expect(Object.keys(bad.body.errors).sort()).toEqual(['email', 'password']);
    const extra = await t.http().post('/api/v1/auth/login').send({ email: 'a@b.fi', password: 'x', isAdmin: true }).expect(400);
    expect(extra.body.errors).toEqual({ isAdmin: ['unknown field'] });
  });

  it('rotates the refresh token, and reuse of a rotated one revokes the whole family', async () => {
    const user = await makeUser(t.dataSource, [Role.Expert]);
    const first = await login(t, user.email);
    const r1 = await t.http().post('/api/v1/auth/refresh').set('cookie', first.cookie).expect(200);
    const second = refreshCookieOf(r1.headers['set-cookie']);
    expect(second).not.toEqual(first.cookie);
    expect(r1.body.user.id).toBe(user.id);
    // The old token again: theft suspected, the family ends.
    const reuse = await t.http().post('/api/v1/auth/refresh').set('cookie', first.cookie).expect(401);
    expect(reuse.body.code).toBe('REFRESH_TOKEN_REUSED');
    // …so even the newest token no longer works.
    const after = await t.http().post('/api/v1/auth/refresh').set('cookie', second).expect(401);
    expect(after.body.code).toBe('REFRESH_TOKEN_INVALID');
    expect(await auditRows(t.dataSource, 'auth.refresh_reuse')).toHaveLength(1);
  });

  it('logout revokes the session', async () => {
    const user = await makeUser(t.dataSource, [Role.Expert]);
    const s = await login(t, user.email);
    const out = await t.http().post('/api/v1/auth/logout').set('cookie', s.cookie).expect(204);
    expect(String(out.headers['set-cookie'])).toMatch(/kokemus_refresh=;/);
    const res = await t.http().post('/api/v1/auth/refresh').set('cookie', s.cookie).expect(401);
    expect(res.body.code).toBe('REFRESH_TOKEN_INVALID');
  });

  it('refresh without a cookie is 401', async () => {
    const res = await t.http().post('/api/v1/auth/refresh').expect(401);
    expect(res.body.code).toBe('REFRESH_TOKEN_MISSING');
  });

  it('changes the own language preference', async () => {
    const user = await makeUser(t.dataSource, [Role.Expert]);
    const { token } = await login(t, user.email);
    const res = await t.http().patch('/api/v1/auth/me').set('authorization', `Bearer ${token}`).send({ locale: 'sv' }).expect(200);
    expect(res.body.locale).toBe('sv');
    await t.http().patch('/api/v1/auth/me').set('authorization', `Bearer ${token}`).send({ locale: 'de' }).expect(400);
    await t.http().patch('/api/v1/auth/me').set('authorization', `Bearer ${token}`).send({ roles: ['admin'] }).expect(400);
  });

  describe('bearer tokens that must be refused', () => {
    let userId: string;
    let valid: string;
    const sign = (payload: object, secret: string, options: object = {}) =>
      new JwtService({ secret }).sign(payload, {
        algorithm: 'HS256',
        issuer: t.config.JWT_ISSUER,
        audience: t.config.JWT_AUDIENCE,
        subject: userId,
        expiresIn: 300,
        ...options,
      });
    const me = (token: string) => t.http().get('/api/v1/auth/me').set('authorization', `Bearer ${token}`);

    beforeAll(async () => {
      const user = await makeUser(t.dataSource, [Role.Admin]);
      userId = user.id;
      valid = (await login(t, user.email)).token;
    });

    it('accepts the genuine token (control)', async () => {
      await me(valid).expect(200);
      await me(sign({ typ: 'access' }, t.config.JWT_SECRET)).expect(200);
    });

    it('refuses an expired token', async () => {
      const expired = sign({ typ: 'access' }, t.config.JWT_SECRET, { expiresIn: -10 });
      const res = await me(expired).expect(401);
      expect(res.body.code).toBe('INVALID_TOKEN');
      expect(res.headers['www-authenticate']).toMatch(/^Bearer/);
    });

    it('refuses a tampered token', async () => {
      const [h, p, s] = valid.split('.');
      const claims = JSON.parse(Buffer.from(p, 'base64url').toString());
      const forged = Buffer.from(JSON.stringify({ ...claims, sub: '00000000-0000-4000-8000-000000000000' })).toString('base64url');
      await me(`${h}.${forged}.${s}`).expect(401);
    });

    it('refuses alg: none', async () => {
      const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
      const [, p] = valid.split('.');
      await me(`${enc({ alg: 'none', typ: 'JWT' })}.${p}.`).expect(401);
    });

    it('refuses a token signed with another key', async () => {
      await me(sign({ typ: 'access' }, 'another-secret-another-secret-another-secret')).expect(401);
    });

    it('refuses another algorithm even with the right key (HS512)', async () => {
      const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
      const [, p] = valid.split('.');
      const head = enc({ alg: 'HS512', typ: 'JWT' });
      const sig = createHmac('sha512', t.config.JWT_SECRET).update(`${head}.${p}`).digest('base64url');
      await me(`${head}.${p}.${sig}`).expect(401);
    });

    it('refuses the wrong audience and the wrong issuer', async () => {
      await me(sign({ typ: 'access' }, t.config.JWT_SECRET, { audience: 'someone-else' })).expect(401);
      await me(sign({ typ: 'access' }, t.config.JWT_SECRET, { issuer: 'someone-else' })).expect(401);
    });

    it('refuses a missing or malformed header', async () => {
      await t.http().get('/api/v1/auth/me').expect(401);
      await t.http().get('/api/v1/auth/me').set('authorization', 'Basic abc').expect(401);
    });
  });
});

import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { Client } from 'pg';
import { accessDeclaration, declaresAccess } from '../src/auth/guards/access.guard';
import { auditRows, login, makeUser, Role, startTestApp, TestApp } from './support/app';

describe('platform: contract, access declarations, audit, errors, health', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('every route declares who may call it (roles, scopes, any signed-in user) or is public', () => {
    const discovery = new DiscoveryService(t.app.get(ModulesContainer));
    const scanner = new MetadataScanner();
    const reflector = t.app.get(Reflector);
    const routes: string[] = [];
    const undeclared: string[] = [];
    for (const wrapper of discovery.getControllers()) {
      const { instance, metatype } = wrapper;
      if (!instance || !metatype) continue;
      const proto = Object.getPrototypeOf(instance);
      for (const name of scanner.getAllMethodNames(proto)) {
        const handler = proto[name];
        if (Reflect.getMetadata(PATH_METADATA, handler) === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number];
        const id = `${method} ${metatype.name}.${name}`;
        routes.push(id);
        if (!declaresAccess(accessDeclaration(reflector, [handler, metatype]))) undeclared.push(id);
      }
    }
    expect(routes.length).toBeGreaterThanOrEqual(15);
    expect(undeclared).toEqual([]);
  });

  it('entities and migrations agree (generating a migration yields nothing)', async () => {
    const sql = await t.dataSource.driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('keeps the audit trail append-only, even for the database owner', async () => {
    const user = await makeUser(t.dataSource, [Role.Coordinator]);
    await login(t, user.email);
    const [row] = await auditRows(t.dataSource, 'auth.login');
    expect(row).toMatchObject({ actor_type: 'user', actor_id: user.id, outcome: 'success' });
    expect(row.request_id).toEqual(expect.any(String));
    await expect(t.dataSource.query(`UPDATE audit_event SET outcome = 'failure' WHERE id = $1`, [row.id])).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query('DELETE FROM audit_event WHERE id = $1', [row.id])).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query('TRUNCATE audit_event')).rejects.toThrow(/append-only/);
    expect(await auditRows(t.dataSource, 'auth.login')).toHaveLength(1);
  });

  it('records the acting role and request id on writes', async () => {
    const user = await makeUser(t.dataSource, [Role.Reporter, Role.Admin]);
    const { token } = await login(t, user.email);
    const res = await t
      .http()
      .post('/api/v1/units')
      .set('authorization', `Bearer ${token}`)
      .set('x-request-id', 'test-request-0001')
      .send({ kind: 'result_area', name: 'Audit test', costCentre: 'AUD-1' })
      .expect(201);
    expect(res.headers['x-request-id']).toBe('test-request-0001');
    const [row] = (await auditRows(t.dataSource, 'unit.create')).filter((r) => r.subject_id === res.body.id);
    expect(row).toMatchObject({ actor_id: user.id, actor_role: 'admin', request_id: 'test-request-0001' });
  });

  it('serves the OpenAPI document with unique verb+noun operation ids and named enums, and the docs page', async () => {
    const res = await t.http().get('/api/openapi.json').expect(200);
    const ids: string[] = [];
    for (const item of Object.values(res.body.paths as Record<string, Record<string, { operationId: string }>>)) {
      for (const op of Object.values(item)) ids.push(op.operationId);
    }
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+[A-Z][A-Za-z]+$/);
    expect(ids).toEqual(expect.arrayContaining(['loginUser', 'listUnits', 'createUnit', 'getUnit', 'updateUnit', 'issueClientToken']));
    expect(res.body.components.schemas.UnitKind.enum).toEqual(['result_area', 'service_area', 'unit', 'external']);
    expect(Object.keys(res.body.components.securitySchemes).sort()).toEqual(['bearer', 'clientCredentials', 'refreshCookie']);
    const listUnits = res.body.paths['/api/v1/units'].get;
    expect(listUnits.responses['403'].content['application/problem+json']).toBeDefined();
    const docs = await t.http().get('/api/docs').redirects(1).expect(200);
    expect(docs.text).toMatch(/swagger/i);
  });

  it('answers unknown routes, bad JSON and oversized bodies with problem+json', async () => {
    const missing = await t.http().get('/api/v1/nothing-here').expect(404);
    expect(missing.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(missing.body).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    const badJson = await t.http().post('/api/v1/auth/login').set('content-type', 'application/json').send('{"email":').expect(400);
    expect(badJson.body.code).toBe('BAD_REQUEST');
    const big = await t
      .http()
      .post('/api/v1/auth/login')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ email: 'a@b.fi', password: 'x'.repeat(t.config.BODY_LIMIT_BYTES) }))
      .expect(413);
    expect(big.body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('never leaks internals in a 500', async () => {
    // A unit id that passes validation but breaks a query would be a bug; simulate one by dropping a table.
    const admin = await makeUser(t.dataSource, [Role.Admin]);
    const { token } = await login(t, admin.email);
    await t.dataSource.query('ALTER TABLE org_unit RENAME TO org_unit_away');
    try {
      const res = await t.http().get('/api/v1/units').set('authorization', `Bearer ${token}`).expect(500);
      expect(res.body).toMatchObject({ status: 500, code: 'INTERNAL', title: 'Something went wrong' });
      expect(JSON.stringify(res.body)).not.toMatch(/org_unit|SELECT|relation|stack/i);
    } finally {
      await t.dataSource.query('ALTER TABLE org_unit_away RENAME TO org_unit');
    }
  });

  it('liveness does not touch the database; readiness pings it', async () => {
    await t.http().get('/api/health/live').expect(200);
    const ready = await t.http().get('/api/health/ready').expect(200);
    expect(ready.body.info.database.status).toBe('up');
  });

  it('sends security headers and no CORS grant to a foreign origin', async () => {
    const res = await t.http().get('/api/health/live').set('origin', 'https://evil.example').expect(200);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toMatch(/default-src 'self'/);
  });
});

describe('database pool exhaustion', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ DB_POOL_MAX: '2', DB_CONNECT_TIMEOUT_MS: '300' });
  });
  afterAll(() => t.close());

  it('answers 503 with Retry-After instead of waiting forever, and recovers', async () => {
    const user = await makeUser(t.dataSource, [Role.Coordinator]);
    const { token } = await login(t, user.email);
    const hogs = [t.dataSource.query('SELECT pg_sleep(1.5)'), t.dataSource.query('SELECT pg_sleep(1.5)')];
    await new Promise((r) => setTimeout(r, 100));
    const res = await t.http().get('/api/v1/units').set('authorization', `Bearer ${token}`).expect(503);
    expect(res.body.code).toBe('SERVICE_BUSY');
    expect(res.headers['retry-after']).toBe('5');
    await Promise.all(hogs);
    await t.http().get('/api/v1/units').set('authorization', `Bearer ${token}`).expect(200);
  });
});

describe('statement timeout', () => {
  it('cancels a runaway query on the server side', async () => {
    const t = await startTestApp({ DB_STATEMENT_TIMEOUT_MS: '200' });
    try {
      await expect(t.dataSource.query('SELECT pg_sleep(2)')).rejects.toThrow(/statement timeout/);
      const c = new Client({ connectionString: t.db.url });
      await c.connect();
      await c.end();
    } finally {
      await t.close();
    }
  });
});

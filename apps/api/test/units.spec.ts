import { auditRows, makeUnit, makeUser, login, Role, startTestApp, TestApp, tokenFor, UnitKind } from './support/app';
import { OrgUnitEntity } from '../src/units/org-unit.entity';

describe('organisation units API', () => {
  let t: TestApp;
  let admin: string;
  let area: OrgUnitEntity;
  let service: OrgUnitEntity;
  let ward: OrgUnitEntity;
  let otherArea: OrgUnitEntity;
  let otherWard: OrgUnitEntity;

  const auth = (token: string) => ({ authorization: `Bearer ${token}` });

  beforeAll(async () => {
    t = await startTestApp();
    admin = await tokenFor(t, [Role.Admin]);
    area = await makeUnit(t.dataSource, { name: 'Terveyspalvelut', costCentre: 'U-1000' });
    service = await makeUnit(t.dataSource, { kind: UnitKind.ServiceArea, name: 'Psykiatria', parentId: area.id, costCentre: 'U-1100' });
    ward = await makeUnit(t.dataSource, { kind: UnitKind.Unit, name: 'Osasto 3', parentId: service.id, costCentre: 'U-1110' });
    otherArea = await makeUnit(t.dataSource, { name: 'Sosiaalipalvelut', costCentre: 'U-2000' });
    otherWard = await makeUnit(t.dataSource, { kind: UnitKind.Unit, name: 'Aikuissosiaalityö', parentId: otherArea.id, costCentre: 'U-2010' });
  });
  afterAll(() => t.close());

  it('requires sign-in', async () => {
    const res = await t.http().get('/api/v1/units').expect(401);
    expect(res.body.code).toBe('INVALID_TOKEN');
  });

  it('refuses the wrong role with 403 and records the denial', async () => {
    const expert = await makeUser(t.dataSource, [Role.Expert]);
    const { token } = await login(t, expert.email);
    const res = await t.http().get('/api/v1/units').set(auth(token)).expect(403);
    expect(res.body.code).toBe('ROLE_REQUIRED');
    const denied = await auditRows(t.dataSource, 'access.denied');
    expect(denied.some((r) => r.actor_id === expert.id && r.subject_id === 'UnitsController.listUnits')).toBe(true);
    // An orderer may read, but not write.
    const orderer = await tokenFor(t, [Role.Orderer], [ward]);
    await t.http().post('/api/v1/units').set(auth(orderer)).send({ kind: 'result_area', name: 'X', costCentre: 'X-1' }).expect(403);
  });

  it('shows an orderer only their own units and those under them; others answer 404', async () => {
    const approver = await tokenFor(t, [Role.Approver], [service]);
    const list = await t.http().get('/api/v1/units?limit=200').set(auth(approver)).expect(200);
    expect(list.body.items.map((u: { name: string }) => u.name).sort()).toEqual(['Osasto 3', 'Psykiatria']);
    await t.http().get(`/api/v1/units/${ward.id}`).set(auth(approver)).expect(200);
    const hidden = await t.http().get(`/api/v1/units/${otherWard.id}`).set(auth(approver)).expect(404);
    const missing = await t.http().get('/api/v1/units/00000000-0000-4000-8000-000000000000').set(auth(approver)).expect(404);
    expect(hidden.body).toEqual({ ...missing.body, instance: hidden.body.instance, requestId: hidden.body.requestId });
    expect(hidden.body.code).toBe('UNIT_NOT_FOUND');
    const reads = await auditRows(t.dataSource, 'unit.read');
    expect(reads.some((r) => r.subject_id === otherWard.id && r.outcome === 'denied')).toBe(true);
  });

  it('pages with a stable cursor and filters', async () => {
    const coordinator = await tokenFor(t, [Role.Coordinator]);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: { body: { items: Array<{ id: string }>; nextCursor: string | null } } = await t
        .http()
        .get('/api/v1/units')
        .query({ limit: 2, ...(cursor ? { cursor } : {}) })
        .set(auth(coordinator))
        .expect(200);
      expect(res.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...res.body.items.map((u: { id: string }) => u.id));
      cursor = res.body.nextCursor;
    } while (cursor);
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM org_unit');
    expect(seen).toHaveLength(n);
    expect(new Set(seen).size).toBe(n);
    const byName = await t.http().get('/api/v1/units?q=psyk').set(auth(coordinator)).expect(200);
    expect(byName.body.items.map((u: { id: string }) => u.id)).toEqual([service.id]);
    const byKind = await t.http().get(`/api/v1/units?kind=unit&parentId=${service.id}`).set(auth(coordinator)).expect(200);
    expect(byKind.body.items.map((u: { id: string }) => u.id)).toEqual([ward.id]);
    const badLimit = await t.http().get('/api/v1/units?limit=1000').set(auth(coordinator)).expect(400);
    expect(badLimit.body.errors.limit).toBeDefined();
    const badCursor = await t.http().get('/api/v1/units?cursor=nonsense').set(auth(coordinator)).expect(400);
    expect(badCursor.body.errors.cursor).toBeDefined();
  });

  it('creates a unit with validation, an ETag and an audit row', async () => {
    const bad = await t.http().post('/api/v1/units').set(auth(admin)).send({ kind: 'ward', name: '', costCentre: '!' }).expect(400);
    expect(Object.keys(bad.body.errors).sort()).toEqual(['costCentre', 'kind', 'name']);
    const res = await t
      .http()
      .post('/api/v1/units')
      .set(auth(admin))
      .send({ kind: 'unit', parentId: service.id, name: ' Osasto 5 ', nameSv: 'Avdelning 5', costCentre: 'u-1150' })
      .expect(201);
    expect(res.body).toMatchObject({ name: 'Osasto 5', nameSv: 'Avdelning 5', costCentre: 'U-1150', active: true, version: 1 });
    expect(res.headers.etag).toBe('"1"');
    expect(res.headers.location).toBe(`/api/v1/units/${res.body.id}`);
    const rows = await auditRows(t.dataSource, 'unit.create');
    expect(rows.filter((r) => r.subject_id === res.body.id)).toHaveLength(1);
  });

  it('refuses a duplicate cost centre (any case) and a parent of the wrong kind, changing nothing', async () => {
    const before = await t.dataSource.query('SELECT count(*)::int AS n FROM org_unit');
    const dup = await t.http().post('/api/v1/units').set(auth(admin)).send({ kind: 'result_area', name: 'Kopio', costCentre: 'u-1000' }).expect(409);
    expect(dup.body).toMatchObject({ code: 'UNIT_COST_CENTRE_TAKEN', errors: { costCentre: expect.any(Array) } });
    const kind = await t.http().post('/api/v1/units').set(auth(admin)).send({ kind: 'service_area', parentId: ward.id, name: 'Väärä', costCentre: 'W-1' }).expect(422);
    expect(kind.body.code).toBe('UNIT_PARENT_KIND_NOT_ALLOWED');
    const root = await t.http().post('/api/v1/units').set(auth(admin)).send({ kind: 'unit', name: 'Orpo', costCentre: 'W-2' }).expect(422);
    expect(root.body.code).toBe('UNIT_PARENT_KIND_NOT_ALLOWED');
    expect(await t.dataSource.query('SELECT count(*)::int AS n FROM org_unit')).toEqual(before);
  });

  it('edits with If-Match: 428 without it, 412 when stale, and no moving a unit under itself', async () => {
    const unit = await makeUnit(t.dataSource, { kind: UnitKind.ServiceArea, parentId: area.id, name: 'Kuntoutus', costCentre: 'U-1300' });
    const got = await t.http().get(`/api/v1/units/${unit.id}`).set(auth(admin)).expect(200);
    const etag = got.headers.etag;
    await t.http().patch(`/api/v1/units/${unit.id}`).set(auth(admin)).send({ name: 'Kuntoutuspalvelut' }).expect(428);
    const ok = await t.http().patch(`/api/v1/units/${unit.id}`).set(auth(admin)).set('if-match', etag).send({ name: 'Kuntoutuspalvelut' }).expect(200);
    expect(ok.body).toMatchObject({ name: 'Kuntoutuspalvelut', version: 2 });
    expect(ok.headers.etag).toBe('"2"');
    const stale = await t.http().patch(`/api/v1/units/${unit.id}`).set(auth(admin)).set('if-match', etag).send({ name: 'Toinen' }).expect(412);
    expect(stale.body.code).toBe('PRECONDITION_FAILED');
    const child = await makeUnit(t.dataSource, { kind: UnitKind.Unit, parentId: unit.id, name: 'Kuntoutusosasto', costCentre: 'U-1310' });
    void child;
    const cycle = await t.http().patch(`/api/v1/units/${service.id}`).set(auth(admin)).set('if-match', '"1"').send({ parentId: ward.id }).expect(422);
    expect(cycle.body.code).toBe('UNIT_PARENT_KIND_NOT_ALLOWED');
    const current = await t.dataSource.getRepository(OrgUnitEntity).findOneByOrFail({ id: unit.id });
    expect(current.name).toBe('Kuntoutuspalvelut');
  });

  it('refuses to move an external orderer under its own descendant', async () => {
    const ngo = await makeUnit(t.dataSource, { kind: UnitKind.External, name: 'Yhdistys ry', costCentre: 'E-100' });
    const branch = await makeUnit(t.dataSource, { kind: UnitKind.External, parentId: ngo.id, name: 'Yhdistyksen paikallisosasto', costCentre: 'E-110' });
    const res = await t.http().patch(`/api/v1/units/${ngo.id}`).set(auth(admin)).set('if-match', '"1"').send({ parentId: branch.id }).expect(422);
    expect(res.body.code).toBe('UNIT_CYCLE');
  });

  it('deactivates leaves first, refuses while active children remain, and reactivates', async () => {
    const sa = await makeUnit(t.dataSource, { kind: UnitKind.ServiceArea, parentId: otherArea.id, name: 'Vammaispalvelut', costCentre: 'U-2100' });
    const leaf = await makeUnit(t.dataSource, { kind: UnitKind.Unit, parentId: sa.id, name: 'Asumispalvelut', costCentre: 'U-2110' });
    const blocked = await t.http().post(`/api/v1/units/${sa.id}/deactivate`).set(auth(admin)).set('if-match', '"1"').expect(409);
    expect(blocked.body.code).toBe('UNIT_HAS_ACTIVE_CHILDREN');
    const off = await t.http().post(`/api/v1/units/${leaf.id}/deactivate`).set(auth(admin)).set('if-match', '"1"').expect(200);
    expect(off.body).toMatchObject({ active: false, version: 2 });
    await t.http().post(`/api/v1/units/${sa.id}/deactivate`).set(auth(admin)).set('if-match', '"1"').expect(200);
    const orphan = await t.http().post(`/api/v1/units/${leaf.id}/reactivate`).set(auth(admin)).set('if-match', '"2"').expect(409);
    expect(orphan.body.code).toBe('UNIT_PARENT_INACTIVE');
    const onlyInactive = await t.http().get(`/api/v1/units?active=false&parentId=${sa.id}`).set(auth(admin)).expect(200);
    expect(onlyInactive.body.items.map((u: { id: string }) => u.id)).toEqual([leaf.id]);
    expect((await auditRows(t.dataSource, 'unit.deactivate')).length).toBe(2);
  });

  it('answers 400 for a malformed id', async () => {
    const res = await t.http().get('/api/v1/units/not-a-uuid').set(auth(admin)).expect(400);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
  });
});

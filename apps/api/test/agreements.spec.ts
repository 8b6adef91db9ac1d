// the app first: it loads the entities in an order their circular references accept
import { login, makeUnit, makeUser, Role, startTestApp, TestApp, UnitKind } from './support/app';
import { OrgUnitEntity } from '../src/units/org-unit.entity';

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

const text = (fi: string, sv: string, en: string) => ({ fi, sv, en });

describe('agreements and criminal-record checks: what an expert needs before some offers', () => {
  let t: TestApp;
  let ward: OrgUnitEntity;
  let admin: string;
  let coordinator: string;
  let orderer: string;
  let expert: { id: string; token: string };
  let other: { id: string; token: string };

  async function makeExpert(first: string) {
    const user = await makeUser(t.dataSource, [Role.Expert], [], { displayName: first });
    const [{ id }] = await t.dataSource.query(
      `INSERT INTO expert (first_name, last_name, email, municipality_code, languages, kinds, task_types, status, tier_code, max_tasks_per_month, user_id)
       VALUES ($1, 'Sopimus', $2, 'jyvaskyla', ARRAY['fi'], ARRAY['trained_expert'], ARRAY['talk'], 'active', 'trained', 4, $3) RETURNING id`,
      [first, `${first.toLowerCase()}@example.fi`, user.id],
    );
    await t.dataSource.query(
      `INSERT INTO expert_experience_area (expert_id, area_code, visible_to_orderers) VALUES ($1, 'mental_health', true)`,
      [id],
    );
    await t.dataSource.query(
      `INSERT INTO expert_consent (expert_id, kind, given_at) VALUES ($1, 'registry', $2)`,
      [id, t.now()],
    );
    return { id: id as string, token: (await login(t, user.email)).token };
  }

  async function orderInMatching(extra: Record<string, unknown> = {}) {
    const created = await t
      .http()
      .post('/api/v1/orders')
      .set(bearer(orderer))
      .send({
        unitId: ward.id,
        productCode: 'talk',
        title: 'Kokemuspuheenvuoro',
        description: 'Toipumisesta',
        languageCode: 'fi',
        place: 'Osasto 3',
        municipalityCode: 'jyvaskyla',
        areas: [{ code: 'mental_health', required: true }],
        schedule: {
          occurrences: [
            {
              startsAt: t.daysFromNow(20, 13).toISOString(),
              endsAt: t.daysFromNow(20, 15).toISOString(),
            },
          ],
        },
        submit: true,
        ...extra,
      })
      .expect(201);
    await t
      .http()
      .post(`/api/v1/orders/${created.body.id}/start-matching`)
      .set(bearer(coordinator))
      .set('if-match', `"${created.body.version}"`)
      .expect(200);
    return created.body.id as string;
  }

  const candidates = async (orderId: string) =>
    (
      await t.http().get(`/api/v1/orders/${orderId}/candidates`).set(bearer(coordinator)).expect(200)
    ).body.items.map((c: { expertId: string }) => c.expertId) as string[];

  const mine = async (token: string) =>
    (await t.http().get('/api/v1/experts/me/agreements').set(bearer(token)).expect(200)).body;

  beforeAll(async () => {
    t = await startTestApp();
    const area = await makeUnit(t.dataSource, { name: 'Psykiatria' });
    ward = await makeUnit(t.dataSource, { kind: UnitKind.Unit, name: 'Osasto 3', parentId: area.id });
    admin = (await login(t, (await makeUser(t.dataSource, [Role.Admin])).email)).token;
    coordinator = (await login(t, (await makeUser(t.dataSource, [Role.Coordinator])).email)).token;
    orderer = (await login(t, (await makeUser(t.dataSource, [Role.Orderer], [ward])).email)).token;
    expert = await makeExpert('Sointu');
    other = await makeExpert('Veikko');
  });
  afterAll(() => t.close());

  it('with no documents published nobody is held back', async () => {
    const order = await orderInMatching();
    expect(await candidates(order)).toEqual(expect.arrayContaining([expert.id, other.id]));
    expect(await mine(expert.token)).toEqual({ items: [], dueCount: 0, mayReceiveOffers: true });
  });

  let contract: { id: string; current: { id: string; number: number; contentHash: string } };

  it('the admin publishes documents in three languages; bad input changes nothing', async () => {
    const missingSv = await t
      .http()
      .post('/api/v1/agreements')
      .set(bearer(admin))
      .send({
        code: 'toimeksiantosopimus',
        required: true,
        title: { fi: 'Toimeksiantosopimus', en: 'Assignment agreement' },
        body: text('Teksti', 'Text', 'Text'),
      })
      .expect(400);
    expect(missingSv.headers['content-type']).toMatch(/application\/problem\+json/);
    const bad = await t
      .http()
      .post('/api/v1/agreements')
      .set(bearer(admin))
      .send({ code: 'Iso Koodi', required: 'yes', title: text('', 'x', 'x'), body: text('a', 'b', 'c') })
      .expect(400);
    expect(bad.body.code).toBe('VALIDATION_FAILED');
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM agreement_document`);
    expect(n).toBe(0);

    const created = await t
      .http()
      .post('/api/v1/agreements')
      .set(bearer(admin))
      .send({
        code: 'toimeksiantosopimus',
        required: true,
        position: 1,
        title: text('Toimeksiantosopimus', 'Uppdragsavtal', 'Assignment agreement'),
        body: text(
          'Sovimme tehtävistä ja palkkioista.',
          'Vi kommer överens om uppdrag och arvoden.',
          'We agree on tasks and fees.',
        ),
      })
      .expect(201);
    expect(created.body).toMatchObject({
      code: 'toimeksiantosopimus',
      required: true,
      current: { number: 1, requiresReacceptance: false },
      acceptedCount: 0,
      outstandingCount: 2,
    });
    expect(created.body.current.contentHash).toMatch(/^[0-9a-f]{64}$/);
    contract = created.body;
    await t
      .http()
      .post('/api/v1/agreements')
      .set(bearer(admin))
      .send({
        code: 'eettiset-periaatteet',
        required: false,
        position: 2,
        title: text('Eettiset periaatteet', 'Etiska principer', 'Ethical principles'),
        body: text('Kunnioitamme toisiamme.', 'Vi respekterar varandra.', 'We respect each other.'),
      })
      .expect(201);
    const taken = await t
      .http()
      .post('/api/v1/agreements')
      .set(bearer(admin))
      .send({
        code: 'toimeksiantosopimus',
        required: true,
        title: text('a', 'b', 'c'),
        body: text('a', 'b', 'c'),
      })
      .expect(409);
    expect(taken.body.code).toBe('AGREEMENT_CODE_TAKEN');
    const list = await t.http().get('/api/v1/agreements').set(bearer(coordinator)).expect(200);
    expect(list.body.items.map((d: { code: string }) => d.code)).toEqual([
      'toimeksiantosopimus',
      'eettiset-periaatteet',
    ]);
  });

  it('a required document not yet accepted stops new offers, and says why', async () => {
    const me = await mine(expert.token);
    expect(me).toMatchObject({ dueCount: 1, mayReceiveOffers: false });
    expect(me.items.map((i: { code: string; due: boolean }) => [i.code, i.due])).toEqual([
      ['toimeksiantosopimus', true],
      ['eettiset-periaatteet', false],
    ]);
    const order = await orderInMatching();
    expect(await candidates(order)).not.toContain(expert.id);
    const refused = await t
      .http()
      .post(`/api/v1/orders/${order}/offers`)
      .set(bearer(coordinator))
      .send({ expertIds: [expert.id] })
      .expect(409);
    expect(refused.body.code).toBe('EXPERT_NOT_ELIGIBLE');
    expect(JSON.stringify(refused.body.failed)).toContain('agreements_due');
    const behind = await t
      .http()
      .get(`/api/v1/agreements/${contract.id}/outstanding`)
      .set(bearer(coordinator))
      .expect(200);
    expect(behind.body.items.map((e: { name: string }) => e.name)).toEqual([
      'Sointu Sopimus',
      'Veikko Sopimus',
    ]);
  });

  it('accepting keeps who, when, which version, its hash and the address; offers come again', async () => {
    const accepted = await t
      .http()
      .post(`/api/v1/agreements/${contract.id}/acceptances`)
      .set(bearer(expert.token))
      .send({ versionId: contract.current.id, locale: 'sv' })
      .expect(201);
    expect(accepted.body).toMatchObject({
      versionId: contract.current.id,
      versionNumber: 1,
      locale: 'sv',
      contentHash: contract.current.contentHash,
    });
    // the app's clock (it runs on from TEST_NOW)
    expect(Math.abs(Date.parse(accepted.body.acceptedAt) - t.now().getTime())).toBeLessThan(60_000);
    // accepting again changes nothing
    const again = await t
      .http()
      .post(`/api/v1/agreements/${contract.id}/acceptances`)
      .set(bearer(expert.token))
      .send({ versionId: contract.current.id, locale: 'fi' })
      .expect(201);
    expect(again.body.id).toBe(accepted.body.id);
    const [row] = await t.dataSource.query(
      `SELECT expert_id, user_id IS NOT NULL AS has_user, address FROM agreement_acceptance`,
    );
    expect(row).toMatchObject({ expert_id: expert.id, has_user: true });
    expect(row.address).toMatch(/127\.0\.0\.1|::1|::ffff/);
    expect(await mine(expert.token)).toMatchObject({ dueCount: 0, mayReceiveOffers: true });
    const order = await orderInMatching();
    expect(await candidates(order)).toContain(expert.id);
    expect(await candidates(order)).not.toContain(other.id);
    const doc = await t.http().get(`/api/v1/agreements/${contract.id}`).set(bearer(admin)).expect(200);
    expect(doc.body).toMatchObject({ acceptedCount: 1, outstandingCount: 1 });
  });

  it('a minor correction keeps acceptances; a version asking for re-acceptance holds offers until accepted', async () => {
    const v2 = await t
      .http()
      .post(`/api/v1/agreements/${contract.id}/versions`)
      .set(bearer(admin))
      .send({
        title: text('Toimeksiantosopimus', 'Uppdragsavtal', 'Assignment agreement'),
        body: text(
          'Sovimme tehtävistä ja palkkioista. Korjattu kirjoitusvirhe.',
          'Vi kommer överens.',
          'We agree.',
        ),
        requiresReacceptance: false,
        changeNote: 'Kirjoitusvirhe korjattu',
      })
      .expect(201);
    expect(v2.body.current.number).toBe(2);
    expect(await mine(expert.token)).toMatchObject({ dueCount: 0 });
    const v3 = await t
      .http()
      .post(`/api/v1/agreements/${contract.id}/versions`)
      .set(bearer(admin))
      .send({
        title: text('Toimeksiantosopimus', 'Uppdragsavtal', 'Assignment agreement'),
        body: text('Uudet palkkioehdot 2027.', 'Nya arvodesvillkor 2027.', 'New fee terms 2027.'),
        requiresReacceptance: true,
        changeNote: 'Palkkiot muuttuvat vuoden alusta',
      })
      .expect(201);
    expect(v3.body.versions.map((v: { number: number }) => v.number)).toEqual([3, 2, 1]);
    const me = await mine(expert.token);
    expect(me).toMatchObject({ dueCount: 1, mayReceiveOffers: false });
    expect(me.items[0]).toMatchObject({ acceptedVersionNumber: 1, due: true, current: { number: 3 } });
    const order = await orderInMatching();
    expect(await candidates(order)).not.toContain(expert.id);
    const outdated = await t
      .http()
      .post(`/api/v1/agreements/${contract.id}/acceptances`)
      .set(bearer(expert.token))
      .send({ versionId: v2.body.current.id, locale: 'fi' })
      .expect(409);
    expect(outdated.body).toMatchObject({ code: 'AGREEMENT_VERSION_OUTDATED', currentVersion: 3 });
    const unknown = await t
      .http()
      .post(`/api/v1/agreements/${contract.id}/acceptances`)
      .set(bearer(expert.token))
      .send({ versionId: '00000000-0000-4000-8000-000000000000', locale: 'fi' })
      .expect(400);
    expect(unknown.body.code).toBe('AGREEMENT_VERSION_UNKNOWN');
    await t
      .http()
      .post(`/api/v1/agreements/${contract.id}/acceptances`)
      .set(bearer(expert.token))
      .send({ versionId: v3.body.current.id, locale: 'fi' })
      .expect(201);
    expect(await candidates(order)).toContain(expert.id);
  });

  it('only the admin publishes, only experts accept, orderers see none of it', async () => {
    const body = { title: text('a', 'b', 'c'), body: text('a', 'b', 'c'), requiresReacceptance: false };
    await t
      .http()
      .post(`/api/v1/agreements/${contract.id}/versions`)
      .set(bearer(coordinator))
      .send(body)
      .expect(403);
    await t.http().post('/api/v1/agreements').set(bearer(expert.token)).send({}).expect(403);
    await t.http().get('/api/v1/agreements').set(bearer(orderer)).expect(403);
    await t.http().get('/api/v1/agreements').set(bearer(expert.token)).expect(403);
    await t
      .http()
      .post(`/api/v1/agreements/${contract.id}/acceptances`)
      .set(bearer(coordinator))
      .send({ versionId: contract.current.id, locale: 'fi' })
      .expect(403);
    await t.http().get('/api/v1/experts/me/agreements').set(bearer(coordinator)).expect(403);
    await t
      .http()
      .get('/api/v1/agreements/00000000-0000-4000-8000-000000000000')
      .set(bearer(admin))
      .expect(404);
  });

  it('a task with minors goes only to people whose criminal-record extract was seen within six months', async () => {
    const order = await orderInMatching({ worksWithMinors: true });
    const shown = await t.http().get(`/api/v1/orders/${order}`).set(bearer(orderer)).expect(200);
    expect(shown.body.worksWithMinors).toBe(true);
    expect(await candidates(order)).not.toContain(other.id);
    const why = await t
      .http()
      .get(`/api/v1/orders/${order}/candidates?explain=${other.id}`)
      .set(bearer(coordinator))
      .expect(200);
    expect(why.body.explanation.failed.map((f: { constraint: string }) => f.constraint)).toContain(
      'record_check',
    );

    const today = t.now().toISOString().slice(0, 10);
    const future = await t
      .http()
      .post(`/api/v1/experts/${other.id}/record-checks`)
      .set(bearer(coordinator))
      .send({ extractDate: '2030-01-01' })
      .expect(400);
    expect(future.body.code).toBe('RECORD_CHECK_DATE_INVALID');
    const old = await t
      .http()
      .post(`/api/v1/experts/${other.id}/record-checks`)
      .set(bearer(coordinator))
      .send({ extractDate: '2025-01-01' })
      .expect(400);
    expect(old.body.code).toBe('RECORD_CHECK_DATE_INVALID');
    await t
      .http()
      .post('/api/v1/experts/00000000-0000-4000-8000-000000000000/record-checks')
      .set(bearer(coordinator))
      .send({ extractDate: today })
      .expect(404);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM record_check`);
    expect(n).toBe(0);

    // Veikko still has the agreement to accept: he accepts, then the extract counts
    const doc = (await t.http().get(`/api/v1/agreements/${contract.id}`).set(bearer(admin)).expect(200)).body;
    await t
      .http()
      .post(`/api/v1/agreements/${contract.id}/acceptances`)
      .set(bearer(other.token))
      .send({ versionId: doc.current.id, locale: 'fi' })
      .expect(201);
    const recorded = await t
      .http()
      .post(`/api/v1/experts/${other.id}/record-checks`)
      .set(bearer(coordinator))
      .send({ extractDate: today })
      .expect(201);
    expect(recorded.body).toMatchObject({
      validToday: true,
      items: [{ extractDate: today, seenByName: expect.any(String) }],
    });
    expect(recorded.body.validUntil > today).toBe(true);
    expect(await candidates(order)).toContain(other.id);
    // an ordinary task does not ask for one
    expect(await candidates(await orderInMatching())).toContain(expert.id);

    await t.http().get(`/api/v1/experts/${other.id}/record-checks`).set(bearer(coordinator)).expect(200);
    const [{ reads }] = await t.dataSource.query(
      `SELECT count(*)::int AS reads FROM audit_event WHERE action = 'expert.read' AND field_group = 'record_check' AND subject_id = $1`,
      [other.id],
    );
    expect(reads).toBe(2);
    await t.http().get(`/api/v1/experts/${other.id}/record-checks`).set(bearer(orderer)).expect(403);
    await t
      .http()
      .post(`/api/v1/experts/${other.id}/record-checks`)
      .set(bearer(other.token))
      .send({ extractDate: today })
      .expect(403);
  });
});

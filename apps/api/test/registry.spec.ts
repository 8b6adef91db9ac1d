import { PassThrough } from 'node:stream';
import { EventBus } from '../src/events/event-bus';
import { NotificationsService } from '../src/notifications/notifications.service';
import { TaxCardsService } from '../src/registry/tax-cards.service';
import { login, makeUnit, makeUser, PASSWORD, Role, startTestApp, TestApp } from './support/app';

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const CANARY_NOTE = 'CANARY-7f3a-health-note';
const PIC = '131052-308T';
const IBAN = 'FI21 1234 5600 0007 85';

describe('registry of experts', () => {
  let t: TestApp;
  const logs: string[] = [];
  let coordinator: string;

  const create = (body: Record<string, unknown>) => t.http().post('/api/v1/experts').set(bearer(coordinator)).send(body);
  const base = (n: string, extra: Record<string, unknown> = {}) => ({
    firstName: 'Testi',
    lastName: n,
    email: `${n.toLowerCase()}@example.fi`,
    languages: ['fi'],
    kinds: ['trained_expert'],
    municipalityCode: 'jyvaskyla',
    ...extra,
  });

  beforeAll(async () => {
    const sink = new PassThrough();
    sink.on('data', (c: Buffer) => logs.push(c.toString('utf8')));
    t = await startTestApp({ LOG_LEVEL: 'trace' }, undefined, sink);
    const user = await makeUser(t.dataSource, [Role.Coordinator]);
    coordinator = (await login(t, user.email)).token;
  });
  afterAll(() => t.close());

  it('creates a person with encrypted identity code and IBAN, answered masked', async () => {
    const res = await create(
      base('Virtanen', {
        firstName: 'Liisa',
        personalIdentityCode: PIC,
        iban: IBAN,
        coordinatorNotes: CANARY_NOTE,
        areas: [
          { code: 'mental_health', visibleToOrderers: true },
          { code: 'substance_use', visibleToOrderers: false },
        ],
        weeklyAvailability: [{ weekday: 2, startsAt: '09:00', endsAt: '15:00' }],
      }),
    ).expect(201);
    expect(res.body).toMatchObject({
      firstName: 'Liisa',
      status: 'applicant',
      personalIdentityCodeMasked: '131052*****',
      ibanMasked: 'FI21 **** **** **85',
      birthDate: '1952-10-13',
      coordinatorNotes: CANARY_NOTE,
      municipality: { code: 'jyvaskyla', nameFi: 'Jyväskylä' },
      weeklyAvailability: [{ weekday: 2, startsAt: '09:00', endsAt: '15:00' }],
    });
    expect(res.headers.etag).toBe('"1"');
    const [row] = await t.dataSource.query('SELECT personal_id_enc, iban_enc FROM expert WHERE id = $1', [res.body.id]);
    expect(row.personal_id_enc).not.toContain('131052');
    expect(row.iban_enc).not.toContain('1234');
  });

  it('refuses bad identity codes, IBANs, unknown codes and duplicates, field by field', async () => {
    const pic = await create(base('Huono', { personalIdentityCode: '131052-308U' })).expect(400);
    expect(pic.body).toMatchObject({ code: 'EXPERT_PERSONAL_ID_INVALID', errors: { personalIdentityCode: expect.any(Array) } });
    const iban = await create(base('Huono', { iban: 'FI21 1234 5600 0007 86' })).expect(400);
    expect(iban.body.errors.iban).toBeDefined();
    const lang = await create(base('Huono', { languages: ['klingon'] })).expect(400);
    expect(lang.body).toMatchObject({ code: 'EXPERT_UNKNOWN_CODE', errors: { languages: expect.any(Array) } });
    const dupEmail = await create(base('Virtanen', { email: 'VIRTANEN@example.fi' })).expect(409);
    expect(dupEmail.body.code).toBe('EXPERT_EMAIL_TAKEN');
    const dupPic = await create(base('Toinen', { personalIdentityCode: PIC })).expect(409);
    expect(dupPic.body.code).toBe('EXPERT_PERSONAL_ID_TAKEN');
    const invoice = await create(base('Laskuttaja', { paymentMethod: 'invoice' })).expect(400);
    expect(invoice.body.errors.businessId).toBeDefined();
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM expert WHERE last_name IN ('Huono', 'Toinen', 'Laskuttaja')`);
    expect(n).toBe(0);
  });

  it('searches with filters and pages, auditing exactly one read per person returned', async () => {
    const jamsa = await create(base('Korhonen', { municipalityCode: 'jamsa', languages: ['fi', 'sv'], areas: [{ code: 'mental_health', visibleToOrderers: false }] })).expect(201);
    await create(base('Oulunen', { municipalityCode: 'oulu', languages: ['fi', 'sv'], areas: [{ code: 'mental_health', visibleToOrderers: false }] })).expect(201);
    const res = await t
      .http()
      .get('/api/v1/experts?area=mental_health&language=sv&municipality=jyvaskyla&maxDistanceKm=80')
      .set(bearer(coordinator))
      .set('x-request-id', 'registry-search-0001')
      .expect(200);
    expect(res.body.items.map((e: { id: string }) => e.id)).toEqual([jamsa.body.id]);
    const audit = await t.dataSource.query(`SELECT subject_id, field_group FROM audit_event WHERE request_id = 'registry-search-0001'`);
    expect(audit).toEqual([{ subject_id: jamsa.body.id, field_group: 'experience_areas' }]);

    const all: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: Array<{ id: string }>; nextCursor: string | null } } = await t
        .http()
        .get('/api/v1/experts')
        .query({ limit: 2, ...(cursor ? { cursor } : {}) })
        .set(bearer(coordinator))
        .expect(200);
      all.push(...page.body.items.map((e) => e.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM expert');
    expect(new Set(all).size).toBe(n);
    const byName = await t.http().get('/api/v1/experts?q=korho').set(bearer(coordinator)).expect(200);
    expect(byName.body.items).toHaveLength(1);
  });

  it('derives the tier from training and moves the status only along allowed paths', async () => {
    const e = await create(base('Koulutettu')).expect(201);
    await t.http().post(`/api/v1/experts/${e.body.id}/training-records`).set(bearer(coordinator)).send({ course: 'Kokemusasiantuntijakoulutus', hours: 40, completedOn: '2025-05-30' }).expect(201);
    const rec = await t.http().post(`/api/v1/experts/${e.body.id}/training-records`).set(bearer(coordinator)).send({ course: 'Jatkokoulutus', provider: 'JAMK', hours: 30, completedOn: '2026-03-01' }).expect(201);
    let got = await t.http().get(`/api/v1/experts/${e.body.id}`).set(bearer(coordinator)).expect(200);
    expect(got.body.tier).toBe('trained');
    await t.http().delete(`/api/v1/experts/${e.body.id}/training-records/${rec.body.id}`).set(bearer(coordinator)).expect(204);
    got = await t.http().get(`/api/v1/experts/${e.body.id}`).set(bearer(coordinator)).expect(200);
    expect(got.body.tier).toBe('basic');

    const etag = got.headers.etag;
    const bad = await t.http().post(`/api/v1/experts/${e.body.id}/status`).set(bearer(coordinator)).set('if-match', etag).send({ status: 'paused', reason: 'x', pausedUntil: '2027-01-01' }).expect(409);
    expect(bad.body.code).toBe('EXPERT_STATUS_TRANSITION');
    await t.http().post(`/api/v1/experts/${e.body.id}/status`).set(bearer(coordinator)).send({ status: 'active', reason: 'Perehdytys käyty' }).expect(428);
    const active = await t.http().post(`/api/v1/experts/${e.body.id}/status`).set(bearer(coordinator)).set('if-match', etag).send({ status: 'active', reason: 'Perehdytys käyty' }).expect(200);
    expect(active.body.allowedNextStatuses).toEqual(['paused', 'left']);
    const noDate = await t.http().post(`/api/v1/experts/${e.body.id}/status`).set(bearer(coordinator)).set('if-match', active.headers.etag).send({ status: 'paused', reason: 'Oma jaksaminen' }).expect(400);
    expect(noDate.body.errors.pausedUntil).toBeDefined();
    await t.http().post(`/api/v1/experts/${e.body.id}/status`).set(bearer(coordinator)).set('if-match', etag).send({ status: 'left', reason: 'x' }).expect(412);
    const history = await t.dataSource.query('SELECT from_status, to_status FROM expert_status_change WHERE expert_id = $1 ORDER BY changed_at', [e.body.id]);
    expect(history).toEqual([{ from_status: null, to_status: 'applicant' }, { from_status: 'applicant', to_status: 'active' }]);
  });

  it('lets the expert read and edit their own profile, but not their tier, status or notes', async () => {
    const user = await makeUser(t.dataSource, [Role.Expert]);
    const created = await create(base('Itse', { email: user.email, coordinatorNotes: 'vain koordinaattorille', areas: [{ code: 'disability', visibleToOrderers: false }] })).expect(201);
    await t.dataSource.query('UPDATE expert SET user_id = $1 WHERE id = $2', [user.id, created.body.id]);
    const { token } = await login(t, user.email);
    const me = await t.http().get('/api/v1/experts/me').set(bearer(token)).expect(200);
    expect(me.body.coordinatorNotes).toBeNull();
    expect(me.body.areas).toEqual([{ code: 'disability', visibleToOrderers: false }]);
    const patched = await t
      .http()
      .patch('/api/v1/experts/me')
      .set(bearer(token))
      .set('if-match', me.headers.etag)
      .send({ maxTasksPerMonth: 2, earningsCeilingCents: 80000, areaVisibility: [{ code: 'disability', visibleToOrderers: true }] })
      .expect(200);
    expect(patched.body).toMatchObject({ maxTasksPerMonth: 2, earningsCeilingCents: 80000, areas: [{ code: 'disability', visibleToOrderers: true }] });
    const sneaky = await t.http().patch('/api/v1/experts/me').set(bearer(token)).set('if-match', patched.headers.etag).send({ status: 'active', tierCode: 'mentor' }).expect(400);
    expect(Object.keys(sneaky.body.errors).sort()).toEqual(['status', 'tierCode']);
    const brk = await t.http().post('/api/v1/experts/me/absences').set(bearer(token)).send({ startsOn: '2026-12-01', endsOn: '2027-01-15', kind: 'break' }).expect(201);
    const busy = await t.http().get(`/api/v1/experts?q=itse&availableFrom=2026-12-10&availableTo=2026-12-11`).set(bearer(coordinator)).expect(200);
    expect(busy.body.items).toHaveLength(0);
    await t.http().delete(`/api/v1/experts/me/absences/${brk.body.id}`).set(bearer(token)).expect(204);
    const free = await t.http().get(`/api/v1/experts?q=itse&availableFrom=2026-12-10&availableTo=2026-12-11`).set(bearer(coordinator)).expect(200);
    expect(free.body.items).toHaveLength(1);
    // Someone else's expert account has no profile: 404, not another person's data.
    const other = await makeUser(t.dataSource, [Role.Expert]);
    const otherToken = (await login(t, other.email)).token;
    const none = await t.http().get('/api/v1/experts/me').set(bearer(otherToken)).expect(404);
    expect(none.body.code).toBe('EXPERT_PROFILE_MISSING');
    await t.http().get(`/api/v1/experts/${created.body.id}`).set(bearer(token)).expect(403);
  });

  it('shows orderers only public profiles of active experts, with only the areas made visible', async () => {
    const active = await create(base('Julkinen', { introduction: 'Kerron toipumisestani.', areas: [{ code: 'mental_health', visibleToOrderers: true }, { code: 'gambling', visibleToOrderers: false }] })).expect(201);
    await t.http().post(`/api/v1/experts/${active.body.id}/status`).set(bearer(coordinator)).set('if-match', '"1"').send({ status: 'active', reason: 'ok' }).expect(200);
    const unit = await makeUnit(t.dataSource);
    const orderer = await makeUser(t.dataSource, [Role.Orderer], [unit]);
    const token = (await login(t, orderer.email)).token;
    await t.http().get('/api/v1/experts').set(bearer(token)).expect(403);
    await t.http().get(`/api/v1/experts/${active.body.id}`).set(bearer(token)).expect(403);
    const list = await t.http().get('/api/v1/expert-profiles?limit=200').set(bearer(token)).expect(200);
    const mine = list.body.items.find((p: { id: string }) => p.id === active.body.id);
    expect(mine).toEqual({
      id: active.body.id,
      firstName: 'Testi',
      lastName: 'Julkinen',
      introduction: 'Kerron toipumisestani.',
      videoUrl: null,
      languages: ['fi'],
      tier: null,
      areas: ['mental_health'],
      municipalityName: 'Jyväskylä',
      worksRemote: true,
    });
    expect(list.body.items.every((p: { id: string }) => p.id !== undefined)).toBe(true);
    const text = JSON.stringify(list.body);
    expect(text).not.toMatch(/@example\.fi|coordinatorNotes|131052|gambling/);
    const applicants = await t.dataSource.query(`SELECT id FROM expert WHERE status <> 'active'`);
    for (const a of applicants) expect(list.body.items.some((p: { id: string }) => p.id === a.id)).toBe(false);
    await t.http().get(`/api/v1/expert-profiles/${applicants[0].id}`).set(bearer(token)).expect(404);
    const gambling = await t.http().get('/api/v1/expert-profiles?area=gambling').set(bearer(token)).expect(200);
    expect(gambling.body.items).toEqual([]);
  });

  it('never writes a sensitive value to the logs', async () => {
    // Reads and writes above carried the canary note, the identity code and the IBAN.
    await t.http().get('/api/v1/experts?q=virtanen').set(bearer(coordinator)).expect(200);
    const all = logs.join('');
    expect(all.length).toBeGreaterThan(1000);
    expect(all).not.toContain(CANARY_NOTE);
    expect(all).not.toContain('131052');
    expect(all).not.toContain('5600 0007');
    expect(all).not.toContain('virtanen');
  });

  it('serves the catalogues in three languages', async () => {
    const areas = await t.http().get('/api/v1/catalogs/experience-areas').set(bearer(coordinator)).expect(200);
    expect(areas.body.items.find((a: { code: string }) => a.code === 'mental_health')).toMatchObject({ labelFi: 'Mielenterveys', labelSv: 'Psykisk hälsa', labelEn: 'Mental health' });
    const m = await t.http().get('/api/v1/catalogs/municipalities').set(bearer(coordinator)).expect(200);
    expect(m.body.items.filter((x: { mergedInto: string | null }) => !x.mergedInto)).toHaveLength(309);
    expect(m.body.items.find((x: { code: string }) => x.code === 'helsinki').nameSv).toBe('Helsingfors');
    const langs = await t.http().get('/api/v1/catalogs/languages').set(bearer(coordinator)).expect(200);
    expect(langs.body.items.map((l: { code: string }) => l.code)).toEqual(expect.arrayContaining(['fi', 'sv', 'fse', 'fss', 'se']));
  });

  it('serves the public application form its choices without a sign-in, and nothing more', async () => {
    for (const name of ['experience-areas', 'task-types', 'languages', 'municipalities']) {
      const res = await t.http().get(`/api/v1/catalogs/${name}`).expect(200);
      expect(res.body.items.length).toBeGreaterThan(3);
    }
    await t.http().get('/api/v1/catalogs/training-tiers').expect(401);
    await t.http().get('/api/v1/experts').expect(401);
  });

  it('closes the sign-in of an expert who leaves, and only takes the expert role from an account with others', async () => {
    const leave = async (roles: Role[], name: string) => {
      const user = await makeUser(t.dataSource, roles);
      const created = await create(base(name, { email: user.email })).expect(201);
      await t.dataSource.query('UPDATE expert SET user_id = $1 WHERE id = $2', [user.id, created.body.id]);
      const session = await login(t, user.email);
      await t
        .http()
        .post(`/api/v1/experts/${created.body.id}/status`)
        .set(bearer(coordinator))
        .set('if-match', created.headers.etag)
        .send({ status: 'left', reason: 'Muutti pois alueelta' })
        .expect(200);
      return { user, session };
    };
    const only = await leave([Role.Expert], 'Lahtija');
    await t.http().post('/api/v1/auth/login').send({ email: only.user.email, password: PASSWORD }).expect(401);
    await t.http().post('/api/v1/auth/refresh').set('cookie', only.session.cookie).expect(401);
    const both = await leave([Role.Expert, Role.Orderer], 'Kaksois');
    const again = await login(t, both.user.email);
    const me = await t.http().get('/api/v1/auth/me').set(bearer(again.token)).expect(200);
    expect(me.body.roles).toEqual(['orderer']);
  });
});

describe('the yearly tax card', () => {
  let t: TestApp;
  let coordinator: string;
  let coordinatorId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const user = await makeUser(t.dataSource, [Role.Coordinator]);
    coordinatorId = user.id;
    coordinator = (await login(t, user.email)).token;
  });
  afterAll(() => t.close());

  it('reminds in January, once, those paid as pay without the new card; the coordinators get the list', async () => {
    const person = async (
      name: string,
      status: string,
      method: string,
      year: number | null,
      withAccount = true,
    ) => {
      const user = withAccount
        ? await makeUser(t.dataSource, [Role.Expert], [], { displayName: name })
        : null;
      const [{ id }] = await t.dataSource.query(
        `INSERT INTO expert (first_name, last_name, email, languages, kinds, task_types, status, payment_method, business_id, tax_card_year, user_id)
         VALUES ($1, 'Verokortti', $2, ARRAY['fi'], ARRAY['trained_expert'], ARRAY['talk'], $3, $4, $5, $6, $7) RETURNING id`,
        [
          name,
          `${name.toLowerCase()}.vero@example.fi`,
          status,
          method,
          method === 'invoice' ? '1572860-0' : null,
          year,
          user?.id ?? null,
        ],
      );
      return { id: id as string, userId: user?.id ?? null };
    };
    const missing = await person('Aino', 'active', 'payroll', 2026);
    const none = await person('Eero', 'paused', 'payroll', null);
    const paper = await person('Kaija', 'active', 'payroll', null, false);
    await person('Ville', 'active', 'payroll', 2027);
    await person('Laura', 'active', 'invoice', null);
    await person('Oskari', 'left', 'payroll', 2025);
    const taxCards = t.app.get(TaxCardsService);

    // not in December
    t.setNow(new Date('2026-12-30T10:00:00Z'));
    expect(await taxCards.remind()).toBe(0);
    // in January: three people, two with an account get the message; the coordinators one note
    t.setNow(new Date('2027-01-04T07:00:00Z'));
    expect(await taxCards.remind()).toBe(3);
    expect(await taxCards.remind()).toBe(0);
    const events = await t.dataSource.query(
      `SELECT id, type, payload FROM outbox_event WHERE type IN ('expert.tax_card_due', 'registry.tax_cards_missing') ORDER BY type, aggregate_id`,
    );
    expect(events.map((e: { type: string }) => e.type).sort()).toEqual([
      'expert.tax_card_due',
      'expert.tax_card_due',
      'registry.tax_cards_missing',
    ]);
    for (const e of events) await t.app.get(NotificationsService).deliverEvent(e.id);
    const notes = await t.dataSource.query(
      `SELECT user_id, template, category FROM notification WHERE template IN ('expert.tax_card', 'registry.tax_cards_missing')`,
    );
    expect(notes).toEqual(
      expect.arrayContaining([
        { user_id: missing.userId, template: 'expert.tax_card', category: 'money' },
        { user_id: none.userId, template: 'expert.tax_card', category: 'money' },
        { user_id: coordinatorId, template: 'registry.tax_cards_missing', category: 'reminders' },
      ]),
    );
    expect(notes).toHaveLength(3);
    const [mail] = await t.dataSource.query(
      `SELECT subject FROM email_message WHERE user_id = $1 AND template = 'expert.tax_card'`,
      [missing.userId],
    );
    expect(mail?.subject).toBe('Toimita vuoden 2027 verokortti');

    // the coordinator's list: the same three; once Aino's card is noted she is off it
    const list = async () =>
      (
        await t
          .http()
          .get('/api/v1/experts?taxCardMissing=true&limit=50')
          .set(bearer(coordinator))
          .expect(200)
      ).body.items
        .map((e: { id: string }) => e.id)
        .sort();
    expect(await list()).toEqual([missing.id, none.id, paper.id].sort());
    const read = await t.http().get(`/api/v1/experts/${missing.id}`).set(bearer(coordinator)).expect(200);
    await t
      .http()
      .patch(`/api/v1/experts/${missing.id}`)
      .set(bearer(coordinator))
      .set('if-match', read.headers.etag)
      .send({ taxCardYear: 2027 })
      .expect(200);
    expect(await list()).toEqual([none.id, paper.id].sort());
    t.resetClock();
  });
});

describe('consents', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('records consents with timestamps, given and withdrawn, by the person or the coordinator', async () => {
    const coordinator = (await login(t, (await makeUser(t.dataSource, [Role.Coordinator])).email)).token;
    const user = await makeUser(t.dataSource, [Role.Expert]);
    const created = await t
      .http()
      .post('/api/v1/experts')
      .set(bearer(coordinator))
      .send({ firstName: 'Sinikka', lastName: 'Suostuja', email: user.email })
      .expect(201);
    await t.dataSource.query('UPDATE expert SET user_id = $1 WHERE id = $2', [user.id, created.body.id]);
    await t.http().post(`/api/v1/experts/${created.body.id}/consents`).set(bearer(coordinator)).send({ kind: 'registry' }).expect(204);
    const own = (await login(t, user.email)).token;
    await t.http().post('/api/v1/experts/me/consents').set(bearer(own)).send({ kind: 'public_profile' }).expect(204);
    await t.http().post('/api/v1/experts/me/consents').set(bearer(own)).send({ kind: 'public_profile' }).expect(204);
    await t.http().post('/api/v1/experts/me/consents/withdraw').set(bearer(own)).send({ kind: 'public_profile' }).expect(204);
    await t.http().post('/api/v1/experts/me/consents').set(bearer(own)).send({ kind: 'telepathy' }).expect(400);
    const me = await t.http().get('/api/v1/experts/me').set(bearer(own)).expect(200);
    expect(me.body.consents.map((c: { kind: string; withdrawnAt: string | null }) => [c.kind, c.withdrawnAt === null])).toEqual([
      ['registry', true],
      ['public_profile', false],
    ]);
  });

});

describe('training tier rules', () => {
  let t: TestApp;
  let tierReactions = 0;
  beforeAll(async () => {
    const react = jest.spyOn(EventBus.prototype, 'react');
    t = await startTestApp();
    tierReactions = react.mock.calls.filter(([type]) => type === 'catalog.tier_rules_changed').length;
    react.mockRestore();
  });
  afterAll(() => t.close());

  it('reacts to changed tier rules once (one registry service registers the reaction)', () => {
    expect(tierReactions).toBe(1);
  });

  it('lets the admin change a threshold, and derives every expert’s tier again', async () => {
    const coordinator = (await login(t, (await makeUser(t.dataSource, [Role.Coordinator])).email)).token;
    const admin = (await login(t, (await makeUser(t.dataSource, [Role.Admin])).email)).token;
    const e = await t.http().post('/api/v1/experts').set(bearer(coordinator)).send({ firstName: 'Taru', lastName: 'Taso', email: 'taru@example.fi' }).expect(201);
    await t.http().post(`/api/v1/experts/${e.body.id}/training-records`).set(bearer(coordinator)).send({ course: 'Kurssi', hours: 50, completedOn: '2025-01-01' }).expect(201);
    expect((await t.http().get(`/api/v1/experts/${e.body.id}`).set(bearer(coordinator))).body.tier).toBe('basic');
    await t.http().patch('/api/v1/catalogs/training-tiers/trained').set(bearer(coordinator)).send({ minHours: 40 }).expect(403);
    const res = await t.http().patch('/api/v1/catalogs/training-tiers/trained').set(bearer(admin)).send({ minHours: 40 }).expect(200);
    expect(res.body).toMatchObject({ code: 'trained', minHours: 40 });
    expect((await t.http().get(`/api/v1/experts/${e.body.id}`).set(bearer(coordinator))).body.tier).toBe('trained');
    await t.http().patch('/api/v1/catalogs/training-tiers/nonexistent').set(bearer(admin)).send({ minHours: 1 }).expect(404);
    await t.http().patch('/api/v1/catalogs/training-tiers/trained').set(bearer(admin)).send({ minHours: -1 }).expect(400);
  });
});


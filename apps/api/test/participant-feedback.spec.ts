// the app first: it loads the entities in an order their circular references accept
import { DAY_MS, login, makeUnit, makeUser, Role, startTestApp, TestApp } from './support/app';
import { OrgUnitEntity } from '../src/units/org-unit.entity';

jest.setTimeout(60_000);

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('feedback: the participants’ anonymous form behind the QR code', () => {
  let t: TestApp;
  let school: OrgUnitEntity;
  let coordinator: string;
  let orderer: string;
  let ordererId: string;
  let otherOrderer: string;
  let expert: { id: string; token: string };
  let otherExpert: string;
  let n = 0;
  const LIMIT = 60;

  async function makeExpert(first: string) {
    const user = await makeUser(t.dataSource, [Role.Expert]);
    const [{ id }] = await t.dataSource.query(
      `INSERT INTO expert (first_name, last_name, email, municipality_code, languages, kinds, task_types, status, tier_code, user_id)
       VALUES ($1, 'Osallinen', $2, 'jyvaskyla', '{fi}', '{trained_expert}', '{talk}', 'active', 'trained', $3) RETURNING id`,
      [first, user.email, user.id],
    );
    return { id: id as string, token: (await login(t, user.email)).token };
  }

  /** A Juttupenkki time at the school starting `hoursFromNow`, the expert on it. */
  async function taskTime(hoursFromNow: number): Promise<string> {
    n++;
    const start = new Date(t.now().getTime() + hoursFromNow * 3_600_000);
    const [o] = await t.dataSource.query(
      `INSERT INTO task_order (number, status, unit_id, cost_centre, contact_name, contact_email, contact_user_id, product_code, title, description,
         mode, place, municipality_code, language_code, expert_count, starts_at, ends_at, occurrence_count, submitted_at, created_by)
       VALUES ($1, 'staffed', $2, $3, 'Opettaja', 'o@x.fi', $6, 'talk', 'Juttupenkki 8B', 'Kuvaus', 'in_person', 'Luokka 12',
         'jyvaskyla', 'fi', 1, $4::timestamptz, $4::timestamptz + interval '1 hour', 1, $5::timestamptz,
         $6)
       RETURNING id`,
      [
        `T-2026-7${String(n).padStart(5, '0')}`,
        school.id,
        school.costCentre,
        start,
        new Date(start.getTime() - 20 * DAY_MS),
        ordererId,
      ],
    );
    const [oc] = await t.dataSource.query(
      `INSERT INTO order_occurrence (order_id, starts_at, ends_at, place)
       SELECT id, starts_at, ends_at, 'Luokka 12' FROM task_order WHERE id = $1 RETURNING id`,
      [o.id],
    );
    await t.dataSource.query(
      `INSERT INTO assignment (order_id, occurrence_id, expert_id, status, starts_at, ends_at, confirmed_at)
       SELECT $1, $2, $3, 'confirmed', starts_at, ends_at, $4::timestamptz FROM order_occurrence WHERE id = $2`,
      [o.id, oc.id, expert.id, new Date(start.getTime() - 10 * DAY_MS)],
    );
    return oc.id as string;
  }

  const linkOf = (occurrenceId: string, token: string, status = 200) =>
    t
      .http()
      .post('/api/v1/participant-feedback/links')
      .set(bearer(token))
      .send({ occurrenceId })
      .expect(status);
  const answersOf = (all: Record<string, number | string>) =>
    Object.entries(all).map(([itemId, v]) =>
      typeof v === 'string' ? { itemId, text: v } : { itemId, value: v },
    );
  const post = (token: string, body: object, address = '10.0.0.1') =>
    t
      .http()
      .post(`/api/v1/public/participant-feedback/${token}/answers`)
      .set('x-forwarded-for', address)
      .send(body);

  beforeAll(async () => {
    t = await startTestApp({
      TRUST_PROXY: 'true',
      PARTICIPANT_FEEDBACK_MAX_PER_ADDRESS_PER_HOUR: String(LIMIT),
      PUBLIC_URL: 'https://kokemus.example.fi',
    });
    school = await makeUnit(t.dataSource, { name: 'Kankaan koulu' });
    const other = await makeUnit(t.dataSource, { name: 'Toinen koulu' });
    coordinator = (await login(t, (await makeUser(t.dataSource, [Role.Coordinator])).email)).token;
    const o = await makeUser(t.dataSource, [Role.Orderer], [school]);
    ordererId = o.id;
    orderer = (await login(t, o.email)).token;
    otherOrderer = (await login(t, (await makeUser(t.dataSource, [Role.Orderer], [other])).email)).token;
    expert = await makeExpert('Sanni');
    otherExpert = (await makeExpert('Tuomas')).token;
  });
  afterAll(() => t.close());

  it('gives the ordering unit, the expert of the time and coordinators one short link per time', async () => {
    const time = await taskTime(2);
    const first = await linkOf(time, orderer);
    expect(first.body).toMatchObject({ occurrenceId: time, title: 'Juttupenkki 8B', answerCount: 0 });
    expect(first.body.token).toMatch(/^[a-hjkmnp-z2-9]{10}$/);
    expect(first.body.url).toBe(`https://kokemus.example.fi/p/${first.body.token}`);
    expect(new Date(first.body.closesAt).getTime() - new Date(first.body.startsAt).getTime()).toBe(
      14 * DAY_MS + 3_600_000,
    );
    // the same link for everyone who prints the sheet
    expect((await linkOf(time, expert.token)).body.token).toBe(first.body.token);
    expect((await linkOf(time, coordinator)).body.token).toBe(first.body.token);
    expect((await linkOf(time, otherOrderer, 403)).body.code).toBe('PARTICIPANT_LINK_NOT_YOURS');
    await linkOf(time, otherExpert, 403);
    expect((await linkOf('00000000-0000-4000-8000-000000000000', orderer, 404)).body.code).toBe(
      'TASK_TIME_NOT_FOUND',
    );
    const [{ count }] = await t.dataSource.query(
      `SELECT count(*)::int AS count FROM participant_link WHERE occurrence_id = $1`,
      [time],
    );
    expect(count).toBe(1);
  });

  it('opens the form at the start of the time and closes it 14 days after; outside it is gone (410)', async () => {
    const time = await taskTime(5);
    const { token } = (await linkOf(time, orderer)).body;
    const early = await t.http().get(`/api/v1/public/participant-feedback/${token}`).expect(410);
    expect(early.body.code).toBe('PARTICIPANT_FEEDBACK_NOT_OPEN_YET');
    expect(early.body.opensAt).toBeDefined();
    expect((await post(token, { locale: 'fi', answers: [] })).status).toBe(410);
    const start = new Date(t.now().getTime() + 5 * 3_600_000);
    try {
      t.setNow(new Date(start.getTime() + 60_000));
      const form = await t.http().get(`/api/v1/public/participant-feedback/${token}`).expect(200);
      expect(form.body.title).toBe('Juttupenkki 8B');
      expect(form.body.items).toHaveLength(5);
      expect(form.body.items.every((i: { text: { selko: string } }) => i.text.selko)).toBe(true);
      // the form names nobody
      expect(JSON.stringify(form.body)).not.toContain('Sanni');
      t.setNow(new Date(start.getTime() + 3_600_000 + 14 * DAY_MS - 60_000));
      await t.http().get(`/api/v1/public/participant-feedback/${token}`).expect(200);
      t.setNow(new Date(start.getTime() + 3_600_000 + 14 * DAY_MS + 60_000));
      const late = await t.http().get(`/api/v1/public/participant-feedback/${token}`).expect(410);
      expect(late.body.code).toBe('PARTICIPANT_FEEDBACK_CLOSED');
      expect((await post(token, { locale: 'fi', answers: answersOf({ overall: 5 }) })).status).toBe(410);
    } finally {
      t.resetClock();
    }
    await t.http().get('/api/v1/public/participant-feedback/eeeeeeeeee').expect(404);
    await t.http().get('/api/v1/public/participant-feedback/not-a-token!').expect(404);
  });

  it('takes anonymous answers, limits one address, and holds free text until a coordinator screens it', async () => {
    const time = await taskTime(-0.5);
    const { token } = (await linkOf(time, expert.token)).body;
    const bad = await post(token, { locale: 'selko', answers: [{ itemId: 'overall', value: 6 }] });
    expect(bad.status).toBe(400);
    expect(bad.body.errors['answers.0.value']).toBeDefined();
    expect((await post(token, { locale: 'klingon', answers: [] })).status).toBe(400);

    const words = 'Matti Meikäläisen tarina kosketti. Kiitos!';
    const kept = await post(token, {
      locale: 'selko',
      answers: answersOf({ overall: 5, learnt: 4, understood: 5, use: 4, comments: words }),
    }).expect(201);
    expect(kept.body).toEqual({ textHeldForScreening: true });
    const [stored] = await t.dataSource.query(
      `SELECT pa.texts_enc, pa.screening, pa.address_hash FROM participant_answer pa
         JOIN participant_link l ON l.id = pa.link_id WHERE l.token = $1`,
      [token],
    );
    expect(stored.texts_enc).not.toContain('Matti');
    expect(stored.address_hash).not.toContain('10.0.0.1');
    expect(stored.screening).toBe('pending');

    // 200 posts from one school network: the limit holds, with Retry-After; another address still answers
    const statuses: number[] = [];
    let retryAfter: string | undefined;
    for (let i = 0; i < 200; i++) {
      const res = await post(token, { locale: 'fi', answers: answersOf({ overall: 1 + (i % 5) }) });
      statuses.push(res.status);
      if (res.status === 429) retryAfter = res.headers['retry-after'];
    }
    expect(statuses.filter((s) => s === 201)).toHaveLength(LIMIT - 1);
    expect(statuses.filter((s) => s === 429)).toHaveLength(200 - (LIMIT - 1));
    expect(statuses.indexOf(429)).toBe(LIMIT - 1);
    expect(retryAfter).toBe('3600');
    await post(token, { locale: 'sv', answers: answersOf({ overall: 4 }) }, '10.0.0.2').expect(201);
    expect((await linkOf(time, orderer)).body.answerCount).toBe(LIMIT + 1);

    // screening: the coordinators only; approved text leaves the queue; a decision can be changed
    await t.http().get('/api/v1/participant-feedback/screening').set(bearer(orderer)).expect(403);
    const queue = await t
      .http()
      .get('/api/v1/participant-feedback/screening')
      .set(bearer(coordinator))
      .expect(200);
    const mine = queue.body.items.find((i: { texts: Array<{ text: string }> }) => i.texts[0]?.text === words);
    expect(mine).toMatchObject({ title: 'Juttupenkki 8B', locale: 'selko', screening: 'pending' });
    await t
      .http()
      .post(`/api/v1/participant-feedback/answers/${mine.id}/screening`)
      .set(bearer(orderer))
      .send({ decision: 'approve' })
      .expect(403);
    await t
      .http()
      .post(`/api/v1/participant-feedback/answers/${mine.id}/screening`)
      .set(bearer(coordinator))
      .send({ decision: 'reject' })
      .expect(204);
    const after = await t
      .http()
      .get('/api/v1/participant-feedback/screening')
      .set(bearer(coordinator))
      .expect(200);
    expect(after.body.items.map((i: { id: string }) => i.id)).not.toContain(mine.id);
    const rejected = await t
      .http()
      .get('/api/v1/participant-feedback/screening?status=rejected')
      .set(bearer(coordinator))
      .expect(200);
    expect(rejected.body.items.map((i: { id: string }) => i.id)).toContain(mine.id);
    // an answer without free text has nothing to screen
    const [plain] = await t.dataSource.query(
      `SELECT id FROM participant_answer WHERE screening IS NULL LIMIT 1`,
    );
    const none = await t
      .http()
      .post(`/api/v1/participant-feedback/answers/${plain.id}/screening`)
      .set(bearer(coordinator))
      .send({ decision: 'approve' })
      .expect(404);
    expect(none.body.code).toBe('SCREENING_NOT_FOUND');
  });
});

// the app first: it loads the entities in an order their circular references accept
import { login, makeUnit, makeUser, Role, startTestApp, TestApp, UnitKind } from './support/app';
import { helsinkiDate } from '../src/common/business-days';
import { MatchingService } from '../src/matching/matching.service';
import { OrgUnitEntity } from '../src/units/org-unit.entity';

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('matching', () => {
  let t: TestApp;
  let ward: OrgUnitEntity;
  let coordinator: string;
  let orderer: string;
  const experts: Record<string, { id: string; token: string }> = {};

  /** A day relative to the app's clock (TEST_NOW), at `hour` on the Helsinki wall clock. */
  const future = (days: number, hour = 13) => t.daysFromNow(days, hour);
  let emails = 0;

  /** An active expert with a sign-in, the registry consent, and the given areas. */
  async function makeExpert(
    key: string,
    over: { areas?: string[]; languages?: string[]; status?: string; municipality?: string } = {},
  ) {
    const user = await makeUser(t.dataSource, [Role.Expert], [], { displayName: key });
    const [{ id }] = await t.dataSource.query(
      `INSERT INTO expert (first_name, last_name, email, municipality_code, languages, kinds, task_types, status, tier_code, max_tasks_per_month, user_id, paused_until)
       VALUES ($1, 'Testinen', $2, $3, $4, ARRAY['trained_expert'], ARRAY['talk'], $5, 'trained', 4, $6, $7) RETURNING id`,
      [
        key,
        `${key.toLowerCase()}-${++emails}@example.fi`,
        over.municipality ?? 'jyvaskyla',
        over.languages ?? ['fi'],
        over.status ?? 'active',
        user.id,
        over.status === 'paused' ? '2030-01-01' : null,
      ],
    );
    for (const a of over.areas ?? ['mental_health']) {
      await t.dataSource.query(
        'INSERT INTO expert_experience_area (expert_id, area_code, visible_to_orderers) VALUES ($1, $2, true)',
        [id, a],
      );
    }
    await t.dataSource.query(
      `INSERT INTO expert_consent (expert_id, kind, given_at) VALUES ($1, 'registry', $2)`,
      [id, t.now()],
    );
    experts[key] = { id, token: (await login(t, user.email)).token };
    return experts[key];
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
          occurrences: [{ startsAt: future(20).toISOString(), endsAt: future(20, 15).toISOString() }],
        },
        submit: true,
        ...extra,
      })
      .expect(201);
    const started = await t
      .http()
      .post(`/api/v1/orders/${created.body.id}/start-matching`)
      .set(bearer(coordinator))
      .set('if-match', `"${created.body.version}"`)
      .expect(200);
    return started.body as { id: string; version: number; occurrences: Array<{ id: string }> };
  }

  beforeAll(async () => {
    t = await startTestApp();
    const area = await makeUnit(t.dataSource, { name: 'Psykiatria' });
    ward = await makeUnit(t.dataSource, { kind: UnitKind.Unit, name: 'Osasto 3', parentId: area.id });
    coordinator = (await login(t, (await makeUser(t.dataSource, [Role.Coordinator])).email)).token;
    orderer = (await login(t, (await makeUser(t.dataSource, [Role.Orderer], [ward])).email)).token;
    await makeExpert('Aino');
    await makeExpert('Eero', { municipality: 'jamsa' });
    await makeExpert('Helmi', { languages: ['sv'] });
    await makeExpert('Ilkka', { status: 'paused' });
    await makeExpert('Kaisa', { areas: ['cancer'] });
  });
  afterAll(() => t.close());

  it('ranks those who pass every hard constraint, explains the score, and says why someone is missing', async () => {
    const order = await orderInMatching();
    const res = await t
      .http()
      .get(`/api/v1/orders/${order.id}/candidates?explain=${experts.Helmi.id}`)
      .set(bearer(coordinator))
      .expect(200);
    const names = res.body.items.map((c: { firstName: string }) => c.firstName);
    expect(names).toEqual(['Aino', 'Eero']); // Eero lives farther away
    expect(res.body.items[0].terms.map((x: { term: string }) => x.term)).toContain('fairness');
    expect(res.body.items[0].score).toBeGreaterThan(res.body.items[1].score);
    expect(res.body.explanation).toMatchObject({
      firstName: 'Helmi',
      failed: [{ constraint: 'language', occurrences: 1 }],
      rank: null,
    });
    const paused = await t
      .http()
      .get(`/api/v1/orders/${order.id}/candidates?explain=${experts.Ilkka.id}`)
      .set(bearer(coordinator))
      .expect(200);
    expect(paused.body.explanation.failed.map((f: { constraint: string }) => f.constraint)).toContain(
      'not_active',
    );
    await t.http().get(`/api/v1/orders/${order.id}/candidates`).set(bearer(orderer)).expect(403);
  });

  it('narrows the pool in the database without losing anyone the rules accept', async () => {
    // 36 people in an area of their own, each unlike the others in what the database may rule out
    let seed = 11;
    const rnd = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const ids: string[] = [];
    const today = helsinkiDate(t.now());
    for (let i = 0; i < 36; i++) {
      const e = await makeExpert(`Kirsi${i}`, { areas: ['homelessness', ...(rnd() < 0.5 ? ['youth'] : [])] });
      ids.push(e.id);
      const q = (sql: string, params: unknown[] = []) => t.dataSource.query(sql, [e.id, ...params]);
      if (rnd() < 0.6) {
        // weekly windows on random days (1–7), some long enough, some not
        for (let k = 0; k < 1 + Math.floor(rnd() * 3); k++) {
          const from = 8 + Math.floor(rnd() * 6);
          await q(
            `INSERT INTO expert_weekly_availability (expert_id, weekday, starts_at, ends_at) VALUES ($1, $2, $3, $4)`,
            [1 + Math.floor(rnd() * 7), `${from}:00`, `${Math.min(23, from + 2 + Math.floor(rnd() * 6))}:30`],
          );
        }
      }
      if (rnd() < 0.15)
        await q(`UPDATE expert_consent SET withdrawn_at = $2 WHERE expert_id = $1`, [t.now()]);
      if (rnd() < 0.15) await q(`UPDATE expert SET works_in_person = false WHERE id = $1`);
      if (rnd() < 0.15)
        await q(`INSERT INTO expert_exclusion (expert_id, unit_id) VALUES ($1, $2)`, [ward.parentId]);
      if (rnd() < 0.15)
        await q(`UPDATE expert SET birth_date = $2::date - interval '17 years' WHERE id = $1`, [today]);
      if (rnd() < 0.2) await q(`UPDATE expert SET tier_code = 'basic' WHERE id = $1`);
      if (rnd() < 0.1)
        await q(
          `INSERT INTO expert_absence (expert_id, starts_on, ends_on) VALUES ($1, $2::date, $2::date + 60)`,
          [today],
        );
    }
    const order = await orderInMatching({
      areas: [
        { code: 'homelessness', required: true },
        { code: 'youth', required: false },
      ],
      wishedTierCode: 'trained',
      excludedExpertIds: [ids[0]],
    });
    const list = await t
      .http()
      .get(`/api/v1/orders/${order.id}/candidates?limit=100`)
      .set(bearer(coordinator))
      .expect(200);
    const listed = new Set(list.body.items.map((c: { expertId: string }) => c.expertId));
    expect(listed.size).toBeGreaterThan(3);
    expect(listed.size).toBeLessThan(30);
    // "why is X not on the list" reads the person by id, past the database's narrowing, and applies the rules
    for (const id of ids) {
      const res = await t
        .http()
        .get(`/api/v1/orders/${order.id}/candidates?limit=1&explain=${id}`)
        .set(bearer(coordinator))
        .expect(200);
      expect({ id, eligible: res.body.explanation.failed.length === 0 }).toEqual({
        id,
        eligible: listed.has(id),
      });
    }
  });

  it('keeps each person’s matching row in step with their lists', async () => {
    const e = await makeExpert('Lassi', { areas: ['cancer', 'disability'] });
    const row = async () =>
      (
        await t.dataSource.query(
          `SELECT area_codes, weekly_minutes::text AS weekly, registry_consent, excluded_unit_ids FROM expert WHERE id = $1`,
          [e.id],
        )
      )[0];
    expect(await row()).toEqual({
      area_codes: ['cancer', 'disability'],
      weekly: null,
      registry_consent: true,
      excluded_unit_ids: [],
    });
    await t.dataSource.query(
      `INSERT INTO expert_weekly_availability (expert_id, weekday, starts_at, ends_at) VALUES ($1, 1, '09:00', '12:00'), ($1, 1, '12:00', '16:00'), ($1, 3, '10:00', '11:30')`,
      [e.id],
    );
    await t.dataSource.query(
      `DELETE FROM expert_experience_area WHERE expert_id = $1 AND area_code = 'cancer'`,
      [e.id],
    );
    await t.dataSource.query(`UPDATE expert_consent SET withdrawn_at = $2 WHERE expert_id = $1`, [
      e.id,
      t.now(),
    ]);
    await t.dataSource.query(`INSERT INTO expert_exclusion (expert_id, unit_id) VALUES ($1, $2)`, [
      e.id,
      ward.id,
    ]);
    expect(await row()).toEqual({
      area_codes: ['disability'],
      weekly: '{[1980,2400),[4920,5010)}', // Monday 9–16 as one window, Wednesday 10–11.30
      registry_consent: false,
      excluded_unit_ids: [ward.id],
    });
    // a list changed in a transaction that rolls back leaves the row as it was
    await t.dataSource
      .transaction(async (m) => {
        await m.query(`DELETE FROM expert_weekly_availability WHERE expert_id = $1`, [e.id]);
        throw new Error('rollback');
      })
      .catch(() => undefined);
    expect((await row()).weekly).toBe('{[1980,2400),[4920,5010)}');
    await t.dataSource.query(`DELETE FROM expert_weekly_availability WHERE expert_id = $1`, [e.id]);
    expect((await row()).weekly).toBeNull();
  });

  it('needs a reason to pass over the top candidate, keeps it in the ledger, and the expert accepts in one step', async () => {
    const order = await orderInMatching();
    const noReason = await t
      .http()
      .post(`/api/v1/orders/${order.id}/offers`)
      .set(bearer(coordinator))
      .send({ expertIds: [experts.Eero.id] })
      .expect(400);
    expect(noReason.body).toMatchObject({ code: 'FAIRNESS_REASON_REQUIRED', topExpertId: experts.Aino.id });
    const ineligible = await t
      .http()
      .post(`/api/v1/orders/${order.id}/offers`)
      .set(bearer(coordinator))
      .send({ expertIds: [experts.Kaisa.id] })
      .expect(409);
    expect(ineligible.body).toMatchObject({
      code: 'EXPERT_NOT_ELIGIBLE',
      failed: [{ constraint: 'required_area', occurrences: 1 }],
    });
    const [offer] = (
      await t
        .http()
        .post(`/api/v1/orders/${order.id}/offers`)
        .set(bearer(coordinator))
        .send({ expertIds: [experts.Eero.id], reason: 'Eero tuntee osaston entuudestaan' })
        .expect(201)
    ).body;
    expect(offer).toMatchObject({
      status: 'open',
      rank: 2,
      offerMode: 'single',
      feeBasis: 'per_task',
      unitName: 'Osasto 3',
    });
    const [ledger] = await t.dataSource.query('SELECT * FROM fairness_ledger WHERE order_id = $1', [
      order.id,
    ]);
    expect(ledger).toMatchObject({
      offered_expert_id: experts.Eero.id,
      top_expert_id: experts.Aino.id,
      offered_rank: 2,
    });

    // another expert cannot see or answer it
    await t.http().get(`/api/v1/offers/${offer.id}`).set(bearer(experts.Aino.token)).expect(404);
    await t.http().post(`/api/v1/offers/${offer.id}/accept`).set(bearer(experts.Aino.token)).expect(404);
    const mine = await t.http().get('/api/v1/offers?status=open').set(bearer(experts.Eero.token)).expect(200);
    expect(mine.body.items.map((o: { id: string }) => o.id)).toEqual([offer.id]);

    const accepted = await t
      .http()
      .post(`/api/v1/offers/${offer.id}/accept`)
      .set(bearer(experts.Eero.token))
      .expect(200);
    expect(accepted.body.status).toBe('accepted');
    await t
      .http()
      .post(`/api/v1/offers/${offer.id}/decline`)
      .set(bearer(experts.Eero.token))
      .send({})
      .expect(409);
    const o = await t.http().get(`/api/v1/orders/${order.id}`).set(bearer(orderer)).expect(200);
    expect(o.body.status).toBe('staffed');
    const tasks = await t.http().get('/api/v1/assignments').set(bearer(experts.Eero.token)).expect(200);
    expect(tasks.body.items).toEqual([expect.objectContaining({ orderId: order.id, status: 'confirmed' })]);
    const unitView = await t
      .http()
      .get(`/api/v1/assignments?orderId=${order.id}`)
      .set(bearer(orderer))
      .expect(200);
    expect(unitView.body.items).toHaveLength(1);
  });

  it('lets an expert decline with one tap, without a reason, and tells the coordinators', async () => {
    const order = await orderInMatching();
    const [offer] = (
      await t
        .http()
        .post(`/api/v1/orders/${order.id}/offers`)
        .set(bearer(coordinator))
        .send({ expertIds: [experts.Aino.id] })
        .expect(201)
    ).body;
    const declined = await t
      .http()
      .post(`/api/v1/offers/${offer.id}/decline`)
      .set(bearer(experts.Aino.token))
      .send({})
      .expect(200);
    expect(declined.body.status).toBe('declined');
    const [event] = await t.dataSource.query(
      `SELECT payload FROM outbox_event WHERE type = 'offer.answered' AND aggregate_id = $1`,
      [offer.id],
    );
    expect(event.payload.answer).toBe('declined');
    // declining does not lower anyone's place: Aino is still the top candidate for the next order
    const next = await orderInMatching();
    const ranked = await t
      .http()
      .get(`/api/v1/orders/${next.id}/candidates`)
      .set(bearer(coordinator))
      .expect(200);
    expect(ranked.body.items[0].firstName).toBe('Aino');
  });

  it('gives a first-to-accept place to exactly one of two who accept at the same moment', async () => {
    // a day nobody is booked on yet
    const order = await orderInMatching({
      schedule: {
        occurrences: [{ startsAt: future(25).toISOString(), endsAt: future(25, 15).toISOString() }],
      },
    });
    const offers = (
      await t
        .http()
        .post(`/api/v1/orders/${order.id}/offers`)
        .set(bearer(coordinator))
        .send({ expertIds: [experts.Aino.id, experts.Eero.id], mode: 'first_to_accept' })
        .expect(201)
    ).body as Array<{ id: string; expertId: string }>;
    const tokenOf = (expertId: string) =>
      expertId === experts.Aino.id ? experts.Aino.token : experts.Eero.token;
    const answers = await Promise.all(
      offers.map((o) =>
        t
          .http()
          .post(`/api/v1/offers/${o.id}/accept`)
          .set(bearer(tokenOf(o.expertId))),
      ),
    );
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
    // the first to accept filled the place and withdrew the other offer
    expect(answers.find((r) => r.status === 409)!.body).toMatchObject({
      code: 'OFFER_CLOSED',
      detail: expect.stringMatching(/filled/),
    });
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM assignment WHERE order_id = $1 AND status = 'confirmed'`,
      [order.id],
    );
    expect(n).toBe(1);
  });

  it('lets the database refuse overlapping confirmations: of 100 at once exactly one succeeds, the rest 409', async () => {
    const order = await orderInMatching();
    // in a month of its own (the other tests' times are at most 25 days out): the 99 places left
    // accepted here would otherwise fill Aino's monthly maximum for the orders of the later tests
    const start = future(70);
    const end = future(70, 15);
    const occurrences = await t.dataSource.query<Array<{ id: string }>>(
      `INSERT INTO order_occurrence (order_id, starts_at, ends_at, place)
       SELECT $1, $2::timestamptz + (g || ' minutes')::interval, $3::timestamptz, 'Sali ' || g FROM generate_series(1, 100) g RETURNING id`,
      [order.id, start, end],
    );
    const ids = await t.dataSource.query<Array<{ id: string }>>(
      `INSERT INTO assignment (order_id, occurrence_id, expert_id, status, starts_at, ends_at)
       SELECT $1, oc.id, $2, 'accepted', oc.starts_at, oc.ends_at FROM order_occurrence oc WHERE oc.id = ANY($3::uuid[]) RETURNING id`,
      [order.id, experts.Aino.id, occurrences.map((o) => o.id)],
    );
    expect(ids).toHaveLength(100);
    const results = await Promise.all(
      ids.map((a) =>
        t.http().post(`/api/v1/assignments/${a.id}/confirm`).set(bearer(coordinator)).set('if-match', '"1"'),
      ),
    );
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(99);
    expect(results.filter((r) => r.status === 409).every((r) => r.body.code === 'ASSIGNMENT_OVERLAP')).toBe(
      true,
    );
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM assignment WHERE expert_id = $1 AND status = 'confirmed' AND starts_at >= $2`,
      [experts.Aino.id, start],
    );
    expect(n).toBe(1);
  });

  it('serves an expert’s confirmed tasks as a calendar at a secret address', async () => {
    const feed = await t
      .http()
      .post('/api/v1/experts/me/calendar-feed')
      .set(bearer(experts.Eero.token))
      .expect(201);
    const path = new URL(feed.body.url).pathname;
    const ics = await t.http().get(path).expect(200);
    expect(ics.headers['content-type']).toMatch(/text\/calendar/);
    expect(ics.text).toContain('BEGIN:VCALENDAR');
    expect(ics.text).toContain('SUMMARY:Kokemuspuheenvuoro');
    expect(ics.text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    await t.http().get('/api/v1/calendar/not-a-token.ics').expect(404);
  });

  it('reports fairness figures and proposes a batch of assignments', async () => {
    // the orders above start 20–25 days from the app’s clock
    const today = helsinkiDate(t.now());
    const later = helsinkiDate(t.daysFromNow(60));
    const fair = await t
      .http()
      .get(`/api/v1/matching/fairness?from=${today}&to=${later}`)
      .set(bearer(coordinator))
      .expect(200);
    expect(fair.body.activeExperts).toBeGreaterThanOrEqual(4);
    expect(fair.body.giniHours).toBeGreaterThan(0);
    expect(fair.body.experts[0].hours).toBeGreaterThan(0);
    const batch = await t
      .http()
      .post('/api/v1/matching/suggestions')
      .set(bearer(coordinator))
      .send({ from: today, to: later })
      .expect(200);
    expect(batch.body.slots).toBeGreaterThanOrEqual(1);
    expect(batch.body.suggestions.length).toBeGreaterThanOrEqual(1);
    const perDay = new Set(
      batch.body.suggestions.map(
        (s: { expertId: string; startsAt: string }) => `${s.expertId}|${s.startsAt.slice(0, 10)}`,
      ),
    );
    expect(perDay.size).toBe(batch.body.suggestions.length);
  });

  it('closes offers whose answer time has passed', async () => {
    const order = await orderInMatching();
    const [offer] = (
      await t
        .http()
        .post(`/api/v1/orders/${order.id}/offers`)
        .set(bearer(coordinator))
        .send({ expertIds: [experts.Aino.id] })
        .expect(201)
    ).body;
    await t.dataSource.query(`UPDATE offer SET answer_due_at = $2 WHERE id = $1`, [
      offer.id,
      new Date(t.now().getTime() - 60_000),
    ]);
    expect(await t.app.get(MatchingService).expireOffers()).toBeGreaterThanOrEqual(1);
    const late = await t
      .http()
      .post(`/api/v1/offers/${offer.id}/accept`)
      .set(bearer(experts.Aino.token))
      .expect(409);
    expect(late.body.code).toBe('OFFER_CLOSED');
  });

  it('moves the expert’s task with a moved time, reopens it when they are busy then, and refuses a time in the past', async () => {
    const onni = await makeExpert('Onni');
    /** An order staffed by Onni at `day`, 13–15 Helsinki time. */
    const staffedBy = async (day: number) => {
      const order = await orderInMatching({
        schedule: {
          occurrences: [{ startsAt: future(day).toISOString(), endsAt: future(day, 15).toISOString() }],
        },
      });
      const [offer] = (
        await t
          .http()
          .post(`/api/v1/orders/${order.id}/offers`)
          .set(bearer(coordinator))
          .send({ expertIds: [onni.id], reason: 'Onni on tehnyt tämän ennenkin' })
          .expect(201)
      ).body;
      await t.http().post(`/api/v1/offers/${offer.id}/accept`).set(bearer(onni.token)).expect(200);
      const o = await t.http().get(`/api/v1/orders/${order.id}`).set(bearer(coordinator)).expect(200);
      expect(o.body.status).toBe('staffed');
      return o.body as { id: string; version: number; occurrences: Array<{ id: string }> };
    };
    const taskOn = async (orderId: string) => {
      const res = await t
        .http()
        .get(`/api/v1/assignments?orderId=${orderId}`)
        .set(bearer(coordinator))
        .expect(200);
      return res.body.items[0] as { id: string; status: string; startsAt: string; endsAt: string };
    };
    const move = (
      o: { id: string; version: number; occurrences: Array<{ id: string }> },
      start: Date,
      end: Date,
    ) =>
      t
        .http()
        .patch(`/api/v1/orders/${o.id}/occurrences/${o.occurrences[0].id}`)
        .set(bearer(orderer))
        .set('if-match', `"${o.version}"`)
        .send({ startsAt: start.toISOString(), endsAt: end.toISOString() });

    const a = await staffedBy(40);
    const moved = await move(a, future(41, 10), future(41, 12)).expect(200);
    const task = await taskOn(a.id);
    expect(task).toMatchObject({
      status: 'confirmed',
      startsAt: future(41, 10).toISOString(),
      endsAt: future(41, 12).toISOString(),
    });
    const [told] = await t.dataSource.query(
      `SELECT payload FROM outbox_event WHERE type = 'assignment.moved' AND aggregate_id = $1`,
      [task.id],
    );
    expect(told.payload).toMatchObject({ expertId: onni.id, startsAt: future(41, 10).toISOString() });

    // a time in the past is refused, and nothing changes
    const past = await move(moved.body, future(-1), future(-1, 15)).expect(400);
    expect(past.body).toMatchObject({ code: 'ORDER_INVALID_SCHEDULE' });
    expect((await taskOn(a.id)).startsAt).toBe(future(41, 10).toISOString());

    // onto a time when Onni has another task: his task here is cancelled (not late, no fee) and the time reopens
    const b = await staffedBy(45);
    const current = await t.http().get(`/api/v1/orders/${a.id}`).set(bearer(coordinator)).expect(200);
    await move(current.body, future(45, 14), future(45, 16)).expect(200);
    const reopened = await taskOn(a.id);
    expect(reopened).toMatchObject({ status: 'cancelled', startsAt: future(41, 10).toISOString() });
    const [row] = await t.dataSource.query(
      'SELECT late_cancellation, cancel_reason FROM assignment WHERE id = $1',
      [reopened.id],
    );
    expect(row).toMatchObject({ late_cancellation: false, cancel_reason: expect.stringMatching(/moved/) });
    const after = await t.http().get(`/api/v1/orders/${a.id}`).set(bearer(coordinator)).expect(200);
    expect(['in_matching', 'partly_staffed']).toContain(after.body.status);
    expect(
      await t.dataSource.query('SELECT id FROM fee_claim WHERE assignment_id = $1', [reopened.id]),
    ).toEqual([]);
    expect((await taskOn(b.id)).status).toBe('confirmed');
  });

  it('lets a stand-in accept a time that starts within the hour (the answer time follows the start)', async () => {
    const sanna = await makeExpert('Sanna');
    const soon = new Date(t.now().getTime() + 30 * 60_000);
    const order = await orderInMatching({
      schedule: {
        occurrences: [
          { startsAt: soon.toISOString(), endsAt: new Date(soon.getTime() + 3_600_000).toISOString() },
        ],
      },
    });
    const [offer] = (
      await t
        .http()
        .post(`/api/v1/orders/${order.id}/offers`)
        .set(bearer(coordinator))
        .send({ expertIds: [sanna.id], reason: 'Sanna pääsee heti' })
        .expect(201)
    ).body;
    expect(offer.answerDueAt).toBe(soon.toISOString());
    await t.http().post(`/api/v1/offers/${offer.id}/accept`).set(bearer(sanna.token)).expect(200);
  });

  it('serves one assignment to those who may see it, with its version as the ETag, and names candidates as offers do', async () => {
    const order = await orderInMatching();
    const candidates = await t
      .http()
      .get(`/api/v1/orders/${order.id}/candidates`)
      .set(bearer(coordinator))
      .expect(200);
    const top = candidates.body.items[0];
    expect(top.expertName).toBe(`${top.firstName} ${top.lastName}`);
    const who = Object.values(experts).find((e) => e.id === top.expertId)!;
    const [offer] = (
      await t
        .http()
        .post(`/api/v1/orders/${order.id}/offers`)
        .set(bearer(coordinator))
        .send({ expertIds: [top.expertId] })
        .expect(201)
    ).body;
    await t.http().post(`/api/v1/offers/${offer.id}/accept`).set(bearer(who.token)).expect(200);
    const [listed] = (
      await t.http().get(`/api/v1/assignments?orderId=${order.id}`).set(bearer(coordinator)).expect(200)
    ).body.items;
    const own = await t.http().get(`/api/v1/assignments/${listed.id}`).set(bearer(who.token)).expect(200);
    expect(own.body).toEqual(listed);
    expect(own.headers.etag).toBe(`"${listed.version}"`);
    await t.http().get(`/api/v1/assignments/${listed.id}`).set(bearer(orderer)).expect(200);
    const other = Object.values(experts).find((e) => e.id !== top.expertId)!;
    const hidden = await t
      .http()
      .get(`/api/v1/assignments/${listed.id}`)
      .set(bearer(other.token))
      .expect(404);
    expect(hidden.body.code).toBe('ASSIGNMENT_NOT_FOUND');
    await t.http().get('/api/v1/assignments/not-a-uuid').set(bearer(coordinator)).expect(400);
  });
});

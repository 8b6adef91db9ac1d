// the app first: it loads the entities in an order their circular references accept
import { auditRows, login, makeUnit, makeUser, Role, startTestApp, TestApp, UnitKind } from './support/app';
import { helsinkiDate } from '../src/common/business-days';
import { NotificationsService } from '../src/notifications/notifications.service';
import { OrderRemindersService } from '../src/orders/order-reminders.service';
import { OrdersService } from '../src/orders/orders.service';
import { OrgUnitEntity } from '../src/units/org-unit.entity';

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('orders', () => {
  let t: TestApp;
  let psychiatry: OrgUnitEntity;
  let ward: OrgUnitEntity;
  let otherUnit: OrgUnitEntity;
  let orderer: string;
  let ordererId: string;
  let parentOrderer: string;
  let otherOrderer: string;
  let coordinator: string;
  let coordinatorId: string;
  let admin: string;

  let seq = 0;
  const unique = () => `${++seq}`;
  /** `days` from the app clock's today (negative: in the past), at `hour` on the Helsinki wall clock. */
  const future = (days: number, hour = 13) => t.daysFromNow(days, hour);
  const iso = (d: Date) => d.toISOString();
  const oneTime = (days = 30) => ({
    occurrences: [{ startsAt: iso(future(days)), endsAt: iso(future(days, 15)) }],
  });
  const complete = (extra: Record<string, unknown> = {}) => ({
    unitId: ward.id,
    productCode: 'talk',
    title: 'Kokemuspuheenvuoro osastokokoukseen',
    description: 'Kerro toipumisesta ja siitä, mikä auttoi.',
    languageCode: 'fi',
    place: 'Keskussairaala, osasto 3',
    municipalityCode: 'jyvaskyla',
    areas: [
      { code: 'mental_health', required: true },
      { code: 'substance_use', required: false },
    ],
    schedule: oneTime(),
    ...extra,
  });
  const post = (token: string, body: Record<string, unknown>) =>
    t.http().post('/api/v1/orders').set(bearer(token)).send(body);
  const act = (
    token: string,
    id: string,
    action: string,
    version: number,
    body: Record<string, unknown> = {},
  ) =>
    t
      .http()
      .post(`/api/v1/orders/${id}/${action}`)
      .set(bearer(token))
      .set('if-match', `"${version}"`)
      .send(body);

  beforeAll(async () => {
    t = await startTestApp();
    psychiatry = await makeUnit(t.dataSource, { name: 'Psykiatria' });
    ward = await makeUnit(t.dataSource, { kind: UnitKind.Unit, name: 'Osasto 3', parentId: psychiatry.id });
    otherUnit = await makeUnit(t.dataSource, { name: 'Perhepalvelut' });
    const o = await makeUser(t.dataSource, [Role.Orderer], [ward], { displayName: 'Mikko Lehtonen' });
    ordererId = o.id;
    orderer = (await login(t, o.email)).token;
    parentOrderer = (await login(t, (await makeUser(t.dataSource, [Role.Orderer], [psychiatry])).email))
      .token;
    otherOrderer = (await login(t, (await makeUser(t.dataSource, [Role.Orderer], [otherUnit])).email)).token;
    const c = await makeUser(t.dataSource, [Role.Coordinator], [], { displayName: 'Sanna Koskinen' });
    coordinatorId = c.id;
    coordinator = (await login(t, c.email)).token;
    admin = (await login(t, (await makeUser(t.dataSource, [Role.Admin])).email)).token;
  });
  afterAll(() => t.close());

  describe('the product catalogue', () => {
    it('lists the twelve seeded products in three languages', async () => {
      const res = await t.http().get('/api/v1/products').set(bearer(orderer)).expect(200);
      expect(res.body.items).toHaveLength(12);
      const bench = res.body.items.find((p: { code: string }) => p.code === 'chat_bench');
      expect(bench).toMatchObject({
        labelFi: 'Juttupenkki',
        labelSv: 'Pratbänken',
        pairRequired: true,
        defaultExpertCount: 2,
        recurring: true,
        feeBasis: 'hourly',
      });
    });

    it('lets only the admin change a product, with If-Match', async () => {
      await t
        .http()
        .patch('/api/v1/products/talk')
        .set(bearer(orderer))
        .set('if-match', '"1"')
        .send({ preparationMinutes: 90 })
        .expect(403);
      await t
        .http()
        .patch('/api/v1/products/talk')
        .set(bearer(admin))
        .send({ preparationMinutes: 90 })
        .expect(428);
      const ok = await t
        .http()
        .patch('/api/v1/products/talk')
        .set(bearer(admin))
        .set('if-match', '"1"')
        .send({ preparationMinutes: 90 })
        .expect(200);
      expect(ok.body).toMatchObject({ preparationMinutes: 90, version: 2 });
      await t
        .http()
        .patch('/api/v1/products/talk')
        .set(bearer(admin))
        .set('if-match', '"1"')
        .send({ preparationMinutes: 30 })
        .expect(412);
      const pair = await t
        .http()
        .patch('/api/v1/products/chat_bench')
        .set(bearer(admin))
        .set('if-match', '"1"')
        .send({ defaultExpertCount: 1 })
        .expect(400);
      expect(pair.body.errors.defaultExpertCount).toBeDefined();
    });

    it('lets the admin add a product and refuses a duplicate code', async () => {
      const body = {
        code: 'peer_group',
        labelFi: 'Vertaisryhmä',
        labelSv: 'Kamratgrupp',
        labelEn: 'Peer group',
        descriptionFi: 'Vertaisryhmän ohjaus.',
        descriptionSv: 'Ledning av en kamratgrupp.',
        descriptionEn: 'Leading a peer group.',
        defaultDurationMinutes: 90,
        defaultExpertCount: 1,
        pairRequired: false,
        recurring: true,
        preparationMinutes: 30,
        feeBasis: 'per_meeting',
      };
      await t.http().post('/api/v1/products').set(bearer(admin)).send(body).expect(201);
      const dup = await t.http().post('/api/v1/products').set(bearer(admin)).send(body).expect(409);
      expect(dup.body.code).toBe('PRODUCT_EXISTS');
    });
  });

  describe('making an order', () => {
    it('saves a draft with little information, numbers it, and refuses to send it until complete', async () => {
      const draft = await post(orderer, { unitId: ward.id, productCode: 'talk', title: 'Luonnos' }).expect(
        201,
      );
      expect(draft.body).toMatchObject({
        status: 'draft',
        contactName: 'Mikko Lehtonen',
        expertCount: 1,
        costCentre: ward.costCentre,
        nextStep: { step: 'submit', owner: 'orderer' },
      });
      expect(draft.body.number).toMatch(/^T-\d{4}-\d{6}$/);
      expect(draft.headers.etag).toBe(`"${draft.body.version}"`);
      const refused = await act(orderer, draft.body.id, 'submit', draft.body.version).expect(422);
      expect(refused.body.code).toBe('ORDER_INCOMPLETE');
      expect(Object.keys(refused.body.errors).sort()).toEqual([
        'description',
        'languageCode',
        'municipalityCode',
        'place',
        'schedule',
      ]);
      const after = await t.http().get(`/api/v1/orders/${draft.body.id}`).set(bearer(orderer)).expect(200);
      expect(after.body).toMatchObject({ status: 'draft', version: draft.body.version });
    });

    it('sends a complete order, sets the answer deadline, and tells the orderer and the coordinators', async () => {
      const res = await post(orderer, { ...complete(), submit: true }).expect(201);
      expect(res.body).toMatchObject({
        status: 'submitted',
        areas: [
          { code: 'mental_health', required: true },
          { code: 'substance_use', required: false },
        ],
        occurrenceCount: 1,
        nextStep: { step: 'coordinator_answer', owner: 'coordinator' },
      });
      expect(new Date(res.body.answerDueAt).getTime()).toBeGreaterThan(t.now().getTime());
      expect(res.body.nextStep.dueAt).toBe(res.body.answerDueAt);
      const timeline = await t
        .http()
        .get(`/api/v1/orders/${res.body.id}/timeline`)
        .set(bearer(orderer))
        .expect(200);
      expect(timeline.body.items.map((e: { type: string }) => e.type)).toEqual(['created', 'submitted']);
      expect(timeline.body.items[1]).toMatchObject({
        fromStatus: 'draft',
        toStatus: 'submitted',
        actor: { displayName: 'Mikko Lehtonen' },
      });

      const [event] = await t.dataSource.query(
        `SELECT id FROM outbox_event WHERE type = 'order.submitted' AND aggregate_id = $1`,
        [res.body.id],
      );
      await t.app.get(NotificationsService).deliverEvent(event.id);
      const notes = await t.dataSource.query<Array<{ user_id: string; template: string }>>(
        `SELECT user_id, template FROM notification WHERE event_id = $1 ORDER BY template`,
        [event.id],
      );
      expect(notes).toEqual(
        expect.arrayContaining([
          { user_id: coordinatorId, template: 'order.new' },
          { user_id: ordererId, template: 'order.received' },
        ]),
      );
    });

    it('turns a Juttupenkki series on four wards into 32 occurrences and insists on a pair', async () => {
      const firstDate = helsinkiDate(t.daysFromNow(14));
      const series = {
        firstDate,
        weekdays: [2],
        startTime: '13:00',
        endTime: '15:00',
        intervalWeeks: 1,
        weeks: 8,
        places: ['Osasto 1', 'Osasto 2', 'Osasto 3', 'Osasto 4'],
        skipHolidays: false,
      };
      const single = await post(
        orderer,
        complete({ productCode: 'chat_bench', expertCount: 1, schedule: { series } }),
      ).expect(422);
      expect(single.body.errors.expertCount).toBeDefined();
      const res = await post(
        orderer,
        complete({ productCode: 'chat_bench', title: 'Juttupenkki', schedule: { series } }),
      ).expect(201);
      expect(res.body).toMatchObject({
        expertCount: 2,
        occurrenceCount: 32,
        series: { weekdays: [2], places: series.places },
      });
      expect(res.body.occurrences).toHaveLength(32);
      const both = await post(orderer, complete({ schedule: { series, ...oneTime() } })).expect(400);
      expect(both.body.code).toBe('ORDER_INVALID_SCHEDULE');
    });

    it('answers bad input with field errors and changes nothing', async () => {
      const [{ n: before }] = await t.dataSource.query('SELECT count(*)::int AS n FROM task_order');
      const v = await post(orderer, {
        ...complete(),
        audienceSize: -1,
        remoteLink: 'http://x',
        schedule: { occurrences: [{ startsAt: '2027-01-01T10:00', endsAt: 'x' }] },
      }).expect(400);
      expect(v.body.code).toBe('VALIDATION_FAILED');
      expect(Object.keys(v.body.errors)).toEqual(
        expect.arrayContaining([
          'audienceSize',
          'remoteLink',
          'schedule.occurrences.0.startsAt',
          'schedule.occurrences.0.endsAt',
        ]),
      );
      const lang = await post(orderer, complete({ languageCode: 'klingon' })).expect(400);
      expect(lang.body).toMatchObject({
        code: 'ORDER_UNKNOWN_CODE',
        errors: { languageCode: expect.any(Array) },
      });
      const area = await post(orderer, complete({ areas: [{ code: 'nope', required: true }] })).expect(400);
      expect(area.body.errors.areas).toBeDefined();
      const backwards = await post(
        orderer,
        complete({
          schedule: { occurrences: [{ startsAt: iso(future(5, 15)), endsAt: iso(future(5, 13)) }] },
        }),
      ).expect(400);
      expect(backwards.body.errors['schedule.occurrences.0.endsAt']).toBeDefined();
      const past = await post(
        orderer,
        complete({
          submit: true,
          schedule: { occurrences: [{ startsAt: iso(future(-2)), endsAt: iso(future(-2, 15)) }] },
        }),
      ).expect(400);
      expect(past.body.errors.schedule).toBeDefined();
      const [{ n: after }] = await t.dataSource.query('SELECT count(*)::int AS n FROM task_order');
      expect(after).toBe(before);
    });
  });

  describe('scoping', () => {
    let orderId: string;
    beforeAll(async () => {
      orderId = (await post(orderer, complete()).expect(201)).body.id;
    });

    it('hides another unit’s order from an orderer (404, audited) and shows it to the parent unit and coordinators', async () => {
      const foreign = await t.http().get(`/api/v1/orders/${orderId}`).set(bearer(otherOrderer)).expect(404);
      expect(foreign.body.code).toBe('ORDER_NOT_FOUND');
      const missing = await t
        .http()
        .get('/api/v1/orders/00000000-0000-4000-8000-000000000000')
        .set(bearer(otherOrderer))
        .expect(404);
      expect(missing.body).toMatchObject({ code: foreign.body.code, title: foreign.body.title });
      const denied = await auditRows(t.dataSource, 'order.read');
      expect(denied.filter((r) => r.subject_id === orderId && r.outcome === 'denied')).toHaveLength(1);
      await t
        .http()
        .patch(`/api/v1/orders/${orderId}`)
        .set(bearer(otherOrderer))
        .set('if-match', '"1"')
        .send({ title: 'x' })
        .expect(404);
      await t.http().get(`/api/v1/orders/${orderId}/timeline`).set(bearer(otherOrderer)).expect(404);
      await t.http().get(`/api/v1/orders/${orderId}`).set(bearer(parentOrderer)).expect(200);
      await t.http().get(`/api/v1/orders/${orderId}`).set(bearer(coordinator)).expect(200);
      const list = await t.http().get('/api/v1/orders').set(bearer(otherOrderer)).expect(200);
      expect(list.body.items).toEqual([]);
      const mine = await t.http().get('/api/v1/orders?limit=200').set(bearer(orderer)).expect(200);
      expect(mine.body.items.every((o: { unit: { id: string } }) => o.unit.id === ward.id)).toBe(true);
    });

    it('refuses an order for a unit outside the orderer’s own', async () => {
      const res = await post(otherOrderer, complete()).expect(400);
      expect(res.body).toMatchObject({
        code: 'ORDER_UNIT_NOT_ALLOWED',
        errors: { unitId: expect.any(Array) },
      });
    });

    it('keeps experts and approvers of other units out', async () => {
      const expert = (await login(t, (await makeUser(t.dataSource, [Role.Expert])).email)).token;
      await t.http().get('/api/v1/orders').set(bearer(expert)).expect(403);
      await post(expert, complete()).expect(403);
      await t.http().get('/api/v1/orders/inbox').set(bearer(orderer)).expect(403);
    });
  });

  describe('concurrency and idempotency', () => {
    it('needs If-Match (428), refuses a stale one (412), and bumps the version', async () => {
      const o = (await post(orderer, complete()).expect(201)).body;
      await t.http().patch(`/api/v1/orders/${o.id}`).set(bearer(orderer)).send({ title: 'Uusi' }).expect(428);
      const ok = await t
        .http()
        .patch(`/api/v1/orders/${o.id}`)
        .set(bearer(orderer))
        .set('if-match', `"${o.version}"`)
        .send({ title: 'Uusi' })
        .expect(200);
      expect(ok.body).toMatchObject({ title: 'Uusi', version: o.version + 1 });
      const stale = await t
        .http()
        .patch(`/api/v1/orders/${o.id}`)
        .set(bearer(orderer))
        .set('if-match', `"${o.version}"`)
        .send({ title: 'Vanha' })
        .expect(412);
      expect(stale.body.code).toBe('PRECONDITION_FAILED');
      await act(orderer, o.id, 'submit', o.version).expect(412);
    });

    it('creates one order per Idempotency-Key, even when the retries race', async () => {
      const body = complete({ title: 'Idempotentti tilaus' });
      const key = `retry-${unique()}`;
      const results = await Promise.all(
        Array.from({ length: 5 }, () =>
          t.http().post('/api/v1/orders').set(bearer(orderer)).set('idempotency-key', key).send(body),
        ),
      );
      expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
      expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
      expect(results.filter((r) => r.headers['idempotent-replayed'] === 'true')).toHaveLength(4);
      const [{ n }] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM task_order WHERE title = 'Idempotentti tilaus'`,
      );
      expect(n).toBe(1);
      const other = await t
        .http()
        .post('/api/v1/orders')
        .set(bearer(orderer))
        .set('idempotency-key', key)
        .send({ ...body, title: 'Toinen' })
        .expect(422);
      expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
      // the same key from another person is another key
      await t
        .http()
        .post('/api/v1/orders')
        .set(bearer(parentOrderer))
        .set('idempotency-key', key)
        .send(body)
        .expect(201);
    });
  });

  describe('the lifecycle', () => {
    it('goes submitted → in matching → staffed → delivered → closed, refusing wrong steps with 409', async () => {
      let o = (await post(orderer, { ...complete(), submit: true }).expect(201)).body;
      const twice = await act(orderer, o.id, 'submit', o.version).expect(409);
      expect(twice.body).toMatchObject({ code: 'ORDER_TRANSITION', currentStatus: 'submitted' });
      await act(orderer, o.id, 'start-matching', o.version).expect(403);
      o = (await act(coordinator, o.id, 'start-matching', o.version).expect(200)).body;
      expect(o).toMatchObject({
        status: 'in_matching',
        nextStep: { step: 'find_experts', owner: 'coordinator' },
      });
      expect(o.answeredAt).not.toBeNull();
      expect((await act(coordinator, o.id, 'close', o.version).expect(409)).body.code).toBe(
        'ORDER_TRANSITION',
      );

      const orders = t.app.get(OrdersService);
      await t.dataSource.transaction((m) => orders.recordStaffing(m, o.id, 1, null));
      await t.dataSource.transaction((m) => orders.recordStaffing(m, o.id, 1, null)); // no change, no event
      o = (await t.http().get(`/api/v1/orders/${o.id}`).set(bearer(orderer)).expect(200)).body;
      expect(o.status).toBe('staffed');
      const [{ n }] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM outbox_event WHERE type = 'order.staffed' AND aggregate_id = $1`,
        [o.id],
      );
      expect(n).toBe(1);

      const early = await act(orderer, o.id, 'deliver', o.version).expect(409);
      expect(early.body.detail).toMatch(/not started/);
      t.setNow(new Date(new Date(o.endsAt).getTime() + 3_600_000));
      try {
        o = (await act(orderer, o.id, 'deliver', o.version).expect(200)).body;
        expect(o.status).toBe('delivered');
        expect(o.occurrences[0].status).toBe('delivered');
        await act(orderer, o.id, 'close', o.version).expect(403);
        o = (await act(coordinator, o.id, 'close', o.version).expect(200)).body;
        expect(o).toMatchObject({ status: 'closed', nextStep: { owner: 'nobody' } });
        expect(
          (await act(coordinator, o.id, 'cancel', o.version, { reason: 'x' }).expect(409)).body.code,
        ).toBe('ORDER_TRANSITION');
        await t
          .http()
          .patch(`/api/v1/orders/${o.id}`)
          .set(bearer(orderer))
          .set('if-match', `"${o.version}"`)
          .send({ title: 'x' })
          .expect(409);
      } finally {
        t.resetClock();
      }
      const timeline = await t
        .http()
        .get(`/api/v1/orders/${o.id}/timeline?limit=3`)
        .set(bearer(coordinator))
        .expect(200);
      expect(timeline.body.items).toHaveLength(3);
      const rest = await t
        .http()
        .get(`/api/v1/orders/${o.id}/timeline?cursor=${timeline.body.nextCursor}`)
        .set(bearer(coordinator))
        .expect(200);
      expect([...timeline.body.items, ...rest.body.items].map((e: { type: string }) => e.type)).toEqual([
        'created',
        'submitted',
        'matching_started',
        'staffing_changed',
        'delivered',
        'closed',
      ]);
    });

    it('flags a cancellation close to the start as late, and an early one not', async () => {
      const soon = (await post(orderer, { ...complete({ schedule: oneTime(1) }), submit: true }).expect(201))
        .body;
      const late = await act(orderer, soon.id, 'cancel', soon.version, {
        reason: 'Osaston kokous siirtyi',
      }).expect(200);
      expect(late.body).toMatchObject({
        status: 'cancelled',
        lateCancellation: true,
        cancelReason: 'Osaston kokous siirtyi',
      });
      expect(late.body.occurrences[0]).toMatchObject({ status: 'cancelled', lateCancellation: true });
      const later = (
        await post(orderer, { ...complete({ schedule: oneTime(40) }), submit: true }).expect(201)
      ).body;
      const early = await act(coordinator, later.id, 'cancel', later.version, {
        reason: 'Ei tarvetta',
      }).expect(200);
      expect(early.body.lateCancellation).toBe(false);
      await act(coordinator, later.id, 'cancel', early.body.version, {}).expect(400);
    });

    it('cancels and moves single times of a series, but not the last one', async () => {
      const o = (
        await post(orderer, {
          ...complete({
            schedule: {
              occurrences: [
                { startsAt: iso(future(20)), endsAt: iso(future(20, 15)), place: 'Osasto 1' },
                { startsAt: iso(future(27)), endsAt: iso(future(27, 15)), place: 'Osasto 1' },
              ],
            },
          }),
          submit: true,
        }).expect(201)
      ).body;
      const [first, second] = o.occurrences;
      const moved = await t
        .http()
        .patch(`/api/v1/orders/${o.id}/occurrences/${first.id}`)
        .set(bearer(orderer))
        .set('if-match', `"${o.version}"`)
        .send({ place: 'Osasto 2', startsAt: iso(future(21)), endsAt: iso(future(21, 15)) })
        .expect(200);
      expect(moved.body.occurrences[0]).toMatchObject({ id: first.id, place: 'Osasto 2' });
      expect(moved.body.startsAt).toBe(iso(future(21)));
      const cancelled = await act(orderer, o.id, `occurrences/${first.id}/cancel`, moved.body.version, {
        reason: 'Pyhä',
      }).expect(200);
      expect(cancelled.body).toMatchObject({
        status: 'submitted',
        occurrenceCount: 1,
        startsAt: second.startsAt,
      });
      const last = await act(orderer, o.id, `occurrences/${second.id}/cancel`, cancelled.body.version, {
        reason: 'x',
      }).expect(409);
      expect(last.body.code).toBe('ORDER_OCCURRENCE_NOT_CHANGEABLE');
      const [{ n }] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM outbox_event WHERE type = 'order.cancelled' AND aggregate_id = $1`,
        [o.id],
      );
      expect(n).toBe(1);
    });
  });

  describe('the coordinators’ inbox', () => {
    it('lists open orders overdue first, with age and deadline, page by page', async () => {
      t.setNow(t.daysFromNow(-10));
      let old: { id: string };
      try {
        old = (await post(orderer, { ...complete({ title: 'Vanha tilaus' }), submit: true }).expect(201))
          .body;
      } finally {
        t.resetClock();
      }
      await post(orderer, { ...complete({ title: 'Tuore tilaus' }), submit: true }).expect(201);
      const page = await t.http().get('/api/v1/orders/inbox?limit=1').set(bearer(coordinator)).expect(200);
      expect(page.body.items[0]).toMatchObject({ id: old.id, overdue: true });
      expect(page.body.items[0].ageBusinessDays).toBeGreaterThanOrEqual(5);
      const all = [page.body.items[0]];
      let cursor = page.body.nextCursor;
      while (cursor) {
        const next = await t
          .http()
          .get(`/api/v1/orders/inbox?limit=2&cursor=${cursor}`)
          .set(bearer(coordinator))
          .expect(200);
        all.push(...next.body.items);
        cursor = next.body.nextCursor;
      }
      const due = all.map((i: { dueAt: string }) => i.dueAt);
      expect([...due].sort()).toEqual(due);
      expect(
        all.every((i: { status: string }) =>
          ['submitted', 'in_matching', 'partly_staffed'].includes(i.status),
        ),
      ).toBe(true);
      expect(
        all.some((i: { title: string; overdue: boolean }) => i.title === 'Tuore tilaus' && !i.overdue),
      ).toBe(true);
      await t.http().get('/api/v1/orders/inbox?cursor=nonsense').set(bearer(coordinator)).expect(400);
    });
  });

  describe('messages, attachments and reminders', () => {
    it('carries messages between the unit and the coordinators, and tells the other side', async () => {
      const o = (await post(orderer, { ...complete(), submit: true }).expect(201)).body;
      await t
        .http()
        .post(`/api/v1/orders/${o.id}/messages`)
        .set(bearer(orderer))
        .send({ body: 'Onko pyörätuoliluiska käytössä?' })
        .expect(201);
      await t
        .http()
        .post(`/api/v1/orders/${o.id}/messages`)
        .set(bearer(coordinator))
        .send({ body: 'On, pääovella.' })
        .expect(201);
      await t
        .http()
        .post(`/api/v1/orders/${o.id}/messages`)
        .set(bearer(otherOrderer))
        .send({ body: 'Hei' })
        .expect(404);
      await t
        .http()
        .post(`/api/v1/orders/${o.id}/messages`)
        .set(bearer(orderer))
        .send({ body: '   ' })
        .expect(400);
      const list = await t.http().get(`/api/v1/orders/${o.id}/messages`).set(bearer(orderer)).expect(200);
      expect(
        list.body.items.map((m: { body: string; fromCoordinator: boolean }) => [m.body, m.fromCoordinator]),
      ).toEqual([
        ['Onko pyörätuoliluiska käytössä?', false],
        ['On, pääovella.', true],
      ]);
      const events = await t.dataSource.query<Array<{ payload: { byCoordinator: boolean } }>>(
        `SELECT payload FROM outbox_event WHERE type = 'order.message' AND aggregate_id = $1 ORDER BY occurred_at`,
        [o.id],
      );
      expect(events.map((e) => e.payload.byCoordinator)).toEqual([false, true]);
    });

    it('keeps attachments of allowed types and serves them back to those who see the order', async () => {
      const o = (await post(orderer, complete()).expect(201)).body;
      const pdf = Buffer.from('%PDF-1.4\n% ohjelma\n');
      const added = await t
        .http()
        .post(`/api/v1/orders/${o.id}/attachments?fileName=${encodeURIComponent('Päivän ohjelma.pdf')}`)
        .set(bearer(orderer))
        .set('content-type', 'application/pdf')
        .send(pdf)
        .expect(201);
      expect(added.body).toMatchObject({
        fileName: 'Päivän ohjelma.pdf',
        contentType: 'application/pdf',
        sizeBytes: pdf.length,
      });
      const got = await t
        .http()
        .get(`/api/v1/orders/${o.id}/attachments/${added.body.id}`)
        .set(bearer(coordinator))
        .buffer(true)
        .parse((res, cb) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => cb(null, Buffer.concat(chunks)));
        })
        .expect(200);
      expect(Buffer.compare(got.body as Buffer, pdf)).toBe(0);
      await t
        .http()
        .get(`/api/v1/orders/${o.id}/attachments/${added.body.id}`)
        .set(bearer(otherOrderer))
        .expect(404);
      const exe = await t
        .http()
        .post(`/api/v1/orders/${o.id}/attachments?fileName=x.exe`)
        .set(bearer(orderer))
        .set('content-type', 'application/x-msdownload')
        .send(Buffer.from('MZ'));
      expect(exe.status).toBe(415);
      const detail = await t.http().get(`/api/v1/orders/${o.id}`).set(bearer(orderer)).expect(200);
      expect(detail.body.attachments).toHaveLength(1);
      await t
        .http()
        .delete(`/api/v1/orders/${o.id}/attachments/${added.body.id}`)
        .set(bearer(orderer))
        .expect(204);
    });

    it('reminds the orderer once before each time', async () => {
      const o = (await post(orderer, { ...complete({ schedule: oneTime(12) }), submit: true }).expect(201))
        .body;
      const reminders = t.app.get(OrderRemindersService);
      t.setNow(new Date(new Date(o.startsAt).getTime() - 20 * 3_600_000));
      try {
        const sent = await reminders.sendStartReminders();
        expect(sent).toBeGreaterThanOrEqual(1);
        expect(await reminders.sendStartReminders()).toBe(0);
      } finally {
        t.resetClock();
      }
      const [row] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM outbox_event WHERE type = 'order.starting' AND aggregate_id = $1`,
        [o.id],
      );
      expect(row.n).toBe(1);
    });
  });
});

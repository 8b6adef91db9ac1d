// the app first: it loads the entities in an order their circular references accept
import {
  auditRows,
  DAY_MS,
  login,
  makeClient,
  makeUnit,
  makeUser,
  Role,
  startTestApp,
  TestApp,
  tokenFor,
  UnitKind,
} from './support/app';
import fc from 'fast-check';
import { Scope } from '../src/common/access/roles';
import { addDays, helsinkiDate, helsinkiInstant } from '../src/common/business-days';
import { FieldCipher } from '../src/common/field-cipher';
import { PayEstimateService } from '../src/fees/pay-estimate.service';
import { PayrollService } from '../src/fees/payroll.service';
import { NotificationsService } from '../src/notifications/notifications.service';
import { isLateCancellation } from '../src/orders/orders.rules';
import { OrgUnitEntity } from '../src/units/org-unit.entity';

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const HOUR_MS = 3_600_000;

describe('fees and payroll', () => {
  let t: TestApp;
  let ward: OrgUnitEntity;
  let otherWard: OrgUnitEntity;
  let coordinator: string;
  let orderer: string;
  let approver: string;
  let otherApprover: string;
  let payrollToken: string;
  let readOnlyToken: string;
  let payrollClientId: string;
  let expert: { id: string; token: string };
  let otherExpert: { id: string; token: string };
  let n = 0;
  let unique = 0;

  async function clientToken(scopes: Scope[]) {
    const client = await makeClient(t.dataSource, scopes);
    if (scopes.includes(Scope.PayrollWrite)) payrollClientId = client.clientId;
    const res = await t
      .http()
      .post('/api/v1/auth/token')
      .type('form')
      .send({
        grant_type: 'client_credentials',
        client_id: client.clientId,
        client_secret: 'client-secret-123',
      })
      .expect(200);
    return res.body.access_token as string;
  }

  async function makeExpert(
    name: string,
    tier = 'trained',
    over: { ceilingCents?: number; method?: string } = {},
  ) {
    const user = await makeUser(t.dataSource, [Role.Expert], [], { displayName: name });
    const cipher = t.app.get(FieldCipher, { strict: false });
    const [{ id }] = await t.dataSource.query(
      `INSERT INTO expert (first_name, last_name, email, municipality_code, languages, kinds, task_types, status, tier_code, user_id,
                           personal_id_enc, iban_enc, earnings_ceiling_cents, payment_method, business_id)
       VALUES ($1, 'Palkkio', $2, 'jyvaskyla', '{fi}', '{trained_expert}', '{talk}', 'active', $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        name,
        `${name.toLowerCase()}-${++unique}@example.fi`,
        tier,
        user.id,
        cipher.encrypt('010180-123N'),
        cipher.encrypt('FI2112345600000785'),
        over.ceilingCents ?? null,
        over.method ?? 'payroll',
        over.method === 'invoice' ? '1572860-0' : null,
      ],
    );
    return { id: id as string, token: (await login(t, user.email)).token };
  }

  /**
   * A confirmed talk (2 h) for the expert on the unit, starting `hoursFromNow` on the app's clock (negative: in
   * the past, then a few hours earlier for each task so that the expert's tasks never overlap), or at `startsAt`.
   */
  async function confirmedTask(
    who: { id: string },
    unit = ward,
    hoursFromNow = -72,
    startsAt?: Date,
  ): Promise<{ orderId: string; assignmentId: string; version: number }> {
    n++;
    const now = t.now();
    const start =
      startsAt ?? new Date(now.getTime() + (hoursFromNow - (hoursFromNow < 0 ? n * 3 : 0)) * HOUR_MS);
    const [o] = await t.dataSource.query(
      `INSERT INTO task_order (number, status, unit_id, cost_centre, contact_name, contact_email, contact_user_id, product_code, title, description,
         mode, place, municipality_code, language_code, expert_count, starts_at, ends_at, occurrence_count, submitted_at, created_by)
       VALUES ($1, 'staffed', $2, $3, 'Tilaaja', 't@x.fi', (SELECT id FROM user_account WHERE email LIKE 'orderer%' ORDER BY created_at LIMIT 1),
         'talk', 'Kokemuspuheenvuoro ' || $1, 'Kuvaus', 'in_person', 'Sali', 'jyvaskyla', 'fi', 1,
         $4::timestamptz, $4::timestamptz + interval '2 hours', 1, $5::timestamptz,
         (SELECT id FROM user_account ORDER BY created_at LIMIT 1))
       RETURNING id`,
      [
        `T-2026-9${String(n).padStart(5, '0')}`,
        unit.id,
        unit.costCentre,
        start,
        new Date(now.getTime() - 30 * DAY_MS),
      ],
    );
    const [oc] = await t.dataSource.query(
      `INSERT INTO order_occurrence (order_id, starts_at, ends_at, place) SELECT id, starts_at, ends_at, 'Sali' FROM task_order WHERE id = $1 RETURNING id`,
      [o.id],
    );
    const [a] = await t.dataSource.query(
      `INSERT INTO assignment (order_id, occurrence_id, expert_id, status, starts_at, ends_at, confirmed_at)
       SELECT $1, $2, $3, 'confirmed', starts_at, ends_at, $4::timestamptz FROM order_occurrence WHERE id = $2 RETURNING id, version`,
      [o.id, oc.id, who.id, new Date(now.getTime() - 20 * DAY_MS)],
    );
    return { orderId: o.id, assignmentId: a.id, version: a.version };
  }

  /** Delivers the pending events of a type for one aggregate, as the worker would. */
  async function deliver(type: string, aggregateId: string) {
    const events = await t.dataSource.query(
      `SELECT id FROM outbox_event WHERE type = $1 AND aggregate_id = $2`,
      [type, aggregateId],
    );
    for (const e of events) await t.app.get(NotificationsService).deliverEvent(e.id);
    return events.length as number;
  }

  /** A task done `daysAgo` days ago (or at `startsAt`), completed; the fees module makes its claim when the event is delivered. */
  async function completedTask(
    who: { id: string },
    unit = ward,
    daysAgo = 3,
    startsAt?: Date,
  ): Promise<string> {
    const a = await confirmedTask(who, unit, -24 * daysAgo, startsAt);
    await t
      .http()
      .post(`/api/v1/assignments/${a.assignmentId}/complete`)
      .set(bearer(coordinator))
      .set('if-match', `"${a.version}"`)
      .expect(200);
    await deliver('assignment.completed', a.assignmentId);
    const [claim] = await t.dataSource.query('SELECT id FROM fee_claim WHERE assignment_id = $1', [
      a.assignmentId,
    ]);
    return claim.id as string;
  }

  const getClaim = async (id: string, token: string) =>
    (await t.http().get(`/api/v1/fee-claims/${id}`).set(bearer(token)).expect(200)).body;

  async function step(id: string, action: string, token: string, body: object = {}, status = 200) {
    const claim = await t.dataSource.query('SELECT version FROM fee_claim WHERE id = $1', [id]);
    return t
      .http()
      .post(`/api/v1/fee-claims/${id}/${action}`)
      .set(bearer(token))
      .set('if-match', `"${claim[0].version}"`)
      .send(body)
      .expect(status);
  }

  /** Takes a fresh claim all the way to approved. */
  async function approvedClaim(who = expert, unit = ward): Promise<string> {
    const id = await completedTask(who, unit);
    await step(id, 'submit', who.token);
    await step(id, 'confirm', orderer);
    await step(id, 'approve', unit === ward ? approver : otherApprover);
    return id;
  }

  const createBatch = (key: string | null, body: object = {}, token = payrollToken) => {
    const req = t.http().post('/api/v1/payroll/export-batches').set(bearer(token));
    return (key ? req.set('idempotency-key', key) : req).send(body);
  };

  beforeAll(async () => {
    t = await startTestApp();
    const area = await makeUnit(t.dataSource, { name: 'Aikuispsykiatria', costCentre: 'KP-100' });
    ward = await makeUnit(t.dataSource, {
      kind: UnitKind.Unit,
      name: 'Osasto 3',
      parentId: area.id,
      costCentre: 'KP-130',
    });
    otherWard = await makeUnit(t.dataSource, {
      kind: UnitKind.Unit,
      name: 'Lastensuojelu',
      costCentre: 'KP-900',
    });
    coordinator = (
      await login(
        t,
        (await makeUser(t.dataSource, [Role.Coordinator], [], { displayName: 'Koordinaattori' })).email,
      )
    ).token;
    orderer = (
      await login(
        t,
        (await makeUser(t.dataSource, [Role.Orderer], [ward], { email: `orderer-${++unique}@x.fi` })).email,
      )
    ).token;
    approver = (
      await login(
        t,
        (await makeUser(t.dataSource, [Role.Approver], [area], { displayName: 'Esihenkilö' })).email,
      )
    ).token;
    otherApprover = (await login(t, (await makeUser(t.dataSource, [Role.Approver], [otherWard])).email))
      .token;
    payrollToken = await clientToken([Scope.PayrollRead, Scope.PayrollWrite]);
    readOnlyToken = await clientToken([Scope.PayrollRead]);
    // the schedule: 300 € a talk for the trained tier, preparation up to an hour at 25 €/h
    const [s] = await t.dataSource.query(
      `INSERT INTO fee_schedule (name, effective_from) VALUES ('Palkkiot 2025', '2025-01-01') RETURNING id`,
    );
    await t.dataSource.query(
      `INSERT INTO fee_rate (schedule_id, tier_code, task_type_code, basis, amount_cents, min_billable_minutes, paid_preparation_minutes,
                             preparation_hourly_cents, income_type_code)
       VALUES ($1, 'trained', 'talk', 'per_task', 30000, 0, 60, 2500, '214'), ($1, 'basic', 'talk', 'per_task', 10000, 0, 0, NULL, '214')`,
      [s.id],
    );
    expert = await makeExpert('Sanna');
    otherExpert = await makeExpert('Timo', 'basic');
  });
  afterAll(() => t.close());

  it('makes the claim from the completed task, prefilled, and the expert sends it in one tap', async () => {
    const id = await completedTask(expert);
    const claim = await getClaim(id, expert.token);
    expect(claim).toMatchObject({
      status: 'draft',
      owner: 'expert',
      ownerName: 'Sanna',
      costCentre: 'KP-130',
      unchanged: true,
      report: { workedMinutes: 120, kilometres: 0 },
      actions: expect.arrayContaining(['submit', 'edit']),
    });
    // the talk's own preparation time (an hour) is prefilled and paid
    expect(claim.lines.map((l: { kind: string; amountCents: number }) => [l.kind, l.amountCents])).toEqual([
      ['fee', 30000],
      ['preparation', 2500],
    ]);
    expect(new Date(claim.dueAt).getTime()).toBeGreaterThan(t.now().getTime());
    // the event delivered again makes no second claim
    const [a] = await t.dataSource.query('SELECT assignment_id FROM fee_claim WHERE id = $1', [id]);
    await t.dataSource.query(`UPDATE outbox_event SET dispatched_at = NULL WHERE aggregate_id = $1`, [
      a.assignment_id,
    ]);
    const [event] = await t.dataSource.query(
      `SELECT id FROM outbox_event WHERE aggregate_id = $1 AND type = 'assignment.completed'`,
      [a.assignment_id],
    );
    await t.app.get(NotificationsService).deliverEvent(event.id);
    expect(
      (
        await t.dataSource.query('SELECT count(*)::int AS n FROM fee_claim WHERE assignment_id = $1', [
          a.assignment_id,
        ])
      )[0].n,
    ).toBe(1);
    // the expert is told (the claim's own fact, published with it), in the money category (always e-mailed)
    expect(await deliver('fee.claim_step', id)).toBe(1);
    const [note] = await t.dataSource.query(
      `SELECT category FROM notification WHERE template = 'fee.claim_ready' ORDER BY created_at DESC LIMIT 1`,
    );
    expect(note.category).toBe('money');

    // the step's reminder is the expert's; once sent, the orderer's
    const reminderOf = async () =>
      (
        await t.dataSource.query(
          `SELECT r.owner_user_id, u.display_name FROM reminder r JOIN user_account u ON u.id = r.owner_user_id
            WHERE r.subject_id = $1 AND r.status = 'open'`,
          [id],
        )
      ).map((r: { display_name: string }) => r.display_name);
    expect(await reminderOf()).toEqual(['Sanna']);
    const sent = await step(id, 'submit', expert.token);
    expect(sent.body).toMatchObject({ status: 'submitted', owner: 'orderer' });
    expect(await reminderOf()).toHaveLength(1);
    expect(await reminderOf()).not.toEqual(['Sanna']);
  });

  it('recomputes the lines when the expert adjusts, refuses a bad report and changes nothing', async () => {
    const id = await completedTask(expert);
    const before = await getClaim(id, expert.token);
    const bad = await t
      .http()
      .patch(`/api/v1/fee-claims/${id}`)
      .set(bearer(expert.token))
      .set('if-match', `"${before.version}"`)
      .send({ report: { ...before.report, kilometres: -4 } })
      .expect(400);
    expect(bad.headers['content-type']).toMatch(/problem\+json/);
    expect((await getClaim(id, expert.token)).version).toBe(before.version);
    const res = await t
      .http()
      .patch(`/api/v1/fee-claims/${id}`)
      .set(bearer(expert.token))
      .set('if-match', `"${before.version}"`)
      .send({
        report: {
          workedMinutes: 120,
          preparationMinutes: 90,
          kilometres: 42,
          ticketsCents: 0,
          expenses: [{ description: 'Pysäköinti', amountCents: 450 }],
        },
      })
      .expect(200);
    // 300 € + an hour of preparation (the schedule's limit) + 42 km at the 2026 rate (0.55 €/km) + parking
    expect(res.body.lines.map((l: { kind: string; amountCents: number }) => [l.kind, l.amountCents])).toEqual(
      [
        ['fee', 30000],
        ['preparation', 2500],
        ['mileage', 42 * 55],
        ['expense', 450],
      ],
    );
    expect(res.body).toMatchObject({
      totalCents: 30000 + 2500 + 2310 + 450,
      earningsCents: 32500,
      unchanged: false,
    });
    // the stale version is refused
    await t
      .http()
      .patch(`/api/v1/fee-claims/${id}`)
      .set(bearer(expert.token))
      .set('if-match', `"${before.version}"`)
      .send({ asVolunteer: true })
      .expect(412);
  });

  // Before the schedules test below, which saves a 2027 kilometre rate and a future schedule without rates.
  it('pays kilometres in a year without its own rate at the latest earlier year’s, and asks a coordinator once to enter it', async () => {
    const admin = await tokenFor(t, [Role.Admin]);
    // the migration seeds the rates up to 2026 only
    const rates = await t.http().get('/api/v1/mileage-rates').set(bearer(coordinator)).expect(200);
    expect(rates.body.items.map((r: { year: number }) => r.year)).not.toContain(2027);
    expect(rates.body.items).toContainEqual({ year: 2026, centsPerKm: 55 });
    const reminders = async (status: string) =>
      t.dataSource.query<Array<{ owner_user_id: string; coordinator: boolean }>>(
        `SELECT r.owner_user_id, 'coordinator' = ANY(u.roles) AS coordinator
           FROM reminder r JOIN user_account u ON u.id = r.owner_user_id
          WHERE r.kind = 'fee.mileage_rate' AND r.subject_type = 'mileage_rate' AND r.subject_id = '2027' AND r.status = $1`,
        [status],
      );
    /** A task done on 4 January 2027 at `hour`, completed; its claim reports `kilometres`. */
    const claimWithKilometres = async (hour: number, kilometres: number) => {
      const id = await completedTask(expert, ward, 0, helsinkiInstant('2027-01-04', hour));
      const claim = await getClaim(id, expert.token);
      expect(claim.taskDate).toBe('2027-01-04');
      return patchKilometres(id, kilometres);
    };
    const patchKilometres = async (id: string, kilometres: number) => {
      const claim = await getClaim(id, expert.token);
      const res = await t
        .http()
        .patch(`/api/v1/fee-claims/${id}`)
        .set(bearer(expert.token))
        .set('if-match', `"${claim.version}"`)
        .send({ report: { ...claim.report, kilometres } })
        .expect(200);
      return res.body;
    };
    const mileageOf = (claim: { lines: Array<{ kind: string }> }) => claim.lines.find((l) => l.kind === 'mileage');

    t.setNow(helsinkiInstant('2027-01-05', 10));
    try {
      // a claim without kilometres needs no rate: nobody is asked
      const first = await completedTask(expert, ward, 0, helsinkiInstant('2027-01-04', 9));
      expect(mileageOf(await getClaim(first, expert.token))).toBeUndefined();
      expect(await reminders('open')).toEqual([]);
      // with kilometres: paid at 2026's rate, and a coordinator is asked to enter 2027's
      const paid = await patchKilometres(first, 42);
      expect(mileageOf(paid)).toMatchObject({ quantity: 42, unitCents: 55, amountCents: 42 * 55 });
      const open = await reminders('open');
      expect(open).toEqual([{ owner_user_id: expect.any(String), coordinator: true }]);
      // another claim that needs the rate: still the one reminder
      const second = await claimWithKilometres(13, 10);
      expect(mileageOf(second)).toMatchObject({ quantity: 10, unitCents: 55, amountCents: 10 * 55 });
      expect(await reminders('open')).toEqual(open);

      // the admin saves 2027's rate: the reminder is done, and claims recomputed from now on use it
      await t.http().put('/api/v1/mileage-rates/2027').set(bearer(admin)).send({ centsPerKm: 57 }).expect(200);
      expect(await reminders('open')).toEqual([]);
      expect(await reminders('done')).toHaveLength(1);
      const again = await patchKilometres(second.id, 12);
      expect(mileageOf(again)).toMatchObject({ quantity: 12, unitCents: 57, amountCents: 12 * 57 });
      expect(await reminders('open')).toEqual([]);
    } finally {
      t.resetClock();
    }
  });

  it('keeps receipts with the claim: the expert adds and removes them while it is theirs, readers download them', async () => {
    const id = await completedTask(expert);
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
    const add = (token: string, type = 'image/png', body = png) =>
      t
        .http()
        .post(`/api/v1/fee-claims/${id}/receipts?fileName=${encodeURIComponent('lippu 1.png')}`)
        .set(bearer(token))
        .set('content-type', type)
        .send(body);
    await add(otherExpert.token).expect(404);
    await add(expert.token, 'text/plain', Buffer.from('x')).expect(415);
    const added = await add(expert.token).expect(201);
    expect(added.body).toMatchObject({
      fileName: 'lippu 1.png',
      contentType: 'image/png',
      sizeBytes: png.length,
    });
    expect((await getClaim(id, expert.token)).receipts).toHaveLength(1);
    await step(id, 'submit', expert.token);
    // the orderer who confirms can read it; nobody can change it once sent
    const file = await t
      .http()
      .get(`/api/v1/fee-claims/${id}/receipts/${added.body.id}`)
      .set(bearer(orderer))
      .buffer(true)
      .expect(200);
    expect(file.headers['content-type']).toBe('image/png');
    expect(Buffer.compare(file.body as Buffer, png)).toBe(0);
    await t
      .http()
      .get(`/api/v1/fee-claims/${id}/receipts/${added.body.id}`)
      .set(bearer(otherExpert.token))
      .expect(404);
    await add(expert.token).expect(409);
    await t
      .http()
      .delete(`/api/v1/fee-claims/${id}/receipts/${added.body.id}`)
      .set(bearer(expert.token))
      .expect(409);
    expect(await auditRows(t.dataSource, 'fee_claim.receipt.read')).toHaveLength(1);
  });

  it('warns before a claim takes the month over the expert’s own ceiling, and lets them volunteer instead', async () => {
    const careful = await makeExpert('Vilja', 'trained', { ceilingCents: 40000 });
    const first = await completedTask(careful);
    await step(first, 'submit', careful.token);
    const second = await completedTask(careful);
    expect((await getClaim(second, careful.token)).ceiling).toEqual({
      ceilingCents: 40000,
      monthAfterCents: 65000,
      overByCents: 25000,
    });
    const warned = await step(second, 'submit', careful.token, {}, 409);
    expect(warned.body).toMatchObject({ code: 'FEE_OVER_EARNINGS_CEILING', ceiling: { overByCents: 25000 } });
    expect((await getClaim(second, careful.token)).status).toBe('draft');
    const v = (await getClaim(second, careful.token)).version;
    const volunteer = await t
      .http()
      .patch(`/api/v1/fee-claims/${second}`)
      .set(bearer(careful.token))
      .set('if-match', `"${v}"`)
      .send({ asVolunteer: true })
      .expect(200);
    expect(volunteer.body).toMatchObject({
      asVolunteer: true,
      earningsCents: 0,
      ceiling: { overByCents: 0 },
    });
    await step(second, 'submit', careful.token);
  });

  it('tells the expert before accepting what an offer pays and how their month would stand', async () => {
    const fees = t.app.get(PayEstimateService);
    const at = t.daysFromNow(5);
    const time = { startsAt: at, endsAt: new Date(at.getTime() + 2 * HOUR_MS) };
    expect(await fees.estimate(t.dataSource.manager, expert.id, 'talk', [time])).toEqual({
      feeCents: 32500,
      ceiling: null,
    });
    expect(await fees.estimate(t.dataSource.manager, expert.id, 'talk', [time, time])).toMatchObject({
      feeCents: 65000,
    });
    const limited = await makeExpert('Ulla', 'trained', { ceilingCents: 50000 });
    expect((await fees.estimate(t.dataSource.manager, limited.id, 'talk', [time, time])).ceiling).toEqual({
      ceilingCents: 50000,
      monthAfterCents: 65000,
      overByCents: 15000,
    });
    // no rate for the task type in the schedule: no figure rather than a wrong one
    expect((await fees.estimate(t.dataSource.manager, expert.id, 'workshop', [time])).feeCents).toBeNull();
  });

  it('goes orderer → approver with one owner each, returns with a reason, and lets nobody read what is not theirs', async () => {
    const id = await completedTask(expert);
    // another expert, an approver of another cost centre, an orderer of another unit: not found
    await t.http().get(`/api/v1/fee-claims/${id}`).set(bearer(otherExpert.token)).expect(404);
    await t.http().get(`/api/v1/fee-claims/${id}`).set(bearer(otherApprover)).expect(404);
    await t.http().get(`/api/v1/fee-claims/${id}`).set(bearer(payrollToken)).expect(403);
    await step(id, 'confirm', orderer, {}, 409); // not sent yet
    await step(id, 'submit', expert.token);
    const toConfirm = await t
      .http()
      .get('/api/v1/fee-claims?view=to_confirm')
      .set(bearer(orderer))
      .expect(200);
    expect(toConfirm.body.items.map((c: { id: string }) => c.id)).toContain(id);
    await step(id, 'approve', approver, {}, 409); // the orderer has not confirmed
    const confirmed = await step(id, 'confirm', orderer);
    expect(confirmed.body).toMatchObject({ status: 'confirmed', owner: 'approver', ownerName: 'Esihenkilö' });
    await step(id, 'approve', otherApprover, {}, 404);
    const returned = await step(id, 'return', approver, { reason: 'Kilometrit puuttuvat' });
    expect(returned.body).toMatchObject({
      status: 'returned',
      owner: 'expert',
      returnReason: 'Kilometrit puuttuvat',
    });
    const mine = await getClaim(id, expert.token);
    expect(mine.actions).toEqual(expect.arrayContaining(['submit', 'edit']));
    await step(id, 'submit', expert.token);
    await step(id, 'confirm', orderer);
    const approved = await step(id, 'approve', approver);
    expect(approved.body).toMatchObject({ status: 'approved', owner: 'payroll' });
    const timeline = await t
      .http()
      .get(`/api/v1/fee-claims/${id}/timeline`)
      .set(bearer(expert.token))
      .expect(200);
    expect(timeline.body.items.map((e: { action: string }) => e.action)).toEqual([
      'created',
      'submit',
      'confirm',
      'return',
      'submit',
      'confirm',
      'approve',
    ]);
    // the expert's own list holds only their claims
    const own = await t.http().get('/api/v1/fee-claims?view=mine').set(bearer(otherExpert.token)).expect(200);
    expect(own.body.items.map((c: { id: string }) => c.id)).not.toContain(id);
  });

  it('lets the coordinator give a step to another person who can take it', async () => {
    const id = await completedTask(expert);
    await step(id, 'submit', expert.token);
    const people = await t
      .http()
      .get(`/api/v1/fee-claims/${id}/assignees`)
      .set(bearer(coordinator))
      .expect(200);
    const names = people.body.items.map((p: { displayName: string }) => p.displayName);
    expect(names).toContain('Koordinaattori');
    const ordererOfWard = people.body.items.find((p: { roles: string[] }) => p.roles.includes('orderer'));
    expect(ordererOfWard).toBeDefined();
    await t.http().get(`/api/v1/fee-claims/${id}/assignees`).set(bearer(orderer)).expect(403);
    const given = await step(id, 'reassign', coordinator, { userId: ordererOfWard.userId });
    expect(given.body).toMatchObject({ status: 'submitted', owner: 'orderer' });
    const [reminder] = await t.dataSource.query(
      `SELECT owner_user_id FROM reminder WHERE subject_id = $1 AND status = 'open'`,
      [id],
    );
    expect(reminder.owner_user_id).toBe(ordererOfWard.userId);
  });

  it('approves in bulk, each claim on its own', async () => {
    const a = await completedTask(expert);
    const b = await completedTask(expert);
    for (const id of [a, b]) await step(id, 'submit', expert.token);
    await step(a, 'confirm', orderer);
    const res = await t
      .http()
      .post('/api/v1/fee-claims/bulk-approve')
      .set(bearer(approver))
      .send({ claimIds: [a, b] })
      .expect(200);
    expect(res.body.results).toEqual([
      { claimId: a, ok: true, code: null },
      { claimId: b, ok: false, code: 'FEE_CLAIM_TRANSITION' },
    ]);
  });

  it('exports exactly once: 20 concurrent batches put every approved line in exactly one; a key replays its batch', async () => {
    const ids = [];
    for (let i = 0; i < 4; i++) ids.push(await approvedClaim());
    await t.http().post('/api/v1/payroll/export-batches').set(bearer(payrollToken)).send({}).expect(400); // no key
    await createBatch('k', {}, readOnlyToken).expect(403);
    await createBatch('k', {}, coordinator).expect(403);
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => createBatch(`concurrent-${i}`)));
    const created = results.filter((r) => r.status === 201);
    expect(
      results.every((r) => r.status === 201 || (r.status === 409 && r.body.code === 'NOTHING_TO_EXPORT')),
    ).toBe(true);
    const batched = created.flatMap((r) => JSON.parse(r.text).lines.map((l: { lineId: string }) => l.lineId));
    expect(new Set(batched).size).toBe(batched.length);
    const [{ approved }] = await t.dataSource.query(
      `SELECT count(*)::int AS approved FROM fee_claim_line WHERE status = 'approved'`,
    );
    expect(approved).toBe(0);
    const lines = await t.dataSource.query(
      `SELECT l.id, l.batch_id FROM fee_claim_line l WHERE l.claim_id = ANY($1::uuid[])`,
      [ids],
    );
    expect(lines.every((l: { batch_id: string | null }) => l.batch_id)).toBe(true);
    for (const id of ids) expect((await getClaim(id, coordinator)).status).toBe('exported');

    // a retry with the same key: the same batch, byte for byte; the same key with another body: 422
    const first = created[0];
    const key = `concurrent-${results.indexOf(first)}`;
    const again = await createBatch(key).expect(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.text).toBe(first.text);
    await createBatch(key, { channel: 'accounts_payable' }).expect(422);
    const id = JSON.parse(first.text).id;
    const read1 = await t
      .http()
      .get(`/api/v1/payroll/export-batches/${id}`)
      .set(bearer(readOnlyToken))
      .expect(200);
    const read2 = await t
      .http()
      .get(`/api/v1/payroll/export-batches/${id}`)
      .set(bearer(readOnlyToken))
      .expect(200);
    expect(read1.text).toBe(first.text);
    expect(read2.text).toBe(read1.text);
    expect(read1.headers.etag).toBe(first.headers.etag);
    await t
      .http()
      .get(`/api/v1/payroll/export-batches/${id}`)
      .set(bearer(readOnlyToken))
      .set('if-none-match', read1.headers.etag)
      .expect(304);
    // people never reach payroll routes
    await t.http().get(`/api/v1/payroll/export-batches/${id}`).set(bearer(coordinator)).expect(403);
  });

  it('returns the same batch to a retry after a crash between commit and answer', async () => {
    await approvedClaim();
    // the batch is committed, but the answer never reaches the client (the process died before it
    // answered); the client retries with its key
    const client = { kind: 'client' as const, clientId: payrollClientId, scopes: [Scope.PayrollWrite] };
    const made = await t.app.get(PayrollService).createBatch(client, 'after-crash', {});
    const retry = await createBatch('after-crash').expect(201);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.text).toBe(made.batch.document);
    expect(
      (
        await t.dataSource.query(`SELECT count(*)::int AS n FROM export_batch WHERE created_by = $1`, [
          `client:${payrollClientId}`,
        ])
      )[0].n,
    ).toBeGreaterThanOrEqual(1);
    expect(
      (
        await t.dataSource.query(`SELECT count(*)::int AS n FROM fee_claim_line WHERE batch_id = $1`, [
          made.batch.id,
        ])
      )[0].n,
    ).toBe(made.batch.lineCount);
  });

  it('gives payroll the lines as CSV with identity codes and IBANs, audits the read, and takes acknowledgements once', async () => {
    const paidId = await approvedClaim();
    const rejectedId = await approvedClaim();
    const batch = JSON.parse((await createBatch('csv-batch').expect(201)).text);
    const csv = await t
      .http()
      .get(`/api/v1/payroll/export-batches/${batch.id}/lines.csv`)
      .set(bearer(readOnlyToken))
      .expect(200);
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    const rows = csv.text.slice(1).trim().split('\r\n');
    expect(rows[0]).toBe(
      'line_id;payee_identity_code;payee_name;iban;business_id;income_type;amount;cost_centre;task_date;order_number;claim_number',
    );
    expect(rows[1].split(';')).toEqual([
      batch.lines[0].lineId,
      '010180-123N',
      'Sanna Palkkio',
      'FI2112345600000785',
      '',
      '214',
      '300,00',
      'KP-130',
      batch.lines[0].taskDate,
      batch.lines[0].orderNumber,
      batch.lines[0].claimNumber,
    ]);
    expect(await auditRows(t.dataSource, 'export_batch.read_payment_details')).toHaveLength(1);
    // the batch's JSON has no identity codes or account numbers
    expect(JSON.stringify(batch)).not.toMatch(/010180|FI21/);

    const linesOf = async (claimId: string): Promise<string[]> =>
      (
        await t.dataSource.query(`SELECT id FROM fee_claim_line WHERE claim_id = $1 AND batch_id = $2`, [
          claimId,
          batch.id,
        ])
      ).map((l: { id: string }) => l.id);
    const [rejectedLine, ...rejectedRest] = await linesOf(rejectedId);
    const ack = {
      lines: [
        ...(await linesOf(paidId)).map((lineId) => ({
          lineId,
          status: 'paid',
          externalId: `PAY-${lineId.slice(0, 4)}`,
          paymentDate: '2026-11-30',
        })),
        { lineId: rejectedLine, status: 'rejected', reason: 'Tilinumero ei kelpaa' },
        ...rejectedRest.map((lineId) => ({ lineId, status: 'paid' })),
      ],
    };
    await t
      .http()
      .post(`/api/v1/payroll/export-batches/${batch.id}/ack`)
      .set(bearer(readOnlyToken))
      .send(ack)
      .expect(403);
    // a rejection needs its reason: a field error, and nothing changes
    const noReason = await t
      .http()
      .post(`/api/v1/payroll/export-batches/${batch.id}/ack`)
      .set(bearer(payrollToken))
      .send({ lines: [{ lineId: rejectedLine, status: 'rejected' }] })
      .expect(400);
    expect(Object.keys(noReason.body.errors)).toEqual(['lines.0.reason']);
    expect(
      (
        await t.dataSource.query(
          `SELECT count(*)::int AS n FROM fee_claim_line WHERE batch_id = $1 AND status = 'batched'`,
          [batch.id],
        )
      )[0].n,
    ).toBe(4);
    const res = await t
      .http()
      .post(`/api/v1/payroll/export-batches/${batch.id}/ack`)
      .set(bearer(payrollToken))
      .send(ack)
      .expect(200);
    expect(res.body).toEqual({ paid: 3, rejected: 1, open: 0 });
    // the same again: nothing changes; a contradiction: 409
    await t
      .http()
      .post(`/api/v1/payroll/export-batches/${batch.id}/ack`)
      .set(bearer(payrollToken))
      .send(ack)
      .expect(200);
    await t
      .http()
      .post(`/api/v1/payroll/export-batches/${batch.id}/ack`)
      .set(bearer(payrollToken))
      .send({ lines: [{ ...ack.lines[0], status: 'rejected', reason: 'x' }] })
      .expect(409);
    expect(await getClaim(paidId, expert.token)).toMatchObject({
      status: 'paid',
      owner: 'nobody',
      dueAt: null,
    });
    const rejected = await getClaim(rejectedId, coordinator);
    expect(rejected).toMatchObject({ status: 'rejected', owner: 'coordinator' });
    expect(rejected.lines.find((l: { id: string }) => l.id === rejectedLine)).toMatchObject({
      status: 'rejected',
      rejectReason: 'Tilinumero ei kelpaa',
    });
    // the coordinator fixes it and puts it up again: a new line, in the next batch
    await step(rejectedId, 'reapprove', coordinator);
    const next = JSON.parse((await createBatch('after-fix').expect(201)).text);
    expect(next.lines).toHaveLength(1);
    expect(next.lines[0].lineId).not.toBe(rejectedLine);
    // what was exported does not change, even for the database owner
    await expect(
      t.dataSource.query(`UPDATE fee_claim_line SET amount_cents = 1 WHERE id = $1`, [ack.lines[0].lineId]),
    ).rejects.toThrow(/immutable/);
    await expect(
      t.dataSource.query(`UPDATE export_batch SET total_cents = 1 WHERE id = $1`, [batch.id]),
    ).rejects.toThrow(/immutable/);
  });

  it('lets a person release a batch payroll never acknowledged, and only such a batch', async () => {
    const id = await approvedClaim();
    const batch = JSON.parse((await createBatch('to-release').expect(201)).text);
    await t
      .http()
      .post(`/api/v1/fees/export-batches/${batch.id}/release`)
      .set(bearer(orderer))
      .send({ reason: 'x' })
      .expect(403);
    await t
      .http()
      .post(`/api/v1/fees/export-batches/${batch.id}/release`)
      .set(bearer(coordinator))
      .send({ reason: 'Palkanlaskenta ei saanut erää' })
      .expect(204);
    expect((await getClaim(id, coordinator)).status).toBe('approved');
    expect(
      (await auditRows(t.dataSource, 'export_batch.release')).filter((r) => r.subject_id === batch.id),
    ).toHaveLength(1);
    await t
      .http()
      .post(`/api/v1/payroll/export-batches/${batch.id}/ack`)
      .set(bearer(payrollToken))
      .send({ lines: [{ lineId: batch.lines[0].lineId, status: 'paid' }] })
      .expect(409);
    const list = await t.http().get('/api/v1/fees/export-batches').set(bearer(coordinator)).expect(200);
    expect(list.body.items.find((b: { id: string }) => b.id === batch.id)).toMatchObject({
      status: 'released',
    });
    // the lines wait for the next batch, and the released document still reads the same
    const next = JSON.parse((await createBatch('after-release').expect(201)).text);
    expect(next.lines.map((l: { lineId: string }) => l.lineId)).toEqual(
      batch.lines.map((l: { lineId: string }) => l.lineId),
    );
    const again = await t
      .http()
      .get(`/api/v1/payroll/export-batches/${batch.id}`)
      .set(bearer(readOnlyToken))
      .expect(200);
    expect(JSON.parse(again.text)).toEqual(batch);
  });

  it('pays a late cancellation by the orderer in full (the configured rule), and nothing when the expert cancels', async () => {
    // the orderer cancels the whole order the day before: the expert's task is cancelled late, and a claim is made.
    // Less than a day ahead on the app's clock is inside the window of business days whatever the weekday.
    const lateWindow = t.config.ORDER_LATE_CANCEL_BUSINESS_DAYS;
    const startOf = async (assignmentId: string): Promise<Date> =>
      (await t.dataSource.query('SELECT starts_at FROM assignment WHERE id = $1', [assignmentId]))[0].starts_at;
    const task = await confirmedTask(expert, ward, 20);
    expect(isLateCancellation(t.now(), await startOf(task.assignmentId), lateWindow)).toBe(true);
    const [order] = await t.dataSource.query('SELECT version FROM task_order WHERE id = $1', [task.orderId]);
    await t
      .http()
      .post(`/api/v1/orders/${task.orderId}/cancel`)
      .set(bearer(orderer))
      .set('if-match', `"${order.version}"`)
      .send({ reason: 'Osaston koulutuspäivä peruttiin' })
      .expect(200);
    expect(await deliver('order.cancelled', task.orderId)).toBe(1);
    const [a] = await t.dataSource.query('SELECT status, late_cancellation FROM assignment WHERE id = $1', [
      task.assignmentId,
    ]);
    expect(a).toEqual({ status: 'cancelled', late_cancellation: true });
    expect(await deliver('assignment.cancelled', task.assignmentId)).toBe(1);
    const [claim] = await t.dataSource.query('SELECT id FROM fee_claim WHERE assignment_id = $1', [
      task.assignmentId,
    ]);
    const dto = await getClaim(claim.id, expert.token);
    expect(dto).toMatchObject({ lateCancellation: true, status: 'draft' });
    expect(dto.lines[0]).toMatchObject({ kind: 'fee', amountCents: 30000 });

    // the expert cancels their own task late: no claim
    const own = await confirmedTask(expert, ward, 30);
    expect(isLateCancellation(t.now(), await startOf(own.assignmentId), lateWindow)).toBe(true);
    await t
      .http()
      .post(`/api/v1/assignments/${own.assignmentId}/cancel`)
      .set(bearer(expert.token))
      .set('if-match', `"${own.version}"`)
      .send({ reason: 'Sairastuin' })
      .expect(200);
    expect(await deliver('assignment.cancelled', own.assignmentId)).toBe(1);
    expect(
      await t.dataSource.query('SELECT id FROM fee_claim WHERE assignment_id = $1', [own.assignmentId]),
    ).toEqual([]);
  });

  it('lists the claims of one order or one expert, each naming its order, expert and task', async () => {
    const id = await completedTask(expert, ward, 40);
    await completedTask(expert, ward, 41);
    const claim = await getClaim(id, coordinator);
    const byOrder = await t
      .http()
      .get(`/api/v1/fee-claims?orderId=${claim.orderId}`)
      .set(bearer(coordinator))
      .expect(200);
    expect(byOrder.body.items).toHaveLength(1);
    const [assignment] = await t.dataSource.query('SELECT assignment_id FROM fee_claim WHERE id = $1', [id]);
    expect(byOrder.body.items[0]).toMatchObject({
      id,
      orderId: claim.orderId,
      expertId: expert.id,
      assignmentId: assignment.assignment_id,
    });
    const byExpert = await t
      .http()
      .get(`/api/v1/fee-claims?expertId=${expert.id}&limit=100`)
      .set(bearer(coordinator))
      .expect(200);
    expect(byExpert.body.items.length).toBeGreaterThan(1);
    expect(byExpert.body.items.every((c: { expertId: string }) => c.expertId === expert.id)).toBe(true);
    const bad = await t.http().get('/api/v1/fee-claims?orderId=nope').set(bearer(coordinator)).expect(400);
    expect(bad.body.errors).toHaveProperty('orderId');
  });

  it('pays a coordinator’s late cancellation only when it was on the orderer’s behalf', async () => {
    const cancel = (task: { assignmentId: string; version: number }, body: Record<string, unknown>) =>
      t
        .http()
        .post(`/api/v1/assignments/${task.assignmentId}/cancel`)
        .set(bearer(coordinator))
        .set('if-match', `"${task.version}"`)
        .send(body);
    const claimsOf = (assignmentId: string) =>
      t.dataSource.query('SELECT late_cancellation FROM fee_claim WHERE assignment_id = $1', [assignmentId]);

    const wrong = await confirmedTask(expert, ward, 3);
    const refused = await cancel(wrong, { reason: 'Väärä', onBehalfOf: 'somebody' }).expect(400);
    expect(refused.body.errors).toHaveProperty('onBehalfOf');
    expect((await t.dataSource.query('SELECT status FROM assignment WHERE id = $1', [wrong.assignmentId]))[0].status).toBe(
      'confirmed',
    );

    // the county's own reason (nobody named): no claim
    await cancel(wrong, { reason: 'Tilaus kirjattiin kahteen kertaan' }).expect(200);
    expect(await deliver('assignment.cancelled', wrong.assignmentId)).toBe(1);
    expect(await claimsOf(wrong.assignmentId)).toEqual([]);

    // for the expert (she phoned in sick): no claim
    const sick = await confirmedTask(expert, ward, 6);
    await cancel(sick, { reason: 'Sairastui', onBehalfOf: 'expert' }).expect(200);
    expect(await deliver('assignment.cancelled', sick.assignmentId)).toBe(1);
    expect(await claimsOf(sick.assignmentId)).toEqual([]);

    // the ward phoned the coordinator the day before: a late cancellation claim, as if the orderer had cancelled
    const phoned = await confirmedTask(expert, ward, 9);
    await cancel(phoned, { reason: 'Osasto perui puhelimessa', onBehalfOf: 'orderer' }).expect(200);
    expect(await deliver('assignment.cancelled', phoned.assignmentId)).toBe(1);
    expect(await claimsOf(phoned.assignmentId)).toEqual([{ late_cancellation: true }]);
  });

  it('writes what follows from a cancellation in its own transaction, however long the notification queue', async () => {
    // 1,000 notices waiting in the outbox, none delivered: consequences must not queue behind them
    await t.dataSource.query(
      `INSERT INTO outbox_event (type, aggregate_type, aggregate_id, payload)
       SELECT 'system.test', 'user', gen_random_uuid()::text, '{}'::jsonb FROM generate_series(1, 1000)`,
    );
    const task = await confirmedTask(expert, ward, 20);
    const [order] = await t.dataSource.query('SELECT version FROM task_order WHERE id = $1', [task.orderId]);
    await t
      .http()
      .post(`/api/v1/orders/${task.orderId}/cancel`)
      .set(bearer(orderer))
      .set('if-match', `"${order.version}"`)
      .send({ reason: 'Osasto suljettiin' })
      .expect(200);
    // nothing delivered, and yet: the task is cancelled late and its claim exists the moment the answer comes
    const [{ pending }] = await t.dataSource.query(
      `SELECT count(*)::int AS pending FROM outbox_event WHERE dispatched_at IS NULL`,
    );
    expect(pending).toBeGreaterThanOrEqual(1000);
    const [a] = await t.dataSource.query('SELECT status, late_cancellation FROM assignment WHERE id = $1', [
      task.assignmentId,
    ]);
    expect(a).toEqual({ status: 'cancelled', late_cancellation: true });
    const claims = await t.dataSource.query('SELECT late_cancellation FROM fee_claim WHERE assignment_id = $1', [
      task.assignmentId,
    ]);
    expect(claims).toEqual([{ late_cancellation: true }]);
    await t.dataSource.query(`DELETE FROM outbox_event WHERE type = 'system.test'`);
  });

  it('keeps schedules as data: validated rates, one schedule a day, the one in force today, If-Match', async () => {
    // a schedule that starts in the future (on the app's clock); the one before it ends the day before
    const future = helsinkiDate(t.daysFromNow(100));
    const bad = await t
      .http()
      .post('/api/v1/fee-schedules')
      .set(bearer(coordinator))
      .send({
        name: 'Uudet palkkiot',
        effectiveFrom: future,
        rates: [
          {
            tierCode: 'trained',
            taskTypeCode: 'talk',
            productCode: 'juttupenkki',
            basis: 'per_task',
            amountCents: 32000,
            minBillableMinutes: 0,
            paidPreparationMinutes: 60,
            incomeTypeCode: '214',
          },
        ],
      })
      .expect(400);
    expect(bad.body).toMatchObject({
      code: 'FEE_INVALID_RATE',
      errors: { 'rates.0.taskTypeCode': [expect.any(String)] },
    });
    await t
      .http()
      .post('/api/v1/fee-schedules')
      .set(bearer(orderer))
      .send({ name: 'x', effectiveFrom: future, rates: [] })
      .expect(403);
    const created = await t
      .http()
      .post('/api/v1/fee-schedules')
      .set(bearer(coordinator))
      .send({
        name: 'Uudet palkkiot',
        effectiveFrom: future,
        rates: [
          {
            tierCode: 'trained',
            taskTypeCode: 'talk',
            basis: 'per_task',
            amountCents: 32000,
            minBillableMinutes: 0,
            paidPreparationMinutes: 60,
            incomeTypeCode: '214',
          },
        ],
      })
      .expect(201);
    await t
      .http()
      .post('/api/v1/fee-schedules')
      .set(bearer(coordinator))
      .send({ name: 'Toinen', effectiveFrom: future, rates: [] })
      .expect(409);
    const list = await t.http().get('/api/v1/fee-schedules').set(bearer(coordinator)).expect(200);
    expect(
      list.body.items.map((s: { effectiveFrom: string; inForce: boolean; effectiveTo: string | null }) => [
        s.effectiveFrom,
        s.inForce,
        s.effectiveTo,
      ]),
    ).toEqual([
      [future, false, null],
      ['2025-01-01', true, addDays(future, -1)],
    ]);
    await t
      .http()
      .put(`/api/v1/fee-schedules/${created.body.id}`)
      .set(bearer(coordinator))
      .set('if-match', '"99"')
      .send({ name: 'x', effectiveFrom: future, rates: [] })
      .expect(412);
    await t
      .http()
      .put(`/api/v1/fee-schedules/${created.body.id}`)
      .set(bearer(coordinator))
      .set('if-match', `"${created.body.version}"`)
      .send({ name: 'Uudet palkkiot (korjattu)', effectiveFrom: future, rates: [], traineeFeePercent: 101 })
      .expect(400);
    expect(created.body.traineeFeePercent).toBe(100);
    const replaced = await t
      .http()
      .put(`/api/v1/fee-schedules/${created.body.id}`)
      .set(bearer(coordinator))
      .set('if-match', `"${created.body.version}"`)
      .send({ name: 'Uudet palkkiot (korjattu)', effectiveFrom: future, rates: [], traineeFeePercent: 50 })
      .expect(200);
    expect(replaced.body).toMatchObject({
      name: 'Uudet palkkiot (korjattu)',
      traineeFeePercent: 50,
      rateCount: 0,
      version: created.body.version + 1,
    });
    const km = await t
      .http()
      .put('/api/v1/mileage-rates/2027')
      .set(bearer(coordinator))
      .send({ centsPerKm: 56 })
      .expect(200);
    expect(km.body.items[0]).toEqual({ year: 2027, centsPerKm: 56 });
    await t
      .http()
      .put('/api/v1/mileage-rates/2027')
      .set(bearer(coordinator))
      .send({ centsPerKm: 0 })
      .expect(400);
  });

  it('keeps the database honest: totals match the lines and a claim only moves along its path', async () => {
    const id = await completedTask(expert);
    await expect(
      t.dataSource.query(`UPDATE fee_claim SET total_cents = total_cents + 1 WHERE id = $1`, [id]),
    ).rejects.toThrow(/do not match/);
    await expect(
      t.dataSource.query(`UPDATE fee_claim SET status = 'paid' WHERE id = $1`, [id]),
    ).rejects.toThrow(/cannot go from draft to paid/);
  });

  it('keeps approved = batched + unbatched, and no line in two live batches, whatever payroll and people do (model-based)', async () => {
    let key = 0;
    const approvedEver = new Set<string>();
    const check = async () => {
      const lines = await t.dataSource.query(
        `SELECT id, status, batch_id FROM fee_claim_line WHERE status IN ('approved', 'batched', 'paid', 'rejected')`,
      );
      for (const l of lines) approvedEver.add(l.id);
      const batched = lines.filter((l: { batch_id: string | null }) => l.batch_id).length;
      const unbatched = lines.filter(
        (l: { status: string; batch_id: string | null }) => l.status === 'approved' && !l.batch_id,
      ).length;
      expect(batched + unbatched).toBe(lines.length);
      // every line approved once is still accounted for
      expect(lines.length).toBe(approvedEver.size);
      // live (not released) batch documents never share a line, and each lists exactly its lines
      const docs = await t.dataSource.query(
        `SELECT id, document FROM export_batch WHERE status <> 'released'`,
      );
      const seen = new Set<string>();
      for (const d of docs) {
        const ids: string[] = JSON.parse(d.document).lines.map((l: { lineId: string }) => l.lineId);
        for (const id of ids) {
          expect(seen.has(id)).toBe(false);
          seen.add(id);
        }
        const own = lines
          .filter((l: { batch_id: string | null }) => l.batch_id === d.id)
          .map((l: { id: string }) => l.id);
        expect(new Set(own)).toEqual(new Set(ids));
      }
    };
    type Cmd =
      | { kind: 'claim' }
      | { kind: 'batch'; repeat: boolean }
      | { kind: 'ack'; pick: number; paid: boolean }
      | { kind: 'release'; pick: number }
      | { kind: 'reapprove'; pick: number };
    const cmd: fc.Arbitrary<Cmd> = fc.oneof(
      fc.constant<Cmd>({ kind: 'claim' }),
      fc.record({ kind: fc.constant('batch' as const), repeat: fc.boolean() }),
      fc.record({ kind: fc.constant('ack' as const), pick: fc.nat(), paid: fc.boolean() }),
      fc.record({ kind: fc.constant('release' as const), pick: fc.nat() }),
      fc.record({ kind: fc.constant('reapprove' as const), pick: fc.nat() }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(cmd, { minLength: 3, maxLength: 7 }), async (cmds) => {
        for (const c of cmds) {
          if (c.kind === 'claim') await approvedClaim();
          if (c.kind === 'batch') {
            const k = c.repeat && key > 0 ? `model-${key}` : `model-${++key}`;
            const res = await createBatch(k);
            expect([201, 409]).toContain(res.status);
          }
          if (c.kind === 'ack') {
            const open = await t.dataSource.query(
              `SELECT id, batch_id FROM fee_claim_line WHERE status = 'batched' ORDER BY id`,
            );
            if (open.length) {
              const l = open[c.pick % open.length];
              await t
                .http()
                .post(`/api/v1/payroll/export-batches/${l.batch_id}/ack`)
                .set(bearer(payrollToken))
                .send({
                  lines: [
                    c.paid
                      ? { lineId: l.id, status: 'paid' }
                      : { lineId: l.id, status: 'rejected', reason: 'Virhe' },
                  ],
                })
                .expect(200);
            }
          }
          if (c.kind === 'release') {
            const open = await t.dataSource.query(
              `SELECT b.id FROM export_batch b WHERE b.status = 'exported'
                  AND NOT EXISTS (SELECT 1 FROM fee_claim_line l WHERE l.batch_id = b.id AND l.status IN ('paid', 'rejected')) ORDER BY b.id`,
            );
            if (open.length)
              await t
                .http()
                .post(`/api/v1/fees/export-batches/${open[c.pick % open.length].id}/release`)
                .set(bearer(coordinator))
                .send({ reason: 'Ei käsitelty' })
                .expect(204);
          }
          if (c.kind === 'reapprove') {
            const rejected = await t.dataSource.query(
              `SELECT id FROM fee_claim WHERE status = 'rejected' ORDER BY id`,
            );
            if (rejected.length) await step(rejected[c.pick % rejected.length].id, 'reapprove', coordinator);
          }
          await check();
        }
      }),
      { numRuns: 8 },
    );
  });
});

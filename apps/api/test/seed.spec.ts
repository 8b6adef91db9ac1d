import { seedDemoIfEmpty } from '../src/database/seed/demo-seed';
import { login, startTestApp, TestApp } from './support/app';

describe('the demo county', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ DEMO_PASSWORD: 'demo-password-1' });
  });
  afterAll(() => t.close());

  it('seeds an empty database once: units, one user per role, ~200 experts, the payroll client', async () => {
    expect(await seedDemoIfEmpty(t.dataSource, t.config, t.now())).toBe(true);
    expect(await seedDemoIfEmpty(t.dataSource, t.config, t.now())).toBe(false);
    const [counts] = await t.dataSource.query(`SELECT
      (SELECT count(*)::int FROM org_unit) AS units,
      (SELECT count(*)::int FROM user_account) AS users,
      (SELECT count(*)::int FROM expert) AS experts,
      (SELECT count(*)::int FROM expert WHERE status = 'active') AS active,
      (SELECT count(*)::int FROM expert WHERE status IN ('paused', 'left')) AS away,
      (SELECT count(DISTINCT tier_code)::int FROM expert WHERE tier_code IS NOT NULL) AS tiers,
      (SELECT count(*)::int FROM api_client) AS clients`);
    expect(counts.units).toBeGreaterThan(20);
    // one per role, the applicant at the agreements step, and every active or paused expert
    const [accounts] = await t.dataSource.query(`SELECT
      (SELECT count(*)::int FROM expert WHERE status IN ('active', 'paused') AND user_id IS NULL) AS without,
      (SELECT count(*)::int FROM expert WHERE status IN ('active', 'paused')) AS reachable`);
    expect(accounts.without).toBe(0);
    expect(counts.users).toBe(7 + accounts.reachable - 1); // the demo expert Liisa already had hers
    expect(counts.experts).toBe(201); // and the applicant in orientation
    expect(counts.active).toBeGreaterThan(120);
    expect(counts.away).toBeGreaterThan(3);
    expect(counts.tiers).toBeGreaterThanOrEqual(3);
    expect(counts.clients).toBe(1);
  });

  it('lets any active demo expert sign in with their own address, and pairs two trainees with a mentor', async () => {
    const [someone] = await t.dataSource.query(
      `SELECT e.email, e.first_name FROM expert e WHERE e.status = 'active' AND e.email <> 'expert@kokemus.test' ORDER BY e.last_name DESC LIMIT 1`,
    );
    const { token } = await login(t, someone.email, 'demo-password-1');
    const me = await t.http().get('/api/v1/experts/me').set('authorization', `Bearer ${token}`).expect(200);
    expect(me.body.firstName).toBe(someone.first_name);
    const pairs = await t.dataSource.query(
      `SELECT m.mentor_expert_id, e.tier_code AS trainee_tier, x.tier_code AS mentor_tier FROM mentorship m
         JOIN expert e ON e.id = m.trainee_expert_id JOIN expert x ON x.id = m.mentor_expert_id WHERE m.status = 'active'`,
    );
    expect(pairs).toHaveLength(2);
    expect(new Set(pairs.map((p: { mentor_expert_id: string }) => p.mentor_expert_id)).size).toBe(1);
    expect(pairs.every((p: { trainee_tier: string; mentor_tier: string }) => p.trainee_tier !== 'mentor' && p.mentor_tier === 'mentor')).toBe(true);
  });

  it('the demo expert signs in and sees their own profile', async () => {
    const { token } = await login(t, 'expert@kokemus.test', 'demo-password-1');
    const me = await t.http().get('/api/v1/experts/me').set('authorization', `Bearer ${token}`).expect(200);
    expect(me.body).toMatchObject({
      firstName: 'Liisa',
      lastName: 'Virtanen',
      status: 'active',
      tier: 'trained',
    });
    expect(me.body.areas).toEqual([
      { code: 'mental_health', visibleToOrderers: true },
      { code: 'relative_carer', visibleToOrderers: false },
    ]);
  });

  it('puts orders in every state in motion, with timelines the orderer can follow', async () => {
    const rows = await t.dataSource.query<Array<{ status: string; n: number }>>(
      'SELECT status, count(*)::int AS n FROM task_order GROUP BY status ORDER BY status',
    );
    expect(rows.map((r) => r.status)).toEqual([
      'cancelled',
      'closed',
      'delivered',
      'draft',
      'in_matching',
      'partly_staffed',
      'staffed',
      'submitted',
    ]);
    const { token } = await login(t, 'orderer@kokemus.test', 'demo-password-1');
    const mine = await t.http().get('/api/v1/orders').set('authorization', `Bearer ${token}`).expect(200);
    const bench = mine.body.items.find((o: { productCode: string }) => o.productCode === 'chat_bench');
    // every Tuesday for eight weeks on four wards (a Tuesday holiday drops a week)
    expect(bench.status).toBe('in_matching');
    expect(bench.occurrenceCount % 4).toBe(0);
    expect(bench.occurrenceCount).toBeGreaterThanOrEqual(28);
    const timeline = await t
      .http()
      .get(`/api/v1/orders/${bench.id}/timeline`)
      .set('authorization', `Bearer ${token}`)
      .expect(200);
    expect(timeline.body.items.map((e: { type: string }) => e.type)).toEqual([
      'created',
      'submitted',
      'matching_started',
    ]);
    const coordinator = await login(t, 'coordinator@kokemus.test', 'demo-password-1');
    const inbox = await t
      .http()
      .get('/api/v1/orders/inbox')
      .set('authorization', `Bearer ${coordinator.token}`)
      .expect(200);
    expect(inbox.body.items[0].overdue).toBe(true);
    expect(inbox.body.items.length).toBeGreaterThanOrEqual(5);
  });

  it('recruits: a round open today, applicants in every step, the stalled ones first, a minor waiting for her guardian', async () => {
    const status = await t.http().get('/api/v1/recruitment-rounds/status').expect(200);
    expect(status.body).toMatchObject({ open: true, reason: null });
    expect(status.body.roundName).toMatch(/^Haku (kevät|syksy) \d{4}$/);
    const { token } = await login(t, 'coordinator@kokemus.test', 'demo-password-1');
    const auth = { authorization: `Bearer ${token}` };
    const board = await t.http().get('/api/v1/applications/board').set(auth).expect(200);
    type Column = { step: string; count: number; stalled: number };
    const columns = new Map<string, Column>(board.body.columns.map((c: Column) => [c.step, c]));
    for (const step of [
      'awaiting_guardian',
      'received',
      'screening',
      'interview',
      'training',
      'orientation',
      'agreements',
    ])
      expect(columns.get(step)?.count).toBeGreaterThan(0);
    const stalled = [...columns.values()].reduce((n, c) => n + c.stalled, 0);
    expect(stalled).toBeGreaterThanOrEqual(2);
    const list = await t.http().get('/api/v1/applications?step=screening').set(auth).expect(200);
    expect(list.body.items[0]).toMatchObject({ firstName: 'Marjut', stalled: true });
    expect(list.body.items.slice(1).every((a: { stalled: boolean }) => !a.stalled)).toBe(true);
    const minor = await t.http().get('/api/v1/applications?step=awaiting_guardian').set(auth).expect(200);
    expect(minor.body.items.map((a: { firstName: string }) => a.firstName)).toEqual(['Venla']);
    const one = await t.http().get(`/api/v1/applications/${list.body.items[0].id}`).set(auth).expect(200);
    expect(one.body.timeline.map((e: { kind: string }) => e.kind)).toEqual([
      'confirmed',
      'start_screening',
      'note',
    ]);
    const [{ reminders }] = await t.dataSource.query(
      `SELECT count(*)::int AS reminders FROM reminder WHERE kind = 'onboarding.step' AND status = 'open'`,
    );
    // screening 3, interview 2, training 2, orientation 1: the steps a coordinator has
    expect(reminders).toBe(8);
    // Pirjo's orientation day was held: every checklist item is ticked, she waits to be marked done.
    const oriented = await t.http().get('/api/v1/applications?step=orientation').set(auth).expect(200);
    const pirjo = await t.http().get(`/api/v1/applications/${oriented.body.items[0].id}`).set(auth).expect(200);
    expect(pirjo.body.firstName).toBe('Pirjo');
    // she added the certificate of her earlier training: a real PDF the coordinator can open
    expect(pirjo.body.certificates).toEqual([
      expect.objectContaining({ fileName: 'Todistus Kokemusasiantuntijakoulutus.pdf', contentType: 'application/pdf' }),
    ]);
    const pdf = await t
      .http()
      .get(`/api/v1/applications/${pirjo.body.id}/certificates/${pirjo.body.certificates[0].id}`)
      .set(auth)
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const text = (pdf.body as Buffer).toString('latin1');
    expect(text.startsWith('%PDF-1.4')).toBe(true);
    expect(text).toContain('(Pirjo ');
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
    expect(pirjo.body.orientation.map((c: { code: string; done: boolean }) => [c.code, c.done])).toEqual([
      ['confidentiality', true],
      ['ethics', true],
      ['safety', true],
      ['fees_tax_card', true],
      ['decline_pause', true],
    ]);
  });

  it('has the agreement documents in three languages, accepted by every active expert', async () => {
    const { token } = await login(t, 'expert@kokemus.test', 'demo-password-1');
    const mine = await t
      .http()
      .get('/api/v1/experts/me/agreements')
      .set('authorization', `Bearer ${token}`)
      .expect(200);
    expect(mine.body).toMatchObject({ dueCount: 0, mayReceiveOffers: true });
    expect(mine.body.items.map((i: { code: string }) => i.code)).toEqual([
      'toimeksiantosopimus',
      'vaitiolositoumus',
      'eettiset-periaatteet',
      'tietosuojaseloste',
      'vakuutusehdot',
    ]);
    expect(mine.body.items[1]).toMatchObject({
      current: { number: 2 },
      acceptedVersionNumber: 1,
      due: false,
    });
    expect(mine.body.items[0].current.title).toEqual({
      fi: 'Toimeksiantosopimus',
      sv: 'Uppdragsavtal',
      en: 'Assignment agreement',
    });
    const admin = await login(t, 'admin@kokemus.test', 'demo-password-1');
    const docs = await t
      .http()
      .get('/api/v1/agreements')
      .set('authorization', `Bearer ${admin.token}`)
      .expect(200);
    expect(docs.body.items[0].outstandingCount).toBe(0);
    expect(docs.body.items[0].acceptedCount).toBeGreaterThan(120);
  });

  it('lets the applicant at the agreements step sign in, accept the agreements and become active', async () => {
    const { token } = await login(t, 'aleksi.nurmi@example.fi', 'demo-password-1');
    const auth = { authorization: `Bearer ${token}` };
    const mine = await t.http().get('/api/v1/experts/me/agreements').set(auth).expect(200);
    const due = mine.body.items.filter((i: { due: boolean }) => i.due);
    expect(due.map((i: { code: string }) => i.code)).toEqual([
      'toimeksiantosopimus',
      'vaitiolositoumus',
      'eettiset-periaatteet',
    ]);
    for (const d of due)
      await t
        .http()
        .post(`/api/v1/agreements/${d.documentId}/acceptances`)
        .set(auth)
        .send({ versionId: d.current.id, locale: 'fi' })
        .expect(201);
    const [row] = await t.dataSource.query(
      `SELECT a.step, e.status FROM application a JOIN expert e ON e.id = a.expert_id WHERE a.email = 'aleksi.nurmi@example.fi'`,
    );
    expect(row).toEqual({ step: 'active', status: 'active' });
  });

  it('has a course in progress with the applicants at the training step, and attendance of the sessions held', async () => {
    const { token } = await login(t, 'coordinator@kokemus.test', 'demo-password-1');
    const auth = { authorization: `Bearer ${token}` };
    const list = await t.http().get('/api/v1/courses').set(auth).expect(200);
    expect(list.body.items.map((c: { kind: string }) => c.kind).sort()).toEqual([
      'basic',
      'co_training',
      'further',
    ]);
    const basic = list.body.items.find((c: { kind: string }) => c.kind === 'basic');
    const course = await t.http().get(`/api/v1/courses/${basic.id}`).set(auth).expect(200);
    expect(course.body.enrolments).toHaveLength(5);
    expect(
      course.body.enrolments.filter((e: { applicationId: string | null }) => e.applicationId),
    ).toHaveLength(2);
    const held = course.body.sessions.filter(
      (s: { startsAt: string }) => new Date(s.startsAt) < t.now(),
    ).length;
    expect(held).toBe(3);
    expect(
      course.body.enrolments.every(
        (e: { attendedSessionIds: string[] }) => e.attendedSessionIds.length >= held - 1,
      ),
    ).toBe(true);
    expect(course.body.enrolments.some((e: { mayComplete: boolean }) => e.mayComplete)).toBe(false);
  });

  it('has a request to talk waiting for the coordinators, and one handled', async () => {
    const { token } = await login(t, 'coordinator@kokemus.test', 'demo-password-1');
    const inbox = await t
      .http()
      .get('/api/v1/debrief-requests')
      .set({ authorization: `Bearer ${token}` })
      .expect(200);
    expect(inbox.body.items.map((d: { status: string }) => d.status)).toEqual(['open', 'done']);
    expect(inbox.body.items[0]).toMatchObject({ contact: 'phone', overdue: false, task: expect.any(Object) });
    expect(inbox.body.items[0].message).toMatch(/osastolla/);
    expect(inbox.body.items[1]).toMatchObject({ takenByName: expect.any(String), note: expect.stringMatching(/työnohjaus/) });
  });

  it('asks feedback on the completed tasks: Liisa has last week’s to answer, the older answered', async () => {
    const liisa = {
      authorization: `Bearer ${(await login(t, 'expert@kokemus.test', 'demo-password-1')).token}`,
    };
    const mine = await t.http().get('/api/v1/feedback/requests').set(liisa).expect(200);
    expect(mine.body.items.map((r: { status: string }) => r.status)).toEqual(['open', 'open', 'answered']);
    expect(mine.body.items[2].answers.length).toBeGreaterThanOrEqual(6);
    // and what last month's task gave, with the coordinator's words
    const gave = await t.http().get('/api/v1/experts/me/report-backs').set(liisa).expect(200);
    expect(gave.body.items).toHaveLength(1);
    expect(gave.body.items[0]).toMatchObject({
      orderer: { answered: true },
      coordinatorNote: expect.stringMatching(/Kiitos/),
    });
    const orderer = {
      authorization: `Bearer ${(await login(t, 'orderer@kokemus.test', 'demo-password-1')).token}`,
    };
    const theirs = await t.http().get('/api/v1/feedback/requests').set(orderer).expect(200);
    expect(theirs.body.items.some((r: { respondent: string; status: string }) => r.respondent === 'orderer')).toBe(true);
    // a Juttupenkki's participants answered by the QR link; one comment waits for screening
    const coordinator = {
      authorization: `Bearer ${(await login(t, 'coordinator@kokemus.test', 'demo-password-1')).token}`,
    };
    const queue = await t.http().get('/api/v1/participant-feedback/screening').set(coordinator).expect(200);
    expect(queue.body.items).toHaveLength(1);
    expect(queue.body.items[0].title).toMatch(/^Juttupenkki/);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM participant_answer`);
    expect(n).toBe(14);
    // and one complaint waits for an answer
    const complaints = await t.http().get('/api/v1/complaints').set(coordinator).expect(200);
    expect(complaints.body.items.map((c: { status: string }) => c.status)).toEqual(['received']);
    expect(complaints.body.items[0].text).toMatch(/myöhässä/);
  });

  it('has a supervision group next week with Liisa in it, and a past session after a demanding task', async () => {
    const coordinator = {
      authorization: `Bearer ${(await login(t, 'coordinator@kokemus.test', 'demo-password-1')).token}`,
    };
    const all = await t.http().get('/api/v1/supervision-sessions').set(coordinator).expect(200);
    expect(all.body.items.map((s: { kind: string; status: string }) => [s.kind, s.status])).toEqual([
      ['individual', 'started'],
      ['group', 'upcoming'],
    ]);
    const [past, group] = all.body.items;
    expect(past).toMatchObject({
      purpose: 'after_task',
      task: expect.any(Object),
      participants: [expect.objectContaining({ attended: true })],
      allowedActions: ['attendance'],
    });
    expect(new Date(past.endsAt).getTime()).toBeLessThan(t.now().getTime());
    expect(group).toMatchObject({ purpose: 'regular', supervisorName: 'Marja Hakala', participantCount: 4 });
    expect(group.place).toMatch(/Jyväskylä/);
    const days = (new Date(group.startsAt).getTime() - t.now().getTime()) / 86_400_000;
    expect(days).toBeGreaterThan(1);
    expect(days).toBeLessThan(15);
    const liisa = {
      authorization: `Bearer ${(await login(t, 'expert@kokemus.test', 'demo-password-1')).token}`,
    };
    const mine = await t.http().get('/api/v1/supervision-sessions').set(liisa).expect(200);
    expect(mine.body.items).toHaveLength(1);
    expect(mine.body.items[0]).toMatchObject({
      id: group.id,
      participantCount: 4,
      participants: [expect.objectContaining({ expertName: 'Liisa Virtanen', attended: null })],
      allowedActions: [],
    });
  });

  it('asks a briefing for every coming staffed time: Liisa’s next one is written and demanding, another is read', async () => {
    const liisa = {
      authorization: `Bearer ${(await login(t, 'expert@kokemus.test', 'demo-password-1')).token}`,
    };
    const mine = await t.http().get('/api/v1/task-briefings').set(liisa).expect(200);
    expect(mine.body.items.length).toBeGreaterThan(0);
    const [next] = mine.body.items;
    expect(next).toMatchObject({
      status: 'written',
      demanding: true,
      revision: 1,
      mine: { expertName: 'Liisa Virtanen', readState: 'unread' },
      allowedActions: ['confirm'],
    });
    expect(next.content.contactOnSite).toMatch(/Hanna Lehto/);
    const coordinator = {
      authorization: `Bearer ${(await login(t, 'coordinator@kokemus.test', 'demo-password-1')).token}`,
    };
    const all = await t.http().get('/api/v1/task-briefings?limit=100').set(coordinator).expect(200);
    const states = all.body.items.flatMap((b: { status: string; experts: Array<{ readState: string }> }) =>
      b.experts.map((e) => `${b.status}/${e.readState}`),
    );
    expect(states).toContain('written/read');
    expect(states).toContain('requested/unread');
  });

  it('is never seeded in production', async () => {
    expect(await seedDemoIfEmpty(t.dataSource, { ...t.config, NODE_ENV: 'production' })).toBe(false);
  });

  it('puts fee claims in every step: Liisa checks hers, Mikko and Heidi have theirs, payroll has a paid batch', async () => {
    const auth = async (email: string) => ({
      authorization: `Bearer ${(await login(t, email, 'demo-password-1')).token}`,
    });
    const liisa = await auth('expert@kokemus.test');
    const mine = await t.http().get('/api/v1/fee-claims?view=mine').set(liisa).expect(200);
    expect(mine.body.items.map((c: { status: string }) => c.status).sort()).toEqual([
      'draft',
      'paid',
      'submitted',
    ]);
    const draft = mine.body.items.find((c: { status: string }) => c.status === 'draft');
    const claim = await t.http().get(`/api/v1/fee-claims/${draft.id}`).set(liisa).expect(200);
    expect(claim.body.actions).toContain('submit');
    expect(claim.body.lines.map((l: { kind: string }) => l.kind)).toEqual(['fee', 'preparation', 'mileage']);
    const totals = await t.http().get('/api/v1/fee-claims/my-totals').set(liisa).expect(200);
    expect(totals.body.yearPaidCents).toBeGreaterThan(0);
    const toConfirm = await t
      .http()
      .get('/api/v1/fee-claims?view=to_confirm')
      .set(await auth('orderer@kokemus.test'))
      .expect(200);
    expect(toConfirm.body.items.length).toBeGreaterThanOrEqual(1);
    const toApprove = await t
      .http()
      .get('/api/v1/fee-claims?view=to_approve')
      .set(await auth('approver@kokemus.test'))
      .expect(200);
    expect(toApprove.body.items.length).toBeGreaterThanOrEqual(1);
    const coordinator = await auth('coordinator@kokemus.test');
    const overdue = await t.http().get('/api/v1/fee-claims?overdue=true').set(coordinator).expect(200);
    expect(overdue.body.items.length).toBeGreaterThanOrEqual(2);
    const batches = await t.http().get('/api/v1/fees/export-batches').set(coordinator).expect(200);
    expect(batches.body.items[0]).toMatchObject({ status: 'acknowledged', rejectedLines: 0 });
    expect(batches.body.items[0].paidLines).toBe(batches.body.items[0].lineCount);
    const schedules = await t.http().get('/api/v1/fee-schedules').set(coordinator).expect(200);
    expect(schedules.body.items[0]).toMatchObject({ inForce: true });
    expect(schedules.body.items[0].rateCount).toBeGreaterThan(50);
  });
});

// The county does not stop at New Year: seeded on the last evening of the year, or in the first days of
// the next (before anyone has entered its kilometre rate), every claim is made and priced.
describe.each([
  ['on New Year’s Eve at 23:30', '2026-12-31T21:30:00.000Z'],
  ['on the first Monday of a year without its kilometre rate', '2027-01-04T08:00:00.000Z'],
])('the demo county seeded %s', (_when, at) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ DEMO_PASSWORD: 'demo-password-1' });
    t.setNow(new Date(at));
  });
  afterAll(() => t.close());

  it('has Liisa’s claims in every step, priced with kilometres, and a schedule in force', async () => {
    expect(await seedDemoIfEmpty(t.dataSource, t.config, t.now())).toBe(true);
    const liisa = {
      authorization: `Bearer ${(await login(t, 'expert@kokemus.test', 'demo-password-1')).token}`,
    };
    const mine = await t.http().get('/api/v1/fee-claims?view=mine').set(liisa).expect(200);
    expect(mine.body.items.map((c: { status: string }) => c.status).sort()).toEqual([
      'draft',
      'paid',
      'submitted',
    ]);
    const draft = mine.body.items.find((c: { status: string }) => c.status === 'draft');
    const claim = await t.http().get(`/api/v1/fee-claims/${draft.id}`).set(liisa).expect(200);
    expect(claim.body.lines.map((l: { kind: string }) => l.kind)).toEqual(['fee', 'preparation', 'mileage']);
    expect(claim.body.totalCents).toBeGreaterThan(0);
    const coordinator = {
      authorization: `Bearer ${(await login(t, 'coordinator@kokemus.test', 'demo-password-1')).token}`,
    };
    const schedules = await t.http().get('/api/v1/fee-schedules').set(coordinator).expect(200);
    expect(schedules.body.items[0]).toMatchObject({ inForce: true });
  });
});

// the app first: it loads the entities in an order their circular references accept
import { auditRows, DAY_MS, login, makeUnit, makeUser, Role, startTestApp, TestApp } from './support/app';
import { SupervisionService } from '../src/feedback/supervision.service';
import { NotificationsService } from '../src/notifications/notifications.service';
import { OrgUnitEntity } from '../src/units/org-unit.entity';

jest.setTimeout(60_000);

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

interface Expert {
  id: string;
  userId: string;
  token: string;
}

describe('feedback: supervision sessions (työnohjaus)', () => {
  let t: TestApp;
  let ward: OrgUnitEntity;
  let coordinator: string;
  let orderer: string;
  let ordererId: string;
  let liisa: Expert;
  let pekka: Expert;
  let saga: Expert;
  let stranger: Expert;
  let n = 0;

  async function makeExpert(first: string, locale = 'fi'): Promise<Expert> {
    const user = await makeUser(t.dataSource, [Role.Expert], [], { displayName: `${first} Ohjattava` });
    await t.dataSource.query(`UPDATE user_account SET locale = $2 WHERE id = $1`, [user.id, locale]);
    const [{ id }] = await t.dataSource.query(
      `INSERT INTO expert (first_name, last_name, email, municipality_code, languages, kinds, task_types, status, tier_code, user_id)
       VALUES ($1, 'Ohjattava', $2, 'jyvaskyla', '{fi}', '{trained_expert}', '{talk}', 'active', 'trained', $3) RETURNING id`,
      [first, user.email, user.id],
    );
    return { id: id as string, userId: user.id, token: (await login(t, user.email)).token };
  }

  /** A demanding task the expert did a few days ago (confirmed: supervision does not wait for the fee). */
  async function taskOf(who: Expert): Promise<string> {
    n++;
    const start = new Date(t.now().getTime() - (2 + n) * DAY_MS);
    const [o] = await t.dataSource.query(
      `INSERT INTO task_order (number, status, unit_id, cost_centre, contact_name, contact_email, contact_user_id,
         product_code, title, description, mode, place, municipality_code, language_code, expert_count, starts_at, ends_at,
         occurrence_count, submitted_at, created_by)
       VALUES ($1, 'staffed', $2, $3, 'Tilaaja', 't@x.fi', $6, 'talk', 'Omaisten ilta ' || $1, 'Kuvaus', 'in_person',
         'Sali', 'jyvaskyla', 'fi', 1, $4::timestamptz, $4::timestamptz + interval '2 hours', 1, $5::timestamptz, $6)
       RETURNING id`,
      [
        `T-2026-7${String(n).padStart(5, '0')}`,
        ward.id,
        ward.costCentre,
        start,
        new Date(start.getTime() - 20 * DAY_MS),
        ordererId,
      ],
    );
    const [oc] = await t.dataSource.query(
      `INSERT INTO order_occurrence (order_id, starts_at, ends_at, place)
       SELECT id, starts_at, ends_at, 'Sali' FROM task_order WHERE id = $1 RETURNING id`,
      [o.id],
    );
    const [a] = await t.dataSource.query(
      `INSERT INTO assignment (order_id, occurrence_id, expert_id, status, starts_at, ends_at, confirmed_at)
       SELECT $1, $2, $3, 'confirmed', starts_at, ends_at, $4::timestamptz FROM order_occurrence WHERE id = $2
       RETURNING id`,
      [o.id, oc.id, who.id, new Date(start.getTime() - 10 * DAY_MS)],
    );
    return a.id as string;
  }

  /** A session next week at 13–15 Helsinki time (or `days` from now). */
  const groupOf = (experts: Expert[], days = 7, over: Record<string, unknown> = {}) => ({
    kind: 'group',
    purpose: 'regular',
    startsAt: t.daysFromNow(days, 13).toISOString(),
    endsAt: t.daysFromNow(days, 15).toISOString(),
    place: 'Kokemuskeskus, Väinönkatu 11, Jyväskylä',
    supervisorName: 'Marja Hakala',
    supervisorExternal: true,
    expertIds: experts.map((e) => e.id),
    ...over,
  });
  const create = (body: Record<string, unknown>, token = coordinator) =>
    t.http().post('/api/v1/supervision-sessions').set(bearer(token)).send(body);
  const sessionCount = async () =>
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM supervision_session`))[0].n as number;

  const delivered = new Set<string>();
  /** Delivers the events of a type not yet delivered, as the worker would. */
  const deliver = async (type: string) => {
    const events = await t.dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM outbox_event WHERE type = $1 ORDER BY occurred_at`,
      [type],
    );
    for (const e of events.filter((x) => !delivered.has(x.id))) {
      delivered.add(e.id);
      await t.app.get(NotificationsService).deliverEvent(e.id);
    }
  };
  const noticesOf = (userId: string, template: string) =>
    t.dataSource.query<Array<{ title: string; link: string }>>(
      `SELECT title, link FROM notification WHERE user_id = $1 AND template = $2`,
      [userId, template],
    );

  beforeAll(async () => {
    t = await startTestApp();
    ward = await makeUnit(t.dataSource, { name: 'Osasto 5, Kukkula' });
    const c = await makeUser(t.dataSource, [Role.Coordinator], [], { displayName: 'Kaisa Koordinaattori' });
    coordinator = (await login(t, c.email)).token;
    const o = await makeUser(t.dataSource, [Role.Orderer], [ward]);
    orderer = (await login(t, o.email)).token;
    ordererId = o.id;
    liisa = await makeExpert('Liisa');
    pekka = await makeExpert('Pekka');
    saga = await makeExpert('Saga', 'sv');
    stranger = await makeExpert('Veikko');
  });
  afterAll(() => t.close());

  it('arranges a group session and invites each expert in the app and by e-mail, in their language', async () => {
    const made = await create(groupOf([liisa, pekka, saga])).expect(201);
    expect(made.headers.etag).toBe('"1"');
    expect(made.body).toMatchObject({
      kind: 'group',
      purpose: 'regular',
      status: 'upcoming',
      supervisorName: 'Marja Hakala',
      supervisorExternal: true,
      task: null,
      participantCount: 3,
      cancelledAt: null,
      allowedActions: ['cancel'],
      version: 1,
    });
    expect(made.body.participants.map((p: { expertName: string }) => p.expertName)).toEqual([
      'Liisa Ohjattava',
      'Pekka Ohjattava',
      'Saga Ohjattava',
    ]);
    expect(made.body.participants.every((p: { attended: null }) => p.attended === null)).toBe(true);
    const [fact] = await t.dataSource.query(
      `SELECT payload FROM outbox_event WHERE type = 'supervision.invited' AND aggregate_id = $1`,
      [made.body.id],
    );
    expect(fact.payload.expertUserIds.sort()).toEqual([liisa.userId, pekka.userId, saga.userId].sort());

    await deliver('supervision.invited');
    expect(await noticesOf(liisa.userId, 'supervision.invited')).toEqual([
      { title: 'Kutsu työnohjaukseen 23.9.2026', link: `/supervision/${made.body.id}` },
    ]);
    expect(await noticesOf(stranger.userId, 'supervision.invited')).toEqual([]);
    const mails = await t.dataSource.query<Array<{ user_id: string; subject: string; text_body: string }>>(
      `SELECT user_id, subject, text_body FROM email_message WHERE template = 'supervision.invited' ORDER BY subject`,
    );
    expect(mails).toHaveLength(3);
    const toSaga = mails.find((m) => m.user_id === saga.userId)!;
    expect(toSaga.subject).toBe('Inbjudan till arbetshandledning 23.9.2026');
    const toLiisa = mails.find((m) => m.user_id === liisa.userId)!;
    expect(toLiisa.text_body).toContain('klo 13.00–15.00');
    expect(toLiisa.text_body).toContain('Väinönkatu 11');
    expect(toLiisa.text_body).toContain('Marja Hakala (ulkopuolinen työnohjaaja)');
    expect(toLiisa.text_body).toContain('Työnohjaus on sinua varten');
  });

  it('answers a wrong session with 400 and errors per field, and keeps nothing', async () => {
    const before = await sessionCount();
    const unknown = '00000000-0000-4000-8000-000000000000';
    const bad = await create(
      groupOf([liisa], 7, {
        purpose: 'after_task',
        endsAt: new Date(t.daysFromNow(7, 13).getTime() + 10 * 60_000).toISOString(),
        expertIds: [liisa.id, unknown],
      }),
    ).expect(400);
    expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(bad.body.code).toBe('SUPERVISION_INVALID');
    expect(bad.body.errors).toEqual({
      endsAt: ['at least 15 minutes after the start'],
      expertIds: [`no such expert: ${unknown}`],
      assignmentId: ['before or after which task'],
    });
    const alone = await create(groupOf([liisa])).expect(400);
    expect(alone.body.errors).toEqual({ expertIds: ['a group has 2–12 experts'] });
    const noTask = await create(
      groupOf([liisa], 7, { kind: 'individual', purpose: 'before_task', assignmentId: unknown }),
    ).expect(400);
    expect(noTask.body.errors).toEqual({ assignmentId: ['no such task'] });
    const long = await create(
      groupOf([liisa, pekka], 7, { endsAt: t.daysFromNow(7, 22).toISOString() }),
    ).expect(400);
    expect(long.body.errors).toEqual({ endsAt: ['at most 8 hours'] });
    // the shape itself, checked before the rules
    const shape = await create({
      ...groupOf([liisa, pekka]),
      kind: 'coffee',
      startsAt: '2026-09-23 13:00',
    }).expect(400);
    expect(Object.keys(shape.body.errors).sort()).toEqual(['kind', 'startsAt']);
    expect(await sessionCount()).toBe(before);
  });

  it('ties a session after a task to that task', async () => {
    const task = await taskOf(pekka);
    const made = await create(
      groupOf([pekka], 2, {
        kind: 'individual',
        purpose: 'after_task',
        assignmentId: task,
        supervisorExternal: false,
      }),
    ).expect(201);
    expect(made.body).toMatchObject({
      kind: 'individual',
      purpose: 'after_task',
      task: { id: task, title: expect.stringMatching(/^Omaisten ilta/) },
    });
    await deliver('supervision.invited');
    const mails = await t.dataSource.query<Array<{ text_body: string }>>(
      `SELECT text_body FROM email_message WHERE template = 'supervision.invited' AND user_id = $1`,
      [pekka.userId],
    );
    expect(mails.some((m) => /voit puhua tehtävästä Omaisten ilta/.test(m.text_body))).toBe(true);
  });

  it('shows an expert only the sessions they are in, and not who else is in the group', async () => {
    const theirs = await create(groupOf([pekka, stranger], 3)).expect(201);
    const mine = await t.http().get('/api/v1/supervision-sessions').set(bearer(liisa.token)).expect(200);
    expect(mine.body.items.length).toBeGreaterThanOrEqual(1);
    for (const s of mine.body.items) {
      expect(s.participants).toEqual([{ expertId: liisa.id, expertName: 'Liisa Ohjattava', attended: null }]);
      expect(s.allowedActions).toEqual([]);
    }
    expect(mine.body.items.map((s: { id: string }) => s.id)).not.toContain(theirs.body.id);
    expect(mine.body.items[0].participantCount).toBe(3);
    await t.http().get(`/api/v1/supervision-sessions/${theirs.body.id}`).set(bearer(liisa.token)).expect(404);
    const one = await t
      .http()
      .get(`/api/v1/supervision-sessions/${mine.body.items[0].id}`)
      .set(bearer(liisa.token))
      .expect(200);
    expect(one.headers.etag).toBe('"1"');
    // a coordinator sees everyone, the soonest first, and can narrow by expert and period
    const all = await t.http().get('/api/v1/supervision-sessions').set(bearer(coordinator)).expect(200);
    const starts = all.body.items.map((s: { startsAt: string }) => s.startsAt);
    expect([...starts].sort()).toEqual(starts);
    const strangers = await t
      .http()
      .get(`/api/v1/supervision-sessions?expertId=${stranger.id}`)
      .set(bearer(coordinator))
      .expect(200);
    expect(strangers.body.items.map((s: { id: string }) => s.id)).toEqual([theirs.body.id]);
    const day = t.daysFromNow(3).toISOString().slice(0, 10);
    const thatDay = await t
      .http()
      .get(`/api/v1/supervision-sessions?from=${day}&to=${day}`)
      .set(bearer(coordinator))
      .expect(200);
    expect(thatDay.body.items.map((s: { id: string }) => s.id)).toEqual([theirs.body.id]);
    // paged with a cursor
    const first = await t
      .http()
      .get('/api/v1/supervision-sessions?limit=1')
      .set(bearer(coordinator))
      .expect(200);
    const rest = await t
      .http()
      .get(`/api/v1/supervision-sessions?limit=50&cursor=${first.body.nextCursor}`)
      .set(bearer(coordinator))
      .expect(200);
    expect([...first.body.items, ...rest.body.items].map((s: { id: string }) => s.id)).toEqual(
      all.body.items.map((s: { id: string }) => s.id),
    );
    await t.http().get('/api/v1/supervision-sessions?from=2026-13-45').set(bearer(coordinator)).expect(400);
  });

  it('lets nobody but coordinators arrange or change sessions: an orderer gets 403', async () => {
    const made = await create(groupOf([liisa, pekka], 8)).expect(201);
    await t.http().get('/api/v1/supervision-sessions').set(bearer(orderer)).expect(403);
    await t.http().get(`/api/v1/supervision-sessions/${made.body.id}`).set(bearer(orderer)).expect(403);
    await create(groupOf([liisa, pekka]), orderer).expect(403);
    await create(groupOf([liisa, pekka]), liisa.token).expect(403);
    for (const action of ['attendance', 'cancel'])
      await t
        .http()
        .post(`/api/v1/supervision-sessions/${made.body.id}/${action}`)
        .set(bearer(liisa.token))
        .set('if-match', '"1"')
        .send(action === 'attendance' ? { attendance: [{ expertId: liisa.id, attended: true }] } : {})
        .expect(403);
  });

  it('marks who came only once the session has started, with If-Match', async () => {
    const made = await create(groupOf([liisa, pekka, saga], 5)).expect(201);
    const url = `/api/v1/supervision-sessions/${made.body.id}/attendance`;
    const marks = {
      attendance: [
        { expertId: liisa.id, attended: true },
        { expertId: pekka.id, attended: false },
      ],
    };
    const early = await t
      .http()
      .post(url)
      .set(bearer(coordinator))
      .set('if-match', '"1"')
      .send(marks)
      .expect(409);
    expect(early.body.code).toBe('SUPERVISION_NOT_STARTED');
    try {
      t.setNow(new Date(new Date(made.body.startsAt).getTime() + 30 * 60_000));
      await t.http().post(url).set(bearer(coordinator)).send(marks).expect(428);
      const notIn = await t
        .http()
        .post(url)
        .set(bearer(coordinator))
        .set('if-match', '"1"')
        .send({ attendance: [{ expertId: stranger.id, attended: true }] })
        .expect(400);
      expect(notIn.body.errors).toEqual({ 'attendance.0.expertId': ['not in this session'] });
      const marked = await t
        .http()
        .post(url)
        .set(bearer(coordinator))
        .set('if-match', '"1"')
        .send(marks)
        .expect(200);
      expect(marked.headers.etag).toBe('"2"');
      expect(marked.body).toMatchObject({ status: 'started', allowedActions: ['attendance'], version: 2 });
      expect(
        marked.body.participants.map((p: { expertId: string; attended: boolean | null }) => [
          p.expertId,
          p.attended,
        ]),
      ).toEqual([
        [liisa.id, true],
        [pekka.id, false],
        [saga.id, null],
      ]);
      await t.http().post(url).set(bearer(coordinator)).set('if-match', '"1"').send(marks).expect(412);
      // it has started: too late to call it off
      const late = await t
        .http()
        .post(`/api/v1/supervision-sessions/${made.body.id}/cancel`)
        .set(bearer(coordinator))
        .set('if-match', '"2"')
        .expect(409);
      expect(late.body.code).toBe('SUPERVISION_ALREADY_STARTED');
      const audited = await auditRows(t.dataSource, 'supervision.attendance');
      expect(audited.map((a) => a.subject_id)).toEqual(expect.arrayContaining([liisa.id, pekka.id]));

      // for reporting: the minutes each expert attended in a period
      const minutes = await t.app
        .get(SupervisionService)
        .minutesByExpert(new Date(made.body.startsAt), new Date(made.body.endsAt));
      expect(minutes).toEqual([{ expertId: liisa.id, sessions: 1, minutes: 120 }]);
    } finally {
      t.resetClock();
    }
  });

  it('calls a session off before it starts and tells the experts; a cancelled one takes no attendance', async () => {
    const made = await create(groupOf([liisa, saga], 9)).expect(201);
    const url = `/api/v1/supervision-sessions/${made.body.id}/cancel`;
    await t.http().post(url).set(bearer(coordinator)).expect(428);
    const off = await t
      .http()
      .post(url)
      .set(bearer(coordinator))
      .set('if-match', made.headers.etag)
      .expect(200);
    expect(off.body).toMatchObject({ status: 'cancelled', allowedActions: [], version: 2 });
    expect(new Date(off.body.cancelledAt).getTime()).toBeLessThanOrEqual(t.now().getTime());
    const again = await t
      .http()
      .post(url)
      .set(bearer(coordinator))
      .set('if-match', off.headers.etag)
      .expect(409);
    expect(again.body.code).toBe('SUPERVISION_CANCELLED');
    await deliver('supervision.cancelled');
    expect(await noticesOf(liisa.userId, 'supervision.cancelled')).toEqual([
      { title: 'Työnohjaus on peruttu: 25.9.2026', link: `/supervision/${made.body.id}` },
    ]);
    const [toSaga] = await noticesOf(saga.userId, 'supervision.cancelled');
    expect(toSaga.title).toBe('Arbetshandledningen är inställd: 25.9.2026');
    // the expert still sees it, marked cancelled
    const seen = await t
      .http()
      .get(`/api/v1/supervision-sessions/${made.body.id}`)
      .set(bearer(liisa.token))
      .expect(200);
    expect(seen.body.status).toBe('cancelled');
    try {
      t.setNow(new Date(new Date(made.body.startsAt).getTime() + 60_000));
      const late = await t
        .http()
        .post(`/api/v1/supervision-sessions/${made.body.id}/attendance`)
        .set(bearer(coordinator))
        .set('if-match', off.headers.etag)
        .send({ attendance: [{ expertId: liisa.id, attended: true }] })
        .expect(409);
      expect(late.body.code).toBe('SUPERVISION_CANCELLED');
    } finally {
      t.resetClock();
    }
    await t
      .http()
      .post(`/api/v1/supervision-sessions/00000000-0000-4000-8000-000000000000/cancel`)
      .set(bearer(coordinator))
      .set('if-match', '"1"')
      .expect(404);
  });

  it('gives the sessions in the person’s data export, moves them on merge and deletes them on erasure', async () => {
    const kept = await makeExpert('Mirja');
    const dup = await makeExpert('Mirja');
    const both = await create(groupOf([kept, dup], 4)).expect(201);
    const onlyDup = await create(groupOf([dup], 6, { kind: 'individual' })).expect(201);
    const dump = await t
      .http()
      .get(`/api/v1/experts/${dup.id}/data-export`)
      .set(bearer(coordinator))
      .expect(200);
    expect(dump.body.modules.feedback.supervisionSessions).toEqual([
      expect.objectContaining({ session_id: both.body.id, kind: 'group', attended: null }),
      expect.objectContaining({ session_id: onlyDup.body.id, kind: 'individual', place: expect.any(String) }),
    ]);
    const profile = await t.http().get(`/api/v1/experts/${kept.id}`).set(bearer(coordinator)).expect(200);
    await t
      .http()
      .post(`/api/v1/experts/${kept.id}/merge`)
      .set(bearer(coordinator))
      .set('if-match', profile.headers.etag)
      .send({ duplicateId: dup.id })
      .expect(200);
    const places = await t.dataSource.query<Array<{ session_id: string; expert_id: string }>>(
      `SELECT session_id, expert_id FROM supervision_participant WHERE session_id = ANY($1::uuid[]) ORDER BY session_id`,
      [[both.body.id, onlyDup.body.id]],
    );
    expect(places.map((p) => p.expert_id)).toEqual([kept.id, kept.id]);
    expect(places.map((p) => p.session_id).sort()).toEqual([both.body.id, onlyDup.body.id].sort());

    const after = await t.http().get(`/api/v1/experts/${kept.id}`).set(bearer(coordinator)).expect(200);
    await t
      .http()
      .post(`/api/v1/experts/${kept.id}/erase`)
      .set(bearer(coordinator))
      .set('if-match', after.headers.etag)
      .expect(204);
    expect(
      await t.dataSource.query(`SELECT 1 FROM supervision_participant WHERE expert_id = $1`, [kept.id]),
    ).toEqual([]);
    // a session nobody is left in goes too
    expect(
      await t.dataSource.query(`SELECT id FROM supervision_session WHERE id = ANY($1::uuid[])`, [
        [both.body.id, onlyDup.body.id],
      ]),
    ).toEqual([]);
  });
});

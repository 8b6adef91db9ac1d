// the app first: it loads the entities in an order their circular references accept
import { DAY_MS, login, makeUnit, makeUser, Role, startTestApp, TestApp } from './support/app';
import { BriefingsService } from '../src/feedback/briefings.service';
import { NotificationsService } from '../src/notifications/notifications.service';
import { OrgUnitEntity } from '../src/units/org-unit.entity';

jest.setTimeout(60_000);

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

const BRIEFING = {
  contactOnSite: 'Olga Osastonhoitaja, 040 123 4567, vastassa ovella',
  audience: 'Osaston hoitajat (12); toipumisorientaatio on tuttu',
  mayAsk: 'Arjesta ja toipumisesta',
  mayNotAsk: 'Lääkityksestä',
  safety: 'Osastolla on rauhallista; hoitaja on mukana koko ajan',
  quietRoom: true,
  afterContact: 'Olga, tai koordinaattori',
};

describe('the briefing before a task (4T: getting to know, safety)', () => {
  let t: TestApp;
  let ward: OrgUnitEntity;
  let coordinator: { id: string; token: string };
  let orderer: { id: string; token: string };
  let otherUnit: string;
  let expert: { id: string; userId: string; token: string };
  let stranger: { id: string; userId: string; token: string };
  let n = 0;

  async function makeExpert(first: string) {
    const user = await makeUser(t.dataSource, [Role.Expert], [], { displayName: `${first} Perehdys` });
    const [{ id }] = await t.dataSource.query(
      `INSERT INTO expert (first_name, last_name, email, municipality_code, languages, kinds, task_types, status, tier_code, user_id)
       VALUES ($1, 'Perehdys', $2, 'jyvaskyla', '{fi}', '{trained_expert}', '{talk}', 'active', 'trained', $3) RETURNING id`,
      [first, user.email, user.id],
    );
    return { id: id as string, userId: user.id, token: (await login(t, user.email)).token };
  }

  /** An order of `times` weekly times starting `days` from now (10:00), the expert accepted on all; not yet confirmed. */
  async function acceptedTask(
    days: number,
    who = expert,
    opts: { times?: number; demanding?: boolean } = {},
  ) {
    n++;
    const times = opts.times ?? 1;
    const start = t.daysFromNow(days, 10);
    const [o] = await t.dataSource.query(
      `INSERT INTO task_order (number, status, unit_id, cost_centre, contact_name, contact_email, contact_user_id, product_code,
         title, description, mode, place, municipality_code, language_code, expert_count, starts_at, ends_at, occurrence_count,
         submitted_at, created_by, demanding)
       VALUES ($1, 'in_matching', $2, $3, 'Tilaaja', 't@x.fi', $4, 'talk', 'Osastotunti ' || $1, 'Kuvaus', 'in_person', 'Osasto 3',
         'jyvaskyla', 'fi', 1, $5::timestamptz, $5::timestamptz + interval '90 minutes', $6, $7::timestamptz, $4, $8)
       RETURNING id`,
      [
        `T-2026-7${String(n).padStart(5, '0')}`,
        ward.id,
        ward.costCentre,
        orderer.id,
        start,
        times,
        new Date(start.getTime() - 20 * DAY_MS),
        opts.demanding ?? false,
      ],
    );
    const assignments: Array<{ id: string; version: number; occurrenceId: string }> = [];
    for (let i = 0; i < times; i++) {
      const at = new Date(start.getTime() + i * 7 * DAY_MS);
      const [oc] = await t.dataSource.query(
        `INSERT INTO order_occurrence (order_id, starts_at, ends_at, place)
         VALUES ($1, $2::timestamptz, $2::timestamptz + interval '90 minutes', 'Osasto 3') RETURNING id`,
        [o.id, at],
      );
      const [a] = await t.dataSource.query(
        `INSERT INTO assignment (order_id, occurrence_id, expert_id, status, starts_at, ends_at)
         SELECT $1, $2, $3, 'accepted', starts_at, ends_at FROM order_occurrence WHERE id = $2 RETURNING id, version`,
        [o.id, oc.id, who.id],
      );
      assignments.push({ id: a.id, version: a.version, occurrenceId: oc.id });
    }
    return { orderId: o.id as string, assignments };
  }

  const confirm = (a: { id: string; version: number }) =>
    t
      .http()
      .post(`/api/v1/assignments/${a.id}/confirm`)
      .set(bearer(coordinator.token))
      .set('if-match', `"${a.version}"`)
      .expect(200);

  const delivered = new Set<string>();
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
    t.dataSource.query<Array<{ title: string; link: string | null }>>(
      `SELECT title, link FROM notification WHERE user_id = $1 AND template = $2 ORDER BY created_at`,
      [userId, template],
    );
  const write = (occurrenceId: string, version: number, body: object = BRIEFING, token = orderer.token) =>
    t
      .http()
      .put(`/api/v1/task-briefings/${occurrenceId}`)
      .set(bearer(token))
      .set('if-match', `"${version}"`)
      .send(body);

  beforeAll(async () => {
    t = await startTestApp();
    ward = await makeUnit(t.dataSource, { name: 'Osasto 3, Kukkula' });
    const elsewhere = await makeUnit(t.dataSource, { name: 'Neuvola, Keskusta' });
    const c = await makeUser(t.dataSource, [Role.Coordinator], [], { displayName: 'Kaisa Koordinaattori' });
    coordinator = { id: c.id, token: (await login(t, c.email)).token };
    const o = await makeUser(t.dataSource, [Role.Orderer], [ward], { displayName: 'Olga Osastonhoitaja' });
    orderer = { id: o.id, token: (await login(t, o.email)).token };
    const other = await makeUser(t.dataSource, [Role.Orderer], [elsewhere]);
    otherUnit = (await login(t, other.email)).token;
    expert = await makeExpert('Liisa');
    stranger = await makeExpert('Veikko');
  });
  afterAll(() => t.close());

  it('asks the unit once when a time is staffed (one notice for a series), and the expert reads nothing yet', async () => {
    const task = await acceptedTask(10, expert, { times: 3 });
    // as an accepted offer does: all the times confirmed in one go (here two quietly, the last by the coordinator)
    await t.dataSource.query(`UPDATE assignment SET status = 'confirmed' WHERE id = ANY($1::uuid[])`, [
      task.assignments.slice(0, 2).map((a) => a.id),
    ]);
    await confirm(task.assignments[2]);
    // the reaction run again asks nothing more
    const again = await t.dataSource.transaction((m) =>
      t.app.get(BriefingsService).staffed(m, task.orderId, expert.id),
    );
    expect(again).toBe(0);
    await deliver('briefing.requested');
    const asked = (await noticesOf(orderer.id, 'briefing.requested')).filter((x) =>
      x.title.endsWith(`T-2026-7${String(n).padStart(5, '0')}`),
    );
    // one notice for the three times, linking to the first
    expect(asked).toEqual([
      {
        title: `Perehdytys kokemusasiantuntijalle: Osastotunti T-2026-7${String(n).padStart(5, '0')}`,
        link: `/briefings/${task.assignments[0].occurrenceId}`,
      },
    ]);
    const rows = await t.dataSource.query(`SELECT requested_at FROM task_briefing WHERE order_id = $1`, [
      task.orderId,
    ]);
    expect(rows).toHaveLength(3);

    const mine = await t.http().get('/api/v1/task-briefings').set(bearer(expert.token)).expect(200);
    const own = mine.body.items.filter((b: { orderId: string }) => b.orderId === task.orderId);
    expect(own).toHaveLength(3);
    expect(own[0]).toMatchObject({
      status: 'requested',
      content: null,
      revision: 0,
      experts: [],
      mine: { expertName: 'Liisa Perehdys', readState: 'unread', readAt: null },
      allowedActions: [],
    });
    // the unit sees the time to write, with who comes
    const unit = await t
      .http()
      .get(`/api/v1/task-briefings?orderId=${task.orderId}`)
      .set(bearer(orderer.token))
      .expect(200);
    expect(unit.body.items).toHaveLength(3);
    expect(unit.body.items[0]).toMatchObject({
      status: 'requested',
      allowedActions: ['write'],
      experts: [{ expertName: 'Liisa Perehdys', readState: 'unread', supervisionWish: null }],
      mine: null,
      version: 1,
    });
  });

  it('refuses an incomplete briefing with every problem by field, and keeps nothing', async () => {
    const task = await acceptedTask(12);
    await confirm(task.assignments[0]);
    const occ = task.assignments[0].occurrenceId;
    const res = await write(occ, 1, {
      ...BRIEFING,
      contactOnSite: '  ',
      safety: null,
      quietRoom: null,
    }).expect(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body.code).toBe('BRIEFING_INVALID');
    expect(Object.keys(res.body.errors).sort()).toEqual(['contactOnSite', 'quietRoom', 'safety']);
    const [row] = await t.dataSource.query(
      `SELECT content_enc, revision FROM task_briefing WHERE occurrence_id = $1`,
      [occ],
    );
    expect(row).toEqual({ content_enc: null, revision: 0 });
    // a stale version is 412, none 428, another unit 404, an expert may not write
    await write(occ, 7).expect(412);
    await t.http().put(`/api/v1/task-briefings/${occ}`).set(bearer(orderer.token)).send(BRIEFING).expect(428);
    await write(occ, 1, BRIEFING, otherUnit).expect(404);
    await write(occ, 1, BRIEFING, expert.token).expect(403);
  });

  it('tells the expert when written, takes the confirmation of the newest, and asks again after a change', async () => {
    const task = await acceptedTask(14);
    await confirm(task.assignments[0]);
    const occ = task.assignments[0].occurrenceId;
    const written = await write(occ, 1).expect(200);
    expect(written.headers.etag).toBe('"2"');
    expect(written.body).toMatchObject({
      status: 'written',
      revision: 1,
      writtenByName: 'Olga Osastonhoitaja',
    });
    expect(written.body.content).toEqual(BRIEFING);
    // sealed at rest
    const [row] = await t.dataSource.query(`SELECT content_enc FROM task_briefing WHERE occurrence_id = $1`, [
      occ,
    ]);
    expect(row.content_enc).not.toContain('Olga');
    await deliver('briefing.ready');
    expect((await noticesOf(expert.userId, 'briefing.ready')).map((x) => x.title)).toContain(
      `Lue perehdytys: Osastotunti T-2026-7${String(n).padStart(5, '0')}`,
    );

    const read = await t.http().get(`/api/v1/task-briefings/${occ}`).set(bearer(expert.token)).expect(200);
    expect(read.body).toMatchObject({ content: BRIEFING, allowedActions: ['confirm'] });
    const ok = await t
      .http()
      .post(`/api/v1/task-briefings/${occ}/confirmation`)
      .set(bearer(expert.token))
      .send({ revision: 1 })
      .expect(200);
    expect(ok.body.mine).toMatchObject({ readState: 'read', supervisionWish: null });
    expect(ok.body.allowedActions).toEqual([]);

    // the unit changes it: the expert is told again and must read the new one
    await write(occ, 2, { ...BRIEFING, mayNotAsk: 'Lääkityksestä eikä perhesuhteista' }).expect(200);
    await deliver('briefing.ready');
    expect((await noticesOf(expert.userId, 'briefing.ready')).map((x) => x.title)).toContain(
      `Perehdytystä on muutettu: Osastotunti T-2026-7${String(n).padStart(5, '0')}`,
    );
    const unit = await t.http().get(`/api/v1/task-briefings/${occ}`).set(bearer(orderer.token)).expect(200);
    expect(unit.body.experts[0].readState).toBe('changed');
    const stale = await t
      .http()
      .post(`/api/v1/task-briefings/${occ}/confirmation`)
      .set(bearer(expert.token))
      .send({ revision: 1 })
      .expect(409);
    expect(stale.body).toMatchObject({ code: 'BRIEFING_CHANGED', revision: 2 });
    await t
      .http()
      .post(`/api/v1/task-briefings/${occ}/confirmation`)
      .set(bearer(expert.token))
      .send({ revision: 2 })
      .expect(200);

    // nobody else reads it
    await t.http().get(`/api/v1/task-briefings/${occ}`).set(bearer(stranger.token)).expect(404);
    await t.http().get(`/api/v1/task-briefings/${occ}`).set(bearer(otherUnit)).expect(404);
    await t
      .http()
      .post(`/api/v1/task-briefings/${occ}/confirmation`)
      .set(bearer(stranger.token))
      .send({ revision: 2 })
      .expect(404);
  });

  it('cannot confirm what is not written, nor change a time that is over', async () => {
    const task = await acceptedTask(16);
    await confirm(task.assignments[0]);
    const occ = task.assignments[0].occurrenceId;
    const early = await t
      .http()
      .post(`/api/v1/task-briefings/${occ}/confirmation`)
      .set(bearer(expert.token))
      .send({ revision: 1 })
      .expect(409);
    expect(early.body.code).toBe('BRIEFING_NOT_WRITTEN');
    t.setNow(new Date(t.daysFromNow(20).getTime()));
    try {
      const over = await write(occ, 1).expect(409);
      expect(over.body.code).toBe('BRIEFING_TASK_OVER');
    } finally {
      t.resetClock();
    }
  });

  it('reminds the unit two business days before and the expert the business day before, each once', async () => {
    // Wednesday 16.9. + 7 days: Wednesday 23.9. at 10:00
    const task = await acceptedTask(7);
    await confirm(task.assignments[0]);
    const occ = task.assignments[0].occurrenceId;
    const briefings = t.app.get(BriefingsService);
    const startsAt = new Date(
      (await t.dataSource.query(`SELECT starts_at FROM order_occurrence WHERE id = $1`, [occ]))[0].starts_at,
    );
    const at = (daysBefore: number, hour: number) => {
      const d = new Date(startsAt.getTime() - daysBefore * DAY_MS);
      d.setUTCHours(hour - 3, 0, 0, 0); // Helsinki summer time
      return d;
    };
    try {
      t.setNow(at(3, 12)); // Sunday 20.9.: too early
      expect((await briefings.remind()).units).toBe(0);
      t.setNow(at(2, 9)); // Monday 21.9. 9:00: two business days before
      expect(await briefings.remind()).toMatchObject({ units: 1 });
      expect((await briefings.remind()).units).toBe(0);
      await deliver('briefing.write_reminder');
      expect(await noticesOf(orderer.id, 'briefing.write_reminder')).toHaveLength(1);

      await write(occ, 1).expect(200);
      t.setNow(at(1, 8)); // Tuesday 8:00: not yet
      expect((await briefings.remind()).experts).toBe(0);
      t.setNow(at(1, 9));
      expect((await briefings.remind()).experts).toBe(1);
      expect((await briefings.remind()).experts).toBe(0);
      await deliver('briefing.read_reminder');
      const [reminder] = await noticesOf(expert.userId, 'briefing.read_reminder');
      expect(reminder.link).toBe(`/briefings/${occ}`);
    } finally {
      t.resetClock();
    }
  });

  it('with a demanding order the expert may ask for supervision with the confirmation; coordinators hear, the unit does not', async () => {
    const task = await acceptedTask(18, expert, { demanding: true });
    await confirm(task.assignments[0]);
    const occ = task.assignments[0].occurrenceId;
    const order = await t.http().get(`/api/v1/orders/${task.orderId}`).set(bearer(orderer.token)).expect(200);
    expect(order.body.demanding).toBe(true);
    await write(occ, 1).expect(200);
    const ok = await t
      .http()
      .post(`/api/v1/task-briefings/${occ}/confirmation`)
      .set(bearer(expert.token))
      .send({ revision: 1, supervision: 'both' })
      .expect(200);
    expect(ok.body).toMatchObject({ demanding: true, mine: { readState: 'read', supervisionWish: 'both' } });
    await deliver('briefing.supervision_wanted');
    const [wanted] = await noticesOf(coordinator.id, 'briefing.supervision_wanted');
    expect(wanted.title).toBe('Liisa Perehdys toivoo työnohjausta');
    // the coordinator sees the wish, the unit does not
    const c = await t.http().get(`/api/v1/task-briefings/${occ}`).set(bearer(coordinator.token)).expect(200);
    expect(c.body.experts[0].supervisionWish).toBe('both');
    const u = await t.http().get(`/api/v1/task-briefings/${occ}`).set(bearer(orderer.token)).expect(200);
    expect(u.body.experts[0].supervisionWish).toBeNull();
  });

  it('keeps the demanding flag an order is made and changed with', async () => {
    const at = (h: number) => t.daysFromNow(40, h).toISOString();
    const made = await t
      .http()
      .post('/api/v1/orders')
      .set(bearer(orderer.token))
      .send({
        unitId: ward.id,
        productCode: 'talk',
        title: 'Kokemuspuheenvuoro kriisiyksikköön',
        demanding: true,
        schedule: { occurrences: [{ startsAt: at(13), endsAt: at(15) }] },
      })
      .expect(201);
    expect(made.body.demanding).toBe(true);
    const changed = await t
      .http()
      .patch(`/api/v1/orders/${made.body.id}`)
      .set(bearer(orderer.token))
      .set('if-match', made.headers.etag)
      .send({ demanding: false })
      .expect(200);
    expect(changed.body.demanding).toBe(false);
    const bad = await t
      .http()
      .patch(`/api/v1/orders/${made.body.id}`)
      .set(bearer(orderer.token))
      .set('if-match', changed.headers.etag)
      .send({ demanding: 'kyllä' })
      .expect(400);
    expect(bad.body.errors).toHaveProperty('demanding');
  });
});

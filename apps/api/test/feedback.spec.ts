import { DebriefsService } from '../src/feedback/debriefs.service';
import { eventually, login, makeUser, Role, startTestApp, TestApp } from './support/app';
import { startSmtpServer, subjectOf, textOf } from './support/smtp';

// Waits for notices through the outbox and the job queue: give a busy machine time.
jest.setTimeout(90_000);

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('feedback: debrief requests ("I would like to talk to someone")', () => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let t: TestApp;
  let coordinator: { id: string; email: string; token: string };
  let other: { id: string; token: string };
  let expert: { userId: string; expertId: string; token: string };
  let stranger: string;

  async function expertWithProfile(first: string, last: string) {
    const user = await makeUser(t.dataSource, [Role.Expert], [], { displayName: `${first} ${last}` });
    const created = await t
      .http()
      .post('/api/v1/experts')
      .set(bearer(coordinator.token))
      .send({ firstName: first, lastName: last, email: user.email, languages: ['fi'] })
      .expect(201);
    await t.dataSource.query('UPDATE expert SET user_id = $1 WHERE id = $2', [user.id, created.body.id]);
    return {
      userId: user.id,
      expertId: created.body.id as string,
      token: (await login(t, user.email)).token,
    };
  }

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await startTestApp({ JOBS_ENABLED: 'true', SMTP_URL: smtp.url, OUTBOX_POLL_MS: '200' });
    const c = await makeUser(t.dataSource, [Role.Coordinator], [], { displayName: 'Kaisa Koordinaattori' });
    coordinator = { id: c.id, email: c.email, token: (await login(t, c.email)).token };
    const o = await makeUser(t.dataSource, [Role.Coordinator], [], { displayName: 'Olli Ohjaaja' });
    other = { id: o.id, token: (await login(t, o.email)).token };
    expert = await expertWithProfile('Liisa', 'Lähde');
    stranger = (await expertWithProfile('Veikko', 'Vieras')).token;
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  const noticesOf = (userId: string, template: string) =>
    t.dataSource.query<Array<{ title: string }>>(
      `SELECT title FROM notification WHERE user_id = $1 AND template = $2`,
      [userId, template],
    );

  it('tells every coordinator at once, keeps the words out of the e-mail, and one takes it on', async () => {
    const bad = await t
      .http()
      .post('/api/v1/debrief-requests')
      .set(bearer(expert.token))
      .send({ contact: 'carrier-pigeon' })
      .expect(400);
    expect(bad.body.errors.contact).toBeDefined();
    const unknownTask = await t
      .http()
      .post('/api/v1/debrief-requests')
      .set(bearer(expert.token))
      .send({ contact: 'phone', assignmentId: '00000000-0000-4000-8000-000000000000' })
      .expect(400);
    expect(unknownTask.body.code).toBe('DEBRIEF_TASK_UNKNOWN');
    const [{ n: none }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM debrief_request`);
    expect(none).toBe(0);

    const words = 'Osastolla kerroin masennuksestani ja olo jäi raskaaksi.';
    const made = await t
      .http()
      .post('/api/v1/debrief-requests')
      .set(bearer(expert.token))
      .send({ contact: 'phone', message: words })
      .expect(201);
    expect(made.body).toMatchObject({
      status: 'open',
      expertName: 'Liisa Lähde',
      message: words,
      allowedMoves: [],
      note: null,
    });
    // due one business day later
    expect(new Date(made.body.dueAt).getTime()).toBeGreaterThan(
      new Date(made.body.requestedAt).getTime() + 20 * 3600_000,
    );
    const [stored] = await t.dataSource.query(`SELECT message_enc FROM debrief_request WHERE id = $1`, [
      made.body.id,
    ]);
    expect(stored.message_enc).not.toContain('masennus');

    for (const id of [coordinator.id, other.id])
      await eventually(async () => (await noticesOf(id, 'debrief.requested')).length === 1, 25_000);
    const mail = await eventually(
      async () => smtp.messages.find((m) => m.to.includes(coordinator.email)),
      25_000,
    );
    expect(subjectOf(mail.raw)).toBe('Liisa Lähde haluaa jutella jonkun kanssa');
    expect(textOf(mail.raw)).toContain(`/debriefs/${made.body.id}`);
    expect(textOf(mail.raw)).not.toContain('masennu');

    // the expert sees their own; another expert cannot read it; only coordinators move it
    const mine = await t.http().get('/api/v1/debrief-requests').set(bearer(expert.token)).expect(200);
    expect(mine.body.items.map((d: { id: string }) => d.id)).toEqual([made.body.id]);
    await t.http().get(`/api/v1/debrief-requests/${made.body.id}`).set(bearer(stranger)).expect(404);
    const theirs = await t.http().get('/api/v1/debrief-requests').set(bearer(stranger)).expect(200);
    expect(theirs.body.items).toEqual([]);
    await t
      .http()
      .post(`/api/v1/debrief-requests/${made.body.id}/moves`)
      .set(bearer(expert.token))
      .set('if-match', '"1"')
      .send({ move: 'take' })
      .expect(403);

    const inbox = await t.http().get('/api/v1/debrief-requests').set(bearer(coordinator.token)).expect(200);
    expect(inbox.body.items[0]).toMatchObject({ id: made.body.id, allowedMoves: ['take', 'done'] });
    const [{ reads }] = await t.dataSource.query(
      `SELECT count(*)::int AS reads FROM audit_event WHERE action = 'debrief.read' AND subject_id = $1`,
      [expert.expertId],
    );
    expect(reads).toBeGreaterThanOrEqual(1);

    await t
      .http()
      .post(`/api/v1/debrief-requests/${made.body.id}/moves`)
      .set(bearer(coordinator.token))
      .send({ move: 'take' })
      .expect(428);
    const taken = await t
      .http()
      .post(`/api/v1/debrief-requests/${made.body.id}/moves`)
      .set(bearer(coordinator.token))
      .set('if-match', made.headers.etag)
      .send({ move: 'take' })
      .expect(200);
    expect(taken.body).toMatchObject({
      status: 'taken',
      takenByName: 'Kaisa Koordinaattori',
      allowedMoves: ['done'],
    });
    const forOther = await t
      .http()
      .get(`/api/v1/debrief-requests/${made.body.id}`)
      .set(bearer(other.token))
      .expect(200);
    expect(forOther.body.allowedMoves).toEqual(['take', 'done']);
    const stale = await t
      .http()
      .post(`/api/v1/debrief-requests/${made.body.id}/moves`)
      .set(bearer(other.token))
      .set('if-match', made.headers.etag)
      .send({ move: 'done' })
      .expect(412);
    expect(stale.body.code).toBeDefined();
    await eventually(async () => (await noticesOf(expert.userId, 'debrief.taken')).length === 1, 25_000);

    const done = await t
      .http()
      .post(`/api/v1/debrief-requests/${made.body.id}/moves`)
      .set(bearer(coordinator.token))
      .set('if-match', taken.headers.etag)
      .send({ move: 'done', note: 'Soitin, sovimme työnohjauksen ensi viikolle.' })
      .expect(200);
    expect(done.body).toMatchObject({
      status: 'done',
      allowedMoves: [],
      note: 'Soitin, sovimme työnohjauksen ensi viikolle.',
    });
    const again = await t
      .http()
      .post(`/api/v1/debrief-requests/${made.body.id}/moves`)
      .set(bearer(coordinator.token))
      .set('if-match', done.headers.etag)
      .send({ move: 'take' })
      .expect(409);
    expect(again.body.code).toBe('DEBRIEF_MOVE_NOT_ALLOWED');
    // the coordinators' note is never shown to the expert
    const seen = await t
      .http()
      .get(`/api/v1/debrief-requests/${made.body.id}`)
      .set(bearer(expert.token))
      .expect(200);
    expect(seen.body).toMatchObject({ status: 'done', note: null });
  });

  it('escalates a request nobody took by its due moment to every coordinator again, once', async () => {
    const made = await t
      .http()
      .post('/api/v1/debrief-requests')
      .set(bearer(expert.token))
      .send({ contact: 'meeting' })
      .expect(201);
    const debriefs = t.app.get(DebriefsService);
    try {
      t.setNow(new Date(new Date(made.body.dueAt).getTime() - 60_000));
      expect(await debriefs.escalate()).toBe(0);
      t.setNow(new Date(new Date(made.body.dueAt).getTime() + 60_000));
      expect(await debriefs.escalate()).toBe(1);
      expect(await debriefs.escalate()).toBe(0);
      const overdue = await t
        .http()
        .get(`/api/v1/debrief-requests/${made.body.id}`)
        .set(bearer(coordinator.token))
        .expect(200);
      expect(overdue.body.overdue).toBe(true);
    } finally {
      t.resetClock();
    }
    for (const id of [coordinator.id, other.id])
      await eventually(async () => (await noticesOf(id, 'debrief.overdue')).length === 1, 25_000);
  });

  it('gives the requests in the person’s data export, and erasure deletes them', async () => {
    const person = await expertWithProfile('Elina', 'Esimerkki');
    await t
      .http()
      .post('/api/v1/debrief-requests')
      .set(bearer(person.token))
      .send({ contact: 'message', message: 'Haluaisin puhua eilisestä.' })
      .expect(201);
    const dump = await t
      .http()
      .get(`/api/v1/experts/${person.expertId}/data-export`)
      .set(bearer(coordinator.token))
      .expect(200);
    expect(dump.body.modules.feedback.debriefRequests).toEqual([
      expect.objectContaining({ contact: 'message', message: 'Haluaisin puhua eilisestä.', status: 'open' }),
    ]);
    const profile = await t
      .http()
      .get(`/api/v1/experts/${person.expertId}`)
      .set(bearer(coordinator.token))
      .expect(200);
    await t
      .http()
      .post(`/api/v1/experts/${person.expertId}/erase`)
      .set(bearer(coordinator.token))
      .set('if-match', profile.headers.etag)
      .expect(204);
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM debrief_request WHERE expert_id = $1`,
      [person.expertId],
    );
    expect(n).toBe(0);
  });

  it('pages the inbox, the open first', async () => {
    const page = await t
      .http()
      .get('/api/v1/debrief-requests?limit=1')
      .set(bearer(coordinator.token))
      .expect(200);
    expect(page.body.items).toHaveLength(1);
    expect(page.body.items[0].status).toBe('open');
    const next = await t
      .http()
      .get(`/api/v1/debrief-requests?limit=1&cursor=${page.body.nextCursor}`)
      .set(bearer(coordinator.token))
      .expect(200);
    expect(next.body.items[0].status).toBe('done');
    expect(next.body.nextCursor).toBeNull();
    await t.http().get('/api/v1/debrief-requests?cursor=bad').set(bearer(coordinator.token)).expect(400);
  });
});

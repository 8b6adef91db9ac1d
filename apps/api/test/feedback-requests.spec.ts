// the app first: it loads the entities in an order their circular references accept
import { auditRows, DAY_MS, login, makeUnit, makeUser, Role, startTestApp, TestApp } from './support/app';
import { FeedbackRequestsService } from '../src/feedback/feedback-requests.service';
import { ReportBacksService } from '../src/feedback/report-backs.service';
import { NotificationsService } from '../src/notifications/notifications.service';
import { OrgUnitEntity } from '../src/units/org-unit.entity';

jest.setTimeout(60_000);

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('feedback: "how did it go?" after a delivered task, and the questionnaires', () => {
  let t: TestApp;
  let ward: OrgUnitEntity;
  let coordinator: string;
  let admin: string;
  let orderer: { id: string; token: string };
  let expert: { id: string; userId: string; token: string };
  let stranger: string;
  let n = 0;

  async function makeExpert(first: string) {
    const user = await makeUser(t.dataSource, [Role.Expert], [], { displayName: `${first} Palaute` });
    const [{ id }] = await t.dataSource.query(
      `INSERT INTO expert (first_name, last_name, email, municipality_code, languages, kinds, task_types, status, tier_code, user_id)
       VALUES ($1, 'Palaute', $2, 'jyvaskyla', '{fi}', '{trained_expert}', '{talk}', 'active', 'trained', $3) RETURNING id`,
      [first, user.email, user.id],
    );
    return { id: id as string, userId: user.id, token: (await login(t, user.email)).token };
  }

  /** A talk on the ward a few days ago (a day apart each) with the expert, completed by the coordinator (the fact delivered). */
  async function deliveredTask(who = expert): Promise<string> {
    n++;
    const start = new Date(t.now().getTime() - (2 + n) * DAY_MS);
    const [o] = await t.dataSource.query(
      `INSERT INTO task_order (number, status, unit_id, cost_centre, contact_name, contact_email, contact_user_id, product_code,
         title, description, mode, place, municipality_code, language_code, expert_count, starts_at, ends_at, occurrence_count,
         submitted_at, created_by)
       VALUES ($1, 'staffed', $2, $3, 'Tilaaja', 't@x.fi', $4, 'talk', 'Juttupenkki ' || $1, 'Kuvaus', 'in_person', 'Sali',
         'jyvaskyla', 'fi', 1, $5::timestamptz, $5::timestamptz + interval '2 hours', 1, $6::timestamptz, $4)
       RETURNING id`,
      [
        `T-2026-8${String(n).padStart(5, '0')}`,
        ward.id,
        ward.costCentre,
        orderer.id,
        start,
        new Date(start.getTime() - 20 * DAY_MS),
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
       RETURNING id, version`,
      [o.id, oc.id, who.id, new Date(start.getTime() - 10 * DAY_MS)],
    );
    await t
      .http()
      .post(`/api/v1/assignments/${a.id}/complete`)
      .set(bearer(coordinator))
      .set('if-match', `"${a.version}"`)
      .expect(200);
    return a.id as string;
  }

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
    t.dataSource.query<Array<{ title: string }>>(
      `SELECT title FROM notification WHERE user_id = $1 AND template = $2`,
      [userId, template],
    );
  const requestsOf = (assignmentId: string) =>
    t.dataSource.query<Array<{ id: string; respondent: string; user_id: string }>>(
      `SELECT id, respondent, user_id FROM feedback_request WHERE assignment_id = $1 ORDER BY respondent`,
      [assignmentId],
    );

  beforeAll(async () => {
    t = await startTestApp();
    ward = await makeUnit(t.dataSource, { name: 'Osasto 3, Kukkula' });
    const c = await makeUser(t.dataSource, [Role.Coordinator]);
    coordinator = (await login(t, c.email)).token;
    const ad = await makeUser(t.dataSource, [Role.Admin]);
    admin = (await login(t, ad.email)).token;
    const o = await makeUser(t.dataSource, [Role.Orderer], [ward], { displayName: 'Olga Osastonhoitaja' });
    orderer = { id: o.id, token: (await login(t, o.email)).token };
    expert = await makeExpert('Liisa');
    stranger = (await makeExpert('Veikko')).token;
  });
  afterAll(() => t.close());

  it('asks the orderer and the expert once when the task is delivered, and never twice', async () => {
    const task = await deliveredTask();
    const asked = await requestsOf(task);
    expect(asked.map((r) => [r.respondent, r.user_id])).toEqual([
      ['expert', expert.userId],
      ['orderer', orderer.id],
    ]);
    // the fact delivered again, or the reaction run again, asks nothing more
    const again = await t.dataSource.transaction((m) => t.app.get(FeedbackRequestsService).ask(m, task));
    expect(again).toBe(0);
    expect(await requestsOf(task)).toHaveLength(2);

    await deliver('feedback.requested');
    expect(await noticesOf(expert.userId, 'feedback.requested')).toEqual([{ title: 'Miten tehtävä meni?' }]);
    const [toOrderer] = await noticesOf(orderer.id, 'feedback.requested');
    expect(toOrderer.title).toMatch(/^Palaute: Juttupenkki/);

    const mine = await t.http().get('/api/v1/feedback/requests').set(bearer(expert.token)).expect(200);
    const own = mine.body.items.find((r: { task: { id: string } }) => r.task.id === task);
    expect(own).toMatchObject({
      respondent: 'expert',
      status: 'open',
      expertName: 'Liisa Palaute',
      unitName: 'Osasto 3, Kukkula',
      answers: [],
      questionnaire: { key: 'expert-after-task', version: 1, current: true },
    });
    expect(own.questionnaire.items.map((i: { id: string }) => i.id)).toContain('load');
    // nobody else reads it
    await t.http().get(`/api/v1/feedback/requests/${own.id}`).set(bearer(stranger)).expect(404);
    await t.http().get(`/api/v1/feedback/requests/${own.id}`).set(bearer(orderer.token)).expect(404);
    const theirs = await t.http().get('/api/v1/feedback/requests').set(bearer(stranger)).expect(200);
    expect(theirs.body.items).toEqual([]);
  });

  it('keeps an answer once, checked against the version asked; the expert may ask to talk with it', async () => {
    const task = await deliveredTask();
    const [mine] = (await requestsOf(task)).filter((r) => r.respondent === 'expert');
    const url = `/api/v1/feedback/requests/${mine.id}/answers`;
    const invalid = await t
      .http()
      .post(url)
      .set(bearer(expert.token))
      .send({ answers: [{ itemId: 'went-well', value: 9 }, { itemId: 'no-such' }] })
      .expect(400);
    expect(invalid.body.code).toBe('FEEDBACK_ANSWERS_INVALID');
    expect(invalid.body.errors).toMatchObject({
      'answers.0.value': ['a whole number 1–5'],
      'answers.1.itemId': ['no such item'],
      'answers.load': ['required'],
    });
    const [{ status: still }] = await t.dataSource.query(
      `SELECT status FROM feedback_request WHERE id = $1`,
      [mine.id],
    );
    expect(still).toBe('open');

    const words = 'Kerroin masennuksestani ja kysymykset jäivät painamaan.';
    const answers = [
      { itemId: 'went-well', value: 4 },
      { itemId: 'briefed', value: 5 },
      { itemId: 'felt-safe', value: 3 },
      { itemId: 'valued', value: 5 },
      { itemId: 'supported', value: 2 },
      { itemId: 'load', value: 5 },
      { itemId: 'comments', text: `  ${words} ` },
    ];
    const done = await t
      .http()
      .post(url)
      .set(bearer(expert.token))
      .send({ answers, wantsToTalk: true, contact: 'meeting' })
      .expect(200);
    expect(done.body.status).toBe('answered');
    expect(done.body.answers).toContainEqual({ itemId: 'comments', value: null, text: words });
    expect(done.body.answers).toContainEqual({ itemId: 'load', value: 5, text: null });
    // the words are sealed; the talk request is there for the coordinators, on this task
    const [row] = await t.dataSource.query(`SELECT texts_enc, answers FROM feedback_request WHERE id = $1`, [
      mine.id,
    ]);
    expect(row.texts_enc).not.toContain('masennu');
    expect(row.answers).toMatchObject({ load: 5, 'went-well': 4 });
    const [debrief] = await t.dataSource.query(
      `SELECT id, contact, assignment_id FROM debrief_request WHERE id = $1`,
      [done.body.debriefRequestId],
    );
    expect(debrief).toMatchObject({ contact: 'meeting', assignment_id: task });
    expect(
      await t.dataSource.query(
        `SELECT 1 FROM outbox_event WHERE type = 'debrief.requested' AND aggregate_id = $1`,
        [debrief.id],
      ),
    ).toHaveLength(1);

    const twice = await t.http().post(url).set(bearer(expert.token)).send({ answers }).expect(409);
    expect(twice.body.code).toBe('FEEDBACK_ALREADY_ANSWERED');

    // a coordinator reads it, and the read of the expert's words is audited for the person
    const before = (await auditRows(t.dataSource, 'feedback.read')).length;
    await t.http().get(`/api/v1/feedback/requests/${mine.id}`).set(bearer(coordinator)).expect(200);
    const reads = await auditRows(t.dataSource, 'feedback.read');
    expect(reads).toHaveLength(before + 1);
    expect(reads[reads.length - 1]).toMatchObject({ subject_type: 'expert', subject_id: expert.id });

    // the orderer is not offered a talk here
    const [theirs] = (await requestsOf(task)).filter((r) => r.respondent === 'orderer');
    const notHers = await t
      .http()
      .post(`/api/v1/feedback/requests/${theirs.id}/answers`)
      .set(bearer(orderer.token))
      .send({
        answers: [
          { itemId: 'as-ordered', value: 5 },
          { itemId: 'prepared', value: 4 },
          { itemId: 'safe', value: 5 },
          { itemId: 'useful', value: 5 },
          { itemId: 'rating', value: 5 },
        ],
        wantsToTalk: true,
      })
      .expect(400);
    expect(notHers.body.errors.wantsToTalk).toBeDefined();
  });

  it('reminds once after three business days, never more', async () => {
    const task = await deliveredTask();
    const service = t.app.get(FeedbackRequestsService);
    const [mine] = (await requestsOf(task)).filter((r) => r.respondent === 'expert');
    const [{ remind_at: remindAt }] = await t.dataSource.query(
      `SELECT remind_at FROM feedback_request WHERE id = $1`,
      [mine.id],
    );
    expect(remindAt.getTime()).toBeGreaterThan(t.now().getTime() + 2 * DAY_MS);
    await service.remind();
    expect(
      await t.dataSource.query(`SELECT reminded_at FROM feedback_request WHERE id = $1`, [mine.id]),
    ).toEqual([{ reminded_at: null }]);
    try {
      t.setNow(new Date(remindAt.getTime() + 60_000));
      // both sides of tasks 1 and 3, and the orderer's of task 2 (her answer was refused)
      expect(await service.remind()).toBe(5);
      expect(await service.remind()).toBe(0);
      t.setNow(new Date(remindAt.getTime() + 30 * DAY_MS));
      expect(await service.remind()).toBe(0);
    } finally {
      t.resetClock();
    }
    await deliver('feedback.reminded');
    // the expert's two open requests are reminded once each; the one answered is not
    const reminded = (await noticesOf(expert.userId, 'feedback.reminded')).map((r) => r.title).sort();
    expect(reminded).toEqual([
      'Muistutus: palaute tehtävästä Juttupenkki T-2026-800001',
      'Muistutus: palaute tehtävästä Juttupenkki T-2026-800003',
    ]);
  });

  it('keeps the questionnaires as versions: old answers keep theirs, a locked wording takes no new one', async () => {
    const task = await deliveredTask();
    const [asked] = (await requestsOf(task)).filter((r) => r.respondent === 'orderer');
    const list = await t.http().get('/api/v1/questionnaires').set(bearer(admin)).expect(200);
    const orderers = list.body.items.find((q: { key: string }) => q.key === 'orderer-after-task');
    expect(orderers).toMatchObject({ version: 1, current: true, audience: 'orderer' });
    await t.http().get('/api/v1/questionnaires').set(bearer(expert.token)).expect(403);
    await t
      .http()
      .post('/api/v1/questionnaires')
      .set(bearer(coordinator))
      .send({ ...orderers })
      .expect(403);

    const bad = await t
      .http()
      .post('/api/v1/questionnaires')
      .set(bearer(admin))
      .send({
        key: 'participant',
        audience: 'participant',
        title: { fi: 'a', sv: 'b', en: 'c' },
        items: Array.from({ length: 6 }, (_, i) => ({
          id: `q${i}`,
          kind: 'emoji',
          theme: null,
          required: false,
          text: { fi: 'x', sv: 'y', en: 'z', selko: 's' },
        })),
      })
      .expect(400);
    expect(bad.body.code).toBe('QUESTIONNAIRE_INVALID');
    expect(bad.body.errors.items).toEqual(['at most 5 items']);

    const v2 = await t
      .http()
      .post('/api/v1/questionnaires')
      .set(bearer(admin))
      .send({
        key: orderers.key,
        audience: 'orderer',
        title: orderers.title,
        items: [
          ...orderers.items.filter((i: { id: string }) => i.id !== 'prepared'),
          {
            id: 'returned-how',
            kind: 'yesno',
            theme: 'tieto',
            required: true,
            text: {
              fi: 'Palautimme opitun.',
              sv: 'Vi återförde det vi lärt oss.',
              en: 'We returned what we learnt.',
            },
          },
        ],
      })
      .expect(201);
    expect(v2.body).toMatchObject({ version: 2, current: true });
    const versions = await t
      .http()
      .get(`/api/v1/questionnaires?key=${orderers.key}`)
      .set(bearer(admin))
      .expect(200);
    expect(
      versions.body.items.map((q: { version: number; current: boolean }) => [q.version, q.current]),
    ).toEqual([
      [2, true],
      [1, false],
    ]);

    // the request asked before keeps version 1 and is answered by it; a new task asks version 2
    const old = await t
      .http()
      .post(`/api/v1/feedback/requests/${asked.id}/answers`)
      .set(bearer(orderer.token))
      .send({
        answers: [
          { itemId: 'as-ordered', value: 5 },
          { itemId: 'prepared', value: 4 },
          { itemId: 'safe', value: 5 },
          { itemId: 'useful', value: 4 },
          { itemId: 'returned', text: 'Käymme palautteen läpi osastokokouksessa.' },
          { itemId: 'rating', value: 5 },
        ],
      })
      .expect(200);
    expect(old.body.questionnaire).toMatchObject({ version: 1, current: false });
    expect(old.body.answers).toContainEqual({ itemId: 'prepared', value: 4, text: null });
    const next = (await requestsOf(await deliveredTask())).find((r) => r.respondent === 'orderer')!;
    const fresh = await t
      .http()
      .get(`/api/v1/feedback/requests/${next.id}`)
      .set(bearer(orderer.token))
      .expect(200);
    expect(fresh.body.questionnaire.version).toBe(2);

    // a wording under THL's terms is locked once saved
    const indicator = {
      key: 'osallisuusindikaattori',
      audience: 'indicator',
      title: { fi: 'Osallisuusindikaattori', sv: 'Delaktighetsindikatorn', en: 'Participation indicator' },
      items: Array.from({ length: 10 }, (_, i) => ({
        id: `s${i + 1}`,
        kind: 'scale',
        theme: null,
        required: true,
        text: { fi: `Väittämä ${i + 1}`, sv: `Påstående ${i + 1}`, en: `Statement ${i + 1}` },
      })),
      locked: true,
      source: 'THL, käyttöehtojen mukaisesti',
    };
    await t.http().post('/api/v1/questionnaires').set(bearer(admin)).send(indicator).expect(201);
    const locked = await t
      .http()
      .post('/api/v1/questionnaires')
      .set(bearer(admin))
      .send(indicator)
      .expect(409);
    expect(locked.body.code).toBe('QUESTIONNAIRE_LOCKED');
  });

  it('pages my requests, the open first', async () => {
    const first = await t
      .http()
      .get('/api/v1/feedback/requests?limit=1')
      .set(bearer(expert.token))
      .expect(200);
    expect(first.body.items[0].status).toBe('open');
    const seen: Array<{ id: string; status: string }> = [...first.body.items];
    let cursor: string | null = first.body.nextCursor;
    while (cursor) {
      const page = await t
        .http()
        .get(`/api/v1/feedback/requests?limit=1&cursor=${cursor}`)
        .set(bearer(expert.token))
        .expect(200);
      seen.push(...page.body.items);
      cursor = page.body.nextCursor;
    }
    const all = await t
      .http()
      .get('/api/v1/feedback/requests?limit=200')
      .set(bearer(expert.token))
      .expect(200);
    expect(seen.map((r) => r.id)).toEqual(all.body.items.map((r: { id: string }) => r.id));
    expect(new Set(seen.map((r) => r.id)).size).toBe(seen.length);
    const statuses = seen.map((r) => r.status);
    expect(statuses).toEqual([...statuses].sort((a, b) => (a === b ? 0 : a === 'open' ? -1 : 1)));
    expect(statuses).toContain('answered');
    await t.http().get('/api/v1/feedback/requests?cursor=bad').set(bearer(expert.token)).expect(400);
  });

  it('gives the feedback in the person’s data export, and erasure deletes it', async () => {
    const person = await makeExpert('Elina');
    const task = await deliveredTask(person);
    const [mine] = (await requestsOf(task)).filter((r) => r.respondent === 'expert');
    await t
      .http()
      .post(`/api/v1/feedback/requests/${mine.id}/answers`)
      .set(bearer(person.token))
      .send({
        answers: [
          { itemId: 'went-well', value: 3 },
          { itemId: 'briefed', value: 3 },
          { itemId: 'felt-safe', value: 3 },
          { itemId: 'valued', value: 3 },
          { itemId: 'supported', value: 3 },
          { itemId: 'load', value: 4 },
          { itemId: 'comments', text: 'Raskas päivä.' },
        ],
      })
      .expect(200);
    const dump = await t
      .http()
      .get(`/api/v1/experts/${person.id}/data-export`)
      .set(bearer(coordinator))
      .expect(200);
    expect(dump.body.modules.feedback.feedbackRequests).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ respondent: 'expert', texts: { comments: 'Raskas päivä.' } }),
        expect.objectContaining({ respondent: 'orderer', status: 'open' }),
      ]),
    );
    const profile = await t.http().get(`/api/v1/experts/${person.id}`).set(bearer(coordinator)).expect(200);
    await t
      .http()
      .post(`/api/v1/experts/${person.id}/erase`)
      .set(bearer(coordinator))
      .set('if-match', profile.headers.etag)
      .expect(204);
    expect(
      await t.dataSource.query(`SELECT 1 FROM feedback_request WHERE expert_id = $1`, [person.id]),
    ).toEqual([]);
  });

  it('opens a complaint from "something went wrong": answered, the expert asked, closed with an outcome', async () => {
    const task = await deliveredTask();
    const claimOf = (assignmentId: string) =>
      t.dataSource.query(`SELECT status, version FROM fee_claim WHERE assignment_id = $1`, [assignmentId]);
    const claimBefore = await claimOf(task);
    expect(claimBefore).toHaveLength(1);
    const [theirs] = (await requestsOf(task)).filter((r) => r.respondent === 'orderer');
    const words = 'Asiantuntija myöhästyi puoli tuntia, eikä kukaan ilmoittanut.';
    // whatever version the unit is asked: every scale a 2, every yes/no a no
    const form = await t
      .http()
      .get(`/api/v1/feedback/requests/${theirs.id}`)
      .set(bearer(orderer.token))
      .expect(200);
    const answered = await t
      .http()
      .post(`/api/v1/feedback/requests/${theirs.id}/answers`)
      .set(bearer(orderer.token))
      .send({
        answers: form.body.questionnaire.items
          .filter((i: { kind: string }) => i.kind !== 'text')
          .map((i: { id: string; kind: string }) => ({
            itemId: i.id,
            value: i.kind === 'yesno' ? false : 2,
          })),
        somethingWrong: words,
      })
      .expect(200);
    const id = answered.body.complaintId as string;
    expect(id).toBeTruthy();
    await deliver('complaint.received');
    const [{ n: told }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM notification WHERE template = 'complaint.received'`,
    );
    expect(told).toBeGreaterThanOrEqual(1);
    const [sealed] = await t.dataSource.query(`SELECT text_enc FROM complaint WHERE id = $1`, [id]);
    expect(sealed.text_enc).not.toContain('myöhästyi');

    // the coordinator reads the words; the expert sees that it exists, never the words; another expert nothing
    const seen = await t.http().get(`/api/v1/complaints/${id}`).set(bearer(coordinator)).expect(200);
    expect(seen.body).toMatchObject({
      status: 'received',
      text: words,
      allowedMoves: ['answer', 'ask_expert', 'close'],
    });
    const toExpert = await t.http().get(`/api/v1/complaints/${id}`).set(bearer(expert.token)).expect(200);
    expect(toExpert.body).toMatchObject({ status: 'received', text: null, answer: null, allowedMoves: [] });
    await t.http().get(`/api/v1/complaints/${id}`).set(bearer(stranger)).expect(404);
    const unitList = await t.http().get('/api/v1/complaints').set(bearer(orderer.token)).expect(200);
    expect(unitList.body.items.map((c: { id: string }) => c.id)).toContain(id);

    const move = async (token: string, etag: string, body: object, status = 200) =>
      t
        .http()
        .post(`/api/v1/complaints/${id}/moves`)
        .set(bearer(token))
        .set('if-match', etag)
        .send(body)
        .expect(status);
    let etag = seen.headers.etag as string;
    expect((await move(coordinator, etag, { move: 'answer' }, 400)).body.code).toBe('COMPLAINT_TEXT_MISSING');
    const readsBefore = (await auditRows(t.dataSource, 'complaint.read')).length;
    etag = (await move(coordinator, etag, { move: 'answer', text: 'Pahoittelemme. Selvitämme asian.' }))
      .headers.etag;
    // a move shows the complaint once: one read in the audit trail, not two
    expect(await auditRows(t.dataSource, 'complaint.read')).toHaveLength(readsBefore + 1);
    expect((await move(expert.token, etag, { move: 'close', outcome: 'upheld' }, 403)).body.code).toBe(
      'COMPLAINT_MOVE_NOT_YOURS',
    );
    etag = (await move(coordinator, etag, { move: 'ask_expert', text: 'Miten matka sujui sinä päivänä?' }))
      .headers.etag;
    const asked = await t.http().get(`/api/v1/complaints/${id}`).set(bearer(expert.token)).expect(200);
    expect(asked.body).toMatchObject({
      viewQuestion: 'Miten matka sujui sinä päivänä?',
      allowedMoves: ['give_view'],
    });
    etag = (await move(expert.token, etag, { move: 'give_view', text: 'Bussi jäi tulematta.' })).headers.etag;
    // the expert's view is kept apart: not for the ordering unit
    const unitView = await t.http().get(`/api/v1/complaints/${id}`).set(bearer(orderer.token)).expect(200);
    expect(unitView.body).toMatchObject({
      answer: 'Pahoittelemme. Selvitämme asian.',
      expertView: null,
      viewQuestion: null,
    });
    expect((await move(coordinator, etag, { move: 'close' }, 400)).body.code).toBe(
      'COMPLAINT_OUTCOME_MISSING',
    );
    const closed = await move(coordinator, etag, {
      move: 'close',
      outcome: 'partly_upheld',
      text: 'Matkat sovitaan jatkossa väljemmin.',
    });
    expect(closed.body).toMatchObject({ status: 'closed', outcome: 'partly_upheld', allowedMoves: [] });
    const outcome = await t.http().get(`/api/v1/complaints/${id}`).set(bearer(expert.token)).expect(200);
    expect(outcome.body).toMatchObject({
      outcome: 'partly_upheld',
      outcomeNote: 'Matkat sovitaan jatkossa väljemmin.',
    });
    expect((await move(coordinator, closed.headers.etag, { move: 'answer', text: 'x' }, 409)).body.code).toBe(
      'COMPLAINT_MOVE_NOT_ALLOWED',
    );
    // the fee is not touched: the task's claim is as it was before the complaint
    expect(await claimOf(task)).toEqual(claimBefore);
    await deliver('complaint.closed');
    expect(await noticesOf(expert.userId, 'complaint.closed')).toHaveLength(1);
    expect(await noticesOf(orderer.id, 'complaint.closed')).toHaveLength(1);
  });

  it('gives the expert a report-back when the feedback closes, participants under five only as a number', async () => {
    const task = await deliveredTask();
    const service = t.app.get(ReportBacksService);
    const [theirs] = (await requestsOf(task)).filter((r) => r.respondent === 'orderer');
    const form = await t
      .http()
      .get(`/api/v1/feedback/requests/${theirs.id}`)
      .set(bearer(orderer.token))
      .expect(200);
    const returned = form.body.questionnaire.items.find(
      (i: { kind: string; theme: string }) => i.kind === 'text',
    );
    await t
      .http()
      .post(`/api/v1/feedback/requests/${theirs.id}/answers`)
      .set(bearer(orderer.token))
      .send({
        answers: [
          ...form.body.questionnaire.items
            .filter((i: { kind: string }) => i.kind !== 'text')
            .map((i: { id: string; kind: string }) => ({
              itemId: i.id,
              value: i.kind === 'yesno' ? true : 5,
            })),
          { itemId: returned.id, text: 'Kävimme palautteen läpi osastokokouksessa.' },
        ],
      })
      .expect(200);
    const [{ occurrence_id: occurrenceId, ends_at: endsAt }] = await t.dataSource.query(
      `SELECT occurrence_id, ends_at FROM assignment WHERE id = $1`,
      [task],
    );
    const link = await t
      .http()
      .post('/api/v1/participant-feedback/links')
      .set(bearer(coordinator))
      .send({ occurrenceId })
      .expect(200);
    const answer = (overall: number, extra: object[] = []) =>
      t
        .http()
        .post(`/api/v1/public/participant-feedback/${link.body.token}/answers`)
        .send({ locale: 'fi', answers: [{ itemId: 'overall', value: overall }, ...extra] })
        .expect(201);
    await answer(5, [{ itemId: 'comments', text: 'Kiitos, tämä auttoi.' }]);
    await answer(4, [{ itemId: 'learnt', value: 5 }]);
    await answer(3);
    await answer(5, [{ itemId: 'comments', text: 'Ville Virtanen kertoi saman.' }]);
    const [approve, hold] = await t.dataSource.query(
      `SELECT pa.id FROM participant_answer pa JOIN participant_link l ON l.id = pa.link_id
        WHERE l.token = $1 AND pa.screening = 'pending' ORDER BY pa.answered_at`,
      [link.body.token],
    );
    expect(hold).toBeDefined();
    await t
      .http()
      .post(`/api/v1/participant-feedback/answers/${approve.id}/screening`)
      .set(bearer(coordinator))
      .send({ decision: 'approve' })
      .expect(204);

    // nothing before the feedback closes; once it has, one report-back, made once
    const closes = new Date(endsAt.getTime() + 14 * DAY_MS);
    const mine = async () => {
      const page = await t
        .http()
        .get('/api/v1/experts/me/report-backs?limit=200')
        .set(bearer(expert.token))
        .expect(200);
      return page.body.items.find((r: { task: { id: string } }) => r.task.id === task);
    };
    try {
      t.setNow(new Date(closes.getTime() - 60_000));
      await service.makeDue();
      expect(await mine()).toBeUndefined();
      t.setNow(new Date(closes.getTime() + 60_000));
      expect(await service.makeDue()).toBeGreaterThanOrEqual(1);
      expect(await service.makeDue()).toBe(0);
    } finally {
      t.resetClock();
    }
    const four = await mine();
    expect(four.orderer.answers).toContainEqual({
      itemId: returned.id,
      value: null,
      text: 'Kävimme palautteen läpi osastokokouksessa.',
    });
    // four answered: only the number, no scales, no words
    expect(four.participants).toMatchObject({ answerCount: 4, suppressed: true, items: [], comments: [] });

    // two more (the window is still open on the real clock): the scales show where five answered
    await answer(4);
    await answer(5);
    const six = await mine();
    expect(six.participants).toMatchObject({
      answerCount: 6,
      suppressed: false,
      comments: ['Kiitos, tämä auttoi.'],
    });
    const overall = six.participants.items.find((i: { itemId: string }) => i.itemId === 'overall');
    expect(overall).toEqual({ itemId: 'overall', answered: 6, counts: [0, 0, 1, 2, 3], mean: 4.3 });
    // 'learnt' was answered once: only how many did
    expect(six.participants.items.find((i: { itemId: string }) => i.itemId === 'learnt')).toEqual({
      itemId: 'learnt',
      answered: 1,
      counts: null,
      mean: null,
    });
    expect(JSON.stringify(six)).not.toContain('Ville');

    // the coordinator's own words reach the expert; another expert sees nothing of it
    const noted = await t
      .http()
      .put(`/api/v1/report-backs/${six.id}/note`)
      .set(bearer(coordinator))
      .send({ note: 'Hienosti hoidettu, kiitos!' })
      .expect(200);
    expect(noted.body.coordinatorNote).toBe('Hienosti hoidettu, kiitos!');
    const read = await t.http().get(`/api/v1/report-backs/${six.id}`).set(bearer(expert.token)).expect(200);
    expect(read.body.coordinatorNote).toBe('Hienosti hoidettu, kiitos!');
    await t.http().get(`/api/v1/report-backs/${six.id}`).set(bearer(stranger)).expect(404);
    await t
      .http()
      .put(`/api/v1/report-backs/${six.id}/note`)
      .set(bearer(expert.token))
      .send({ note: 'x' })
      .expect(403);
  });
});

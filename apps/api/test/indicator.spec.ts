// the app first: it loads the entities in an order their circular references accept
import { auditRows, DAY_MS, login, makeUser, Role, startTestApp, TestApp } from './support/app';
import { EventBus } from '../src/events/event-bus';
import { IndicatorService } from '../src/feedback/indicator.service';
import { NotificationsService } from '../src/notifications/notifications.service';
import { RegistryService } from '../src/registry/registry.service';

jest.setTimeout(60_000);

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

const TEN = Array.from({ length: 10 }, (_, i) => ({
  id: `v${i + 1}`,
  kind: 'scale',
  required: true,
  text: { fi: `Väite ${i + 1}`, sv: `Påstående ${i + 1}`, en: `Statement ${i + 1}` },
}));
const answersOf = (values: number[]) => values.map((value, i) => ({ itemId: `v${i + 1}`, value }));

describe('feedback: THL’s participation indicator at joining and yearly', () => {
  let t: TestApp;
  let admin: string;
  let coordinator: string;
  let early: { id: string; userId: string; token: string };

  /** An expert with an account, in orientation (as onboarding leaves them) unless told otherwise. */
  async function makeExpert(first: string, status = 'orientation') {
    const user = await makeUser(t.dataSource, [Role.Expert], [], { displayName: `${first} Osallinen` });
    const [{ id }] = await t.dataSource.query(
      `INSERT INTO expert (first_name, last_name, email, municipality_code, languages, kinds, task_types, status, user_id)
       VALUES ($1, 'Osallinen', $2, 'jyvaskyla', '{fi}', '{trained_expert}', '{talk}', $3, $4) RETURNING id`,
      [first, user.email, status, user.id],
    );
    return { id: id as string, userId: user.id, token: (await login(t, user.email)).token };
  }

  /** The registry makes the person active (the agreements accepted): `expert.activated` in its transaction. */
  const activate = (expertId: string) =>
    t.dataSource.transaction((m) => t.app.get(RegistryService).activateEnrolled(m, expertId, t.now()));

  const requestsOf = (expertId: string) =>
    t.dataSource.query<Array<{ id: string; reason: string; status: string; score: number | null }>>(
      `SELECT id, reason, status, score FROM indicator_request WHERE expert_id = $1 ORDER BY asked_at`,
      [expertId],
    );

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

  beforeAll(async () => {
    t = await startTestApp();
    admin = (await login(t, (await makeUser(t.dataSource, [Role.Admin])).email)).token;
    coordinator = (await login(t, (await makeUser(t.dataSource, [Role.Coordinator])).email)).token;
  });
  afterAll(() => t.close());

  it('asks nothing while the county has no indicator instrument', async () => {
    early = await makeExpert('Eero');
    await activate(early.id);
    expect(await requestsOf(early.id)).toEqual([]);
    expect(await t.app.get(IndicatorService).askYearly()).toBe(0);
    expect(await requestsOf(early.id)).toEqual([]);
  });

  it('asks once at joining when an indicator exists, and a second activation asks nothing more', async () => {
    await t
      .http()
      .post('/api/v1/questionnaires')
      .set(bearer(admin))
      .send({
        key: 'osallisuusindikaattori-testi',
        audience: 'indicator',
        title: { fi: 'Osallisuusindikaattori', sv: 'Delaktighetsindikatorn', en: 'Participation indicator' },
        items: TEN,
      })
      .expect(201);
    const joiner = await makeExpert('Jaana');
    await activate(joiner.id);
    const asked = await requestsOf(joiner.id);
    expect(asked.map((r) => [r.reason, r.status])).toEqual([['joining', 'open']]);
    // the fact again (or another activation) asks nothing twice
    await t.dataSource.transaction((m) =>
      t.app.get(EventBus).publish(m, {
        type: 'expert.activated',
        aggregateType: 'expert',
        aggregateId: joiner.id,
        payload: { expertId: joiner.id, fromStatus: 'orientation', userId: joiner.userId },
      }),
    );
    expect(await requestsOf(joiner.id)).toHaveLength(1);
    // told in the app (and by e-mail) in plain words
    await deliver('indicator.requested');
    const [notice] = await t.dataSource.query<Array<{ title: string; link: string }>>(
      `SELECT title, link FROM notification WHERE user_id = $1 AND template = 'indicator.requested'`,
      [joiner.userId],
    );
    expect(notice.title).toBe('Miten koet osallisuutesi?');
    expect(notice.link).toBe(`/participation/${asked[0].id}`);
    // the expert sees it as their own, the open first
    const mine = await t.http().get('/api/v1/indicator-requests').set(bearer(joiner.token)).expect(200);
    expect(mine.body.items.map((r: { id: string }) => r.id)).toEqual([asked[0].id]);
    expect(mine.body.items[0]).toMatchObject({
      reason: 'joining',
      status: 'open',
      itemCount: 10,
      score: null,
    });
  });

  it('asks those who joined before the indicator once as the baseline, then yearly: not before a year', async () => {
    const service = t.app.get(IndicatorService);
    const made = await service.askYearly();
    expect(made).toBe(1);
    expect((await requestsOf(early.id)).map((r) => r.reason)).toEqual(['yearly']);
    // again the same day: nothing (one open at a time)
    expect(await service.askYearly()).toBe(0);
    const [first] = await requestsOf(early.id);
    await t
      .http()
      .post(`/api/v1/indicator-requests/${first.id}/answers`)
      .set(bearer(early.token))
      .send({ answers: answersOf([3, 3, 3, 3, 3, 3, 3, 3, 3, 3]) })
      .expect(200);
    try {
      t.setNow(new Date(t.now().getTime() + 360 * DAY_MS));
      expect(await service.askYearly()).toBe(0);
      t.setNow(new Date(t.now().getTime() + 6 * DAY_MS));
      // the joining expert has not answered: their open one is not piled on
      expect(await service.askYearly()).toBe(1);
      expect((await requestsOf(early.id)).map((r) => [r.reason, r.status])).toEqual([
        ['yearly', 'answered'],
        ['yearly', 'open'],
      ]);
    } finally {
      t.resetClock();
    }
  });

  it('reminds once, five business days after asking', async () => {
    const service = t.app.get(IndicatorService);
    expect(await service.remind()).toBe(0);
    try {
      t.setNow(new Date(t.now().getTime() + 8 * DAY_MS));
      // the joining one asked at the start (the yearly ones a year on are not due yet)
      expect(await service.remind()).toBe(1);
      expect(await service.remind()).toBe(0);
      await deliver('indicator.reminded');
      const [notice] = await t.dataSource.query<Array<{ title: string }>>(
        `SELECT n.title FROM notification n JOIN indicator_request r ON r.user_id = n.user_id
          WHERE n.template = 'indicator.reminded' AND r.reason = 'joining'`,
      );
      expect(notice.title).toBe('Muistutus: miten koet osallisuutesi?');
    } finally {
      t.resetClock();
    }
  });

  it('scores the answer 0–100, takes it once, and keeps nothing of a bad one', async () => {
    const expert = await makeExpert('Pirjo');
    await activate(expert.id);
    const [open] = await requestsOf(expert.id);
    const url = `/api/v1/indicator-requests/${open.id}/answers`;
    // one left out: 400 with the field, nothing kept
    const missing = await t
      .http()
      .post(url)
      .set(bearer(expert.token))
      .send({ answers: answersOf([5, 5, 5, 5, 5, 5, 5, 5, 5]) })
      .expect(400);
    expect(missing.body.code).toBe('INDICATOR_ANSWERS_INVALID');
    expect(missing.body.errors['answers.v10']).toEqual(['required']);
    const outside = await t
      .http()
      .post(url)
      .set(bearer(expert.token))
      .send({ answers: answersOf([5, 5, 5, 5, 5, 5, 5, 5, 5, 6]) })
      .expect(400);
    expect(outside.body.errors['answers.9.value']).toEqual(['a whole number 1–5']);
    await t
      .http()
      .post(url)
      .set(bearer(expert.token))
      .send({ answers: answersOf([1, 2, 3, 4, 5, 1, 2, 3, 4, 5.5]) })
      .expect(400);
    expect(await requestsOf(expert.id)).toEqual([
      { id: open.id, reason: 'joining', status: 'open', score: null },
    ]);
    const answered = await t
      .http()
      .post(url)
      .set(bearer(expert.token))
      .send({ answers: answersOf([2, 3, 4, 5, 5, 2, 3, 4, 5, 5]) })
      .expect(200);
    // mean 3.8 → (3.8 − 1) / 4 × 100 = 70
    expect(answered.body).toMatchObject({ status: 'answered', score: 70 });
    expect(answered.body.answers).toHaveLength(10);
    const again = await t
      .http()
      .post(url)
      .set(bearer(expert.token))
      .send({ answers: answersOf([3, 3, 3, 3, 3, 3, 3, 3, 3, 3]) })
      .expect(409);
    expect(again.body.code).toBe('INDICATOR_ALREADY_ANSWERED');
    expect((await requestsOf(expert.id))[0].score).toBe(70);
  });

  it('shows an expert only their own (another’s is 404), and a coordinator the scores over time, audited', async () => {
    const own = await makeExpert('Olli');
    await activate(own.id);
    const [open] = await requestsOf(own.id);
    const one = await t
      .http()
      .get(`/api/v1/indicator-requests/${open.id}`)
      .set(bearer(own.token))
      .expect(200);
    expect(one.body.questionnaire.items).toHaveLength(10);
    await t.http().get(`/api/v1/indicator-requests/${open.id}`).set(bearer(early.token)).expect(404);
    await t
      .http()
      .post(`/api/v1/indicator-requests/${open.id}/answers`)
      .set(bearer(early.token))
      .send({ answers: answersOf([3, 3, 3, 3, 3, 3, 3, 3, 3, 3]) })
      .expect(404);
    await t.http().get(`/api/v1/experts/${early.id}/indicator-scores`).set(bearer(early.token)).expect(403);

    const before = (await auditRows(t.dataSource, 'indicator.scores_read')).length;
    const scores = await t
      .http()
      .get(`/api/v1/experts/${early.id}/indicator-scores`)
      .set(bearer(coordinator))
      .expect(200);
    expect(
      scores.body.items.map((s: { reason: string; score: number | null }) => [s.reason, s.score]),
    ).toEqual([
      ['yearly', 50],
      ['yearly', null],
    ]);
    expect(scores.body.items[0]).toMatchObject({
      questionnaireKey: 'osallisuusindikaattori-testi',
      questionnaireVersion: 1,
    });
    const audited = await auditRows(t.dataSource, 'indicator.scores_read');
    expect(audited).toHaveLength(before + 1);
    expect(audited.at(-1)).toMatchObject({
      subject_type: 'expert',
      subject_id: early.id,
      field_group: 'indicator',
    });
    // the coordinator may open one request too (audited for the expert)
    await t.http().get(`/api/v1/indicator-requests/${open.id}`).set(bearer(coordinator)).expect(200);
    expect((await auditRows(t.dataSource, 'indicator.read')).at(-1)).toMatchObject({ subject_id: own.id });
  });
});

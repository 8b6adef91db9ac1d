// the app first: it loads the entities in an order their circular references accept
import { login, makeUnit, makeUser, Role, startTestApp, TestApp, UnitKind } from './support/app';
import { ClaimLifecycleService } from '../src/fees/claim-lifecycle.service';
import { OrgUnitEntity } from '../src/units/org-unit.entity';

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('mentorships: a trainee goes to tasks with a mentor who assesses them', () => {
  let t: TestApp;
  let ward: OrgUnitEntity;
  let coordinator: string;
  let orderer: string;
  let ordererId: string;
  let mentor: { id: string; token: string };
  let trainee: { id: string; token: string };
  let advanced: { id: string; token: string };
  let outsider: { id: string; token: string };
  let n = 0;

  async function makeExpert(first: string, tier: string, status = 'active') {
    const user = await makeUser(t.dataSource, [Role.Expert], [], { displayName: first });
    const [{ id }] = await t.dataSource.query(
      `INSERT INTO expert (first_name, last_name, email, municipality_code, languages, kinds, task_types, status, tier_code, max_tasks_per_month, user_id)
       VALUES ($1, 'Mentorointi', $2, 'jyvaskyla', ARRAY['fi'], ARRAY['trained_expert'], ARRAY['talk'], $3, $4, 6, $5) RETURNING id`,
      [first, `${first.toLowerCase()}.mentorointi@example.fi`, status, tier, user.id],
    );
    await t.dataSource.query(
      `INSERT INTO expert_experience_area (expert_id, area_code, visible_to_orderers) VALUES ($1, 'mental_health', true)`,
      [id],
    );
    await t.dataSource.query(
      `INSERT INTO expert_consent (expert_id, kind, given_at) VALUES ($1, 'registry', $2)`,
      [id, t.now()],
    );
    return { id: id as string, token: (await login(t, user.email)).token };
  }

  /** A task `daysAgo` days ago that these people did (completed) on the same time; returns each one's assignment. */
  async function doneTogether(people: Array<{ id: string }>, daysAgo: number): Promise<string[]> {
    n += 1;
    const starts = t.daysFromNow(-daysAgo, 12);
    const [o] = await t.dataSource.query(
      `INSERT INTO task_order (number, status, unit_id, cost_centre, contact_name, contact_email, contact_user_id, product_code, title, description,
         mode, place, municipality_code, language_code, expert_count, starts_at, ends_at, occurrence_count, submitted_at, created_by)
       VALUES ($1, 'staffed', $2, $3, 'Tilaaja', 't@x.fi', $6, 'talk', $4, 'Kuvaus', 'in_person', 'Sali', 'jyvaskyla', 'fi', 2,
         $5::timestamptz, $5::timestamptz + interval '2 hours', 1, $5::timestamptz - interval '20 days',
         (SELECT id FROM user_account ORDER BY created_at LIMIT 1))
       RETURNING id`,
      [
        `T-2026-8${String(n).padStart(5, '0')}`,
        ward.id,
        ward.costCentre,
        `Kokemuspuheenvuoro ${n}`,
        starts,
        ordererId,
      ],
    );
    const [oc] = await t.dataSource.query(
      `INSERT INTO order_occurrence (order_id, starts_at, ends_at, place) SELECT id, starts_at, ends_at, 'Sali' FROM task_order WHERE id = $1 RETURNING id`,
      [o.id],
    );
    const ids: string[] = [];
    for (const p of people) {
      const [a] = await t.dataSource.query(
        `INSERT INTO assignment (order_id, occurrence_id, expert_id, status, starts_at, ends_at, confirmed_at)
         SELECT $1, $2, $3, 'completed', starts_at, ends_at, starts_at - interval '10 days' FROM order_occurrence WHERE id = $2 RETURNING id`,
        [o.id, oc.id, p.id],
      );
      ids.push(a.id);
    }
    return ids;
  }

  const count = async () => Number((await t.dataSource.query(`SELECT count(*) AS n FROM mentorship`))[0].n);

  beforeAll(async () => {
    t = await startTestApp();
    const area = await makeUnit(t.dataSource, { name: 'Psykiatria' });
    ward = await makeUnit(t.dataSource, { kind: UnitKind.Unit, name: 'Osasto 7', parentId: area.id });
    coordinator = (await login(t, (await makeUser(t.dataSource, [Role.Coordinator])).email)).token;
    const ordererUser = await makeUser(t.dataSource, [Role.Orderer], [ward]);
    ordererId = ordererUser.id;
    orderer = (await login(t, ordererUser.email)).token;
    mentor = await makeExpert('Marjatta', 'mentor');
    trainee = await makeExpert('Tuomas', 'basic', 'orientation');
    advanced = await makeExpert('Aila', 'advanced');
    outsider = await makeExpert('Olli', 'basic');
  });
  afterAll(() => t.close());

  let id: string;

  it('pairs a trainee only with an active mentor-tier expert; bad pairs change nothing', async () => {
    const notMentor = await t
      .http()
      .post('/api/v1/mentorships')
      .set(bearer(coordinator))
      .send({ mentorExpertId: advanced.id, traineeExpertId: trainee.id })
      .expect(409);
    expect(notMentor.body.code).toBe('MENTORSHIP_MENTOR_NOT_QUALIFIED');
    const same = await t
      .http()
      .post('/api/v1/mentorships')
      .set(bearer(coordinator))
      .send({ mentorExpertId: mentor.id, traineeExpertId: mentor.id })
      .expect(400);
    expect(same.body.code).toBe('MENTORSHIP_SAME_PERSON');
    const tooMany = await t
      .http()
      .post('/api/v1/mentorships')
      .set(bearer(coordinator))
      .send({ mentorExpertId: mentor.id, traineeExpertId: trainee.id, tasksRequired: 50 })
      .expect(400);
    expect(Object.keys(tooMany.body.errors)).toEqual(['tasksRequired']);
    await t
      .http()
      .post('/api/v1/mentorships')
      .set(bearer(mentor.token))
      .send({ mentorExpertId: mentor.id, traineeExpertId: trainee.id })
      .expect(403);
    expect(await count()).toBe(0);

    const created = await t
      .http()
      .post('/api/v1/mentorships')
      .set(bearer(coordinator))
      .send({ mentorExpertId: mentor.id, traineeExpertId: trainee.id, tasksRequired: 2 })
      .expect(201);
    expect(created.body).toMatchObject({
      status: 'active',
      tasksRequired: 2,
      tasksApproved: 0,
      ready: false,
      mentor: { expertId: mentor.id, name: 'Marjatta Mentorointi' },
      trainee: { expertId: trainee.id, name: 'Tuomas Mentorointi' },
      assessments: [],
      toAssess: [],
    });
    id = created.body.id;
    const again = await t
      .http()
      .post('/api/v1/mentorships')
      .set(bearer(coordinator))
      .send({ mentorExpertId: mentor.id, traineeExpertId: trainee.id })
      .expect(409);
    expect(again.body.code).toBe('MENTORSHIP_EXISTS');
    expect(await count()).toBe(1);
  });

  it('shows a mentorship to the coordinators, the mentor and the trainee only', async () => {
    await t.http().get(`/api/v1/mentorships/${id}`).set(bearer(trainee.token)).expect(200);
    await t.http().get(`/api/v1/mentorships/${id}`).set(bearer(mentor.token)).expect(200);
    const other = await t.http().get(`/api/v1/mentorships/${id}`).set(bearer(outsider.token)).expect(403);
    expect(other.body.code).toBe('MENTORSHIP_NOT_YOURS');
    await t.http().get(`/api/v1/mentorships/${id}`).set(bearer(orderer)).expect(403);
    const mine = await t.http().get('/api/v1/mentorships').set(bearer(trainee.token)).expect(200);
    expect(mine.body.items.map((m: { id: string }) => m.id)).toEqual([id]);
    const theirs = await t.http().get('/api/v1/mentorships').set(bearer(outsider.token)).expect(200);
    expect(theirs.body.items).toEqual([]);
    const all = await t
      .http()
      .get('/api/v1/mentorships?status=active&limit=1')
      .set(bearer(coordinator))
      .expect(200);
    expect(all.body.items).toHaveLength(1);
    await t
      .http()
      .get('/api/v1/mentorships/00000000-0000-4000-8000-000000000000')
      .set(bearer(coordinator))
      .expect(404);
  });

  it('ranks the trainee first for a time the mentor already holds', async () => {
    const created = await t
      .http()
      .post('/api/v1/orders')
      .set(bearer(orderer))
      .send({
        unitId: ward.id,
        productCode: 'talk',
        title: 'Kokemuspuheenvuoro henkilökunnalle',
        description: 'Toipumisesta',
        languageCode: 'fi',
        place: 'Osasto 7',
        municipalityCode: 'jyvaskyla',
        expertCount: 2,
        areas: [{ code: 'mental_health', required: true }],
        schedule: {
          occurrences: [
            { startsAt: t.daysFromNow(21, 13).toISOString(), endsAt: t.daysFromNow(21, 15).toISOString() },
          ],
        },
        submit: true,
      })
      .expect(201);
    const orderId = created.body.id as string;
    // The trainee is in orientation: for this ranking make them active, as after the agreements.
    await t.dataSource.query(`UPDATE expert SET status = 'active' WHERE id = $1`, [trainee.id]);
    await t
      .http()
      .post(`/api/v1/orders/${orderId}/start-matching`)
      .set(bearer(coordinator))
      .set('if-match', `"${created.body.version}"`)
      .expect(200);
    await t.dataSource.query(
      `INSERT INTO assignment (order_id, occurrence_id, expert_id, status, starts_at, ends_at, confirmed_at)
       SELECT order_id, id, $2, 'confirmed', starts_at, ends_at, now() FROM order_occurrence WHERE order_id = $1`,
      [orderId, mentor.id],
    );
    const res = await t
      .http()
      .get(`/api/v1/orders/${orderId}/candidates`)
      .set(bearer(coordinator))
      .expect(200);
    const items = res.body.items as Array<{
      expertId: string;
      terms: Array<{ term: string; value: number }>;
    }>;
    expect(items[0].expertId).toBe(trainee.id);
    const pair = (who: string) =>
      items.find((c) => c.expertId === who)!.terms.find((x) => x.term === 'mentor_pair')!;
    expect(pair(trainee.id).value).toBe(1);
    // The order asks for two: another basic-tier expert gets half for pairing with any mentor.
    expect(pair(outsider.id).value).toBeLessThan(1);
  });

  it('lets the mentor assess each task done together once; a task apart does not count', async () => {
    // As if they were paired a month ago: the tasks since then count.
    await t.dataSource.query(`UPDATE mentorship SET started_on = started_on - 30 WHERE id = $1`, [id]);
    const [early] = await doneTogether([trainee, mentor], 40);
    const [first] = await doneTogether([trainee, mentor], 5);
    const [alone] = await doneTogether([trainee], 4);
    const [second] = await doneTogether([trainee, mentor], 3);
    const view = await t.http().get(`/api/v1/mentorships/${id}`).set(bearer(mentor.token)).expect(200);
    expect(view.body.toAssess.map((x: { assignmentId: string }) => x.assignmentId)).toEqual([first, second]);
    expect(view.body.toAssess.map((x: { assignmentId: string }) => x.assignmentId)).not.toContain(early);

    const note = 'Kertoi kokemuksestaan rauhallisesti ja kuunteli ryhmää.';
    const byTrainee = await t
      .http()
      .post(`/api/v1/mentorships/${id}/assessments`)
      .set(bearer(trainee.token))
      .send({ assignmentId: first, approved: true, note })
      .expect(403);
    expect(byTrainee.body.code).toBe('MENTORSHIP_NOT_YOURS');
    const apart = await t
      .http()
      .post(`/api/v1/mentorships/${id}/assessments`)
      .set(bearer(mentor.token))
      .send({ assignmentId: alone, approved: true, note })
      .expect(409);
    expect(apart.body.code).toBe('MENTORSHIP_TASK_NOT_SHARED');
    await t
      .http()
      .post(`/api/v1/mentorships/${id}/assessments`)
      .set(bearer(mentor.token))
      .send({ assignmentId: first, approved: true, note: '   ' })
      .expect(400);

    const assessed = await t
      .http()
      .post(`/api/v1/mentorships/${id}/assessments`)
      .set(bearer(mentor.token))
      .send({ assignmentId: first, approved: true, note })
      .expect(201);
    expect(assessed.body).toMatchObject({ tasksApproved: 1, ready: false });
    expect(assessed.body.assessments).toEqual([
      expect.objectContaining({
        assignmentId: first,
        approved: true,
        note,
        taskTitle: expect.stringMatching(/^Kokemuspuheenvuoro/),
      }),
    ]);
    expect(assessed.body.toAssess.map((x: { assignmentId: string }) => x.assignmentId)).toEqual([second]);
    const twice = await t
      .http()
      .post(`/api/v1/mentorships/${id}/assessments`)
      .set(bearer(mentor.token))
      .send({ assignmentId: first, approved: false, note })
      .expect(409);
    expect(twice.body.code).toBe('MENTORSHIP_TASK_ASSESSED');

    // Not enough approved tasks yet: the coordinator cannot complete it.
    const short = await t
      .http()
      .post(`/api/v1/mentorships/${id}/closing`)
      .set(bearer(coordinator))
      .send({ status: 'completed' })
      .expect(409);
    expect(short.body).toMatchObject({ code: 'MENTORSHIP_TASKS_SHORT', detail: '1 of 2 tasks approved.' });

    await t
      .http()
      .post(`/api/v1/mentorships/${id}/assessments`)
      .set(bearer(mentor.token))
      .send({ assignmentId: second, approved: true, note: 'Hyvä yhteistyö ammattilaisen kanssa.' })
      .expect(201);
  });

  it("marks the trainee's task with the mentor as training in fees: the schedule's trainee share, expenses in full", async () => {
    // 100 € a talk for the basic tier, 300 € for the mentor; trainees get half on a task with their mentor
    const [s] = await t.dataSource.query(
      `INSERT INTO fee_schedule (name, effective_from, trainee_fee_percent) VALUES ('Palkkiot 2025', '2025-01-01', 50) RETURNING id`,
    );
    await t.dataSource.query(
      `INSERT INTO fee_rate (schedule_id, tier_code, task_type_code, basis, amount_cents, min_billable_minutes, paid_preparation_minutes, income_type_code)
       VALUES ($1, 'basic', 'talk', 'per_task', 10000, 0, 0, '214'), ($1, 'mentor', 'talk', 'per_task', 30000, 0, 0, '214')`,
      [s.id],
    );
    const [together, mentorsOwn] = await doneTogether([trainee, mentor], 2);
    const [alone] = await doneTogether([trainee], 1);
    const claims = t.app.get(ClaimLifecycleService);
    const made = new Map<string, string>();
    for (const a of [together, mentorsOwn, alone])
      made.set(a, (await t.dataSource.transaction((m) => claims.createClaim(m, a, false)))!);
    const read = async (assignment: string) =>
      (
        await t
          .http()
          .get(`/api/v1/fee-claims/${made.get(assignment)}`)
          .set(bearer(coordinator))
          .expect(200)
      ).body as { trainingTask: boolean; totalCents: number };
    expect(await read(together)).toMatchObject({ trainingTask: true, totalCents: 5000 });
    expect(await read(mentorsOwn)).toMatchObject({ trainingTask: false, totalCents: 30000 });
    expect(await read(alone)).toMatchObject({ trainingTask: false, totalCents: 10000 });

    // the trainee adds a bus ticket: the fee stays halved, the ticket is paid in full
    const claim = await t
      .http()
      .get(`/api/v1/fee-claims/${made.get(together)}`)
      .set(bearer(trainee.token))
      .expect(200);
    const edited = await t
      .http()
      .patch(`/api/v1/fee-claims/${made.get(together)}`)
      .set(bearer(trainee.token))
      .set('if-match', claim.headers.etag as string)
      .send({ report: { ...claim.body.report, ticketsCents: 480 } })
      .expect(200);
    expect(edited.body).toMatchObject({ trainingTask: true, totalCents: 5480, earningsCents: 5000 });
  });

  it('is completed by a coordinator after enough approved tasks, then closed for more', async () => {
    const done = await t
      .http()
      .post(`/api/v1/mentorships/${id}/closing`)
      .set(bearer(coordinator))
      .send({ status: 'completed', note: 'Valmis toimimaan itsenäisesti.' })
      .expect(201);
    expect(done.body).toMatchObject({
      status: 'completed',
      tasksApproved: 2,
      ready: true,
      closingNote: 'Valmis toimimaan itsenäisesti.',
      closedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      toAssess: [],
    });
    // the path is training: the trainee has a record of it with the hours of the approved tasks (2 × 2 h)
    const person = await t.http().get(`/api/v1/experts/${trainee.id}`).set(bearer(coordinator)).expect(200);
    expect(person.body.training).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          course: 'Mentoroitu harjoittelu: 2 tehtävää mentorin kanssa',
          provider: 'Mentori Marjatta Mentorointi',
          hours: 4,
        }),
      ]),
    );
    const again = await t
      .http()
      .post(`/api/v1/mentorships/${id}/closing`)
      .set(bearer(coordinator))
      .send({ status: 'ended' })
      .expect(409);
    expect(again.body.code).toBe('MENTORSHIP_NOT_ACTIVE');
    // A new mentorship for the same trainee may start once the old one is closed.
    await t
      .http()
      .post('/api/v1/mentorships')
      .set(bearer(coordinator))
      .send({ mentorExpertId: mentor.id, traineeExpertId: trainee.id })
      .expect(201);
  });
});

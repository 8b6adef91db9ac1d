import { ApplicationPipelineService } from '../src/onboarding/application-pipeline.service';
import { REMOVED_AFTER_SENDING } from '../src/notifications/notifications.service';
import {
  DAY_MS,
  eventually,
  login,
  makeUnit,
  makeUser,
  Role,
  startTestApp,
  TestApp,
  UnitKind,
} from './support/app';
import { startSmtpServer, subjectOf, textOf } from './support/smtp';

// The tests here wait for e-mails through the outbox and the job queue: give a busy machine time.
jest.setTimeout(90_000);

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
let seq = 0;

function form(overrides: Record<string, unknown> = {}) {
  seq += 1;
  return {
    firstName: 'Aino',
    lastName: `Virtanen${seq}`,
    email: `aino.${seq}.${Date.now()}@example.fi`,
    phone: '+358 40 123 4567',
    birthDate: '1985-04-12',
    locale: 'fi',
    municipalityCode: 'jyvaskyla',
    languages: ['fi'],
    areas: [
      { code: 'mental_health', visibleToOrderers: true },
      { code: 'substance_use', visibleToOrderers: false },
    ],
    taskTypes: ['talk'],
    priorTraining: [
      {
        course: 'Kokemusasiantuntijakoulutus',
        organiser: 'Mielenterveyden keskusliitto',
        hours: 40,
        year: 2023,
      },
    ],
    availability: 'Arki-iltapäivät',
    heardFrom: 'Järjestön uutiskirje',
    privacyNoticeRead: true,
    privacyNoticeVersion: '2026-1',
    ...overrides,
  };
}

describe('onboarding: the public application and the pipeline', () => {
  let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
  let t: TestApp;
  let coordinator: string;
  let coordinatorUserId: string;

  beforeAll(async () => {
    smtp = await startSmtpServer();
    t = await startTestApp({
      JOBS_ENABLED: 'true',
      SMTP_URL: smtp.url,
      OUTBOX_POLL_MS: '200',
      PUBLIC_URL: 'https://kokemus.example',
      // Generous per address, so the tests below share 127.0.0.1; the spam test starts its own app.
      APPLICATION_MAX_PER_ADDRESS_PER_HOUR: '1000',
    });
    const user = await makeUser(t.dataSource, [Role.Coordinator], [], {
      displayName: 'Kaisa Koordinaattori',
    });
    coordinatorUserId = user.id;
    coordinator = (await login(t, user.email)).token;
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  // Generous: on a busy CI machine the outbox worker shares two cores with the other test files.
  const mailTo = (address: string, n = 1) =>
    eventually(async () => {
      const found = smtp.messages.filter((m) => m.to.includes(address));
      return found.length >= n ? found[n - 1] : null;
    }, 25_000);
  const tokenIn = (raw: string, path: string) => {
    const m = new RegExp(`https://kokemus\\.example${path.replace('?', '\\?')}\\?token=([0-9a-f.-]+)`).exec(
      textOf(raw),
    );
    if (!m) throw new Error(`no ${path} link in the mail`);
    return m[1];
  };

  /** Sends and confirms a form and moves it to orientation (earlier training accepted), or to training. */
  /** Marks every checklist item in force done, as the coordinator does after the orientation day. */
  async function tickOrientation(id: string) {
    const items = await t.http().get('/api/v1/orientation-items').set(bearer(coordinator)).expect(200);
    const doneItemIds = items.body.items.filter((i: { active: boolean }) => i.active).map((i: { id: string }) => i.id);
    await t.http().put(`/api/v1/applications/${id}/orientation`).set(bearer(coordinator)).send({ doneItemIds }).expect(200);
  }

  async function toOrientation(f: ReturnType<typeof form>, last = 'accept_prior_training') {
    await t.http().post('/api/v1/applications').send(f).expect(202);
    const token = tokenIn((await mailTo(f.email)).raw, '/apply/confirm');
    await t.http().post('/api/v1/applications/confirm').send({ token }).expect(200);
    const list = await t
      .http()
      .get(`/api/v1/applications?q=${f.lastName}`)
      .set(bearer(coordinator))
      .expect(200);
    const id: string = list.body.items[0].id;
    let etag = (await t.http().get(`/api/v1/applications/${id}`).set(bearer(coordinator)).expect(200)).headers
      .etag;
    const move = async (body: Record<string, unknown>, status = 200) => {
      const res = await t
        .http()
        .post(`/api/v1/applications/${id}/moves`)
        .set(bearer(coordinator))
        .set('if-match', etag)
        .send(body)
        .expect(status);
      if (res.headers.etag) etag = res.headers.etag;
      return res.body;
    };
    await move({ move: 'start_screening' });
    await move({
      move: 'invite_to_interview',
      interviewAt: t.daysFromNow(3, 10).toISOString(),
      interviewPlace: 'Hippos',
    });
    const after = await move({ move: last });
    if (after.step === 'orientation') await tickOrientation(id);
    return { id, move };
  }

  it('keeps nothing until the e-mail is confirmed, then the application is on the board with its timeline', async () => {
    const f = form();
    const sent = await t.http().post('/api/v1/applications').send(f).expect(202);
    expect(sent.body).toEqual({ status: 'confirmation_sent', confirmWithinHours: 48 });
    const [{ n: before }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM application WHERE email = $1`,
      [f.email],
    );
    expect(before).toBe(0);

    const mail = await mailTo(f.email);
    expect(subjectOf(mail.raw)).toBe('Vahvista hakemuksesi kokemusasiantuntijaksi');
    expect(textOf(mail.raw)).not.toContain('/account'); // no settings for someone without an account
    const token = tokenIn(mail.raw, '/apply/confirm');
    // The log keeps no usable link once the message is out.
    const [logged] = await eventually(async () => {
      const r = await t.dataSource.query(
        `SELECT status, text_body, user_id FROM email_message WHERE to_address = $1`,
        [f.email],
      );
      return r[0]?.status === 'sent' ? r : null;
    });
    expect(logged).toMatchObject({ text_body: REMOVED_AFTER_SENDING, user_id: null });

    const tampered = `${token.split('.')[0]}.${'0'.repeat(64)}`;
    const bad = await t.http().post('/api/v1/applications/confirm').send({ token: tampered }).expect(400);
    expect(bad.body.code).toBe('APPLICATION_LINK_INVALID');

    const confirmed = await t.http().post('/api/v1/applications/confirm').send({ token }).expect(200);
    expect(confirmed.body).toEqual({
      status: 'confirmed',
      awaitingGuardian: false,
      locale: 'fi',
      certificateToken: expect.any(String), // the form lists earlier training
    });
    const again = await t.http().post('/api/v1/applications/confirm').send({ token }).expect(200);
    expect(again.body.status).toBe('already_confirmed');
    const received = await mailTo(f.email, 2);
    expect(subjectOf(received.raw)).toBe('Hakemuksesi on vastaanotettu');

    const list = await t
      .http()
      .get(`/api/v1/applications?q=${f.lastName}`)
      .set(bearer(coordinator))
      .expect(200);
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({
      step: 'received',
      municipalityName: 'Jyväskylä',
      minor: false,
      stalled: false,
    });
    const board = await t.http().get('/api/v1/applications/board').set(bearer(coordinator)).expect(200);
    expect(
      board.body.columns.find((c: { step: string }) => c.step === 'received').count,
    ).toBeGreaterThanOrEqual(1);

    const id = list.body.items[0].id;
    const one = await t.http().get(`/api/v1/applications/${id}`).set(bearer(coordinator)).expect(200);
    expect(one.body.areas).toHaveLength(2);
    expect(one.body.allowedMoves).toEqual(expect.arrayContaining(['start_screening', 'reject', 'close']));
    expect(one.body.allowedMoves).not.toContain('activate');
    const [audit] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE subject_type = 'application' AND subject_id = $1 AND action = 'application.read'`,
      [id],
    );
    expect(audit.n).toBe(1);

    // Screening, then an interview with a time: the applicant hears the time in their language.
    const screening = await t
      .http()
      .post(`/api/v1/applications/${id}/moves`)
      .set(bearer(coordinator))
      .set('if-match', one.headers.etag)
      .send({ move: 'start_screening' })
      .expect(200);
    expect(screening.body).toMatchObject({ step: 'screening', owner: { name: 'Kaisa Koordinaattori' } });
    const stale = await t
      .http()
      .post(`/api/v1/applications/${id}/moves`)
      .set(bearer(coordinator))
      .set('if-match', one.headers.etag)
      .send({ move: 'invite_to_interview', interviewAt: t.daysFromNow(5, 10).toISOString() })
      .expect(412);
    expect(stale.body.code).toBeDefined();
    const noTime = await t
      .http()
      .post(`/api/v1/applications/${id}/moves`)
      .set(bearer(coordinator))
      .set('if-match', screening.headers.etag)
      .send({ move: 'invite_to_interview' })
      .expect(400);
    expect(noTime.body.code).toBe('APPLICATION_INTERVIEW_TIME_REQUIRED');
    const interview = await t
      .http()
      .post(`/api/v1/applications/${id}/moves`)
      .set(bearer(coordinator))
      .set('if-match', screening.headers.etag)
      .send({
        move: 'invite_to_interview',
        interviewAt: t.daysFromNow(5, 10).toISOString(),
        interviewPlace: 'Hippos',
        note: 'Soitin, sopi ajan.',
      })
      .expect(200);
    expect(interview.body.step).toBe('interview');
    const invitation = await mailTo(f.email, 3);
    expect(subjectOf(invitation.raw)).toBe('Kutsu haastatteluun');
    expect(textOf(invitation.raw)).toContain('Hippos');
    expect(textOf(invitation.raw)).not.toContain('Soitin'); // the note is the coordinators' own

    // The applicant answers from the letter's link: the time does not suit.
    const answerToken = tokenIn(invitation.raw, '/apply/interview');
    const offered = await t.http().get(`/api/v1/applications/interview?token=${answerToken}`).expect(200);
    expect(offered.body).toMatchObject({ firstName: f.firstName, interviewPlace: 'Hippos', answer: null });
    await t.http().get(`/api/v1/applications/interview?token=${answerToken.slice(0, -2)}xx`).expect(400);
    const other = await t
      .http()
      .post('/api/v1/applications/interview')
      .send({ token: answerToken, interviewAt: offered.body.interviewAt, answer: 'other_time', message: 'Torstaina sopisi paremmin.' })
      .expect(200);
    expect(other.body.answer).toBe('other_time');
    const asked = await t.http().get(`/api/v1/applications/${id}`).set(bearer(coordinator)).expect(200);
    expect(asked.body).toMatchObject({ interviewAnswer: 'other_time', interviewAnsweredAt: expect.any(String) });
    expect(asked.body.timeline.at(-1)).toMatchObject({
      kind: 'interview_other_time',
      actorKind: 'applicant',
      note: 'Torstaina sopisi paremmin.',
    });
    // ... and the coordinator is told, to offer another (the message itself stays on the application)
    const note = await eventually(async () => {
      const [row] = await t.dataSource.query(
        `SELECT user_id, title AS subject FROM notification WHERE template = 'application.interview_other_time'`,
      );
      return row ?? null;
    }, 25_000);
    expect(note).toEqual({ user_id: coordinatorUserId, subject: `${f.firstName} ${f.lastName} pyytää toista haastatteluaikaa` });
    // The coordinator offers another time: the answer is asked again, with a new letter.
    const moved = await t
      .http()
      .post(`/api/v1/applications/${id}/moves`)
      .set(bearer(coordinator))
      .set('if-match', asked.headers.etag)
      .send({ move: 'reschedule_interview', interviewAt: t.daysFromNow(7, 13).toISOString(), interviewPlace: 'Teams' })
      .expect(200);
    expect(moved.body).toMatchObject({ step: 'interview', interviewPlace: 'Teams', interviewAnswer: null });
    const second = await mailTo(f.email, 4);
    expect(subjectOf(second.raw)).toBe('Kutsu haastatteluun');
    const stalePage = await t
      .http()
      .post('/api/v1/applications/interview')
      .send({ token: answerToken, interviewAt: offered.body.interviewAt, answer: 'confirmed' })
      .expect(409);
    expect(stalePage.body).toMatchObject({ code: 'APPLICATION_INTERVIEW_CHANGED', interviewAt: moved.body.interviewAt });
    const suits = await t
      .http()
      .post('/api/v1/applications/interview')
      .send({ token: tokenIn(second.raw, '/apply/interview'), interviewAt: moved.body.interviewAt, answer: 'confirmed' })
      .expect(200);
    expect(suits.body.answer).toBe('confirmed');
    const answered = await t.http().get(`/api/v1/applications/${id}`).set(bearer(coordinator)).expect(200);

    const prior = await t
      .http()
      .post(`/api/v1/applications/${id}/moves`)
      .set(bearer(coordinator))
      .set('if-match', answered.headers.etag)
      .send({ move: 'accept_prior_training' })
      .expect(200);
    expect(prior.body.step).toBe('orientation');
    expect(prior.body.timeline.map((e: { kind: string }) => e.kind)).toEqual([
      'confirmed',
      'start_screening',
      'invite_to_interview',
      'interview_other_time',
      'reschedule_interview',
      'interview_confirmed',
      'accept_prior_training',
    ]);
    // Past the interview, the letter's link only says so.
    const gone = await t.http().get(`/api/v1/applications/interview?token=${answerToken}`).expect(410);
    expect(gone.body.code).toBe('APPLICATION_LINK_EXPIRED');
    expect(prior.body.timeline[2]).toMatchObject({
      actorName: 'Kaisa Koordinaattori',
      note: 'Soitin, sopi ajan.',
    });
    const activate = await t
      .http()
      .post(`/api/v1/applications/${id}/moves`)
      .set(bearer(coordinator))
      .set('if-match', prior.headers.etag)
      .send({ move: 'activate' })
      .expect(409);
    expect(activate.body.code).toBe('APPLICATION_MOVE_NOT_ALLOWED');
    // The step's owner has a reminder due on the step's last business day.
    const [reminder] = await t.dataSource.query(
      `SELECT status FROM reminder WHERE subject_type = 'application' AND subject_id = $1 AND status = 'open'`,
      [id],
    );
    expect(reminder).toBeDefined();
  });

  it('rejects with a reason and a kind letter in the applicant’s language', async () => {
    const f = form({ locale: 'sv', firstName: 'Britta' });
    await t.http().post('/api/v1/applications').send(f).expect(202);
    const token = tokenIn((await mailTo(f.email)).raw, '/apply/confirm');
    await t.http().post('/api/v1/applications/confirm').send({ token }).expect(200);
    const list = await t
      .http()
      .get(`/api/v1/applications?q=${f.lastName}`)
      .set(bearer(coordinator))
      .expect(200);
    const id = list.body.items[0].id;
    const one = await t.http().get(`/api/v1/applications/${id}`).set(bearer(coordinator)).expect(200);
    const noReason = await t
      .http()
      .post(`/api/v1/applications/${id}/moves`)
      .set(bearer(coordinator))
      .set('if-match', one.headers.etag)
      .send({ move: 'reject' })
      .expect(400);
    expect(noReason.body.code).toBe('APPLICATION_REASON_REQUIRED');
    await t
      .http()
      .post(`/api/v1/applications/${id}/moves`)
      .set(bearer(coordinator))
      .set('if-match', one.headers.etag)
      .send({ move: 'reject', reason: 'Omgången är redan full.' })
      .expect(200);
    const letter = await eventually(async () =>
      smtp.messages.find(
        (m) => m.to.includes(f.email) && subjectOf(m.raw) === 'Din ansökan till erfarenhetsexpert',
      ),
    );
    expect(textOf(letter.raw)).toContain('Omgången är redan full.');
    expect(textOf(letter.raw)).toMatch(/^Hej Britta,/);
  });

  it('holds a minor’s application until the guardian consents by the signed link', async () => {
    const noGuardian = await t
      .http()
      .post('/api/v1/applications')
      .send(form({ birthDate: '2010-05-01' }))
      .expect(400);
    expect(noGuardian.body).toMatchObject({
      code: 'APPLICATION_GUARDIAN_REQUIRED',
      errors: { guardian: expect.any(Array) },
    });

    const guardianEmail = `huoltaja.${Date.now()}@example.fi`;
    const f = form({
      firstName: 'Eetu',
      birthDate: '2010-05-01',
      guardian: { name: 'Sari Laine', email: guardianEmail },
    });
    await t.http().post('/api/v1/applications').send(f).expect(202);
    const token = tokenIn((await mailTo(f.email)).raw, '/apply/confirm');
    const confirmed = await t.http().post('/api/v1/applications/confirm').send({ token }).expect(200);
    expect(confirmed.body.awaitingGuardian).toBe(true);

    const list = await t
      .http()
      .get(`/api/v1/applications?q=${f.lastName}`)
      .set(bearer(coordinator))
      .expect(200);
    const id = list.body.items[0].id;
    const waiting = await t.http().get(`/api/v1/applications/${id}`).set(bearer(coordinator)).expect(200);
    expect(waiting.body).toMatchObject({ step: 'awaiting_guardian', minor: true });
    expect(waiting.body.allowedMoves).toEqual(['close']); // nobody screens it, nor rejects it, before the guardian answers
    await t
      .http()
      .post(`/api/v1/applications/${id}/moves`)
      .set(bearer(coordinator))
      .set('if-match', waiting.headers.etag)
      .send({ move: 'start_screening' })
      .expect(409);

    const request = await mailTo(guardianEmail);
    expect(subjectOf(request.raw)).toContain('pyydämme suostumustasi');
    expect(textOf(request.raw)).toMatch(/^Hei Sari,/);
    const consentToken = tokenIn(request.raw, '/apply/guardian');
    // The applicant's confirmation link does not work as the guardian's.
    await t.http().get(`/api/v1/applications/guardian-consent?token=${token}`).expect(400);
    const ask = await t.http().get(`/api/v1/applications/guardian-consent?token=${consentToken}`).expect(200);
    expect(ask.body).toEqual({
      applicantFirstName: 'Eetu',
      guardianName: 'Sari Laine',
      locale: 'fi',
      answer: null,
    });
    const yes = await t
      .http()
      .post('/api/v1/applications/guardian-consent')
      .send({ token: consentToken, consent: true })
      .expect(200);
    expect(yes.body.answer).toBe(true);
    const twice = await t
      .http()
      .post('/api/v1/applications/guardian-consent')
      .send({ token: consentToken, consent: false })
      .expect(200);
    expect(twice.body.answer).toBe(true); // answering again changes nothing

    const after = await t.http().get(`/api/v1/applications/${id}`).set(bearer(coordinator)).expect(200);
    expect(after.body.step).toBe('received');
    expect(after.body.guardian.consentedAt).not.toBeNull();
    expect(
      after.body.timeline.map((e: { kind: string; actorKind: string }) => `${e.kind}:${e.actorKind}`),
    ).toEqual(['confirmed:applicant', 'guardian_consented:guardian']);
  });

  it('reminds a silent guardian and then closes the application with a notice', async () => {
    const guardianEmail = `hiljainen.${Date.now()}@example.fi`;
    const f = form({
      firstName: 'Onni',
      birthDate: '2009-12-01',
      guardian: { name: 'Pekka Mäki', email: guardianEmail },
    });
    await t.http().post('/api/v1/applications').send(f).expect(202);
    await t
      .http()
      .post('/api/v1/applications/confirm')
      .send({ token: tokenIn((await mailTo(f.email)).raw, '/apply/confirm') })
      .expect(200);
    await mailTo(guardianEmail);
    const pipeline = t.app.get(ApplicationPipelineService);
    try {
      t.setNow(new Date(t.now().getTime() + 15 * DAY_MS));
      expect((await pipeline.scanSilence()).reminded).toBeGreaterThanOrEqual(1);
      const reminder = await mailTo(guardianEmail, 2);
      expect(textOf(reminder.raw)).toContain('hakemus suljetaan');
      expect((await pipeline.scanSilence()).reminded).toBe(0); // once
      t.setNow(new Date(t.now().getTime() + 14 * DAY_MS));
      expect((await pipeline.scanSilence()).closed).toBeGreaterThanOrEqual(1);
    } finally {
      t.resetClock();
    }
    const notice = await eventually(async () =>
      smtp.messages.find((m) => m.to.includes(f.email) && subjectOf(m.raw) === 'Hakemuksesi on suljettu'),
    );
    expect(textOf(notice.raw)).toContain('emme saaneet vastausta ajoissa');
    expect(textOf(notice.raw)).toContain('https://kokemus.example/apply');
  });

  it('answers bad input with field errors and keeps nothing', async () => {
    const held = async () =>
      (await t.dataSource.query(`SELECT count(*)::int AS n FROM application_submission`))[0].n as number;
    const before = await held();
    const f = form({ email: 'not-an-email', areas: [], privacyNoticeRead: false });
    const res = await t.http().post('/api/v1/applications').send(f).expect(400);
    expect(Object.keys(res.body.errors)).toEqual(
      expect.arrayContaining(['email', 'areas', 'privacyNoticeRead']),
    );
    const unknown = await t
      .http()
      .post('/api/v1/applications')
      .send(form({ municipalityCode: 'atlantis' }))
      .expect(400);
    expect(unknown.body).toMatchObject({
      code: 'APPLICATION_UNKNOWN_CODE',
      errors: { municipalityCode: expect.any(Array) },
    });
    const minor = await t
      .http()
      .post('/api/v1/applications')
      .send(form({ birthDate: '2015-01-01' }))
      .expect(400);
    expect(minor.body).toMatchObject({
      code: 'APPLICATION_BIRTH_DATE_INVALID',
      errors: { birthDate: expect.any(Array) },
    });
    expect(await held()).toBe(before);
    const [{ bad }] = await t.dataSource.query(
      `SELECT count(*)::int AS bad FROM application WHERE email = 'not-an-email'`,
    );
    expect(bad).toBe(0);
  });

  it('takes applications only in an open round, and says when the next one opens', async () => {
    const admin = (await login(t, (await makeUser(t.dataSource, [Role.Admin])).email)).token;
    const open = await t.http().get('/api/v1/recruitment-rounds/status').expect(200);
    expect(open.body).toMatchObject({ open: true, roundName: null, privacyNoticeVersion: '2026-1' });
    // Next spring's round: until it opens, the form is closed.
    const round = await t
      .http()
      .post('/api/v1/recruitment-rounds')
      .set(bearer(admin))
      .send({ name: 'Kevät 2027', opensOn: '2027-02-01', closesOn: '2027-03-15', quota: 2 })
      .expect(201);
    const overlap = await t
      .http()
      .post('/api/v1/recruitment-rounds')
      .set(bearer(admin))
      .send({ name: 'Päällekkäin', opensOn: '2027-03-01', closesOn: '2027-04-01' })
      .expect(409);
    expect(overlap.body.code).toBe('RECRUITMENT_ROUND_OVERLAP');
    try {
      const closed = await t.http().get('/api/v1/recruitment-rounds/status').expect(200);
      expect(closed.body).toMatchObject({ open: false, reason: 'between_rounds', nextOpensOn: '2027-02-01' });
      const refused = await t.http().post('/api/v1/applications').send(form()).expect(409);
      expect(refused.body).toMatchObject({ code: 'RECRUITMENT_CLOSED', nextOpensOn: '2027-02-01' });

      t.setNow(new Date('2027-02-10T08:00:00Z'));
      const during = await t.http().get('/api/v1/recruitment-rounds/status').expect(200);
      expect(during.body).toMatchObject({ open: true, roundName: 'Kevät 2027', closesOn: '2027-03-15' });
      const f = form();
      await t.http().post('/api/v1/applications').send(f).expect(202);
      await t
        .http()
        .post('/api/v1/applications/confirm')
        .send({ token: tokenIn((await mailTo(f.email)).raw, '/apply/confirm') })
        .expect(200);
      const rounds = await t.http().get('/api/v1/recruitment-rounds').set(bearer(coordinator)).expect(200);
      expect(rounds.body.items.find((r: { id: string }) => r.id === round.body.id)).toMatchObject({
        quota: 2,
        confirmed: 1,
      });
    } finally {
      t.resetClock();
      await t.dataSource.query(`UPDATE application SET round_id = NULL WHERE round_id = $1`, [round.body.id]);
      await t.dataSource.query(`DELETE FROM recruitment_round WHERE id = $1`, [round.body.id]);
    }
  });

  it('lets only coordinators read applications', async () => {
    const expert = (await login(t, (await makeUser(t.dataSource, [Role.Expert])).email)).token;
    await t.http().get('/api/v1/applications').set(bearer(expert)).expect(403);
    await t.http().get('/api/v1/applications').expect(401);
    await t
      .http()
      .get('/api/v1/applications/00000000-0000-4000-8000-000000000000')
      .set(bearer(coordinator))
      .expect(404);
  });

  it('takes a person from orientation to an active expert who signs in, accepts the agreements and gets an offer', async () => {
    const admin = (await login(t, (await makeUser(t.dataSource, [Role.Admin])).email)).token;
    const doc = await t
      .http()
      .post('/api/v1/agreements')
      .set(bearer(admin))
      .send({
        code: 'toimeksiantosopimus',
        required: true,
        title: { fi: 'Toimeksiantosopimus', sv: 'Uppdragsavtal', en: 'Assignment agreement' },
        body: { fi: 'Sovimme tehtävistä.', sv: 'Vi kommer överens.', en: 'We agree.' },
      })
      .expect(201);
    const f = form({ firstName: 'Outi', locale: 'fi' });
    const { id, move } = await toOrientation(f);
    const agreements = await move({ move: 'complete_orientation' });
    expect(agreements).toMatchObject({ step: 'agreements' });
    expect(agreements.expertId).toMatch(/^[0-9a-f-]{36}$/);
    const [expert] = await t.dataSource.query(
      `SELECT status, user_id, tier_code, first_name FROM expert WHERE id = $1`,
      [agreements.expertId],
    );
    // in the registry, not yet offered anything; the accepted earlier training gives the tier
    expect(expert).toMatchObject({ status: 'orientation', first_name: 'Outi' });
    expect(expert.tier_code).not.toBeNull();

    // The invitation: a one-time link to set a password, blanked in the log once sent.
    const invitationMail = await eventually(async () =>
      smtp.messages.find((m) => m.to.includes(f.email) && subjectOf(m.raw).startsWith('Tervetuloa')),
    );
    const invitation = tokenIn(invitationMail.raw, '/invitation');
    const bad = await t
      .http()
      .post('/api/v1/auth/invitations/accept')
      .send({ token: `${invitation.split('.')[0]}.${'0'.repeat(64)}`, password: 'hyvä-salasana-1' })
      .expect(400);
    expect(bad.body.code).toBe('INVITATION_INVALID');
    const short = await t
      .http()
      .post('/api/v1/auth/invitations/accept')
      .send({ token: invitation, password: 'lyhyt' })
      .expect(400);
    expect(short.body.code).toBe('VALIDATION_FAILED');
    const signedIn = await t
      .http()
      .post('/api/v1/auth/invitations/accept')
      .send({ token: invitation, password: 'hyvä-salasana-1' })
      .expect(200);
    expect(signedIn.body.user).toMatchObject({ email: f.email, roles: ['expert'] });
    expect(signedIn.headers['set-cookie']).toBeDefined();
    const used = await t
      .http()
      .post('/api/v1/auth/invitations/accept')
      .send({ token: invitation, password: 'toinen-salasana-2' })
      .expect(410);
    expect(used.body.code).toBe('INVITATION_USED');
    const me = (await login(t, f.email, 'hyvä-salasana-1')).token;

    const mine = await t.http().get('/api/v1/experts/me/agreements').set(bearer(me)).expect(200);
    expect(mine.body).toMatchObject({ dueCount: 1, mayReceiveOffers: false });
    await t
      .http()
      .post(`/api/v1/agreements/${doc.body.id}/acceptances`)
      .set(bearer(me))
      .send({ versionId: doc.body.current.id, locale: 'fi' })
      .expect(201);
    const active = await t.http().get(`/api/v1/applications/${id}`).set(bearer(coordinator)).expect(200);
    expect(active.body.step).toBe('active');
    expect(active.body.timeline.at(-1)).toMatchObject({ kind: 'activate', actorKind: 'applicant' });
    const [after] = await t.dataSource.query(
      `SELECT e.status, EXISTS (SELECT 1 FROM expert_consent c WHERE c.expert_id = e.id AND c.kind = 'registry') AS consent
         FROM expert e WHERE e.id = $1`,
      [agreements.expertId],
    );
    expect(after).toEqual({ status: 'active', consent: true });

    // and matching now offers the new expert a task
    const area = await makeUnit(t.dataSource, { name: 'Psykiatria' });
    const ward = await makeUnit(t.dataSource, { kind: UnitKind.Unit, name: 'Osasto 5', parentId: area.id });
    const orderer = (await login(t, (await makeUser(t.dataSource, [Role.Orderer], [ward])).email)).token;
    const order = await t
      .http()
      .post('/api/v1/orders')
      .set(bearer(orderer))
      .send({
        unitId: ward.id,
        productCode: 'talk',
        title: 'Kokemuspuheenvuoro',
        description: 'Toipumisesta',
        languageCode: 'fi',
        place: 'Osasto 5',
        municipalityCode: 'jyvaskyla',
        areas: [{ code: 'mental_health', required: true }],
        schedule: {
          occurrences: [
            { startsAt: t.daysFromNow(20, 13).toISOString(), endsAt: t.daysFromNow(20, 15).toISOString() },
          ],
        },
        submit: true,
      })
      .expect(201);
    await t
      .http()
      .post(`/api/v1/orders/${order.body.id}/start-matching`)
      .set(bearer(coordinator))
      .set('if-match', `"${order.body.version}"`)
      .expect(200);
    const candidates = await t
      .http()
      .get(`/api/v1/orders/${order.body.id}/candidates`)
      .set(bearer(coordinator))
      .expect(200);
    expect(candidates.body.items.map((c: { expertId: string }) => c.expertId)).toContain(agreements.expertId);
    await t
      .http()
      .post(`/api/v1/orders/${order.body.id}/offers`)
      .set(bearer(coordinator))
      .send({ expertIds: [agreements.expertId], reason: 'Uusi kokemusasiantuntija, perehdytetty.' })
      .expect(201);
    const offers = await t.http().get('/api/v1/offers').set(bearer(me)).expect(200);
    expect(offers.body.items).toHaveLength(1);
  });

  it('runs a course: enrolment up to its capacity, attendance per session, completion into training records and the tier', async () => {
    const [expert] = await t.dataSource.query(
      `INSERT INTO expert (first_name, last_name, email, municipality_code, languages, kinds, task_types, status)
       VALUES ('Kurssi', 'Laine', 'kurssi.laine@example.fi', 'jyvaskyla', '{fi}', '{trained_expert}', '{talk}', 'active') RETURNING id, tier_code`,
    );
    const f = form({ firstName: 'Tuuli' });
    const applicant = await toOrientation(f, 'pass_interview'); // at the training step
    const day = (d: number, h: number) => t.daysFromNow(d, h).toISOString();
    const sessions = [1, 2, 3, 4, 5].map((d) => ({
      startsAt: day(d * 7, 9),
      endsAt: day(d * 7, 15),
      topic: `Tapaaminen ${d}`,
    }));
    const from = day(7, 12).slice(0, 10);
    const to = day(35, 12).slice(0, 10);
    const course = {
      name: 'Kokemusasiantuntijan peruskoulutus',
      organiser: 'Järvi-Suomen hyvinvointialue',
      kind: 'basic',
      startsOn: from,
      endsOn: to,
      hours: 60,
      capacity: 2,
      place: 'Sairaalantie 11, Jyväskylä',
      sessions,
    };
    const bad = await t
      .http()
      .post('/api/v1/courses')
      .set(bearer(coordinator))
      .send({ ...course, endsOn: '2020-01-01' })
      .expect(400);
    expect(bad.body.code).toBe('COURSE_DATES');
    await t
      .http()
      .post('/api/v1/courses')
      .set(bearer(coordinator))
      .send({ ...course, kind: 'yoga', hours: 0 })
      .expect(400);
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM course`);
    expect(n).toBe(0);
    const created = await t.http().post('/api/v1/courses').set(bearer(coordinator)).send(course).expect(201);
    expect(created.body).toMatchObject({ sessionCount: 5, enrolledCount: 0 });
    const id = created.body.id;

    const enrol = (body: Record<string, unknown>, status: number) =>
      t.http().post(`/api/v1/courses/${id}/enrolments`).set(bearer(coordinator)).send(body).expect(status);
    await enrol({ expertId: expert.id }, 201);
    const elsewhere = await toOrientation(form({ firstName: 'Väärä' }), 'accept_prior_training');
    expect((await enrol({ applicationId: elsewhere.id }, 409)).body.code).toBe(
      'COURSE_APPLICANT_NOT_IN_TRAINING',
    );
    const both = await enrol({ applicationId: applicant.id }, 201);
    expect(both.body.enrolledCount).toBe(2);
    expect((await enrol({ expertId: expert.id }, 409)).body.code).toBe('COURSE_ALREADY_ENROLLED');
    const [other] = await t.dataSource.query(
      `INSERT INTO expert (first_name, last_name, email, municipality_code, languages, kinds, task_types, status)
       VALUES ('Liian', 'Myöhään', 'liian.myohaan@example.fi', 'jyvaskyla', '{fi}', '{}', '{}', 'active') RETURNING id`,
    );
    expect((await enrol({ expertId: other.id }, 409)).body.code).toBe('COURSE_FULL');

    const people = new Map(both.body.enrolments.map((e: { name: string; id: string }) => [e.name, e.id]));
    const kurssi = people.get('Kurssi Laine') as string;
    const tuuli = people.get(`Tuuli ${f.lastName}`) as string;
    const attend = (sessionId: string, present: string[]) =>
      t
        .http()
        .put(`/api/v1/courses/${id}/sessions/${sessionId}/attendance`)
        .set(bearer(coordinator))
        .send({ presentEnrolmentIds: present });
    const ids: string[] = created.body.sessions.map((x: { id: string }) => x.id);
    const stranger = await attend(ids[0], ['00000000-0000-4000-8000-000000000000']).expect(400);
    expect(stranger.body.code).toBe('COURSE_ENROLMENT_UNKNOWN');
    for (const s of ids.slice(0, 3)) await attend(s, [kurssi, tuuli]).expect(200);
    const short = await t
      .http()
      .post(`/api/v1/courses/${id}/enrolments/${kurssi}/complete`)
      .set(bearer(coordinator))
      .expect(409);
    expect(short.body).toMatchObject({ code: 'COURSE_ATTENDANCE_SHORT', attended: 3, sessions: 5 });
    const four = await attend(ids[3], [kurssi, tuuli]).expect(200);
    expect(four.body.enrolments.every((e: { mayComplete: boolean }) => e.mayComplete)).toBe(true);
    await attend(ids[4], [tuuli]).expect(200);

    await t
      .http()
      .post(`/api/v1/courses/${id}/enrolments/${kurssi}/complete`)
      .set(bearer(coordinator))
      .expect(200);
    const [record] = await t.dataSource.query(
      `SELECT r.course, r.hours, e.tier_code FROM training_record r JOIN expert e ON e.id = r.expert_id WHERE r.expert_id = $1`,
      [expert.id],
    );
    expect(record).toEqual({ course: 'Kokemusasiantuntijan peruskoulutus', hours: 60, tier_code: 'trained' });
    const again = await t
      .http()
      .post(`/api/v1/courses/${id}/enrolments/${kurssi}/complete`)
      .set(bearer(coordinator))
      .expect(409);
    expect(again.body.code).toBe('COURSE_ENROLMENT_CLOSED');

    // the applicant's completion moves the application on; their record goes with them into the registry
    await t
      .http()
      .post(`/api/v1/courses/${id}/enrolments/${tuuli}/complete`)
      .set(bearer(coordinator))
      .expect(200);
    const moved = await t
      .http()
      .get(`/api/v1/applications/${applicant.id}`)
      .set(bearer(coordinator))
      .expect(200);
    expect(moved.body.step).toBe('orientation');
    expect(moved.body.timeline.at(-1)).toMatchObject({ kind: 'complete_training' });
    await tickOrientation(applicant.id);
    const res = await t
      .http()
      .post(`/api/v1/applications/${applicant.id}/moves`)
      .set(bearer(coordinator))
      .set('if-match', moved.headers.etag)
      .send({ move: 'complete_orientation' })
      .expect(200);
    const [carried] = await t.dataSource.query(
      `SELECT r.course, r.hours FROM training_record r WHERE r.expert_id = $1`,
      [res.body.expertId],
    );
    expect(carried).toEqual({ course: 'Kokemusasiantuntijan peruskoulutus', hours: 60 });

    const listed = await t.http().get('/api/v1/courses').set(bearer(coordinator)).expect(200);
    expect(listed.body.items[0]).toMatchObject({ id, enrolledCount: 2 });
    const orderer = (await login(t, (await makeUser(t.dataSource, [Role.Orderer])).email)).token;
    await t.http().get('/api/v1/courses').set(bearer(orderer)).expect(403);
    await t
      .http()
      .post(`/api/v1/courses/${id}/enrolments`)
      .set(bearer(orderer))
      .send({ expertId: other.id })
      .expect(403);
  });

  it('shows an expert their own courses and attendance', async () => {
    const user = await makeUser(t.dataSource, [Role.Expert]);
    const [e] = await t.dataSource.query(
      `INSERT INTO expert (first_name, last_name, email, municipality_code, languages, kinds, task_types, status, user_id)
       VALUES ('Oma', 'Kurssi', $1, 'jyvaskyla', '{fi}', '{}', '{}', 'active', $2) RETURNING id`,
      [user.email, user.id],
    );
    const created = await t
      .http()
      .post('/api/v1/courses')
      .set(bearer(coordinator))
      .send({
        name: 'Mentorikoulutus',
        organiser: 'Kokemustoimintaverkosto',
        kind: 'mentor',
        startsOn: t.daysFromNow(3, 12).toISOString().slice(0, 10),
        endsOn: t.daysFromNow(3, 12).toISOString().slice(0, 10),
        hours: 8,
        capacity: 10,
        sessions: [
          { startsAt: t.daysFromNow(3, 9).toISOString(), endsAt: t.daysFromNow(3, 16).toISOString() },
        ],
      })
      .expect(201);
    await t
      .http()
      .post(`/api/v1/courses/${created.body.id}/enrolments`)
      .set(bearer(coordinator))
      .send({ expertId: e.id })
      .expect(201);
    const token = (await login(t, user.email)).token;
    const mine = await t.http().get('/api/v1/experts/me/courses').set(bearer(token)).expect(200);
    expect(mine.body.items).toHaveLength(1);
    expect(mine.body.items[0]).toMatchObject({
      course: { name: 'Mentorikoulutus', kind: 'mentor' },
      status: 'enrolled',
      attendedSessionIds: [],
    });
    await t.http().get('/api/v1/courses').set(bearer(token)).expect(403);
  });

  it('keeps the county’s orientation checklist: orientation is done only when every item in force is', async () => {
    const items = (await t.http().get('/api/v1/orientation-items').set(bearer(coordinator)).expect(200)).body.items as Array<{
      id: string;
      code: string;
      active: boolean;
    }>;
    expect(items.map((i) => i.code)).toEqual(['confidentiality', 'ethics', 'safety', 'fees_tax_card', 'decline_pause']);
    const admin = (await login(t, (await makeUser(t.dataSource, [Role.Admin])).email)).token;
    const label = { labelFi: 'Kokemus-palvelun käyttö', labelSv: 'Att använda Kokemus', labelEn: 'Using Kokemus' };
    await t.http().post('/api/v1/orientation-items').set(bearer(coordinator)).send({ code: 'app', ...label }).expect(403);
    const bad = await t.http().post('/api/v1/orientation-items').set(bearer(admin)).send({ code: 'App!', ...label, labelSv: ' ' }).expect(400);
    expect(Object.keys(bad.body.errors).sort()).toEqual(['code', 'labelSv']);
    const added = await t.http().post('/api/v1/orientation-items').set(bearer(admin)).send({ code: 'app', ...label }).expect(201);
    expect(added.body).toMatchObject({ code: 'app', position: 6, active: true });
    const taken = await t.http().post('/api/v1/orientation-items').set(bearer(admin)).send({ code: 'app', ...label }).expect(409);
    expect(taken.body.code).toBe('ORIENTATION_ITEM_CODE_TAKEN');

    const f = form({ firstName: 'Perehdytys' });
    const { id, move } = await toOrientation(f);
    // toOrientation ticked all six in force; the coordinator corrects it to the two really gone through.
    const partly = await t
      .http()
      .put(`/api/v1/applications/${id}/orientation`)
      .set(bearer(coordinator))
      .send({ doneItemIds: [items[0].id, items[2].id] })
      .expect(200);
    expect(partly.body.orientation.filter((c: { done: boolean }) => c.done).map((c: { code: string }) => c.code)).toEqual([
      'confidentiality',
      'safety',
    ]);
    expect(partly.body.orientation.find((c: { code: string }) => c.code === 'safety')).toMatchObject({
      done: true,
      doneAt: expect.any(String),
      doneByName: expect.any(String),
    });
    const refused = await move({ move: 'complete_orientation' }, 409);
    expect(refused).toMatchObject({
      code: 'APPLICATION_ORIENTATION_INCOMPLETE',
      missing: ['ethics', 'fees_tax_card', 'decline_pause', 'app'],
    });
    await t
      .http()
      .put(`/api/v1/applications/${id}/orientation`)
      .set(bearer(coordinator))
      .send({ doneItemIds: ['00000000-0000-4000-8000-000000000000'] })
      .expect(400);
    // An item taken out of use is not asked any more.
    await t.http().patch(`/api/v1/orientation-items/${added.body.id}`).set(bearer(admin)).send({ active: false }).expect(200);
    await t
      .http()
      .put(`/api/v1/applications/${id}/orientation`)
      .set(bearer(coordinator))
      .send({ doneItemIds: items.map((i) => i.id) })
      .expect(200);
    const done = await move({ move: 'complete_orientation' });
    expect(done.step).toBe('agreements');
    // The checklist is kept at the orientation step only.
    const late = await t
      .http()
      .put(`/api/v1/applications/${id}/orientation`)
      .set(bearer(coordinator))
      .send({ doneItemIds: [] })
      .expect(409);
    expect(late.body.code).toBe('APPLICATION_NOT_IN_ORIENTATION');
  });

  it('does not add a second registry record for an address the registry has: the move changes nothing', async () => {
    const f = form({ firstName: 'Paluu' });
    await t.dataSource.query(
      `INSERT INTO expert (first_name, last_name, email, municipality_code, languages, kinds, task_types, status) VALUES ('Paluu', 'Vanha', upper($1), 'jyvaskyla', '{fi}', '{}', '{}', 'left')`,
      [f.email],
    );
    const { id, move } = await toOrientation(f);
    const refused = await move({ move: 'complete_orientation' }, 409);
    expect(refused).toMatchObject({ code: 'APPLICATION_ALREADY_IN_REGISTRY', expertId: expect.any(String) });
    const still = await t.http().get(`/api/v1/applications/${id}`).set(bearer(coordinator)).expect(200);
    expect(still.body).toMatchObject({ step: 'orientation', expertId: null });
    const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM user_account WHERE email = $1`, [
      f.email,
    ]);
    expect(n).toBe(0);
  });

  it('takes certificates of earlier training from the applicant’s signed link, checked by their bytes, for the coordinator to read', async () => {
    const f = form({ firstName: 'Todistus' });
    await t.http().post('/api/v1/applications').send(f).expect(202);
    const confirmed = await t
      .http()
      .post('/api/v1/applications/confirm')
      .send({ token: tokenIn((await mailTo(f.email)).raw, '/apply/confirm') })
      .expect(200);
    const token: string = confirmed.body.certificateToken;
    // the "received" letter carries the same page, for later
    expect(tokenIn((await mailTo(f.email, 2)).raw, '/apply/certificates')).toBe(token);
    const q = (fileName: string) => `/api/v1/applications/certificates?token=${encodeURIComponent(token)}&fileName=${encodeURIComponent(fileName)}`;
    const pdf = Buffer.from('%PDF-1.4\n% todistus\n');
    const added = await t.http().post(q('Peruskurssi.pdf')).set('content-type', 'application/pdf').send(pdf).expect(201);
    expect(added.body).toMatchObject({ fileName: 'Peruskurssi.pdf', contentType: 'application/pdf', sizeBytes: pdf.length });

    // a web page called a PDF, a program, and a file too large change nothing
    const fake = await t.http().post(q('x.pdf')).set('content-type', 'application/pdf').send(Buffer.from('<html><script>')).expect(415);
    expect(fake.body.code).toBe('APPLICATION_CERTIFICATE_TYPE');
    await t.http().post(q('x.exe')).set('content-type', 'application/pdf').send(Buffer.from('MZ\x90\x00\x03')).expect(415);
    const big = Buffer.concat([Buffer.from('%PDF-'), Buffer.alloc(5 * 1024 * 1024)]);
    const tooBig = await t.http().post(q('iso.pdf')).set('content-type', 'application/pdf').send(big).expect(413);
    expect(tooBig.body.code).toBe('APPLICATION_CERTIFICATE_TOO_LARGE');
    const forged = await t
      .http()
      .post(`/api/v1/applications/certificates?token=${token.split('.')[0]}.${'0'.repeat(64)}&fileName=a.pdf`)
      .set('content-type', 'application/pdf')
      .send(pdf)
      .expect(400);
    expect(forged.body.code).toBe('APPLICATION_LINK_INVALID');

    const page = await t.http().get(`/api/v1/applications/certificates?token=${encodeURIComponent(token)}`).expect(200);
    expect(page.body).toMatchObject({ firstName: 'Todistus', locale: 'fi', open: true, maxFiles: 5 });
    expect(page.body.items.map((c: { fileName: string }) => c.fileName)).toEqual(['Peruskurssi.pdf']);

    // up to five; a mistaken one can be taken back
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    const extra = [];
    for (let i = 0; i < 4; i += 1)
      extra.push((await t.http().post(q(`kuva${i}.png`)).set('content-type', 'image/png').send(png).expect(201)).body.id);
    const sixth = await t.http().post(q('kuva5.png')).set('content-type', 'image/png').send(png).expect(409);
    expect(sixth.body.code).toBe('APPLICATION_CERTIFICATE_LIMIT');
    await t.http().delete(`/api/v1/applications/certificates/${extra[3]}?token=${encodeURIComponent(token)}`).expect(204);

    const list = await t.http().get(`/api/v1/applications?q=${f.lastName}`).set(bearer(coordinator)).expect(200);
    const id = list.body.items[0].id;
    const one = await t.http().get(`/api/v1/applications/${id}`).set(bearer(coordinator)).expect(200);
    expect(one.body.certificates).toHaveLength(4);
    expect(one.body.timeline.map((e: { kind: string }) => e.kind)).toEqual(
      expect.arrayContaining(['certificate_added', 'certificate_removed']),
    );
    await t.http().get(`/api/v1/applications/${id}/certificates/${added.body.id}`).expect(401);
    const expert = await makeUser(t.dataSource, [Role.Expert]);
    await t
      .http()
      .get(`/api/v1/applications/${id}/certificates/${added.body.id}`)
      .set(bearer((await login(t, expert.email)).token))
      .expect(403);
    const file = await t
      .http()
      .get(`/api/v1/applications/${id}/certificates/${added.body.id}`)
      .set(bearer(coordinator))
      .buffer(true)
      .parse((res, done) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => done(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(file.headers['content-disposition']).toContain('attachment');
    expect(file.headers['x-content-type-options']).toBe('nosniff');
    expect(Buffer.compare(file.body as Buffer, pdf)).toBe(0);
    const [{ reads }] = await t.dataSource.query(
      `SELECT count(*)::int AS reads FROM audit_event WHERE action = 'application.certificate.read' AND subject_id = $1`,
      [id],
    );
    expect(reads).toBe(1);

    // once the application is closed, the link adds nothing
    await t
      .http()
      .post(`/api/v1/applications/${id}/moves`)
      .set(bearer(coordinator))
      .set('if-match', one.headers.etag)
      .send({ move: 'close', reason: 'Hakija perui hakemuksen.' })
      .expect(200);
    const closed = await t.http().post(q('myöhässä.pdf')).set('content-type', 'application/pdf').send(pdf).expect(410);
    expect(closed.body.code).toBe('APPLICATION_LINK_EXPIRED');
    const [{ kept }] = await t.dataSource.query(
      `SELECT count(*)::int AS kept FROM application_certificate WHERE application_id = $1`,
      [id],
    );
    expect(kept).toBe(4);
  });

  it('gives onboarding’s data in the person’s data export, and erasure deletes it', async () => {
    const f = form({ firstName: 'Oikeus' });
    const { id, move } = await toOrientation(f);
    const activated = await move({ move: 'complete_orientation' });
    const expertId: string = activated.expertId;
    expect(expertId).toEqual(expect.any(String));
    await t
      .http()
      .post(`/api/v1/experts/${expertId}/record-checks`)
      .set(bearer(coordinator))
      .send({ extractDate: t.daysFromNow(-3).toISOString().slice(0, 10) })
      .expect(201);

    const dump = await t.http().get(`/api/v1/experts/${expertId}/data-export`).set(bearer(coordinator)).expect(200);
    const part = dump.body.modules.onboarding;
    expect(part.applications).toHaveLength(1);
    expect(part.applications[0]).toMatchObject({ id, email: f.email, heard_from: 'Järjestön uutiskirje' });
    expect(part.applications[0].timeline.map((e: { kind: string }) => e.kind)).toEqual(
      expect.arrayContaining(['confirmed', 'start_screening']),
    );
    expect(part.recordChecks).toHaveLength(1);
    expect(part).toMatchObject({ agreementAcceptances: [], courses: [], mentorships: [] });

    const person = await t.http().get(`/api/v1/experts/${expertId}`).set(bearer(coordinator)).expect(200);
    await t
      .http()
      .post(`/api/v1/experts/${expertId}/erase`)
      .set(bearer(coordinator))
      .set('if-match', person.headers.etag)
      .expect(204);
    const [left] = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM application WHERE id = $1 OR email = $3) AS applications,
              (SELECT count(*)::int FROM application_event WHERE application_id = $1) AS events,
              (SELECT count(*)::int FROM record_check WHERE expert_id = $2) AS checks`,
      [id, expertId, f.email],
    );
    expect(left).toEqual({ applications: 0, events: 0, checks: 0 });
    const after = await t.http().get(`/api/v1/experts/${expertId}/data-export`).set(bearer(coordinator)).expect(200);
    expect(after.body.modules.onboarding.applications).toEqual([]);
  });

  it('moves onboarding’s data to the kept record when a duplicate is merged', async () => {
    const f = form({ firstName: 'Kaksoset' });
    const { id, move } = await toOrientation(f);
    const duplicateId: string = (await move({ move: 'complete_orientation' })).expertId;
    const kept = await t
      .http()
      .post('/api/v1/experts')
      .set(bearer(coordinator))
      .send({ firstName: 'Kaksoset', lastName: f.lastName, email: `toinen.${f.email}`, languages: ['fi'] })
      .expect(201);
    await t
      .http()
      .post(`/api/v1/experts/${kept.body.id}/merge`)
      .set(bearer(coordinator))
      .set('if-match', kept.headers.etag ?? '"1"')
      .send({ duplicateId })
      .expect(200);
    const [a] = await t.dataSource.query(`SELECT expert_id FROM application WHERE id = $1`, [id]);
    expect(a.expert_id).toBe(kept.body.id);
    const dump = await t.http().get(`/api/v1/experts/${kept.body.id}/data-export`).set(bearer(coordinator)).expect(200);
    expect(dump.body.modules.onboarding.applications.map((x: { id: string }) => x.id)).toEqual([id]);
  });
});

describe('onboarding: spam', () => {
  it('answers 100 posts from one address with 429 after the limit, keeps nothing unconfirmed beyond it, and a honeypot keeps nothing', async () => {
    const t = await startTestApp({ JOBS_ENABLED: 'false' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 100; i += 1)
        statuses.push((await t.http().post('/api/v1/applications').send(form())).status);
      expect(statuses.filter((s) => s === 202)).toHaveLength(5);
      expect(statuses.filter((s) => s === 429)).toHaveLength(95);
      expect(statuses.slice(5).every((s) => s === 429)).toBe(true);
      const limited = await t.http().post('/api/v1/applications').send(form()).expect(429);
      expect(limited.headers['retry-after']).toBe('3600');
      expect(limited.body.code).toBe('APPLICATION_TOO_MANY');
      const [{ held, apps }] = await t.dataSource.query(
        `SELECT (SELECT count(*)::int FROM application_submission) AS held, (SELECT count(*)::int FROM application) AS apps`,
      );
      expect(held).toBe(5);
      expect(apps).toBe(0);

      // Per e-mail address too, from anywhere: three a day.
      await t.dataSource.query(`DELETE FROM application_submission`);
      const same = form();
      for (let i = 0; i < 3; i += 1) await t.http().post('/api/v1/applications').send(same).expect(202);
      await t.http().post('/api/v1/applications').send(same).expect(429);

      await t.dataSource.query(`DELETE FROM application_submission`);
      const bot = await t
        .http()
        .post('/api/v1/applications')
        .send(form({ website: 'http://spam.example' }))
        .expect(202);
      expect(bot.body.status).toBe('confirmation_sent');
      const [{ n }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM application_submission`);
      expect(n).toBe(0);
    } finally {
      await t.close();
    }
  });
});

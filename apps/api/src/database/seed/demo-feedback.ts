import type { EntityManager } from 'typeorm';
import type { AppConfig } from '../../config/config';
import { FieldCipher } from '../../common/field-cipher';
import { randomBytes } from 'node:crypto';
import { addDays, helsinkiDate, helsinkiInstant, isBusinessDay, weekday } from '../../common/business-days';
import { debriefDueAt, feedbackRemindAt, participantToken } from '../../feedback/feedback.rules';

/**
 * The demo county's requests to talk: one open (an expert asked this afternoon after a task on a ward,
 * due the next business day), and one handled ten days ago, with the coordinator's note.
 */
export async function seedDemoFeedback(
  manager: EntityManager,
  config: AppConfig,
  users: { coordinator: string; expert: string },
  now = new Date(),
): Promise<void> {
  const cipher = new FieldCipher(config);
  // two active experts other than the demo expert, each with a task done
  const people = await manager.query<Array<{ expert_id: string; assignment_id: string; starts_at: Date }>>(
    `SELECT DISTINCT ON (a.expert_id) a.expert_id, a.id AS assignment_id, a.starts_at
       FROM assignment a JOIN expert e ON e.id = a.expert_id
      WHERE a.status = 'completed' AND e.status = 'active' AND e.user_id IS DISTINCT FROM $1
      ORDER BY a.expert_id, a.starts_at DESC
      LIMIT 2`,
    [users.expert],
  );
  await seedDemoFeedbackRequests(manager, cipher, now);
  await seedDemoParticipantAnswers(manager, cipher, users.coordinator);
  await seedDemoComplaint(manager, cipher, now);
  await seedDemoReportBacks(manager, cipher, users.coordinator, now);
  // the expert whose request to talk was handled has had a supervision after that task
  await seedDemoSupervision(manager, users, now, people[1]?.expert_id ?? null);
  if (people.length < 2) return;
  const [open, handled] = people;
  const askedAt = new Date(now.getTime() - 3 * 3_600_000);
  await manager.query(
    `INSERT INTO debrief_request (expert_id, assignment_id, contact, message_enc, status, requested_at, due_at, version)
     VALUES ($1, $2, 'phone', $3, 'open', $4, $5, 1)`,
    [
      open.expert_id,
      open.assignment_id,
      cipher.encrypt(
        'Kerroin osastolla omasta sairastumisestani, ja kuulijoiden kysymykset jäivät mieleen. Haluaisin purkaa tätä jonkun kanssa.',
      ),
      askedAt,
      debriefDueAt(askedAt),
    ],
  );
  const handledAt = new Date(now.getTime() - 10 * 86_400_000);
  await manager.query(
    `INSERT INTO debrief_request (expert_id, assignment_id, contact, message_enc, status, requested_at, due_at,
                                  taken_by, taken_at, done_at, note_enc, version)
     VALUES ($1, $2, 'meeting', NULL, 'done', $3, $4, $5, $6, $7, $8, 3)`,
    [
      handled.expert_id,
      handled.assignment_id,
      handledAt,
      debriefDueAt(handledAt),
      users.coordinator,
      new Date(handledAt.getTime() + 2 * 3_600_000),
      new Date(handledAt.getTime() + 26 * 3_600_000),
      cipher.encrypt(
        'Tavattiin kahvilla. Sovittiin, että seuraava tehtävä on kevyempi ja hän tulee työnohjausryhmään.',
      ),
    ],
  );
}

const EXPERT_WORDS = [
  'Kuulijat kysyivät paljon ja kuuntelivat hyvin. Lähdin kotiin hyvällä mielellä.',
  'Tila oli rauhallinen ja yhteyshenkilö oli vastassa. Kiitos!',
  'Jännitti etukäteen, mutta sain tukea paikan päällä.',
];
const ORDERER_WORDS = [
  'Henkilöstö koki puheenvuoron avartavana. Haluamme tilata uudelleen syksyllä.',
  'Kokemuksen kautta asia tuli lähelle. Keskustelua jatkettiin vielä kahvilla.',
];
const RETURNED = [
  'Käymme palautteen läpi osastokokouksessa ja kirjaamme opitut asiat perehdytyskansioon.',
  'Kooste jaetaan osallistujille sähköpostilla.',
];

/**
 * "How did it go?" on the demo county's completed tasks: asked of the orderer and of the expert (with an
 * account) when each task was done; the older ones answered (numbers and a few words), the past week's open.
 */
async function seedDemoFeedbackRequests(
  manager: EntityManager,
  cipher: FieldCipher,
  now: Date,
): Promise<void> {
  const tasks = await manager.query<
    Array<{
      id: string;
      expert_id: string;
      expert_user: string | null;
      orderer: string | null;
      unit_id: string;
      starts_at: Date;
      ends_at: Date;
    }>
  >(
    `SELECT a.id, a.expert_id, e.user_id AS expert_user, COALESCE(o.contact_user_id, o.created_by) AS orderer,
            o.unit_id, a.starts_at, a.ends_at
       FROM assignment a JOIN task_order o ON o.id = a.order_id JOIN expert e ON e.id = a.expert_id
      WHERE a.status = 'completed'
      ORDER BY a.starts_at`,
  );
  const versions = new Map(
    (
      await manager.query<Array<{ id: string; key: string }>>(
        `SELECT DISTINCT ON (key) id, key FROM questionnaire ORDER BY key, version DESC`,
      )
    ).map((q) => [q.key, q.id]),
  );
  let i = 0;
  for (const task of tasks) {
    const askedAt = task.ends_at;
    const answered = now.getTime() - askedAt.getTime() > 7 * 86_400_000;
    const sides: Array<['orderer' | 'expert', string | null, string]> = [
      ['orderer', task.orderer, 'orderer-after-task'],
      ['expert', task.expert_user, 'expert-after-task'],
    ];
    for (const [respondent, userId, key] of sides) {
      const questionnaireId = versions.get(key);
      if (!userId || !questionnaireId) continue;
      i += 1;
      // mostly good, now and then a middling one: plausible, not perfect
      const v = (base: number) => Math.max(1, Math.min(5, base - ((i * 7 + base) % 3 === 0 ? 1 : 0)));
      const answers =
        respondent === 'orderer'
          ? { 'as-ordered': v(5), prepared: v(4), safe: v(5), useful: v(5), rating: v(5) }
          : {
              'went-well': v(5),
              briefed: v(4),
              'felt-safe': v(5),
              valued: v(5),
              supported: v(4),
              load: 1 + (i % 4),
            };
      const texts: Record<string, string> =
        respondent === 'orderer'
          ? { returned: RETURNED[i % RETURNED.length], ...(i % 2 ? { comments: ORDERER_WORDS[i % 2] } : {}) }
          : i % 2
            ? { comments: EXPERT_WORDS[i % EXPERT_WORDS.length] }
            : {};
      await manager.query(
        `INSERT INTO feedback_request (assignment_id, expert_id, unit_id, respondent, user_id, questionnaire_id, status,
                                       asked_at, remind_at, reminded_at, answered_at, answers, texts_enc, version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, NULL, $10, $11, $12, $13)`,
        [
          task.id,
          task.expert_id,
          task.unit_id,
          respondent,
          userId,
          questionnaireId,
          answered ? 'answered' : 'open',
          askedAt,
          feedbackRemindAt(askedAt),
          answered ? new Date(askedAt.getTime() + (1 + (i % 3)) * 86_400_000) : null,
          answered ? JSON.stringify(answers) : null,
          answered && Object.keys(texts).length ? cipher.encrypt(JSON.stringify(texts)) : null,
          answered ? 2 : 1,
        ],
      );
    }
  }
}

const PARTICIPANT_WORDS: Array<[string, 'approved' | 'pending']> = [
  ['Oli hyvä kuulla, että toipuminen on mahdollista.', 'approved'],
  ['Kiitos rohkeudesta kertoa omasta elämästä.', 'approved'],
  ['Tarina muistutti minua siskostani Annasta, joka sairastui viime vuonna.', 'pending'],
];

/**
 * The participants' voice on a Juttupenkki done last week: its short link, fourteen anonymous answers on
 * the faces scale (a few in selkokieli), and three comments, two screened and one waiting for a coordinator
 * (it names a person).
 */
async function seedDemoParticipantAnswers(
  manager: EntityManager,
  cipher: FieldCipher,
  coordinator: string,
): Promise<void> {
  const [time] = await manager.query<Array<{ occurrence_id: string; ends_at: Date }>>(
    `SELECT a.occurrence_id, a.ends_at FROM assignment a JOIN task_order o ON o.id = a.order_id
      WHERE a.status = 'completed' AND o.title LIKE 'Juttupenkki%' ORDER BY a.starts_at DESC LIMIT 1`,
  );
  const [questionnaire] = await manager.query<Array<{ id: string }>>(
    `SELECT id FROM questionnaire WHERE key = 'participant' ORDER BY version DESC LIMIT 1`,
  );
  if (!time || !questionnaire) return;
  const [link] = await manager.query<Array<{ id: string }>>(
    `INSERT INTO participant_link (token, occurrence_id, questionnaire_id, created_by) VALUES ($1, $2, $3, $4) RETURNING id`,
    [participantToken(randomBytes(16)), time.occurrence_id, questionnaire.id, coordinator],
  );
  for (let i = 0; i < 14; i++) {
    const face = (base: number) => Math.max(1, Math.min(5, base - (i % 4 === 3 ? 1 : 0) - (i === 9 ? 2 : 0)));
    const words = i < PARTICIPANT_WORDS.length ? PARTICIPANT_WORDS[i] : null;
    const answeredAt = new Date(time.ends_at.getTime() + (5 + i * 7) * 60_000);
    await manager.query(
      `INSERT INTO participant_answer (link_id, questionnaire_id, locale, answers, texts_enc, screening, screened_by,
                                       screened_at, address_hash, answered_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        link.id,
        questionnaire.id,
        i % 5 === 2 ? 'selko' : 'fi',
        JSON.stringify({ overall: face(5), learnt: face(4), understood: face(5), use: face(4) }),
        words ? cipher.encrypt(JSON.stringify({ comments: words[0] })) : null,
        words ? words[1] : null,
        words?.[1] === 'approved' ? coordinator : null,
        words?.[1] === 'approved' ? new Date(answeredAt.getTime() + 86_400_000) : null,
        cipher.hash(`participant:demo-${i % 3}`),
        answeredAt,
      ],
    );
  }
}

/**
 * One complaint, received two days ago from a ward whose answer said something went wrong (the expert was
 * late and nobody told the ward), not yet answered: the coordinators see it first in their inbox.
 */
async function seedDemoComplaint(manager: EntityManager, cipher: FieldCipher, now: Date): Promise<void> {
  const [answered] = await manager.query<
    Array<{ id: string; assignment_id: string; expert_id: string; unit_id: string; user_id: string }>
  >(
    `SELECT id, assignment_id, expert_id, unit_id, user_id FROM feedback_request
      WHERE respondent = 'orderer' AND status = 'answered' ORDER BY answered_at DESC LIMIT 1`,
  );
  if (!answered) return;
  // the answer that came with it was a middling one
  await manager.query(
    `UPDATE feedback_request SET answers = answers || '{"as-ordered": 2, "rating": 3}'::jsonb WHERE id = $1`,
    [answered.id],
  );
  await manager.query(
    `INSERT INTO complaint (assignment_id, expert_id, unit_id, feedback_request_id, made_by, text_enc, status,
                            received_at, version)
     VALUES ($1, $2, $3, $4, $5, $6, 'received', $7, 1)`,
    [
      answered.assignment_id,
      answered.expert_id,
      answered.unit_id,
      answered.id,
      answered.user_id,
      cipher.encrypt(
        'Kokemusasiantuntija saapui puoli tuntia myöhässä, eikä kukaan ilmoittanut meille. Osastotunti ehdittiin aloittaa ilman häntä.',
      ),
      new Date(now.getTime() - 2 * 86_400_000),
    ],
  );
}

/**
 * Report-backs ("What my tasks gave") for the completed tasks whose feedback has closed (14 days after
 * them), as the job would have made them; Liisa's newest has a coordinator's note.
 */
async function seedDemoReportBacks(
  manager: EntityManager,
  cipher: FieldCipher,
  coordinator: string,
  now: Date,
): Promise<void> {
  const made = await manager.query<Array<{ id: string; user_id: string | null }>>(
    `INSERT INTO report_back (assignment_id, expert_id, ready_at)
     SELECT a.id, a.expert_id, a.ends_at + interval '14 days' FROM assignment a
      WHERE a.status = 'completed' AND a.ends_at + interval '14 days' <= $1
        AND EXISTS (SELECT 1 FROM feedback_request f WHERE f.assignment_id = a.id)
     RETURNING id, (SELECT user_id FROM expert e WHERE e.id = expert_id) AS user_id`,
    [now],
  );
  const liisas = made.find((r) => r.user_id);
  if (liisas)
    await manager.query(`UPDATE report_back SET note_enc = $2, noted_by = $3, noted_at = $4 WHERE id = $1`, [
      liisas.id,
      cipher.encrypt('Omaisten illan palaute oli lämmin. Kiitos, että kerroit niin avoimesti!'),
      coordinator,
      now,
    ]);
}

/**
 * Supervision (työnohjaus): the group that meets next week (Liisa and three others, an outside
 * supervisor, at the experts-by-experience centre in Jyväskylä), and a past individual session the
 * business day after a demanding task, with the attendance marked.
 */
async function seedDemoSupervision(
  manager: EntityManager,
  users: { coordinator: string; expert: string },
  now: Date,
  afterTaskExpert: string | null,
): Promise<void> {
  const today = helsinkiDate(now);
  // Wednesday next week, or the next business day after it
  let day = addDays(today, ((8 - weekday(today)) % 7 || 7) + 2);
  while (!isBusinessDay(day)) day = addDays(day, 1);
  const group = await manager.query<Array<{ id: string }>>(
    `(SELECT id FROM expert WHERE user_id = $1)
     UNION ALL
     (SELECT id FROM expert WHERE status = 'active' AND user_id IS NOT NULL AND user_id <> $1
       ORDER BY last_name, first_name, id LIMIT 3)`,
    [users.expert],
  );
  if (group.length >= 2) {
    const [session] = await manager.query<Array<{ id: string }>>(
      `INSERT INTO supervision_session (kind, purpose, starts_at, ends_at, place, supervisor_name, supervisor_external,
                                        created_by, created_at, version)
       VALUES ('group', 'regular', $1, $2, 'Kokemuskeskus, Väinönkatu 11, Jyväskylä (kokoushuone Kuikka)',
               'Marja Hakala', true, $3, $4, 1)
       RETURNING id`,
      [helsinkiInstant(day, 13), helsinkiInstant(day, 15), users.coordinator, now],
    );
    await manager.query(
      `INSERT INTO supervision_participant (session_id, expert_id) SELECT $1, unnest($2::uuid[])`,
      [session.id, group.map((g) => g.id)],
    );
  }
  const [task] = await manager.query<Array<{ id: string; expert_id: string; ends_at: Date }>>(
    `SELECT a.id, a.expert_id, a.ends_at FROM assignment a JOIN expert e ON e.id = a.expert_id
      WHERE a.status = 'completed' AND e.status = 'active' AND e.user_id IS DISTINCT FROM $1
        AND a.ends_at <= $2
      ORDER BY (a.expert_id = $3) DESC, a.ends_at DESC LIMIT 1`,
    [users.expert, new Date(now.getTime() - 7 * 86_400_000), afterTaskExpert],
  );
  if (!task) return;
  let after = addDays(helsinkiDate(task.ends_at), 1);
  while (!isBusinessDay(after)) after = addDays(after, 1);
  const [startsAt, endsAt] = [helsinkiInstant(after, 14), helsinkiInstant(after, 15)];
  if (endsAt.getTime() > now.getTime()) return;
  const [individual] = await manager.query<Array<{ id: string }>>(
    `INSERT INTO supervision_session (kind, purpose, starts_at, ends_at, place, supervisor_name, supervisor_external,
                                      assignment_id, created_by, created_at, version)
     VALUES ('individual', 'after_task', $1, $2, 'Kokemuskeskus, Väinönkatu 11, Jyväskylä', 'Sari Koskinen', false,
             $3, $4, $5, 2)
     RETURNING id`,
    [startsAt, endsAt, task.id, users.coordinator, task.ends_at],
  );
  await manager.query(
    `INSERT INTO supervision_participant (session_id, expert_id, attended) VALUES ($1, $2, true)`,
    [individual.id, task.expert_id],
  );
}

import type { EntityManager } from 'typeorm';
import {
  IndicatorReason,
  indicatorRemindAt,
  indicatorScore,
  ItemKind,
  QuestionnaireAudience,
  type QuestionnaireItem,
} from '../../feedback/feedback.rules';

/** The demo's stand-in for THL's participation indicator (THL's wording is under THL's terms). */
export const DEMO_INDICATOR_KEY = 'osallisuusindikaattori-demo';

// Placeholder statements, clearly not THL's: the county enters THL's wording as a locked instrument.
const STATEMENTS: Array<[fi: string, sv: string, en: string]> = [
  [
    'Demoväite 1: Minua kuunnellaan.',
    'Demopåstående 1: Jag blir lyssnad på.',
    'Demo statement 1: I am listened to.',
  ],
  [
    'Demoväite 2: Voin vaikuttaa asioihin.',
    'Demopåstående 2: Jag kan påverka.',
    'Demo statement 2: I can make a difference.',
  ],
  [
    'Demoväite 3: Kuulun joukkoon.',
    'Demopåstående 3: Jag hör till gemenskapen.',
    'Demo statement 3: I belong.',
  ],
  [
    'Demoväite 4: Saan tietoa ajoissa.',
    'Demopåstående 4: Jag får information i tid.',
    'Demo statement 4: I get information in time.',
  ],
  [
    'Demoväite 5: Saan tukea, kun tarvitsen.',
    'Demopåstående 5: Jag får stöd när jag behöver.',
    'Demo statement 5: I get support when I need it.',
  ],
  [
    'Demoväite 6: Kokemustani arvostetaan.',
    'Demopåstående 6: Min erfarenhet värdesätts.',
    'Demo statement 6: My experience is valued.',
  ],
  [
    'Demoväite 7: Tunnen oloni turvalliseksi.',
    'Demopåstående 7: Jag känner mig trygg.',
    'Demo statement 7: I feel safe.',
  ],
  [
    'Demoväite 8: Tehtäväni ovat merkityksellisiä.',
    'Demopåstående 8: Mina uppdrag är meningsfulla.',
    'Demo statement 8: My tasks are meaningful.',
  ],
  ['Demoväite 9: Voin kehittyä.', 'Demopåstående 9: Jag kan utvecklas.', 'Demo statement 9: I can grow.'],
  [
    'Demoväite 10: Olen tyytyväinen osallisuuteeni.',
    'Demopåstående 10: Jag är nöjd med min delaktighet.',
    'Demo statement 10: I am content with my participation.',
  ],
];

/**
 * A clearly marked demo indicator (not locked: the county replaces it with THL's wording, which new
 * requests then ask), and the demo expert's joining answer of last year with its score and this year's
 * open one, so the screens show something.
 */
export async function seedDemoIndicator(
  manager: EntityManager,
  users: { expert: string },
  now = new Date(),
): Promise<void> {
  const items: QuestionnaireItem[] = STATEMENTS.map(([fi, sv, en], i) => ({
    id: `v${i + 1}`,
    kind: ItemKind.Scale,
    theme: null,
    required: true,
    text: { fi, sv, en, selko: null },
  }));
  const [existing] = await manager.query<Array<{ id: string }>>(
    `SELECT id FROM questionnaire WHERE key = $1 ORDER BY version DESC LIMIT 1`,
    [DEMO_INDICATOR_KEY],
  );
  const questionnaireId =
    existing?.id ??
    (
      await manager.query<Array<{ id: string }>>(
        `INSERT INTO questionnaire (key, version, audience, title, items, locked, source, created_at)
         VALUES ($1, 1, $2, $3, $4, false, $5, $6) RETURNING id`,
        [
          DEMO_INDICATOR_KEY,
          QuestionnaireAudience.Indicator,
          JSON.stringify({
            fi: 'Osallisuusindikaattori (DEMO – korvataan THL:n sanamuodolla)',
            sv: 'Delaktighetsindikatorn (DEMO – ersätts med THL:s formulering)',
            en: 'Participation indicator (DEMO – to be replaced with THL’s wording)',
            selko: null,
          }),
          JSON.stringify(items),
          'Demo placeholder, not THL’s wording: the county enters THL’s participation indicator as a locked instrument.',
          new Date(now.getTime() - 400 * 86_400_000),
        ],
      )
    )[0].id;
  const [liisa] = await manager.query<Array<{ id: string }>>(`SELECT id FROM expert WHERE user_id = $1`, [
    users.expert,
  ]);
  if (!liisa) return;
  const [asked] = await manager.query<Array<{ n: number }>>(
    `SELECT count(*)::int AS n FROM indicator_request WHERE expert_id = $1`,
    [liisa.id],
  );
  if (asked.n) return;
  const answers = Object.fromEntries(items.map((item, i) => [item.id, [4, 3, 4, 3, 5, 4, 4, 5, 3, 4][i]]));
  const joinedAt = new Date(now.getTime() - 368 * 86_400_000);
  await manager.query(
    `INSERT INTO indicator_request (expert_id, user_id, questionnaire_id, reason, status, asked_at, remind_at,
                                    answered_at, answers, score, version)
     VALUES ($1, $2, $3, $4, 'answered', $5, $6, $7, $8, $9, 2)`,
    [
      liisa.id,
      users.expert,
      questionnaireId,
      IndicatorReason.Joining,
      joinedAt,
      indicatorRemindAt(joinedAt),
      new Date(joinedAt.getTime() + 26 * 3_600_000),
      JSON.stringify(answers),
      indicatorScore(items, answers),
    ],
  );
  const yearlyAt = new Date(now.getTime() - 2 * 86_400_000);
  await manager.query(
    `INSERT INTO indicator_request (expert_id, user_id, questionnaire_id, reason, asked_at, remind_at, version)
     VALUES ($1, $2, $3, $4, $5, $6, 1)`,
    [liisa.id, users.expert, questionnaireId, IndicatorReason.Yearly, yearlyAt, indicatorRemindAt(yearlyAt)],
  );
}

import { MigrationInterface, QueryRunner } from 'typeorm';

type Text = { fi: string; sv: string; en: string; selko?: string };
type Item = { id: string; kind: string; theme: string | null; required: boolean; text: Text };
const item = (
  id: string,
  kind: string,
  theme: string | null,
  text: Text,
  required = kind !== 'text',
): Item => ({
  id,
  kind,
  theme,
  required,
  text,
});

/** The county's first instruments (version 1); the admin saves new versions in the app. */
const DEFAULTS: Array<{ key: string; audience: string; title: Text; items: Item[] }> = [
  {
    key: 'orderer-after-task',
    audience: 'orderer',
    title: { fi: 'Tilaajan palaute', sv: 'Beställarens respons', en: 'The orderer’s feedback' },
    items: [
      item('as-ordered', 'scale', null, {
        fi: 'Tehtävä toteutui niin kuin tilasimme.',
        sv: 'Uppdraget genomfördes som vi beställde det.',
        en: 'The task went as we ordered it.',
      }),
      item('prepared', 'scale', 'tutustuminen', {
        fi: 'Kokemusasiantuntija ja yleisö olivat valmistautuneet tehtävään.',
        sv: 'Erfarenhetsexperten och publiken var förberedda på uppdraget.',
        en: 'The expert and the audience were prepared for the task.',
      }),
      item('safe', 'scale', 'turvallisuus', {
        fi: 'Tilanne oli turvallinen kaikille.',
        sv: 'Situationen var trygg för alla.',
        en: 'The situation was safe for everyone.',
      }),
      item('useful', 'scale', 'tieto', {
        fi: 'Kokemustieto oli hyödyllistä työllemme.',
        sv: 'Erfarenhetskunskapen var till nytta för vårt arbete.',
        en: 'The knowledge by experience was useful for our work.',
      }),
      item('returned', 'text', 'tieto', {
        fi: 'Miten palautatte opitun osallistujille?',
        sv: 'Hur återför ni det ni lärt er till deltagarna?',
        en: 'How will you return what was learnt to the participants?',
      }),
      item('rating', 'rating', null, {
        fi: 'Kokonaisarvio',
        sv: 'Helhetsbedömning',
        en: 'Overall',
      }),
      item('comments', 'text', null, {
        fi: 'Muuta palautetta kokemusasiantuntijalle tai koordinaattorille',
        sv: 'Annan respons till erfarenhetsexperten eller koordinatorn',
        en: 'Anything else for the expert or the coordinator',
      }),
    ],
  },
  {
    key: 'expert-after-task',
    audience: 'expert',
    title: { fi: 'Miten tehtävä meni?', sv: 'Hur gick uppdraget?', en: 'How did the task go?' },
    items: [
      item('went-well', 'rating', null, {
        fi: 'Miten tehtävä meni?',
        sv: 'Hur gick uppdraget?',
        en: 'How did the task go?',
      }),
      item('briefed', 'scale', 'tutustuminen', {
        fi: 'Sain tietää etukäteen tarpeeksi.',
        sv: 'Jag fick veta tillräckligt i förväg.',
        en: 'I was told enough beforehand.',
      }),
      item('felt-safe', 'scale', 'turvallisuus', {
        fi: 'Tunsin oloni turvalliseksi.',
        sv: 'Jag kände mig trygg.',
        en: 'I felt safe.',
      }),
      item('valued', 'scale', 'tieto', {
        fi: 'Kokemustani arvostettiin.',
        sv: 'Min erfarenhet blev uppskattad.',
        en: 'My experience was valued.',
      }),
      item('supported', 'scale', 'tuki', {
        fi: 'Sain tukea, kun tarvitsin.',
        sv: 'Jag fick stöd när jag behövde.',
        en: 'I got support when I needed it.',
      }),
      item('load', 'load', 'tuki', {
        fi: 'Kuinka raskas tehtävä oli?',
        sv: 'Hur tungt var uppdraget?',
        en: 'How heavy was the task?',
      }),
      item('comments', 'text', null, {
        fi: 'Haluatko kertoa jotain muuta?',
        sv: 'Vill du berätta något annat?',
        en: 'Is there anything else you want to tell?',
      }),
    ],
  },
  {
    key: 'participant',
    audience: 'participant',
    title: {
      fi: 'Mitä ajattelit?',
      sv: 'Vad tyckte du?',
      en: 'What did you think?',
      selko: 'Mitä ajattelit?',
    },
    items: [
      item(
        'overall',
        'emoji',
        null,
        {
          fi: 'Millainen tilaisuus oli kokonaisuutena?',
          sv: 'Hur var tillfället som helhet?',
          en: 'How was the session overall?',
          selko: 'Millainen tämä oli?',
        },
        false,
      ),
      item(
        'learnt',
        'emoji',
        'tieto',
        {
          fi: 'Opin jotain uutta.',
          sv: 'Jag lärde mig något nytt.',
          en: 'I learnt something new.',
          selko: 'Opin uutta.',
        },
        false,
      ),
      item(
        'understood',
        'emoji',
        'tieto',
        {
          fi: 'Kokemusasiantuntijan kertomus auttoi ymmärtämään asiaa.',
          sv: 'Erfarenhetsexpertens berättelse hjälpte mig att förstå.',
          en: 'The expert’s story helped me understand.',
          selko: 'Tarina auttoi minua ymmärtämään.',
        },
        false,
      ),
      item(
        'use',
        'emoji',
        'tieto',
        {
          fi: 'Voin käyttää oppimaani.',
          sv: 'Jag kan använda det jag lärt mig.',
          en: 'I can use what I learnt.',
          selko: 'Voin käyttää tätä.',
        },
        false,
      ),
      item('comments', 'text', null, {
        fi: 'Mitä haluat sanoa? Älä kirjoita nimiä.',
        sv: 'Vad vill du säga? Skriv inga namn.',
        en: 'What would you like to say? Please write no names.',
        selko: 'Mitä haluat sanoa? Älä kirjoita nimiä.',
      }),
    ],
  },
];

export class FeedbackRequests1796647918471 implements MigrationInterface {
  name = 'FeedbackRequests1796647918471';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "feedback_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "assignment_id" uuid NOT NULL, "expert_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "respondent" text NOT NULL, "user_id" uuid NOT NULL, "questionnaire_id" uuid NOT NULL, "status" text NOT NULL DEFAULT 'open', "asked_at" TIMESTAMP WITH TIME ZONE NOT NULL, "remind_at" TIMESTAMP WITH TIME ZONE NOT NULL, "reminded_at" TIMESTAMP WITH TIME ZONE, "answered_at" TIMESTAMP WITH TIME ZONE, "answers" jsonb, "texts_enc" text, "debrief_request_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "uq_feedback_request_task_side" UNIQUE ("assignment_id", "respondent"), CONSTRAINT "ck_feedback_request_respondent" CHECK ("respondent" IN ('orderer', 'expert')), CONSTRAINT "ck_feedback_request_status" CHECK ("status" IN ('open', 'answered')), CONSTRAINT "PK_e0298311b1725f2803cf906739c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_feedback_request_remind" ON "feedback_request" ("status", "remind_at") `,
    );
    await queryRunner.query(`CREATE INDEX "ix_feedback_request_expert" ON "feedback_request" ("expert_id") `);
    await queryRunner.query(
      `CREATE INDEX "ix_feedback_request_user" ON "feedback_request" ("user_id", "status", "asked_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "questionnaire" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "key" text NOT NULL, "version" integer NOT NULL, "audience" text NOT NULL, "title" jsonb NOT NULL, "items" jsonb NOT NULL, "locked" boolean NOT NULL DEFAULT false, "source" text, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_questionnaire_key_version" UNIQUE ("key", "version"), CONSTRAINT "ck_questionnaire_audience" CHECK ("audience" IN ('orderer', 'expert', 'participant', 'indicator')), CONSTRAINT "PK_e8232a11eaabac903636eb7e71e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "feedback_request" ADD CONSTRAINT "fk_feedback_request_assignment" FOREIGN KEY ("assignment_id") REFERENCES "assignment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "feedback_request" ADD CONSTRAINT "fk_feedback_request_expert" FOREIGN KEY ("expert_id") REFERENCES "expert"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "feedback_request" ADD CONSTRAINT "fk_feedback_request_unit" FOREIGN KEY ("unit_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "feedback_request" ADD CONSTRAINT "fk_feedback_request_user" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "feedback_request" ADD CONSTRAINT "fk_feedback_request_questionnaire" FOREIGN KEY ("questionnaire_id") REFERENCES "questionnaire"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "feedback_request" ADD CONSTRAINT "fk_feedback_request_debrief" FOREIGN KEY ("debrief_request_id") REFERENCES "debrief_request"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "questionnaire" ADD CONSTRAINT "fk_questionnaire_created_by" FOREIGN KEY ("created_by") REFERENCES "user_account"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    for (const q of DEFAULTS)
      await queryRunner.query(
        `INSERT INTO "questionnaire" ("key", "version", "audience", "title", "items") VALUES ($1, 1, $2, $3, $4)`,
        [q.key, q.audience, JSON.stringify(q.title), JSON.stringify(q.items)],
      );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "questionnaire" DROP CONSTRAINT "fk_questionnaire_created_by"`);
    await queryRunner.query(`ALTER TABLE "feedback_request" DROP CONSTRAINT "fk_feedback_request_debrief"`);
    await queryRunner.query(
      `ALTER TABLE "feedback_request" DROP CONSTRAINT "fk_feedback_request_questionnaire"`,
    );
    await queryRunner.query(`ALTER TABLE "feedback_request" DROP CONSTRAINT "fk_feedback_request_user"`);
    await queryRunner.query(`ALTER TABLE "feedback_request" DROP CONSTRAINT "fk_feedback_request_unit"`);
    await queryRunner.query(`ALTER TABLE "feedback_request" DROP CONSTRAINT "fk_feedback_request_expert"`);
    await queryRunner.query(
      `ALTER TABLE "feedback_request" DROP CONSTRAINT "fk_feedback_request_assignment"`,
    );
    await queryRunner.query(`DROP TABLE "questionnaire"`);
    await queryRunner.query(`DROP INDEX "public"."ix_feedback_request_user"`);
    await queryRunner.query(`DROP INDEX "public"."ix_feedback_request_expert"`);
    await queryRunner.query(`DROP INDEX "public"."ix_feedback_request_remind"`);
    await queryRunner.query(`DROP TABLE "feedback_request"`);
  }
}

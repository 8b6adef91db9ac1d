import { MigrationInterface, QueryRunner } from 'typeorm';

export class OrientationChecklist1796608162401 implements MigrationInterface {
  name = 'OrientationChecklist1796608162401';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "orientation_item" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "label_fi" text NOT NULL, "label_sv" text NOT NULL, "label_en" text NOT NULL, "position" integer NOT NULL, "active" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_a8ea14fabb8fd4252376667da2e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_orientation_item_code" ON "orientation_item" ("code") `);
    await queryRunner.query(
      `CREATE TABLE "orientation_check" ("application_id" uuid NOT NULL, "item_id" uuid NOT NULL, "checked_by" uuid NOT NULL, "checked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_85ba5457909e4ef224c6d45b1d6" PRIMARY KEY ("application_id", "item_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "orientation_check" ADD CONSTRAINT "fk_orientation_check_application" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "orientation_check" ADD CONSTRAINT "fk_orientation_check_item" FOREIGN KEY ("item_id") REFERENCES "orientation_item"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "orientation_check" ADD CONSTRAINT "fk_orientation_check_by" FOREIGN KEY ("checked_by") REFERENCES "user_account"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    // The county's starting checklist (seed 004: the orientation made uniform); admins change it in the app.
    await queryRunner.query(
      `INSERT INTO "orientation_item" ("code", "label_fi", "label_sv", "label_en", "position") VALUES
        ('confidentiality', 'Vaitiolovelvollisuus: mitä tehtävissä kuultua ei kerrota eteenpäin', 'Tystnadsplikt: vad man hör i uppdragen och inte berättar vidare', 'Confidentiality: what you hear in tasks stays there', 1),
        ('ethics', 'Kokemusasiantuntijan eettiset periaatteet ja oman tarinan rajat', 'Erfarenhetsexpertens etiska principer och gränserna för den egna berättelsen', 'The ethical principles of an expert by experience, and the limits of your own story', 2),
        ('safety', 'Turvallisuus ja oma jaksaminen: kenelle soittaa raskaan tehtävän jälkeen', 'Säkerhet och eget välmående: vem man ringer efter ett tungt uppdrag', 'Safety and your own wellbeing: who to call after a hard task', 3),
        ('fees_tax_card', 'Palkkiot, kulukorvaukset ja verokortti: miten ja milloin maksetaan', 'Arvoden, kostnadsersättningar och skattekort: hur och när det betalas', 'Fees, expenses and the tax card: how and when you are paid', 4),
        ('decline_pause', 'Miten tehtävästä kieltäydytään ja miten pidetään tauko', 'Hur man tackar nej till ett uppdrag och hur man tar en paus', 'How to decline a task and how to take a break', 5)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "orientation_check" DROP CONSTRAINT "fk_orientation_check_by"`);
    await queryRunner.query(`ALTER TABLE "orientation_check" DROP CONSTRAINT "fk_orientation_check_item"`);
    await queryRunner.query(
      `ALTER TABLE "orientation_check" DROP CONSTRAINT "fk_orientation_check_application"`,
    );
    await queryRunner.query(`DROP TABLE "orientation_check"`);
    await queryRunner.query(`DROP INDEX "public"."uq_orientation_item_code"`);
    await queryRunner.query(`DROP TABLE "orientation_item"`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

export class ParticipantFeedback1796648865580 implements MigrationInterface {
  name = 'ParticipantFeedback1796648865580';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "participant_answer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "link_id" uuid NOT NULL, "questionnaire_id" uuid NOT NULL, "locale" text NOT NULL, "answers" jsonb NOT NULL, "texts_enc" text, "screening" text, "screened_by" uuid, "screened_at" TIMESTAMP WITH TIME ZONE, "address_hash" text NOT NULL, "answered_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "ck_participant_answer_screening" CHECK ("screening" IS NULL OR "screening" IN ('pending', 'approved', 'rejected')), CONSTRAINT "ck_participant_answer_locale" CHECK ("locale" IN ('fi', 'sv', 'en', 'selko')), CONSTRAINT "PK_84a3a182eebd5a460dbf90f0497" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_participant_answer_screening" ON "participant_answer" ("screening", "answered_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_participant_answer_link_address" ON "participant_answer" ("link_id", "address_hash", "answered_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "participant_link" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "token" text NOT NULL, "occurrence_id" uuid NOT NULL, "questionnaire_id" uuid NOT NULL, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_participant_link_occurrence" UNIQUE ("occurrence_id"), CONSTRAINT "uq_participant_link_token" UNIQUE ("token"), CONSTRAINT "PK_4b1861f524df45d680c76fb2e9a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "participant_answer" ADD CONSTRAINT "fk_participant_answer_link" FOREIGN KEY ("link_id") REFERENCES "participant_link"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "participant_answer" ADD CONSTRAINT "fk_participant_answer_questionnaire" FOREIGN KEY ("questionnaire_id") REFERENCES "questionnaire"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "participant_answer" ADD CONSTRAINT "fk_participant_answer_screened_by" FOREIGN KEY ("screened_by") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "participant_link" ADD CONSTRAINT "fk_participant_link_occurrence" FOREIGN KEY ("occurrence_id") REFERENCES "order_occurrence"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "participant_link" ADD CONSTRAINT "fk_participant_link_questionnaire" FOREIGN KEY ("questionnaire_id") REFERENCES "questionnaire"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "participant_link" ADD CONSTRAINT "fk_participant_link_created_by" FOREIGN KEY ("created_by") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "participant_link" DROP CONSTRAINT "fk_participant_link_created_by"`,
    );
    await queryRunner.query(
      `ALTER TABLE "participant_link" DROP CONSTRAINT "fk_participant_link_questionnaire"`,
    );
    await queryRunner.query(
      `ALTER TABLE "participant_link" DROP CONSTRAINT "fk_participant_link_occurrence"`,
    );
    await queryRunner.query(
      `ALTER TABLE "participant_answer" DROP CONSTRAINT "fk_participant_answer_screened_by"`,
    );
    await queryRunner.query(
      `ALTER TABLE "participant_answer" DROP CONSTRAINT "fk_participant_answer_questionnaire"`,
    );
    await queryRunner.query(`ALTER TABLE "participant_answer" DROP CONSTRAINT "fk_participant_answer_link"`);
    await queryRunner.query(`DROP TABLE "participant_link"`);
    await queryRunner.query(`DROP INDEX "public"."ix_participant_answer_link_address"`);
    await queryRunner.query(`DROP INDEX "public"."ix_participant_answer_screening"`);
    await queryRunner.query(`DROP TABLE "participant_answer"`);
  }
}

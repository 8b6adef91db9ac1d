import { MigrationInterface, QueryRunner } from 'typeorm';

export class Onboarding1796572152668 implements MigrationInterface {
  name = 'Onboarding1796572152668';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "application_submission" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "payload_encrypted" text, "email_hash" text NOT NULL, "address" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "confirmed_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_bd8b3ad23dd16ccc1bf7d9a27fc" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_application_submission_email" ON "application_submission" ("email_hash", "created_at") `);
    await queryRunner.query(`CREATE INDEX "ix_application_submission_address" ON "application_submission" ("address", "created_at") `);
    await queryRunner.query(`CREATE TABLE "recruitment_round" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "opens_on" date NOT NULL, "closes_on" date NOT NULL, "quota" integer, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_recruitment_round_quota" CHECK ("quota" IS NULL OR "quota" > 0), CONSTRAINT "ck_recruitment_round_dates" CHECK ("closes_on" >= "opens_on"), CONSTRAINT "PK_91381a75c6b82989ad574b7df12" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE TABLE "application" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "step" text NOT NULL, "first_name" text NOT NULL, "last_name" text NOT NULL, "email" text NOT NULL, "phone" text, "birth_date" date NOT NULL, "locale" text NOT NULL, "municipality_code" text NOT NULL, "languages" text array NOT NULL DEFAULT '{}', "areas" jsonb NOT NULL DEFAULT '[]', "task_types" text array NOT NULL DEFAULT '{}', "prior_training" jsonb NOT NULL DEFAULT '[]', "availability" text, "heard_from" text, "message" text, "privacy_notice_version" text NOT NULL, "guardian_name" text, "guardian_email" text, "guardian_phone" text, "guardian_consented_at" TIMESTAMP WITH TIME ZONE, "round_id" uuid, "owner_user_id" uuid, "step_entered_at" TIMESTAMP WITH TIME ZONE NOT NULL, "step_due_on" date, "interview_at" TIMESTAMP WITH TIME ZONE, "interview_place" text, "outcome_reason" text, "expert_id" uuid, "confirmed_at" TIMESTAMP WITH TIME ZONE NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_application_step" CHECK ("step" IN ('awaiting_guardian', 'received', 'screening', 'interview', 'training', 'orientation', 'agreements', 'active', 'rejected', 'closed')), CONSTRAINT "PK_569e0c3e863ebdf5f2408ee1670" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_application_email" ON "application" ("email") `);
    await queryRunner.query(`CREATE INDEX "ix_application_step_due" ON "application" ("step", "step_due_on") `);
    await queryRunner.query(`CREATE TABLE "application_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "application_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL, "kind" text NOT NULL, "actor_kind" text NOT NULL, "actor_user_id" uuid, "from_step" text, "to_step" text, "reason" text, "note" text, CONSTRAINT "PK_dfaa2b28d25fb0223bfd1313f0a" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "ix_application_event_application" ON "application_event" ("application_id", "at") `);
    await queryRunner.query(`ALTER TABLE "email_message" ADD "sensitive" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`DROP INDEX "public"."uq_email_message_event_user_template"`);
    await queryRunner.query(`ALTER TABLE "email_message" ALTER COLUMN "user_id" DROP NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_email_message_event_address_template" ON "email_message" ("event_id", "to_address", "template") WHERE "user_id" IS NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_email_message_event_user_template" ON "email_message" ("event_id", "user_id", "template") `);
    await queryRunner.query(`ALTER TABLE "recruitment_round" ADD CONSTRAINT "fk_recruitment_round_created_by" FOREIGN KEY ("created_by") REFERENCES "user_account"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "application" ADD CONSTRAINT "fk_application_municipality" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "application" ADD CONSTRAINT "fk_application_round" FOREIGN KEY ("round_id") REFERENCES "recruitment_round"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "application" ADD CONSTRAINT "fk_application_owner" FOREIGN KEY ("owner_user_id") REFERENCES "user_account"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "application" ADD CONSTRAINT "fk_application_expert" FOREIGN KEY ("expert_id") REFERENCES "expert"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "application_event" ADD CONSTRAINT "fk_application_event_application" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    await queryRunner.query(`ALTER TABLE "application_event" ADD CONSTRAINT "fk_application_event_actor" FOREIGN KEY ("actor_user_id") REFERENCES "user_account"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "application_event" DROP CONSTRAINT "fk_application_event_actor"`);
    await queryRunner.query(`ALTER TABLE "application_event" DROP CONSTRAINT "fk_application_event_application"`);
    await queryRunner.query(`ALTER TABLE "application" DROP CONSTRAINT "fk_application_expert"`);
    await queryRunner.query(`ALTER TABLE "application" DROP CONSTRAINT "fk_application_owner"`);
    await queryRunner.query(`ALTER TABLE "application" DROP CONSTRAINT "fk_application_round"`);
    await queryRunner.query(`ALTER TABLE "application" DROP CONSTRAINT "fk_application_municipality"`);
    await queryRunner.query(`ALTER TABLE "recruitment_round" DROP CONSTRAINT "fk_recruitment_round_created_by"`);
    await queryRunner.query(`DROP INDEX "public"."uq_email_message_event_user_template"`);
    await queryRunner.query(`DROP INDEX "public"."uq_email_message_event_address_template"`);
    await queryRunner.query(`ALTER TABLE "email_message" ALTER COLUMN "user_id" SET NOT NULL`);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_email_message_event_user_template" ON "email_message" ("event_id", "user_id", "template") `);
    await queryRunner.query(`ALTER TABLE "email_message" DROP COLUMN "sensitive"`);
    await queryRunner.query(`DROP INDEX "public"."ix_application_event_application"`);
    await queryRunner.query(`DROP TABLE "application_event"`);
    await queryRunner.query(`DROP INDEX "public"."ix_application_step_due"`);
    await queryRunner.query(`DROP INDEX "public"."ix_application_email"`);
    await queryRunner.query(`DROP TABLE "application"`);
    await queryRunner.query(`DROP TABLE "recruitment_round"`);
    await queryRunner.query(`DROP INDEX "public"."ix_application_submission_address"`);
    await queryRunner.query(`DROP INDEX "public"."ix_application_submission_email"`);
    await queryRunner.query(`DROP TABLE "application_submission"`);
  }
}

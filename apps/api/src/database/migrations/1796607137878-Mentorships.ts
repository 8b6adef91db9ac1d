import { MigrationInterface, QueryRunner } from 'typeorm';

export class Mentorships1796607137878 implements MigrationInterface {
  name = 'Mentorships1796607137878';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "mentorship" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "mentor_expert_id" uuid NOT NULL, "trainee_expert_id" uuid NOT NULL, "tasks_required" integer NOT NULL, "status" text NOT NULL DEFAULT 'active', "started_on" date NOT NULL, "closed_on" date, "closing_note" text, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "ck_mentorship_tasks" CHECK ("tasks_required" BETWEEN 1 AND 20), CONSTRAINT "ck_mentorship_people" CHECK ("mentor_expert_id" <> "trainee_expert_id"), CONSTRAINT "ck_mentorship_status" CHECK ("status" IN ('active', 'completed', 'ended')), CONSTRAINT "PK_9db7a3f2fe493dcf5da7526bc9c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_mentorship_active_trainee" ON "mentorship" ("trainee_expert_id") WHERE "status" = 'active'`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_mentorship_mentor" ON "mentorship" ("mentor_expert_id", "status") `,
    );
    await queryRunner.query(
      `CREATE TABLE "mentorship_assessment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "mentorship_id" uuid NOT NULL, "assignment_id" uuid NOT NULL, "task_starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "approved" boolean NOT NULL, "note" text NOT NULL, "recorded_by" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_mentorship_assessment_task" UNIQUE ("mentorship_id", "assignment_id"), CONSTRAINT "PK_2b87cb33b1ecc1a08341d0c9e1f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_mentorship_assessment_mentorship" ON "mentorship_assessment" ("mentorship_id", "task_starts_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "mentorship" ADD CONSTRAINT "fk_mentorship_mentor" FOREIGN KEY ("mentor_expert_id") REFERENCES "expert"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentorship" ADD CONSTRAINT "fk_mentorship_trainee" FOREIGN KEY ("trainee_expert_id") REFERENCES "expert"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentorship" ADD CONSTRAINT "fk_mentorship_created_by" FOREIGN KEY ("created_by") REFERENCES "user_account"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentorship_assessment" ADD CONSTRAINT "fk_mentorship_assessment_mentorship" FOREIGN KEY ("mentorship_id") REFERENCES "mentorship"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentorship_assessment" ADD CONSTRAINT "fk_mentorship_assessment_by" FOREIGN KEY ("recorded_by") REFERENCES "user_account"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "mentorship_assessment" DROP CONSTRAINT "fk_mentorship_assessment_by"`,
    );
    await queryRunner.query(
      `ALTER TABLE "mentorship_assessment" DROP CONSTRAINT "fk_mentorship_assessment_mentorship"`,
    );
    await queryRunner.query(`ALTER TABLE "mentorship" DROP CONSTRAINT "fk_mentorship_created_by"`);
    await queryRunner.query(`ALTER TABLE "mentorship" DROP CONSTRAINT "fk_mentorship_trainee"`);
    await queryRunner.query(`ALTER TABLE "mentorship" DROP CONSTRAINT "fk_mentorship_mentor"`);
    await queryRunner.query(`DROP INDEX "public"."ix_mentorship_assessment_mentorship"`);
    await queryRunner.query(`DROP TABLE "mentorship_assessment"`);
    await queryRunner.query(`DROP INDEX "public"."ix_mentorship_mentor"`);
    await queryRunner.query(`DROP INDEX "public"."uq_mentorship_active_trainee"`);
    await queryRunner.query(`DROP TABLE "mentorship"`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

export class Complaints1796649625666 implements MigrationInterface {
  name = 'Complaints1796649625666';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "complaint" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "assignment_id" uuid NOT NULL, "expert_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "feedback_request_id" uuid, "made_by" uuid, "text_enc" text NOT NULL, "status" text NOT NULL DEFAULT 'received', "received_at" TIMESTAMP WITH TIME ZONE NOT NULL, "answer_enc" text, "answered_at" TIMESTAMP WITH TIME ZONE, "view_question_enc" text, "view_asked_at" TIMESTAMP WITH TIME ZONE, "expert_view_enc" text, "view_given_at" TIMESTAMP WITH TIME ZONE, "outcome" text, "outcome_note_enc" text, "closed_at" TIMESTAMP WITH TIME ZONE, "handled_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "ck_complaint_outcome" CHECK ("outcome" IS NULL OR "outcome" IN ('upheld', 'partly_upheld', 'not_upheld', 'withdrawn')), CONSTRAINT "ck_complaint_status" CHECK ("status" IN ('received', 'answered', 'closed')), CONSTRAINT "PK_a9c8dbc2ab4988edcc2ff0a7337" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_complaint_unit" ON "complaint" ("unit_id") `);
    await queryRunner.query(`CREATE INDEX "ix_complaint_expert" ON "complaint" ("expert_id") `);
    await queryRunner.query(`CREATE INDEX "ix_complaint_status" ON "complaint" ("status", "received_at") `);
    await queryRunner.query(
      `ALTER TABLE "complaint" ADD CONSTRAINT "fk_complaint_assignment" FOREIGN KEY ("assignment_id") REFERENCES "assignment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "complaint" ADD CONSTRAINT "fk_complaint_expert" FOREIGN KEY ("expert_id") REFERENCES "expert"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "complaint" ADD CONSTRAINT "fk_complaint_unit" FOREIGN KEY ("unit_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "complaint" ADD CONSTRAINT "fk_complaint_feedback_request" FOREIGN KEY ("feedback_request_id") REFERENCES "feedback_request"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "complaint" ADD CONSTRAINT "fk_complaint_made_by" FOREIGN KEY ("made_by") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "complaint" ADD CONSTRAINT "fk_complaint_handled_by" FOREIGN KEY ("handled_by") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "complaint" DROP CONSTRAINT "fk_complaint_handled_by"`);
    await queryRunner.query(`ALTER TABLE "complaint" DROP CONSTRAINT "fk_complaint_made_by"`);
    await queryRunner.query(`ALTER TABLE "complaint" DROP CONSTRAINT "fk_complaint_feedback_request"`);
    await queryRunner.query(`ALTER TABLE "complaint" DROP CONSTRAINT "fk_complaint_unit"`);
    await queryRunner.query(`ALTER TABLE "complaint" DROP CONSTRAINT "fk_complaint_expert"`);
    await queryRunner.query(`ALTER TABLE "complaint" DROP CONSTRAINT "fk_complaint_assignment"`);
    await queryRunner.query(`DROP INDEX "public"."ix_complaint_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_complaint_expert"`);
    await queryRunner.query(`DROP INDEX "public"."ix_complaint_unit"`);
    await queryRunner.query(`DROP TABLE "complaint"`);
  }
}

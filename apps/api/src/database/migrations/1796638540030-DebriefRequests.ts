import { MigrationInterface, QueryRunner } from 'typeorm';

export class DebriefRequests1796638540030 implements MigrationInterface {
  name = 'DebriefRequests1796638540030';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "debrief_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "expert_id" uuid NOT NULL, "assignment_id" uuid, "contact" text NOT NULL, "message_enc" text, "status" text NOT NULL DEFAULT 'open', "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "escalated_at" TIMESTAMP WITH TIME ZONE, "taken_by" uuid, "taken_at" TIMESTAMP WITH TIME ZONE, "done_at" TIMESTAMP WITH TIME ZONE, "note_enc" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "ck_debrief_request_contact" CHECK ("contact" IN ('phone', 'meeting', 'message')), CONSTRAINT "ck_debrief_request_status" CHECK ("status" IN ('open', 'taken', 'done')), CONSTRAINT "PK_c801eaac97bd4ae1f3956e335c5" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_debrief_request_expert" ON "debrief_request" ("expert_id", "requested_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_debrief_request_status_due" ON "debrief_request" ("status", "due_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "debrief_request" ADD CONSTRAINT "fk_debrief_request_expert" FOREIGN KEY ("expert_id") REFERENCES "expert"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "debrief_request" ADD CONSTRAINT "fk_debrief_request_assignment" FOREIGN KEY ("assignment_id") REFERENCES "assignment"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "debrief_request" ADD CONSTRAINT "fk_debrief_request_taken_by" FOREIGN KEY ("taken_by") REFERENCES "user_account"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "debrief_request" DROP CONSTRAINT "fk_debrief_request_taken_by"`);
    await queryRunner.query(`ALTER TABLE "debrief_request" DROP CONSTRAINT "fk_debrief_request_assignment"`);
    await queryRunner.query(`ALTER TABLE "debrief_request" DROP CONSTRAINT "fk_debrief_request_expert"`);
    await queryRunner.query(`DROP INDEX "public"."ix_debrief_request_status_due"`);
    await queryRunner.query(`DROP INDEX "public"."ix_debrief_request_expert"`);
    await queryRunner.query(`DROP TABLE "debrief_request"`);
  }
}

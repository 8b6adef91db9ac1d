import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReportBacks1796650153608 implements MigrationInterface {
  name = 'ReportBacks1796650153608';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "report_back" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "assignment_id" uuid NOT NULL, "expert_id" uuid NOT NULL, "ready_at" TIMESTAMP WITH TIME ZONE NOT NULL, "note_enc" text, "noted_by" uuid, "noted_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "uq_report_back_assignment" UNIQUE ("assignment_id"), CONSTRAINT "PK_6fafd63c94ed6c0d26f451d13c1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_report_back_expert" ON "report_back" ("expert_id", "ready_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "report_back" ADD CONSTRAINT "fk_report_back_assignment" FOREIGN KEY ("assignment_id") REFERENCES "assignment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_back" ADD CONSTRAINT "fk_report_back_expert" FOREIGN KEY ("expert_id") REFERENCES "expert"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "report_back" ADD CONSTRAINT "fk_report_back_noted_by" FOREIGN KEY ("noted_by") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "report_back" DROP CONSTRAINT "fk_report_back_noted_by"`);
    await queryRunner.query(`ALTER TABLE "report_back" DROP CONSTRAINT "fk_report_back_expert"`);
    await queryRunner.query(`ALTER TABLE "report_back" DROP CONSTRAINT "fk_report_back_assignment"`);
    await queryRunner.query(`DROP INDEX "public"."ix_report_back_expert"`);
    await queryRunner.query(`DROP TABLE "report_back"`);
  }
}

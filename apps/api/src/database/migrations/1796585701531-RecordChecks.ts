import { MigrationInterface, QueryRunner } from 'typeorm';

export class RecordChecks1796585701531 implements MigrationInterface {
  name = 'RecordChecks1796585701531';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "record_check" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "expert_id" uuid NOT NULL, "extract_date" date NOT NULL, "seen_by" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_8f122625f4e884587ca230d1806" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_record_check_expert" ON "record_check" ("expert_id", "extract_date") `,
    );
    await queryRunner.query(
      `ALTER TABLE "task_order" ADD "works_with_minors" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(
      `ALTER TABLE "record_check" ADD CONSTRAINT "fk_record_check_expert" FOREIGN KEY ("expert_id") REFERENCES "expert"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "record_check" ADD CONSTRAINT "fk_record_check_seen_by" FOREIGN KEY ("seen_by") REFERENCES "user_account"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "record_check" DROP CONSTRAINT "fk_record_check_seen_by"`);
    await queryRunner.query(`ALTER TABLE "record_check" DROP CONSTRAINT "fk_record_check_expert"`);
    await queryRunner.query(`ALTER TABLE "task_order" DROP COLUMN "works_with_minors"`);
    await queryRunner.query(`DROP INDEX "public"."ix_record_check_expert"`);
    await queryRunner.query(`DROP TABLE "record_check"`);
  }
}

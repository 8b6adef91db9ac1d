import { MigrationInterface, QueryRunner } from 'typeorm';

export class ExpertMergeAndErasure1795399971088 implements MigrationInterface {
  name = 'ExpertMergeAndErasure1795399971088';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "expert" ADD "merged_into" uuid`);
    await queryRunner.query(`ALTER TABLE "expert" ADD "erased_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `ALTER TABLE "expert" ADD CONSTRAINT "ck_expert_not_merged_into_self" CHECK ("merged_into" IS NULL OR "merged_into" <> "id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "expert" ADD CONSTRAINT "fk_expert_merged_into" FOREIGN KEY ("merged_into") REFERENCES "expert"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "expert" DROP CONSTRAINT "fk_expert_merged_into"`);
    await queryRunner.query(`ALTER TABLE "expert" DROP CONSTRAINT "ck_expert_not_merged_into_self"`);
    await queryRunner.query(`ALTER TABLE "expert" DROP COLUMN "erased_at"`);
    await queryRunner.query(`ALTER TABLE "expert" DROP COLUMN "merged_into"`);
  }
}

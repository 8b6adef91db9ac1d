import { MigrationInterface, QueryRunner } from 'typeorm';

export class TraineeFeeShare1796624740614 implements MigrationInterface {
  name = 'TraineeFeeShare1796624740614';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "fee_schedule" ADD "trainee_fee_percent" integer NOT NULL DEFAULT '100'`,
    );
    await queryRunner.query(`ALTER TABLE "fee_claim" ADD "training_task" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(
      `ALTER TABLE "fee_schedule" ADD CONSTRAINT "ck_fee_schedule_trainee_percent" CHECK ("trainee_fee_percent" BETWEEN 0 AND 100)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "fee_schedule" DROP CONSTRAINT "ck_fee_schedule_trainee_percent"`);
    await queryRunner.query(`ALTER TABLE "fee_claim" DROP COLUMN "training_task"`);
    await queryRunner.query(`ALTER TABLE "fee_schedule" DROP COLUMN "trainee_fee_percent"`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

export class InterviewAnswer1796610615513 implements MigrationInterface {
  name = 'InterviewAnswer1796610615513';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "application" ADD "interview_answer" text`);
    await queryRunner.query(`ALTER TABLE "application" ADD "interview_answered_at" TIMESTAMP WITH TIME ZONE`);
    await queryRunner.query(
      `ALTER TABLE "application" ADD CONSTRAINT "ck_application_interview_answer" CHECK ("interview_answer" IN ('confirmed', 'other_time'))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "application" DROP CONSTRAINT "ck_application_interview_answer"`);
    await queryRunner.query(`ALTER TABLE "application" DROP COLUMN "interview_answered_at"`);
    await queryRunner.query(`ALTER TABLE "application" DROP COLUMN "interview_answer"`);
  }
}

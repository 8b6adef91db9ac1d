import { MigrationInterface, QueryRunner } from 'typeorm';

export class TaxCardReminder1796627066115 implements MigrationInterface {
  name = 'TaxCardReminder1796627066115';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "expert" ADD "tax_card_reminded_for" integer`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "expert" DROP COLUMN "tax_card_reminded_for"`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

export class FeeReceipts1795418403806 implements MigrationInterface {
  name = 'FeeReceipts1795418403806';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "fee_claim_receipt" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "claim_id" uuid NOT NULL, "file_name" text NOT NULL, "content_type" text NOT NULL, "size_bytes" integer NOT NULL, "data" bytea NOT NULL, "uploaded_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_fee_claim_receipt_size" CHECK ("size_bytes" BETWEEN 1 AND 10485760), CONSTRAINT "PK_e725060235b6e8953393e09828f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_fee_claim_receipt_claim" ON "fee_claim_receipt" ("claim_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "fee_claim_receipt" ADD CONSTRAINT "fk_fee_claim_receipt_claim" FOREIGN KEY ("claim_id") REFERENCES "fee_claim"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "fee_claim_receipt" DROP CONSTRAINT "fk_fee_claim_receipt_claim"`);
    await queryRunner.query(`DROP INDEX "public"."ix_fee_claim_receipt_claim"`);
    await queryRunner.query(`DROP TABLE "fee_claim_receipt"`);
  }
}

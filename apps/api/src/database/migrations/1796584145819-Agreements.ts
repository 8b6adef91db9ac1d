import { MigrationInterface, QueryRunner } from 'typeorm';

export class Agreements1796584145819 implements MigrationInterface {
  name = 'Agreements1796584145819';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "agreement_document" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "code" text NOT NULL, "required" boolean NOT NULL DEFAULT true, "position" integer NOT NULL DEFAULT '0', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_agreement_document_code" UNIQUE ("code"), CONSTRAINT "PK_c977f56f50c0eb1a3edc59f2cfa" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "agreement_version" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "document_id" uuid NOT NULL, "number" integer NOT NULL, "title" jsonb NOT NULL, "body" jsonb NOT NULL, "requires_reacceptance" boolean NOT NULL, "change_note" text, "content_hash" text NOT NULL, "published_by" uuid NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "uq_agreement_version_number" UNIQUE ("document_id", "number"), CONSTRAINT "ck_agreement_version_number" CHECK ("number" > 0), CONSTRAINT "PK_db3e64e691aef50c031de3c135a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "agreement_acceptance" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "document_id" uuid NOT NULL, "version_id" uuid NOT NULL, "version_number" integer NOT NULL, "expert_id" uuid NOT NULL, "user_id" uuid, "locale" text NOT NULL, "content_hash" text NOT NULL, "address" text, "accepted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "uq_agreement_acceptance_version_expert" UNIQUE ("version_id", "expert_id"), CONSTRAINT "PK_cc7954a0c7daa7ffd32c4ad7e96" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_agreement_acceptance_expert" ON "agreement_acceptance" ("expert_id", "document_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_version" ADD CONSTRAINT "fk_agreement_version_document" FOREIGN KEY ("document_id") REFERENCES "agreement_document"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_version" ADD CONSTRAINT "fk_agreement_version_published_by" FOREIGN KEY ("published_by") REFERENCES "user_account"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_acceptance" ADD CONSTRAINT "fk_agreement_acceptance_document" FOREIGN KEY ("document_id") REFERENCES "agreement_document"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_acceptance" ADD CONSTRAINT "fk_agreement_acceptance_version" FOREIGN KEY ("version_id") REFERENCES "agreement_version"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_acceptance" ADD CONSTRAINT "fk_agreement_acceptance_expert" FOREIGN KEY ("expert_id") REFERENCES "expert"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_acceptance" ADD CONSTRAINT "fk_agreement_acceptance_user" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "agreement_acceptance" DROP CONSTRAINT "fk_agreement_acceptance_user"`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_acceptance" DROP CONSTRAINT "fk_agreement_acceptance_expert"`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_acceptance" DROP CONSTRAINT "fk_agreement_acceptance_version"`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_acceptance" DROP CONSTRAINT "fk_agreement_acceptance_document"`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_version" DROP CONSTRAINT "fk_agreement_version_published_by"`,
    );
    await queryRunner.query(
      `ALTER TABLE "agreement_version" DROP CONSTRAINT "fk_agreement_version_document"`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_agreement_acceptance_expert"`);
    await queryRunner.query(`DROP TABLE "agreement_acceptance"`);
    await queryRunner.query(`DROP TABLE "agreement_version"`);
    await queryRunner.query(`DROP TABLE "agreement_document"`);
  }
}

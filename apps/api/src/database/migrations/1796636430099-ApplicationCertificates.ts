import { MigrationInterface, QueryRunner } from 'typeorm';

export class ApplicationCertificates1796636430099 implements MigrationInterface {
  name = 'ApplicationCertificates1796636430099';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "application_certificate" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "file_name" text NOT NULL, "content_type" text NOT NULL, "size_bytes" integer NOT NULL, "data" bytea NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "application_id" uuid NOT NULL, CONSTRAINT "PK_a22945cc955b8196fdbe3cc533b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_application_certificate_application" ON "application_certificate" ("application_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "application_certificate" ADD CONSTRAINT "fk_application_certificate_application" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "application_certificate" DROP CONSTRAINT "fk_application_certificate_application"`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_application_certificate_application"`);
    await queryRunner.query(`DROP TABLE "application_certificate"`);
  }
}

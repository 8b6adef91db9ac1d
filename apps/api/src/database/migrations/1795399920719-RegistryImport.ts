import { MigrationInterface, QueryRunner } from 'typeorm';

export class RegistryImport1795399920719 implements MigrationInterface {
  name = 'RegistryImport1795399920719';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "registry_import" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "file_name" text NOT NULL, "file_hash" text NOT NULL, "format" text NOT NULL, "status" text NOT NULL DEFAULT 'validated', "total_rows" integer NOT NULL, "valid_rows" integer NOT NULL, "processed_rows" integer NOT NULL DEFAULT '0', "imported_rows" integer NOT NULL DEFAULT '0', "problems" jsonb NOT NULL, "rows_enc" text, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "started_at" TIMESTAMP WITH TIME ZONE, "finished_at" TIMESTAMP WITH TIME ZONE, "error" text, CONSTRAINT "ck_registry_import_counts" CHECK ("processed_rows" <= "valid_rows" AND "valid_rows" <= "total_rows"), CONSTRAINT "ck_registry_import_status" CHECK ("status" IN ('validated', 'queued', 'running', 'completed', 'failed')), CONSTRAINT "PK_fef6282c0fc1912c56c31b9530b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_registry_import_file_hash" ON "registry_import" ("file_hash") `,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."uq_registry_import_file_hash"`);
    await queryRunner.query(`DROP TABLE "registry_import"`);
  }
}

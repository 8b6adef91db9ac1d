import { MigrationInterface, QueryRunner } from 'typeorm';

export class Initial1795397195240 implements MigrationInterface {
  name = 'Initial1795397195240';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "audit_event" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_type" text NOT NULL, "actor_id" text, "actor_role" text, "action" text NOT NULL, "subject_type" text, "subject_id" text, "field_group" text, "purpose" text, "request_id" text, "outcome" text NOT NULL, CONSTRAINT "ck_audit_event_actor_type" CHECK ("actor_type" IN ('user', 'client', 'system', 'anonymous')), CONSTRAINT "ck_audit_event_outcome" CHECK ("outcome" IN ('success', 'failure', 'denied')), CONSTRAINT "PK_481efbe8b0a403efe3f47a6528f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_audit_event_actor" ON "audit_event" ("actor_id", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_audit_event_subject" ON "audit_event" ("subject_type", "subject_id", "occurred_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "api_client" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "client_id" text NOT NULL, "name" text NOT NULL, "secret_hash" text NOT NULL, "scopes" text array NOT NULL, "active" boolean NOT NULL DEFAULT true, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_api_client_scopes" CHECK ("scopes" <@ ARRAY['payroll:read', 'payroll:write']::text[]), CONSTRAINT "PK_82a5ec6981d2be903a9eb1d9b9a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_api_client_client_id" ON "api_client" ("client_id") `);
    await queryRunner.query(
      `CREATE TABLE "login_attempt" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "attempted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "account" text NOT NULL, "address" text NOT NULL, "succeeded" boolean NOT NULL, CONSTRAINT "PK_72829cd4f7424e3cdfd46c476c0" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_login_attempt_address" ON "login_attempt" ("address", "attempted_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_login_attempt_account" ON "login_attempt" ("account", "attempted_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "org_unit" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "parent_id" uuid, "kind" text NOT NULL, "name" text NOT NULL, "name_sv" text, "cost_centre" text NOT NULL, "active" boolean NOT NULL DEFAULT true, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_org_unit_cost_centre" CHECK ("cost_centre" ~ '^[A-Za-z0-9][A-Za-z0-9-]{1,29}$'), CONSTRAINT "ck_org_unit_name" CHECK (length(btrim("name")) BETWEEN 1 AND 200), CONSTRAINT "ck_org_unit_not_own_parent" CHECK ("parent_id" IS NULL OR "parent_id" <> "id"), CONSTRAINT "ck_org_unit_kind" CHECK ("kind" IN ('result_area', 'service_area', 'unit', 'external')), CONSTRAINT "PK_ba1c59043dc14bb66023c1d07c7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_org_unit_name_id" ON "org_unit" ("name", "id") `);
    await queryRunner.query(`CREATE INDEX "ix_org_unit_parent" ON "org_unit" ("parent_id") `);
    await queryRunner.query(
      `CREATE TABLE "user_account" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "email" text NOT NULL, "display_name" text NOT NULL, "password_hash" text, "locale" text NOT NULL DEFAULT 'fi', "roles" text array NOT NULL, "active" boolean NOT NULL DEFAULT true, "last_login_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_user_account_roles" CHECK ("roles" <@ ARRAY['admin', 'coordinator', 'orderer', 'approver', 'expert', 'reporter']::text[]), CONSTRAINT "ck_user_account_locale" CHECK ("locale" IN ('fi', 'sv', 'en')), CONSTRAINT "ck_user_account_email_lower" CHECK ("email" = lower("email")), CONSTRAINT "PK_6acfec7285fdf9f463462de3e9f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_user_account_email" ON "user_account" ("email") `);
    await queryRunner.query(
      `CREATE TABLE "refresh_token" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "family_id" uuid NOT NULL, "token_hash" text NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "revoked_at" TIMESTAMP WITH TIME ZONE, "revoked_reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_b575dd3c21fb0831013c909e7fe" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_refresh_token_family" ON "refresh_token" ("family_id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_refresh_token_hash" ON "refresh_token" ("token_hash") `);
    await queryRunner.query(
      `CREATE TABLE "user_unit" ("user_id" uuid NOT NULL, "unit_id" uuid NOT NULL, CONSTRAINT "PK_6684843228c331e7d23afcca96d" PRIMARY KEY ("user_id", "unit_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_9f8e28864adc66ade704b902a2" ON "user_unit" ("user_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_63ccd2198b7da8c4c27e7b8390" ON "user_unit" ("unit_id") `);
    await queryRunner.query(
      `ALTER TABLE "org_unit" ADD CONSTRAINT "fk_org_unit_parent" FOREIGN KEY ("parent_id") REFERENCES "org_unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "refresh_token" ADD CONSTRAINT "fk_refresh_token_user" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_unit" ADD CONSTRAINT "fk_user_unit_user" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "user_unit" ADD CONSTRAINT "fk_user_unit_unit" FOREIGN KEY ("unit_id") REFERENCES "org_unit"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    // Written by hand: what entities cannot express.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_org_unit_cost_centre" ON "org_unit" (upper("cost_centre"))`,
    );
    await queryRunner.query(`CREATE FUNCTION audit_event_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only (% refused)', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await queryRunner.query(`CREATE TRIGGER "tr_audit_event_no_update_delete" BEFORE UPDATE OR DELETE ON "audit_event"
      FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only()`);
    await queryRunner.query(`CREATE TRIGGER "tr_audit_event_no_truncate" BEFORE TRUNCATE ON "audit_event"
      FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only()`);
    await queryRunner.query(`REVOKE UPDATE, DELETE, TRUNCATE ON "audit_event" FROM PUBLIC`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "tr_audit_event_no_truncate" ON "audit_event"`);
    await queryRunner.query(`DROP TRIGGER "tr_audit_event_no_update_delete" ON "audit_event"`);
    await queryRunner.query(`DROP FUNCTION audit_event_is_append_only()`);
    await queryRunner.query(`DROP INDEX "public"."uq_org_unit_cost_centre"`);
    await queryRunner.query(`ALTER TABLE "user_unit" DROP CONSTRAINT "fk_user_unit_unit"`);
    await queryRunner.query(`ALTER TABLE "user_unit" DROP CONSTRAINT "fk_user_unit_user"`);
    await queryRunner.query(`ALTER TABLE "refresh_token" DROP CONSTRAINT "fk_refresh_token_user"`);
    await queryRunner.query(`ALTER TABLE "org_unit" DROP CONSTRAINT "fk_org_unit_parent"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_63ccd2198b7da8c4c27e7b8390"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9f8e28864adc66ade704b902a2"`);
    await queryRunner.query(`DROP TABLE "user_unit"`);
    await queryRunner.query(`DROP INDEX "public"."uq_refresh_token_hash"`);
    await queryRunner.query(`DROP INDEX "public"."ix_refresh_token_family"`);
    await queryRunner.query(`DROP TABLE "refresh_token"`);
    await queryRunner.query(`DROP INDEX "public"."uq_user_account_email"`);
    await queryRunner.query(`DROP TABLE "user_account"`);
    await queryRunner.query(`DROP INDEX "public"."ix_org_unit_parent"`);
    await queryRunner.query(`DROP INDEX "public"."ix_org_unit_name_id"`);
    await queryRunner.query(`DROP TABLE "org_unit"`);
    await queryRunner.query(`DROP INDEX "public"."ix_login_attempt_account"`);
    await queryRunner.query(`DROP INDEX "public"."ix_login_attempt_address"`);
    await queryRunner.query(`DROP TABLE "login_attempt"`);
    await queryRunner.query(`DROP INDEX "public"."uq_api_client_client_id"`);
    await queryRunner.query(`DROP TABLE "api_client"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_event_subject"`);
    await queryRunner.query(`DROP INDEX "public"."ix_audit_event_actor"`);
    await queryRunner.query(`DROP TABLE "audit_event"`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';
import { EXPERIENCE_AREAS, LANGUAGES, TASK_TYPES, TRAINING_TIERS } from '../../catalog/data/catalog';
import { MUNICIPALITIES } from '../../catalog/data/municipalities';
import { municipalityCode } from '../../registry/registry.rules';

export class Registry1795399274906 implements MigrationInterface {
  name = 'Registry1795399274906';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // pg_trgm is a trusted extension: the database owner may create it.
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE TABLE "experience_area" ("code" text NOT NULL, "label_fi" text NOT NULL, "label_sv" text NOT NULL, "label_en" text NOT NULL, "sort_order" integer NOT NULL DEFAULT '0', "active" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_16db01e07db07e0379f7c96ab75" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "task_type" ("code" text NOT NULL, "label_fi" text NOT NULL, "label_sv" text NOT NULL, "label_en" text NOT NULL, "sort_order" integer NOT NULL DEFAULT '0', "active" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_f71ab678634b8e4a7b423b5e15f" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "language" ("code" text NOT NULL, "label_fi" text NOT NULL, "label_sv" text NOT NULL, "label_en" text NOT NULL, "sort_order" integer NOT NULL DEFAULT '0', "active" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_465b3173cdddf0ac2d3fe73a33c" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "training_tier" ("code" text NOT NULL, "label_fi" text NOT NULL, "label_sv" text NOT NULL, "label_en" text NOT NULL, "sort_order" integer NOT NULL DEFAULT '0', "active" boolean NOT NULL DEFAULT true, "rank" integer NOT NULL, "min_hours" integer NOT NULL, "requires_mentor_training" boolean NOT NULL DEFAULT false, CONSTRAINT "ck_training_tier_min_hours" CHECK ("min_hours" >= 0), CONSTRAINT "PK_666e27fae8f57989184e54ee57f" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_training_tier_rank" ON "training_tier" ("rank") `);
    await queryRunner.query(
      `CREATE TABLE "municipality" ("code" text NOT NULL, "name_fi" text NOT NULL, "name_sv" text NOT NULL, "latitude" double precision NOT NULL, "longitude" double precision NOT NULL, "merged_into" text, CONSTRAINT "PK_f01eb47e7b81481ca5a146a786d" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_municipality_name_fi" ON "municipality" ("name_fi") `);
    await queryRunner.query(
      `CREATE TABLE "expert" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid, "first_name" text NOT NULL, "last_name" text NOT NULL, "email" text NOT NULL, "phone" text, "municipality_code" text, "postal_code" text, "languages" text array NOT NULL, "kinds" text array NOT NULL, "task_types" text array NOT NULL, "works_remote" boolean NOT NULL DEFAULT true, "works_in_person" boolean NOT NULL DEFAULT true, "travel_radius_km" integer, "max_tasks_per_month" integer NOT NULL DEFAULT '4', "introduction" text, "video_url" text, "ngo" text, "payment_method" text NOT NULL DEFAULT 'payroll', "business_id" text, "tax_card_year" integer, "personal_id_enc" text, "personal_id_hash" text, "iban_enc" text, "birth_date" date, "earnings_ceiling_cents" integer, "status" text NOT NULL DEFAULT 'applicant', "paused_until" date, "status_reason" text, "coordinator_notes" text, "tier_code" text, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_expert_invoice_business_id" CHECK ("payment_method" <> 'invoice' OR "business_id" IS NOT NULL), CONSTRAINT "ck_expert_paused_until" CHECK ("status" = 'paused' OR "paused_until" IS NULL), CONSTRAINT "ck_expert_earnings_ceiling" CHECK ("earnings_ceiling_cents" IS NULL OR "earnings_ceiling_cents" >= 0), CONSTRAINT "ck_expert_travel_radius" CHECK ("travel_radius_km" IS NULL OR "travel_radius_km" BETWEEN 0 AND 1000), CONSTRAINT "ck_expert_max_tasks" CHECK ("max_tasks_per_month" BETWEEN 0 AND 60), CONSTRAINT "ck_expert_postal_code" CHECK ("postal_code" IS NULL OR "postal_code" ~ '^[0-9]{5}$'), CONSTRAINT "ck_expert_kinds" CHECK ("kinds" <@ ARRAY['trained_expert', 'experience_actor', 'peer_supporter', 'developer_client', 'mentor']::text[]), CONSTRAINT "ck_expert_payment_method" CHECK ("payment_method" IN ('payroll', 'invoice', 'ngo', 'volunteer')), CONSTRAINT "ck_expert_status" CHECK ("status" IN ('applicant', 'orientation', 'active', 'paused', 'left')), CONSTRAINT "PK_0062630832658e718267ce2941f" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_expert_tier" ON "expert" ("tier_code") `);
    await queryRunner.query(`CREATE INDEX "ix_expert_municipality" ON "expert" ("municipality_code") `);
    await queryRunner.query(`CREATE INDEX "ix_expert_name" ON "expert" ("last_name", "first_name", "id") `);
    await queryRunner.query(
      `CREATE INDEX "ix_expert_status_name" ON "expert" ("status", "last_name", "first_name", "id") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_expert_personal_id_hash" ON "expert" ("personal_id_hash") WHERE "personal_id_hash" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_expert_user" ON "expert" ("user_id") WHERE "user_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "expert_experience_area" ("expert_id" uuid NOT NULL, "area_code" text NOT NULL, "visible_to_orderers" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_2e5b06c9243480a317d57d716fa" PRIMARY KEY ("expert_id", "area_code"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_expert_experience_area_area" ON "expert_experience_area" ("area_code", "expert_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "training_record" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "expert_id" uuid NOT NULL, "course" text NOT NULL, "provider" text, "hours" integer NOT NULL, "completed_on" date NOT NULL, "mentor_training" boolean NOT NULL DEFAULT false, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_training_record_hours" CHECK ("hours" BETWEEN 0 AND 2000), CONSTRAINT "PK_bb21cf01b9f9eaec90b518a9426" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_training_record_expert" ON "training_record" ("expert_id", "completed_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "expert_weekly_availability" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "expert_id" uuid NOT NULL, "weekday" smallint NOT NULL, "starts_at" TIME NOT NULL, "ends_at" TIME NOT NULL, CONSTRAINT "ck_expert_weekly_availability_times" CHECK ("starts_at" < "ends_at"), CONSTRAINT "ck_expert_weekly_availability_weekday" CHECK ("weekday" BETWEEN 1 AND 7), CONSTRAINT "PK_937df302614d7bc667b8178c373" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_expert_weekly_availability_expert" ON "expert_weekly_availability" ("expert_id", "weekday") `,
    );
    await queryRunner.query(
      `CREATE TABLE "expert_absence" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "expert_id" uuid NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "kind" text NOT NULL DEFAULT 'absence', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_expert_absence_kind" CHECK ("kind" IN ('absence', 'break')), CONSTRAINT "ck_expert_absence_dates" CHECK ("starts_on" <= "ends_on"), CONSTRAINT "PK_27afa59791d4ad3d1702995e286" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_expert_absence_expert" ON "expert_absence" ("expert_id", "starts_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "expert_exclusion" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "expert_id" uuid NOT NULL, "unit_id" uuid, "topic" text, CONSTRAINT "ck_expert_exclusion_target" CHECK ("unit_id" IS NOT NULL OR "topic" IS NOT NULL), CONSTRAINT "PK_94c3b2e58f54b21eb3e9b2812eb" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_expert_exclusion_expert" ON "expert_exclusion" ("expert_id") `);
    await queryRunner.query(
      `CREATE TABLE "expert_status_change" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "expert_id" uuid NOT NULL, "from_status" text, "to_status" text NOT NULL, "reason" text, "changed_by" uuid, "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_306190f75ef11645bbf339b73df" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_expert_status_change_expert" ON "expert_status_change" ("expert_id", "changed_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "expert_consent" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "expert_id" uuid NOT NULL, "kind" text NOT NULL, "given_at" TIMESTAMP WITH TIME ZONE NOT NULL, "withdrawn_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_ca105f87d505180bd789e058ed9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_expert_consent_expert" ON "expert_consent" ("expert_id", "kind") `,
    );
    await queryRunner.query(
      `ALTER TABLE "municipality" ADD CONSTRAINT "fk_municipality_merged_into" FOREIGN KEY ("merged_into") REFERENCES "municipality"("code") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "expert" ADD CONSTRAINT "fk_expert_user" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "expert" ADD CONSTRAINT "fk_expert_municipality" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "expert" ADD CONSTRAINT "fk_expert_tier" FOREIGN KEY ("tier_code") REFERENCES "training_tier"("code") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "expert_experience_area" ADD CONSTRAINT "fk_expert_experience_area_expert" FOREIGN KEY ("expert_id") REFERENCES "expert"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "expert_experience_area" ADD CONSTRAINT "fk_expert_experience_area_area" FOREIGN KEY ("area_code") REFERENCES "experience_area"("code") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "training_record" ADD CONSTRAINT "fk_training_record_expert" FOREIGN KEY ("expert_id") REFERENCES "expert"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "expert_weekly_availability" ADD CONSTRAINT "fk_expert_weekly_availability_expert" FOREIGN KEY ("expert_id") REFERENCES "expert"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "expert_absence" ADD CONSTRAINT "fk_expert_absence_expert" FOREIGN KEY ("expert_id") REFERENCES "expert"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "expert_exclusion" ADD CONSTRAINT "fk_expert_exclusion_expert" FOREIGN KEY ("expert_id") REFERENCES "expert"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "expert_exclusion" ADD CONSTRAINT "fk_expert_exclusion_unit" FOREIGN KEY ("unit_id") REFERENCES "org_unit"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "expert_status_change" ADD CONSTRAINT "fk_expert_status_change_expert" FOREIGN KEY ("expert_id") REFERENCES "expert"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "expert_consent" ADD CONSTRAINT "fk_expert_consent_expert" FOREIGN KEY ("expert_id") REFERENCES "expert"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Written by hand: expression indexes, and the catalogues' reference data.
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_expert_email" ON "expert" (lower("email"))`);
    await queryRunner.query(
      `CREATE INDEX "ix_expert_search" ON "expert" USING gin ((lower("first_name" || ' ' || "last_name" || ' ' || "email")) gin_trgm_ops)`,
    );
    for (const [table, rows] of [
      ['experience_area', EXPERIENCE_AREAS],
      ['task_type', TASK_TYPES],
      ['language', LANGUAGES],
    ] as const) {
      let order = 0;
      for (const r of rows) {
        await queryRunner.query(
          `INSERT INTO "${table}" (code, label_fi, label_sv, label_en, sort_order) VALUES ($1, $2, $3, $4, $5)`,
          [r.code, r.fi, r.sv, r.en, (order += 10)],
        );
      }
    }
    for (const t of TRAINING_TIERS) {
      await queryRunner.query(
        `INSERT INTO "training_tier" (code, label_fi, label_sv, label_en, sort_order, rank, min_hours, requires_mentor_training)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [t.code, t.fi, t.sv, t.en, t.rank * 10, t.rank, t.minHours, t.requiresMentorTraining],
      );
    }
    const current = MUNICIPALITIES.filter((m) => !m.mergedInto);
    const merged = MUNICIPALITIES.filter((m) => m.mergedInto);
    for (const m of [...current, ...merged]) {
      await queryRunner.query(
        `INSERT INTO "municipality" (code, name_fi, name_sv, latitude, longitude, merged_into) VALUES ($1, $2, $3, $4, $5, $6)`,
        [
          municipalityCode(m.fi),
          m.fi,
          m.sv,
          m.lat,
          m.lon,
          m.mergedInto ? municipalityCode(m.mergedInto) : null,
        ],
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."ix_expert_search"`);
    await queryRunner.query(`DROP INDEX "public"."uq_expert_email"`);
    await queryRunner.query(`ALTER TABLE "expert_consent" DROP CONSTRAINT "fk_expert_consent_expert"`);
    await queryRunner.query(
      `ALTER TABLE "expert_status_change" DROP CONSTRAINT "fk_expert_status_change_expert"`,
    );
    await queryRunner.query(`ALTER TABLE "expert_exclusion" DROP CONSTRAINT "fk_expert_exclusion_unit"`);
    await queryRunner.query(`ALTER TABLE "expert_exclusion" DROP CONSTRAINT "fk_expert_exclusion_expert"`);
    await queryRunner.query(`ALTER TABLE "expert_absence" DROP CONSTRAINT "fk_expert_absence_expert"`);
    await queryRunner.query(
      `ALTER TABLE "expert_weekly_availability" DROP CONSTRAINT "fk_expert_weekly_availability_expert"`,
    );
    await queryRunner.query(`ALTER TABLE "training_record" DROP CONSTRAINT "fk_training_record_expert"`);
    await queryRunner.query(
      `ALTER TABLE "expert_experience_area" DROP CONSTRAINT "fk_expert_experience_area_area"`,
    );
    await queryRunner.query(
      `ALTER TABLE "expert_experience_area" DROP CONSTRAINT "fk_expert_experience_area_expert"`,
    );
    await queryRunner.query(`ALTER TABLE "expert" DROP CONSTRAINT "fk_expert_tier"`);
    await queryRunner.query(`ALTER TABLE "expert" DROP CONSTRAINT "fk_expert_municipality"`);
    await queryRunner.query(`ALTER TABLE "expert" DROP CONSTRAINT "fk_expert_user"`);
    await queryRunner.query(`ALTER TABLE "municipality" DROP CONSTRAINT "fk_municipality_merged_into"`);
    await queryRunner.query(`DROP INDEX "public"."ix_expert_consent_expert"`);
    await queryRunner.query(`DROP TABLE "expert_consent"`);
    await queryRunner.query(`DROP INDEX "public"."ix_expert_status_change_expert"`);
    await queryRunner.query(`DROP TABLE "expert_status_change"`);
    await queryRunner.query(`DROP INDEX "public"."ix_expert_exclusion_expert"`);
    await queryRunner.query(`DROP TABLE "expert_exclusion"`);
    await queryRunner.query(`DROP INDEX "public"."ix_expert_absence_expert"`);
    await queryRunner.query(`DROP TABLE "expert_absence"`);
    await queryRunner.query(`DROP INDEX "public"."ix_expert_weekly_availability_expert"`);
    await queryRunner.query(`DROP TABLE "expert_weekly_availability"`);
    await queryRunner.query(`DROP INDEX "public"."ix_training_record_expert"`);
    await queryRunner.query(`DROP TABLE "training_record"`);
    await queryRunner.query(`DROP INDEX "public"."ix_expert_experience_area_area"`);
    await queryRunner.query(`DROP TABLE "expert_experience_area"`);
    await queryRunner.query(`DROP INDEX "public"."uq_expert_user"`);
    await queryRunner.query(`DROP INDEX "public"."uq_expert_personal_id_hash"`);
    await queryRunner.query(`DROP INDEX "public"."ix_expert_status_name"`);
    await queryRunner.query(`DROP INDEX "public"."ix_expert_name"`);
    await queryRunner.query(`DROP INDEX "public"."ix_expert_municipality"`);
    await queryRunner.query(`DROP INDEX "public"."ix_expert_tier"`);
    await queryRunner.query(`DROP TABLE "expert"`);
    await queryRunner.query(`DROP INDEX "public"."ix_municipality_name_fi"`);
    await queryRunner.query(`DROP TABLE "municipality"`);
    await queryRunner.query(`DROP INDEX "public"."uq_training_tier_rank"`);
    await queryRunner.query(`DROP TABLE "training_tier"`);
    await queryRunner.query(`DROP TABLE "language"`);
    await queryRunner.query(`DROP TABLE "task_type"`);
    await queryRunner.query(`DROP TABLE "experience_area"`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';
import { PRODUCTS } from '../../orders/data/products';

export class Orders1795405371831 implements MigrationInterface {
  name = 'Orders1795405371831';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "idempotency_record" ("principal" text NOT NULL, "key" text NOT NULL, "operation" text NOT NULL, "request_hash" text NOT NULL, "status_code" integer, "response" jsonb, "resource_id" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c8a94a2590e55c032bda567b882" PRIMARY KEY ("principal", "key"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_idempotency_record_created" ON "idempotency_record" ("created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "product" ("code" text NOT NULL, "label_fi" text NOT NULL, "label_sv" text NOT NULL, "label_en" text NOT NULL, "description_fi" text NOT NULL, "description_sv" text NOT NULL, "description_en" text NOT NULL, "task_type_code" text, "default_duration_minutes" integer NOT NULL, "default_expert_count" integer NOT NULL, "pair_required" boolean NOT NULL, "recurring" boolean NOT NULL, "preparation_minutes" integer NOT NULL, "fee_basis" text NOT NULL, "sort_order" integer NOT NULL, "active" boolean NOT NULL DEFAULT true, "version" integer NOT NULL DEFAULT '1', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_product_preparation" CHECK ("preparation_minutes" BETWEEN 0 AND 2400), CONSTRAINT "ck_product_pair" CHECK (NOT "pair_required" OR "default_expert_count" >= 2), CONSTRAINT "ck_product_expert_count" CHECK ("default_expert_count" BETWEEN 1 AND 20), CONSTRAINT "ck_product_duration" CHECK ("default_duration_minutes" BETWEEN 15 AND 1440), CONSTRAINT "ck_product_fee_basis" CHECK ("fee_basis" IN ('hourly', 'per_task', 'per_meeting')), CONSTRAINT "PK_99c39b067cfa73c783f0fc49a61" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "task_order" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "number" text NOT NULL, "status" text NOT NULL, "unit_id" uuid NOT NULL, "cost_centre" text, "contact_user_id" uuid NOT NULL, "contact_name" text NOT NULL, "contact_phone" text, "contact_email" text NOT NULL, "product_code" text NOT NULL, "title" text NOT NULL, "description" text, "purpose" text, "audience" text, "audience_size" integer, "mode" text NOT NULL, "place" text, "remote_link" text, "municipality_code" text, "language_code" text, "expert_count" integer NOT NULL, "wished_tier_code" text, "preparation_needs" text, "accessibility_needs" text, "results_return" text, "wished_expert_id" uuid, "series" jsonb, "starts_at" TIMESTAMP WITH TIME ZONE, "ends_at" TIMESTAMP WITH TIME ZONE, "occurrence_count" integer NOT NULL DEFAULT '0', "submitted_at" TIMESTAMP WITH TIME ZONE, "answer_due_at" TIMESTAMP WITH TIME ZONE, "answered_at" TIMESTAMP WITH TIME ZONE, "inbox_due_at" TIMESTAMP WITH TIME ZONE, "cancelled_at" TIMESTAMP WITH TIME ZONE, "cancel_reason" text, "late_cancellation" boolean NOT NULL DEFAULT false, "delivered_at" TIMESTAMP WITH TIME ZONE, "closed_at" TIMESTAMP WITH TIME ZONE, "created_by" uuid NOT NULL, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_task_order_period" CHECK ("ends_at" IS NULL OR "starts_at" < "ends_at"), CONSTRAINT "ck_task_order_complete" CHECK ("status" = 'draft' OR ("description" IS NOT NULL AND "language_code" IS NOT NULL AND "starts_at" IS NOT NULL)), CONSTRAINT "ck_task_order_cancelled" CHECK (("status" = 'cancelled') = ("cancelled_at" IS NOT NULL)), CONSTRAINT "ck_task_order_submitted" CHECK ("status" IN ('draft', 'cancelled') OR "submitted_at" IS NOT NULL), CONSTRAINT "ck_task_order_audience_size" CHECK ("audience_size" IS NULL OR "audience_size" BETWEEN 0 AND 100000), CONSTRAINT "ck_task_order_expert_count" CHECK ("expert_count" BETWEEN 1 AND 20), CONSTRAINT "ck_task_order_mode" CHECK ("mode" IN ('in_person', 'remote', 'hybrid')), CONSTRAINT "ck_task_order_status" CHECK ("status" IN ('draft', 'submitted', 'in_matching', 'partly_staffed', 'staffed', 'delivered', 'closed', 'cancelled')), CONSTRAINT "PK_15e973a09676013165565bc6243" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_task_order_inbox" ON "task_order" ("inbox_due_at", "id") WHERE "status" IN ('submitted', 'in_matching', 'partly_staffed')`,
    );
    await queryRunner.query(`CREATE INDEX "ix_task_order_starts" ON "task_order" ("starts_at", "id") `);
    await queryRunner.query(
      `CREATE INDEX "ix_task_order_status_created" ON "task_order" ("status", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_task_order_unit_created" ON "task_order" ("unit_id", "created_at", "id") `,
    );
    await queryRunner.query(`CREATE INDEX "ix_task_order_created" ON "task_order" ("created_at", "id") `);
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_task_order_number" ON "task_order" ("number") `);
    await queryRunner.query(
      `CREATE TABLE "order_area" ("order_id" uuid NOT NULL, "area_code" text NOT NULL, "required" boolean NOT NULL, CONSTRAINT "PK_7028c8525b389d8aa0748db47ea" PRIMARY KEY ("order_id", "area_code"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_order_area_area" ON "order_area" ("area_code") `);
    await queryRunner.query(
      `CREATE TABLE "order_excluded_expert" ("order_id" uuid NOT NULL, "expert_id" uuid NOT NULL, CONSTRAINT "PK_4ff4e97d0b0bd408a64b621a12b" PRIMARY KEY ("order_id", "expert_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_order_excluded_expert_expert" ON "order_excluded_expert" ("expert_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "order_occurrence" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "order_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "place" text, "status" text NOT NULL DEFAULT 'planned', "cancelled_at" TIMESTAMP WITH TIME ZONE, "cancel_reason" text, "late_cancellation" boolean NOT NULL DEFAULT false, "reminder_sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_order_occurrence_cancelled" CHECK (("status" = 'cancelled') = ("cancelled_at" IS NOT NULL)), CONSTRAINT "ck_order_occurrence_status" CHECK ("status" IN ('planned', 'delivered', 'cancelled')), CONSTRAINT "ck_order_occurrence_times" CHECK ("starts_at" < "ends_at"), CONSTRAINT "PK_998ad637eff8dc40f0fe5604bf8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_order_occurrence_reminder" ON "order_occurrence" ("starts_at") WHERE "status" = 'planned' AND "reminder_sent_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_order_occurrence_order" ON "order_occurrence" ("order_id", "starts_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "order_event" ("id" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, "order_id" uuid NOT NULL, "occurrence_id" uuid, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor_user_id" uuid, "type" text NOT NULL, "from_status" text, "to_status" text, "detail" jsonb, CONSTRAINT "PK_394b0d7613180ebee9028e9aaa1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_order_event_order" ON "order_event" ("order_id", "id") `);
    await queryRunner.query(
      `CREATE TABLE "order_message" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "order_id" uuid NOT NULL, "author_user_id" uuid NOT NULL, "body" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_order_message_body" CHECK (char_length("body") BETWEEN 1 AND 4000), CONSTRAINT "PK_ca42c8faf6aebd40048957e3710" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_order_message_order" ON "order_message" ("order_id", "created_at", "id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "order_attachment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "order_id" uuid NOT NULL, "file_name" text NOT NULL, "content_type" text NOT NULL, "size_bytes" integer NOT NULL, "data" bytea NOT NULL, "uploaded_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_order_attachment_size" CHECK ("size_bytes" BETWEEN 1 AND 10485760), CONSTRAINT "PK_45ca3c8f9be08e553ccdc954390" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_order_attachment_order" ON "order_attachment" ("order_id", "created_at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "product" ADD CONSTRAINT "fk_product_task_type" FOREIGN KEY ("task_type_code") REFERENCES "task_type"("code") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "task_order" ADD CONSTRAINT "fk_task_order_unit" FOREIGN KEY ("unit_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "task_order" ADD CONSTRAINT "fk_task_order_contact_user" FOREIGN KEY ("contact_user_id") REFERENCES "user_account"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "task_order" ADD CONSTRAINT "fk_task_order_product" FOREIGN KEY ("product_code") REFERENCES "product"("code") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "task_order" ADD CONSTRAINT "fk_task_order_municipality" FOREIGN KEY ("municipality_code") REFERENCES "municipality"("code") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "task_order" ADD CONSTRAINT "fk_task_order_language" FOREIGN KEY ("language_code") REFERENCES "language"("code") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "task_order" ADD CONSTRAINT "fk_task_order_wished_tier" FOREIGN KEY ("wished_tier_code") REFERENCES "training_tier"("code") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "task_order" ADD CONSTRAINT "fk_task_order_wished_expert" FOREIGN KEY ("wished_expert_id") REFERENCES "expert"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "task_order" ADD CONSTRAINT "fk_task_order_created_by" FOREIGN KEY ("created_by") REFERENCES "user_account"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "order_area" ADD CONSTRAINT "fk_order_area_order" FOREIGN KEY ("order_id") REFERENCES "task_order"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "order_area" ADD CONSTRAINT "fk_order_area_area" FOREIGN KEY ("area_code") REFERENCES "experience_area"("code") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "order_excluded_expert" ADD CONSTRAINT "fk_order_excluded_expert_order" FOREIGN KEY ("order_id") REFERENCES "task_order"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "order_excluded_expert" ADD CONSTRAINT "fk_order_excluded_expert_expert" FOREIGN KEY ("expert_id") REFERENCES "expert"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "order_occurrence" ADD CONSTRAINT "fk_order_occurrence_order" FOREIGN KEY ("order_id") REFERENCES "task_order"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "order_event" ADD CONSTRAINT "fk_order_event_order" FOREIGN KEY ("order_id") REFERENCES "task_order"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "order_event" ADD CONSTRAINT "fk_order_event_actor" FOREIGN KEY ("actor_user_id") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "order_message" ADD CONSTRAINT "fk_order_message_order" FOREIGN KEY ("order_id") REFERENCES "task_order"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "order_message" ADD CONSTRAINT "fk_order_message_author" FOREIGN KEY ("author_user_id") REFERENCES "user_account"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "order_attachment" ADD CONSTRAINT "fk_order_attachment_order" FOREIGN KEY ("order_id") REFERENCES "task_order"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "order_attachment" ADD CONSTRAINT "fk_order_attachment_uploaded_by" FOREIGN KEY ("uploaded_by") REFERENCES "user_account"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    // Written by hand: the people-facing order numbers, and the product catalogue.
    await queryRunner.query(`CREATE SEQUENCE "order_number_seq"`);
    await queryRunner.query(`CREATE INDEX "ix_task_order_title_search" ON "task_order" USING gin ("title" gin_trgm_ops)`);
    let order = 0;
    for (const p of PRODUCTS) {
      await queryRunner.query(
        `INSERT INTO "product" (code, task_type_code, label_fi, label_sv, label_en, description_fi, description_sv, description_en,
           default_duration_minutes, default_expert_count, pair_required, recurring, preparation_minutes, fee_basis, sort_order)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
        [
          p.code,
          p.taskType,
          p.label.fi,
          p.label.sv,
          p.label.en,
          p.description.fi,
          p.description.sv,
          p.description.en,
          p.minutes,
          p.experts,
          p.pair,
          p.recurring,
          p.preparation,
          p.feeBasis,
          (order += 10),
        ],
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_task_order_title_search"`);
    await queryRunner.query(`DROP SEQUENCE "order_number_seq"`);
    await queryRunner.query(
      `ALTER TABLE "order_attachment" DROP CONSTRAINT "fk_order_attachment_uploaded_by"`,
    );
    await queryRunner.query(`ALTER TABLE "order_attachment" DROP CONSTRAINT "fk_order_attachment_order"`);
    await queryRunner.query(`ALTER TABLE "order_message" DROP CONSTRAINT "fk_order_message_author"`);
    await queryRunner.query(`ALTER TABLE "order_message" DROP CONSTRAINT "fk_order_message_order"`);
    await queryRunner.query(`ALTER TABLE "order_event" DROP CONSTRAINT "fk_order_event_actor"`);
    await queryRunner.query(`ALTER TABLE "order_event" DROP CONSTRAINT "fk_order_event_order"`);
    await queryRunner.query(`ALTER TABLE "order_occurrence" DROP CONSTRAINT "fk_order_occurrence_order"`);
    await queryRunner.query(
      `ALTER TABLE "order_excluded_expert" DROP CONSTRAINT "fk_order_excluded_expert_expert"`,
    );
    await queryRunner.query(
      `ALTER TABLE "order_excluded_expert" DROP CONSTRAINT "fk_order_excluded_expert_order"`,
    );
    await queryRunner.query(`ALTER TABLE "order_area" DROP CONSTRAINT "fk_order_area_area"`);
    await queryRunner.query(`ALTER TABLE "order_area" DROP CONSTRAINT "fk_order_area_order"`);
    await queryRunner.query(`ALTER TABLE "task_order" DROP CONSTRAINT "fk_task_order_created_by"`);
    await queryRunner.query(`ALTER TABLE "task_order" DROP CONSTRAINT "fk_task_order_wished_expert"`);
    await queryRunner.query(`ALTER TABLE "task_order" DROP CONSTRAINT "fk_task_order_wished_tier"`);
    await queryRunner.query(`ALTER TABLE "task_order" DROP CONSTRAINT "fk_task_order_language"`);
    await queryRunner.query(`ALTER TABLE "task_order" DROP CONSTRAINT "fk_task_order_municipality"`);
    await queryRunner.query(`ALTER TABLE "task_order" DROP CONSTRAINT "fk_task_order_product"`);
    await queryRunner.query(`ALTER TABLE "task_order" DROP CONSTRAINT "fk_task_order_contact_user"`);
    await queryRunner.query(`ALTER TABLE "task_order" DROP CONSTRAINT "fk_task_order_unit"`);
    await queryRunner.query(`ALTER TABLE "product" DROP CONSTRAINT "fk_product_task_type"`);
    await queryRunner.query(`DROP INDEX "public"."ix_order_attachment_order"`);
    await queryRunner.query(`DROP TABLE "order_attachment"`);
    await queryRunner.query(`DROP INDEX "public"."ix_order_message_order"`);
    await queryRunner.query(`DROP TABLE "order_message"`);
    await queryRunner.query(`DROP INDEX "public"."ix_order_event_order"`);
    await queryRunner.query(`DROP TABLE "order_event"`);
    await queryRunner.query(`DROP INDEX "public"."ix_order_occurrence_order"`);
    await queryRunner.query(`DROP INDEX "public"."ix_order_occurrence_reminder"`);
    await queryRunner.query(`DROP TABLE "order_occurrence"`);
    await queryRunner.query(`DROP INDEX "public"."ix_order_excluded_expert_expert"`);
    await queryRunner.query(`DROP TABLE "order_excluded_expert"`);
    await queryRunner.query(`DROP INDEX "public"."ix_order_area_area"`);
    await queryRunner.query(`DROP TABLE "order_area"`);
    await queryRunner.query(`DROP INDEX "public"."uq_task_order_number"`);
    await queryRunner.query(`DROP INDEX "public"."ix_task_order_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_task_order_unit_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_task_order_status_created"`);
    await queryRunner.query(`DROP INDEX "public"."ix_task_order_starts"`);
    await queryRunner.query(`DROP INDEX "public"."ix_task_order_inbox"`);
    await queryRunner.query(`DROP TABLE "task_order"`);
    await queryRunner.query(`DROP TABLE "product"`);
    await queryRunner.query(`DROP INDEX "public"."ix_idempotency_record_created"`);
    await queryRunner.query(`DROP TABLE "idempotency_record"`);
  }
}

import { MigrationInterface, QueryRunner } from 'typeorm';

export class Fees1795414689241 implements MigrationInterface {
  name = 'Fees1795414689241';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "income_type" ("code" text NOT NULL, "name_fi" text NOT NULL, "name_sv" text NOT NULL, "name_en" text NOT NULL, "reported" boolean NOT NULL, "tax_free" boolean NOT NULL, CONSTRAINT "PK_f2186eb41660c59bb512507eae9" PRIMARY KEY ("code"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "mileage_rate" ("year" integer NOT NULL, "cents_per_km" integer NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_mileage_rate_cents" CHECK ("cents_per_km" > 0 AND "cents_per_km" < 1000), CONSTRAINT "PK_d5180fe2a578cd6fdf0091b9d31" PRIMARY KEY ("year"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "fee_schedule" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "effective_from" date NOT NULL, "notes" text, "version" integer NOT NULL DEFAULT '1', "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ff34967d26d3283d21abcc0125c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_fee_schedule_from" ON "fee_schedule" ("effective_from") `,
    );
    await queryRunner.query(
      `CREATE TABLE "fee_rate" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "schedule_id" uuid NOT NULL, "tier_code" text NOT NULL, "task_type_code" text, "product_code" text, "basis" text NOT NULL, "amount_cents" integer NOT NULL, "min_billable_minutes" integer NOT NULL DEFAULT '0', "paid_preparation_minutes" integer NOT NULL DEFAULT '0', "preparation_hourly_cents" integer, "income_type_code" text NOT NULL, CONSTRAINT "ck_fee_rate_amounts" CHECK ("amount_cents" >= 0 AND "min_billable_minutes" >= 0 AND "paid_preparation_minutes" >= 0 AND ("preparation_hourly_cents" IS NULL OR "preparation_hourly_cents" >= 0)), CONSTRAINT "ck_fee_rate_basis" CHECK ("basis" IN ('hourly', 'per_task', 'per_meeting')), CONSTRAINT "ck_fee_rate_target" CHECK (("task_type_code" IS NULL) <> ("product_code" IS NULL)), CONSTRAINT "PK_3dec8db85a80821183da6a7e416" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_fee_rate_schedule" ON "fee_rate" ("schedule_id") `);
    await queryRunner.query(
      `CREATE TABLE "fee_claim" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "number" text NOT NULL, "assignment_id" uuid NOT NULL, "expert_id" uuid NOT NULL, "order_id" uuid NOT NULL, "occurrence_id" uuid NOT NULL, "unit_id" uuid NOT NULL, "cost_centre" text NOT NULL, "task_date" date NOT NULL, "schedule_id" uuid, "tier_code" text, "task_type_code" text, "product_code" text NOT NULL, "payment_method" text NOT NULL, "status" text NOT NULL, "owner" text NOT NULL, "owner_user_id" uuid, "due_at" TIMESTAMP WITH TIME ZONE, "reminded_at" TIMESTAMP WITH TIME ZONE, "escalated_at" TIMESTAMP WITH TIME ZONE, "late_cancellation" boolean NOT NULL DEFAULT false, "report" jsonb NOT NULL, "prefilled_report" jsonb NOT NULL, "total_cents" integer NOT NULL, "earnings_cents" integer NOT NULL, "return_reason" text, "as_volunteer" boolean NOT NULL DEFAULT false, "submitted_at" TIMESTAMP WITH TIME ZONE, "approved_at" TIMESTAMP WITH TIME ZONE, "paid_at" TIMESTAMP WITH TIME ZONE, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_fee_claim_returned" CHECK ("status" <> 'returned' OR "return_reason" IS NOT NULL), CONSTRAINT "ck_fee_claim_due" CHECK (("owner" = 'nobody') = ("due_at" IS NULL)), CONSTRAINT "ck_fee_claim_totals" CHECK ("total_cents" >= 0 AND "earnings_cents" >= 0 AND "earnings_cents" <= "total_cents"), CONSTRAINT "ck_fee_claim_payment_method" CHECK ("payment_method" IN ('payroll', 'invoice', 'ngo', 'volunteer')), CONSTRAINT "ck_fee_claim_owner" CHECK ("owner" IN ('expert', 'orderer', 'approver', 'payroll', 'coordinator', 'nobody')), CONSTRAINT "ck_fee_claim_status" CHECK ("status" IN ('draft', 'submitted', 'confirmed', 'approved', 'exported', 'paid', 'returned', 'rejected', 'cancelled')), CONSTRAINT "PK_2a8b8e9cde5688e8b42cfcb9ab2" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_fee_claim_cost_centre" ON "fee_claim" ("cost_centre", "status") `,
    );
    await queryRunner.query(`CREATE INDEX "ix_fee_claim_status" ON "fee_claim" ("status", "due_at") `);
    await queryRunner.query(
      `CREATE INDEX "ix_fee_claim_open_due" ON "fee_claim" ("due_at") WHERE "status" NOT IN ('paid', 'cancelled')`,
    );
    await queryRunner.query(`CREATE INDEX "ix_fee_claim_expert" ON "fee_claim" ("expert_id", "task_date") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_fee_claim_assignment" ON "fee_claim" ("assignment_id") `,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_fee_claim_number" ON "fee_claim" ("number") `);
    await queryRunner.query(
      `CREATE TABLE "export_batch" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "number" text NOT NULL, "channel" text NOT NULL, "status" text NOT NULL, "created_by" text NOT NULL, "line_count" integer NOT NULL, "total_cents" integer NOT NULL, "document" text NOT NULL, "etag" text NOT NULL, "acknowledged_at" TIMESTAMP WITH TIME ZONE, "released_at" TIMESTAMP WITH TIME ZONE, "released_by" uuid, "release_reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_export_batch_totals" CHECK ("line_count" >= 0 AND "total_cents" >= 0), CONSTRAINT "ck_export_batch_status" CHECK ("status" IN ('exported', 'acknowledged', 'released')), CONSTRAINT "ck_export_batch_channel" CHECK ("channel" IN ('payroll', 'accounts_payable')), CONSTRAINT "PK_73d543eb90b511c9c57c90a2a3c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE UNIQUE INDEX "uq_export_batch_number" ON "export_batch" ("number") `);
    await queryRunner.query(
      `CREATE TABLE "fee_claim_line" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "claim_id" uuid NOT NULL, "kind" text NOT NULL, "description" text NOT NULL, "quantity" integer NOT NULL, "unit_cents" integer NOT NULL, "amount_cents" integer NOT NULL, "income_type_code" text NOT NULL, "channel" text NOT NULL, "status" text NOT NULL DEFAULT 'open', "batch_id" uuid, "replaces_line_id" uuid, "payee_name" text, "payee_pic_enc" text, "payee_iban_enc" text, "payee_business_id" text, "external_id" text, "payment_date" date, "reject_reason" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_fee_claim_line_channel" CHECK ("channel" IN ('payroll', 'accounts_payable')), CONSTRAINT "ck_fee_claim_line_amount" CHECK ("amount_cents" >= 0 AND "quantity" >= 0 AND "unit_cents" >= 0), CONSTRAINT "ck_fee_claim_line_batch" CHECK (("status" IN ('batched', 'paid', 'rejected')) = ("batch_id" IS NOT NULL)), CONSTRAINT "ck_fee_claim_line_status" CHECK ("status" IN ('open', 'approved', 'batched', 'paid', 'rejected', 'void')), CONSTRAINT "ck_fee_claim_line_kind" CHECK ("kind" IN ('fee', 'preparation', 'mileage', 'ticket', 'expense')), CONSTRAINT "PK_58e1aa581a2f363295ae2fe87d8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_fee_claim_line_batch" ON "fee_claim_line" ("batch_id") `);
    await queryRunner.query(
      `CREATE INDEX "ix_fee_claim_line_ready" ON "fee_claim_line" ("channel", "created_at") WHERE "status" = 'approved'`,
    );
    await queryRunner.query(`CREATE INDEX "ix_fee_claim_line_claim" ON "fee_claim_line" ("claim_id") `);
    await queryRunner.query(
      `CREATE TABLE "fee_claim_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "claim_id" uuid NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor" text NOT NULL, "actor_name" text, "action" text NOT NULL, "from_status" text, "to_status" text, "note" text, CONSTRAINT "PK_4fc9820ff7092e839b45aa03847" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_fee_claim_event_claim" ON "fee_claim_event" ("claim_id", "at") `,
    );
    await queryRunner.query(
      `ALTER TABLE "fee_rate" ADD CONSTRAINT "fk_fee_rate_schedule" FOREIGN KEY ("schedule_id") REFERENCES "fee_schedule"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "fee_rate" ADD CONSTRAINT "fk_fee_rate_tier" FOREIGN KEY ("tier_code") REFERENCES "training_tier"("code") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "fee_rate" ADD CONSTRAINT "fk_fee_rate_task_type" FOREIGN KEY ("task_type_code") REFERENCES "task_type"("code") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "fee_rate" ADD CONSTRAINT "fk_fee_rate_product" FOREIGN KEY ("product_code") REFERENCES "product"("code") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "fee_rate" ADD CONSTRAINT "fk_fee_rate_income_type" FOREIGN KEY ("income_type_code") REFERENCES "income_type"("code") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "fee_claim" ADD CONSTRAINT "fk_fee_claim_assignment" FOREIGN KEY ("assignment_id") REFERENCES "assignment"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "fee_claim" ADD CONSTRAINT "fk_fee_claim_expert" FOREIGN KEY ("expert_id") REFERENCES "expert"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "fee_claim" ADD CONSTRAINT "fk_fee_claim_order" FOREIGN KEY ("order_id") REFERENCES "task_order"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "fee_claim" ADD CONSTRAINT "fk_fee_claim_occurrence" FOREIGN KEY ("occurrence_id") REFERENCES "order_occurrence"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "fee_claim" ADD CONSTRAINT "fk_fee_claim_unit" FOREIGN KEY ("unit_id") REFERENCES "org_unit"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "fee_claim" ADD CONSTRAINT "fk_fee_claim_schedule" FOREIGN KEY ("schedule_id") REFERENCES "fee_schedule"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "fee_claim_line" ADD CONSTRAINT "fk_fee_claim_line_claim" FOREIGN KEY ("claim_id") REFERENCES "fee_claim"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "fee_claim_line" ADD CONSTRAINT "fk_fee_claim_line_batch" FOREIGN KEY ("batch_id") REFERENCES "export_batch"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "fee_claim_event" ADD CONSTRAINT "fk_fee_claim_event_claim" FOREIGN KEY ("claim_id") REFERENCES "fee_claim"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Added by hand from here: what the entities cannot say.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_fee_rate" ON "fee_rate" ("schedule_id", "tier_code", coalesce("task_type_code", ''), coalesce("product_code", ''))`,
    );
    await queryRunner.query(`CREATE SEQUENCE fee_claim_number_seq`);
    await queryRunner.query(`CREATE SEQUENCE export_batch_number_seq`);
    // A claim moves only along its path (the same table as fees.rules.ts).
    await queryRunner.query(`
      CREATE FUNCTION fee_claim_check_transition() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.status IS DISTINCT FROM OLD.status AND (OLD.status, NEW.status) NOT IN (
          ('draft', 'submitted'), ('returned', 'submitted'), ('submitted', 'confirmed'), ('confirmed', 'approved'),
          ('approved', 'exported'), ('exported', 'approved'), ('exported', 'paid'), ('exported', 'rejected'), ('rejected', 'approved'),
          ('submitted', 'returned'), ('confirmed', 'returned'), ('approved', 'returned'), ('rejected', 'returned'),
          ('draft', 'cancelled'), ('submitted', 'cancelled'), ('confirmed', 'cancelled'), ('returned', 'cancelled')
        ) THEN
          RAISE EXCEPTION 'fee claim % cannot go from % to %', OLD.id, OLD.status, NEW.status USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "tr_fee_claim_transition" BEFORE UPDATE OF "status" ON "fee_claim" FOR EACH ROW EXECUTE FUNCTION fee_claim_check_transition()`,
    );
    // A claim's totals are the sum of its lines (not void, not replaced by a re-export), checked at commit.
    await queryRunner.query(`
      CREATE FUNCTION fee_claim_assert_totals(claim uuid) RETURNS void LANGUAGE plpgsql AS $$
      DECLARE
        total bigint;
        earnings bigint;
        c fee_claim%ROWTYPE;
      BEGIN
        SELECT * INTO c FROM fee_claim WHERE id = claim;
        IF NOT FOUND THEN
          RETURN;
        END IF;
        SELECT coalesce(sum(l.amount_cents), 0), coalesce(sum(l.amount_cents) FILTER (WHERE l.kind IN ('fee', 'preparation')), 0)
          INTO total, earnings
          FROM fee_claim_line l
         WHERE l.claim_id = claim AND l.status <> 'void'
           AND NOT EXISTS (SELECT 1 FROM fee_claim_line r WHERE r.replaces_line_id = l.id);
        IF total <> c.total_cents OR earnings <> c.earnings_cents THEN
          RAISE EXCEPTION 'fee claim % totals % / % do not match its lines % / %', claim, c.total_cents, c.earnings_cents, total, earnings
            USING ERRCODE = 'check_violation';
        END IF;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION fee_claim_check_totals() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM fee_claim_assert_totals(NEW.id);
        RETURN NULL;
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION fee_claim_line_check_totals() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          PERFORM fee_claim_assert_totals(OLD.claim_id);
        ELSE
          PERFORM fee_claim_assert_totals(NEW.claim_id);
        END IF;
        RETURN NULL;
      END $$`);
    await queryRunner.query(
      `CREATE CONSTRAINT TRIGGER "tr_fee_claim_totals" AFTER INSERT ON "fee_claim" DEFERRABLE INITIALLY DEFERRED
         FOR EACH ROW EXECUTE FUNCTION fee_claim_check_totals()`,
    );
    // (only when the money changes: moving thousands of claims along costs no checks)
    await queryRunner.query(
      `CREATE CONSTRAINT TRIGGER "tr_fee_claim_totals_update" AFTER UPDATE ON "fee_claim" DEFERRABLE INITIALLY DEFERRED
         FOR EACH ROW WHEN (OLD.total_cents IS DISTINCT FROM NEW.total_cents OR OLD.earnings_cents IS DISTINCT FROM NEW.earnings_cents)
         EXECUTE FUNCTION fee_claim_check_totals()`,
    );
    await queryRunner.query(
      `CREATE CONSTRAINT TRIGGER "tr_fee_claim_line_totals" AFTER INSERT OR DELETE ON "fee_claim_line" DEFERRABLE INITIALLY DEFERRED
         FOR EACH ROW EXECUTE FUNCTION fee_claim_line_check_totals()`,
    );
    await queryRunner.query(
      `CREATE CONSTRAINT TRIGGER "tr_fee_claim_line_totals_update" AFTER UPDATE ON "fee_claim_line" DEFERRABLE INITIALLY DEFERRED
         FOR EACH ROW WHEN (OLD.amount_cents IS DISTINCT FROM NEW.amount_cents OR OLD.kind IS DISTINCT FROM NEW.kind
                            OR OLD.claim_id IS DISTINCT FROM NEW.claim_id OR (OLD.status = 'void') IS DISTINCT FROM (NEW.status = 'void'))
         EXECUTE FUNCTION fee_claim_line_check_totals()`,
    );
    // What was handed to payroll does not change: a batch's document, and an exported line's money and batch.
    await queryRunner.query(`
      CREATE FUNCTION export_batch_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          RAISE EXCEPTION 'an export batch is never deleted' USING ERRCODE = 'check_violation';
        END IF;
        IF NEW.document IS DISTINCT FROM OLD.document OR NEW.etag IS DISTINCT FROM OLD.etag OR NEW.number IS DISTINCT FROM OLD.number
           OR NEW.line_count IS DISTINCT FROM OLD.line_count OR NEW.total_cents IS DISTINCT FROM OLD.total_cents
           OR NEW.channel IS DISTINCT FROM OLD.channel OR NEW.created_at IS DISTINCT FROM OLD.created_at THEN
          RAISE EXCEPTION 'export batch % is immutable', OLD.id USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "tr_export_batch_immutable" BEFORE UPDATE OR DELETE ON "export_batch" FOR EACH ROW EXECUTE FUNCTION export_batch_immutable()`,
    );
    await queryRunner.query(`
      CREATE FUNCTION fee_claim_line_exported() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.batch_id IS NOT NULL THEN
          IF TG_OP = 'DELETE' THEN
            RAISE EXCEPTION 'exported line % is never deleted', OLD.id USING ERRCODE = 'check_violation';
          END IF;
          IF NEW.amount_cents IS DISTINCT FROM OLD.amount_cents OR NEW.income_type_code IS DISTINCT FROM OLD.income_type_code
             OR NEW.claim_id IS DISTINCT FROM OLD.claim_id OR NEW.channel IS DISTINCT FROM OLD.channel
             OR NEW.payee_pic_enc IS DISTINCT FROM OLD.payee_pic_enc OR NEW.payee_iban_enc IS DISTINCT FROM OLD.payee_iban_enc
             OR (NEW.batch_id IS DISTINCT FROM OLD.batch_id AND NOT (NEW.batch_id IS NULL AND OLD.status = 'batched' AND NEW.status = 'approved'
                 AND EXISTS (SELECT 1 FROM export_batch b WHERE b.id = OLD.batch_id AND b.status = 'released'))) THEN
            RAISE EXCEPTION 'exported line % is immutable', OLD.id USING ERRCODE = 'check_violation';
          END IF;
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await queryRunner.query(
      `CREATE TRIGGER "tr_fee_claim_line_exported" BEFORE UPDATE OR DELETE ON "fee_claim_line" FOR EACH ROW EXECUTE FUNCTION fee_claim_line_exported()`,
    );
    for (const t of INCOME_TYPES) {
      await queryRunner.query(
        `INSERT INTO "income_type" (code, name_fi, name_sv, name_en, reported, tax_free) VALUES ($1, $2, $3, $4, $5, $6)`,
        [t.code, t.fi, t.sv, t.en, t.reported, t.taxFree],
      );
    }
    for (const [year, cents] of [
      [2024, 57],
      [2025, 59],
      [2026, 55],
    ]) {
      await queryRunner.query(`INSERT INTO "mileage_rate" (year, cents_per_km) VALUES ($1, $2)`, [
        year,
        cents,
      ]);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "tr_fee_claim_line_exported" ON "fee_claim_line"`);
    await queryRunner.query(`DROP TRIGGER "tr_export_batch_immutable" ON "export_batch"`);
    await queryRunner.query(`DROP TRIGGER "tr_fee_claim_line_totals_update" ON "fee_claim_line"`);
    await queryRunner.query(`DROP TRIGGER "tr_fee_claim_line_totals" ON "fee_claim_line"`);
    await queryRunner.query(`DROP TRIGGER "tr_fee_claim_totals_update" ON "fee_claim"`);
    await queryRunner.query(`DROP TRIGGER "tr_fee_claim_totals" ON "fee_claim"`);
    await queryRunner.query(`DROP TRIGGER "tr_fee_claim_transition" ON "fee_claim"`);
    await queryRunner.query(`DROP FUNCTION fee_claim_line_exported()`);
    await queryRunner.query(`DROP FUNCTION export_batch_immutable()`);
    await queryRunner.query(`DROP FUNCTION fee_claim_line_check_totals()`);
    await queryRunner.query(`DROP FUNCTION fee_claim_check_totals()`);
    await queryRunner.query(`DROP FUNCTION fee_claim_assert_totals(uuid)`);
    await queryRunner.query(`DROP FUNCTION fee_claim_check_transition()`);
    await queryRunner.query(`DROP SEQUENCE export_batch_number_seq`);
    await queryRunner.query(`DROP SEQUENCE fee_claim_number_seq`);
    await queryRunner.query(`DROP INDEX "uq_fee_rate"`);
    await queryRunner.query(`ALTER TABLE "fee_claim_event" DROP CONSTRAINT "fk_fee_claim_event_claim"`);
    await queryRunner.query(`ALTER TABLE "fee_claim_line" DROP CONSTRAINT "fk_fee_claim_line_batch"`);
    await queryRunner.query(`ALTER TABLE "fee_claim_line" DROP CONSTRAINT "fk_fee_claim_line_claim"`);
    await queryRunner.query(`ALTER TABLE "fee_claim" DROP CONSTRAINT "fk_fee_claim_schedule"`);
    await queryRunner.query(`ALTER TABLE "fee_claim" DROP CONSTRAINT "fk_fee_claim_unit"`);
    await queryRunner.query(`ALTER TABLE "fee_claim" DROP CONSTRAINT "fk_fee_claim_occurrence"`);
    await queryRunner.query(`ALTER TABLE "fee_claim" DROP CONSTRAINT "fk_fee_claim_order"`);
    await queryRunner.query(`ALTER TABLE "fee_claim" DROP CONSTRAINT "fk_fee_claim_expert"`);
    await queryRunner.query(`ALTER TABLE "fee_claim" DROP CONSTRAINT "fk_fee_claim_assignment"`);
    await queryRunner.query(`ALTER TABLE "fee_rate" DROP CONSTRAINT "fk_fee_rate_income_type"`);
    await queryRunner.query(`ALTER TABLE "fee_rate" DROP CONSTRAINT "fk_fee_rate_product"`);
    await queryRunner.query(`ALTER TABLE "fee_rate" DROP CONSTRAINT "fk_fee_rate_task_type"`);
    await queryRunner.query(`ALTER TABLE "fee_rate" DROP CONSTRAINT "fk_fee_rate_tier"`);
    await queryRunner.query(`ALTER TABLE "fee_rate" DROP CONSTRAINT "fk_fee_rate_schedule"`);
    await queryRunner.query(`DROP INDEX "public"."ix_fee_claim_event_claim"`);
    await queryRunner.query(`DROP TABLE "fee_claim_event"`);
    await queryRunner.query(`DROP INDEX "public"."ix_fee_claim_line_claim"`);
    await queryRunner.query(`DROP INDEX "public"."ix_fee_claim_line_ready"`);
    await queryRunner.query(`DROP INDEX "public"."ix_fee_claim_line_batch"`);
    await queryRunner.query(`DROP TABLE "fee_claim_line"`);
    await queryRunner.query(`DROP INDEX "public"."uq_export_batch_number"`);
    await queryRunner.query(`DROP TABLE "export_batch"`);
    await queryRunner.query(`DROP INDEX "public"."uq_fee_claim_number"`);
    await queryRunner.query(`DROP INDEX "public"."uq_fee_claim_assignment"`);
    await queryRunner.query(`DROP INDEX "public"."ix_fee_claim_expert"`);
    await queryRunner.query(`DROP INDEX "public"."ix_fee_claim_open_due"`);
    await queryRunner.query(`DROP INDEX "public"."ix_fee_claim_status"`);
    await queryRunner.query(`DROP INDEX "public"."ix_fee_claim_cost_centre"`);
    await queryRunner.query(`DROP TABLE "fee_claim"`);
    await queryRunner.query(`DROP INDEX "public"."ix_fee_rate_schedule"`);
    await queryRunner.query(`DROP TABLE "fee_rate"`);
    await queryRunner.query(`DROP INDEX "public"."uq_fee_schedule_from"`);
    await queryRunner.query(`DROP TABLE "fee_schedule"`);
    await queryRunner.query(`DROP TABLE "mileage_rate"`);
    await queryRunner.query(`DROP TABLE "income_type"`);
  }
}

/** The Incomes Register income types the fees use (editable afterwards; documented in docs/fees.md). */
const INCOME_TYPES = [
  { code: '201', fi: 'Aikapalkka', sv: 'Tidlön', en: 'Time-rate pay', reported: true, taxFree: false },
  { code: '210', fi: 'Kokouspalkkio', sv: 'Mötesarvode', en: 'Meeting fee', reported: true, taxFree: false },
  {
    code: '214',
    fi: 'Luentopalkkio',
    sv: 'Föreläsningsarvode',
    en: 'Lecture fee',
    reported: true,
    taxFree: false,
  },
  {
    code: '336',
    fi: 'Työkorvaus',
    sv: 'Arbetsersättning',
    en: 'Compensation for work',
    reported: true,
    taxFree: false,
  },
  {
    code: '311',
    fi: 'Kilometrikorvaus (verovapaa)',
    sv: 'Kilometerersättning (skattefri)',
    en: 'Kilometre allowance (tax-free)',
    reported: true,
    taxFree: true,
  },
  {
    code: 'expense',
    fi: 'Kulukorvaus kuitteja vastaan (ei ilmoiteta tulorekisteriin)',
    sv: 'Kostnadsersättning mot kvitton (anmäls inte)',
    en: 'Costs reimbursed against receipts (not reported)',
    reported: false,
    taxFree: true,
  },
];

import { MigrationInterface, QueryRunner } from 'typeorm';
import { DEFAULT_WEIGHTS } from '../../matching/matching.rules';

export class Matching1795406795107 implements MigrationInterface {
  name = 'Matching1795406795107';

  public async up(queryRunner: QueryRunner): Promise<void> {
    // Written by hand: the exclusion constraint on assignments needs btree_gist (uuid equality in a GiST index).
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await queryRunner.query(
      `CREATE TABLE "offer" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "order_id" uuid NOT NULL, "expert_id" uuid NOT NULL, "group_id" uuid NOT NULL, "mode" text NOT NULL, "status" text NOT NULL, "occurrence_ids" uuid array NOT NULL, "rank" integer, "score" numeric(8,2), "answer_due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "answered_at" TIMESTAMP WITH TIME ZONE, "decline_reason" text, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_offer_answered" CHECK ("status" IN ('open', 'withdrawn', 'expired') OR "answered_at" IS NOT NULL), CONSTRAINT "ck_offer_mode" CHECK ("mode" IN ('single', 'first_to_accept', 'coordinator_picks')), CONSTRAINT "ck_offer_status" CHECK ("status" IN ('open', 'accepted', 'declined', 'expired', 'withdrawn')), CONSTRAINT "PK_57c6ae1abe49201919ef68de900" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_offer_open" ON "offer" ("order_id", "expert_id") WHERE "status" = 'open'`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_offer_open_due" ON "offer" ("answer_due_at") WHERE "status" = 'open'`,
    );
    await queryRunner.query(`CREATE INDEX "ix_offer_group" ON "offer" ("group_id") `);
    await queryRunner.query(`CREATE INDEX "ix_offer_order" ON "offer" ("order_id", "created_at") `);
    await queryRunner.query(`CREATE INDEX "ix_offer_expert" ON "offer" ("expert_id", "created_at") `);
    await queryRunner.query(
      `CREATE TABLE "assignment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "order_id" uuid NOT NULL, "occurrence_id" uuid NOT NULL, "expert_id" uuid NOT NULL, "offer_id" uuid, "status" text NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "confirmed_at" TIMESTAMP WITH TIME ZONE, "completed_at" TIMESTAMP WITH TIME ZONE, "cancelled_at" TIMESTAMP WITH TIME ZONE, "cancel_reason" text, "late_cancellation" boolean NOT NULL DEFAULT false, "version" integer NOT NULL DEFAULT '1', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_assignment_cancelled" CHECK (("status" = 'cancelled') = ("cancelled_at" IS NOT NULL)), CONSTRAINT "ck_assignment_times" CHECK ("starts_at" < "ends_at"), CONSTRAINT "ck_assignment_status" CHECK ("status" IN ('accepted', 'confirmed', 'completed', 'no_show', 'cancelled')), CONSTRAINT "ex_assignment_no_overlap" EXCLUDE USING gist ("expert_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&) WHERE ("status" IN ('confirmed', 'completed')), CONSTRAINT "PK_43c2f5a3859f54cedafb270f37e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_assignment_live" ON "assignment" ("occurrence_id", "expert_id") WHERE "status" <> 'cancelled'`,
    );
    await queryRunner.query(`CREATE INDEX "ix_assignment_occurrence" ON "assignment" ("occurrence_id") `);
    await queryRunner.query(`CREATE INDEX "ix_assignment_order" ON "assignment" ("order_id", "starts_at") `);
    await queryRunner.query(
      `CREATE INDEX "ix_assignment_expert" ON "assignment" ("expert_id", "starts_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "fairness_ledger" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "order_id" uuid NOT NULL, "offered_expert_id" uuid NOT NULL, "top_expert_id" uuid NOT NULL, "offered_rank" integer, "reason" text NOT NULL, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9bf5da2212e95ea3ae75ab3e7b3" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_fairness_ledger_order" ON "fairness_ledger" ("order_id", "created_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "matching_settings" ("id" integer NOT NULL, "weights" jsonb NOT NULL, "offer_answer_business_days" integer NOT NULL, "version" integer NOT NULL DEFAULT '1', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f4db7c5989fe1b0e4a801522bff" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "calendar_feed" ("expert_id" uuid NOT NULL, "token_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_6c977b9a4c0a2bdf03870f6acb0" PRIMARY KEY ("expert_id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_calendar_feed_token" ON "calendar_feed" ("token_hash") `,
    );
    await queryRunner.query(
      `ALTER TABLE "task_order" ADD "suitable_for_minors" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(
      `ALTER TABLE "offer" ADD CONSTRAINT "fk_offer_order" FOREIGN KEY ("order_id") REFERENCES "task_order"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "offer" ADD CONSTRAINT "fk_offer_expert" FOREIGN KEY ("expert_id") REFERENCES "expert"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "offer" ADD CONSTRAINT "fk_offer_created_by" FOREIGN KEY ("created_by") REFERENCES "user_account"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignment" ADD CONSTRAINT "fk_assignment_order" FOREIGN KEY ("order_id") REFERENCES "task_order"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignment" ADD CONSTRAINT "fk_assignment_occurrence" FOREIGN KEY ("occurrence_id") REFERENCES "order_occurrence"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignment" ADD CONSTRAINT "fk_assignment_expert" FOREIGN KEY ("expert_id") REFERENCES "expert"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignment" ADD CONSTRAINT "fk_assignment_offer" FOREIGN KEY ("offer_id") REFERENCES "offer"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "fairness_ledger" ADD CONSTRAINT "fk_fairness_ledger_order" FOREIGN KEY ("order_id") REFERENCES "task_order"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "calendar_feed" ADD CONSTRAINT "fk_calendar_feed_expert" FOREIGN KEY ("expert_id") REFERENCES "expert"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Written by hand: the default score weights.
    await queryRunner.query(
      `INSERT INTO "matching_settings" (id, weights, offer_answer_business_days) VALUES (1, $1, 2)`,
      [JSON.stringify(DEFAULT_WEIGHTS)],
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "calendar_feed" DROP CONSTRAINT "fk_calendar_feed_expert"`);
    await queryRunner.query(`ALTER TABLE "fairness_ledger" DROP CONSTRAINT "fk_fairness_ledger_order"`);
    await queryRunner.query(`ALTER TABLE "assignment" DROP CONSTRAINT "fk_assignment_offer"`);
    await queryRunner.query(`ALTER TABLE "assignment" DROP CONSTRAINT "fk_assignment_expert"`);
    await queryRunner.query(`ALTER TABLE "assignment" DROP CONSTRAINT "fk_assignment_occurrence"`);
    await queryRunner.query(`ALTER TABLE "assignment" DROP CONSTRAINT "fk_assignment_order"`);
    await queryRunner.query(`ALTER TABLE "offer" DROP CONSTRAINT "fk_offer_created_by"`);
    await queryRunner.query(`ALTER TABLE "offer" DROP CONSTRAINT "fk_offer_expert"`);
    await queryRunner.query(`ALTER TABLE "offer" DROP CONSTRAINT "fk_offer_order"`);
    await queryRunner.query(`ALTER TABLE "task_order" DROP COLUMN "suitable_for_minors"`);
    await queryRunner.query(`DROP INDEX "public"."uq_calendar_feed_token"`);
    await queryRunner.query(`DROP TABLE "calendar_feed"`);
    await queryRunner.query(`DROP TABLE "matching_settings"`);
    await queryRunner.query(`DROP INDEX "public"."ix_fairness_ledger_order"`);
    await queryRunner.query(`DROP TABLE "fairness_ledger"`);
    await queryRunner.query(`DROP INDEX "public"."ix_assignment_expert"`);
    await queryRunner.query(`DROP INDEX "public"."ix_assignment_order"`);
    await queryRunner.query(`DROP INDEX "public"."ix_assignment_occurrence"`);
    await queryRunner.query(`DROP INDEX "public"."uq_assignment_live"`);
    await queryRunner.query(`DROP TABLE "assignment"`);
    await queryRunner.query(`DROP INDEX "public"."ix_offer_expert"`);
    await queryRunner.query(`DROP INDEX "public"."ix_offer_order"`);
    await queryRunner.query(`DROP INDEX "public"."ix_offer_group"`);
    await queryRunner.query(`DROP INDEX "public"."ix_offer_open_due"`);
    await queryRunner.query(`DROP INDEX "public"."uq_offer_open"`);
    await queryRunner.query(`DROP TABLE "offer"`);
  }
}

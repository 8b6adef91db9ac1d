import { MigrationInterface, QueryRunner } from 'typeorm';

export class IndicatorRequests1796685732897 implements MigrationInterface {
  name = 'IndicatorRequests1796685732897';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "indicator_request" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "expert_id" uuid NOT NULL, "user_id" uuid NOT NULL, "questionnaire_id" uuid NOT NULL, "reason" text NOT NULL, "status" text NOT NULL DEFAULT 'open', "asked_at" TIMESTAMP WITH TIME ZONE NOT NULL, "remind_at" TIMESTAMP WITH TIME ZONE NOT NULL, "reminded_at" TIMESTAMP WITH TIME ZONE, "answered_at" TIMESTAMP WITH TIME ZONE, "answers" jsonb, "score" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "ck_indicator_request_answered" CHECK (("status" = 'answered') = ("answered_at" IS NOT NULL AND "answers" IS NOT NULL AND "score" IS NOT NULL)), CONSTRAINT "ck_indicator_request_score" CHECK ("score" IS NULL OR ("score" >= 0 AND "score" <= 100)), CONSTRAINT "ck_indicator_request_reason" CHECK ("reason" IN ('joining', 'yearly')), CONSTRAINT "ck_indicator_request_status" CHECK ("status" IN ('open', 'answered')), CONSTRAINT "PK_ff3a9c29e29cdc9ddd1336ff617" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_indicator_request_remind" ON "indicator_request" ("status", "remind_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_indicator_request_user" ON "indicator_request" ("user_id", "status", "asked_at") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_indicator_request_expert" ON "indicator_request" ("expert_id", "asked_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_indicator_request_joining" ON "indicator_request" ("expert_id") WHERE "reason" = 'joining'`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_indicator_request_open" ON "indicator_request" ("expert_id") WHERE "status" = 'open'`,
    );
    await queryRunner.query(
      `ALTER TABLE "indicator_request" ADD CONSTRAINT "fk_indicator_request_expert" FOREIGN KEY ("expert_id") REFERENCES "expert"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "indicator_request" ADD CONSTRAINT "fk_indicator_request_user" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "indicator_request" ADD CONSTRAINT "fk_indicator_request_questionnaire" FOREIGN KEY ("questionnaire_id") REFERENCES "questionnaire"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "indicator_request" DROP CONSTRAINT "fk_indicator_request_questionnaire"`,
    );
    await queryRunner.query(`ALTER TABLE "indicator_request" DROP CONSTRAINT "fk_indicator_request_user"`);
    await queryRunner.query(`ALTER TABLE "indicator_request" DROP CONSTRAINT "fk_indicator_request_expert"`);
    await queryRunner.query(`DROP INDEX "public"."uq_indicator_request_open"`);
    await queryRunner.query(`DROP INDEX "public"."uq_indicator_request_joining"`);
    await queryRunner.query(`DROP INDEX "public"."ix_indicator_request_expert"`);
    await queryRunner.query(`DROP INDEX "public"."ix_indicator_request_user"`);
    await queryRunner.query(`DROP INDEX "public"."ix_indicator_request_remind"`);
    await queryRunner.query(`DROP TABLE "indicator_request"`);
  }
}

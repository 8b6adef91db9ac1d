import { MigrationInterface, QueryRunner } from 'typeorm';

export class Notifications1795398169530 implements MigrationInterface {
  name = 'Notifications1795398169530';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "email_message" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "event_id" uuid NOT NULL, "user_id" uuid NOT NULL, "template" text NOT NULL, "category" text NOT NULL, "to_address" text NOT NULL, "locale" text NOT NULL, "subject" text NOT NULL, "text_body" text NOT NULL, "html_body" text NOT NULL, "status" text NOT NULL DEFAULT 'pending', "attempts" integer NOT NULL DEFAULT '0', "last_error" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "ck_email_message_status" CHECK ("status" IN ('pending', 'sent', 'failed')), CONSTRAINT "PK_9fe3a0a31f2ffe66dd976851792" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_email_message_created" ON "email_message" ("created_at") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_email_message_event_user_template" ON "email_message" ("event_id", "user_id", "template") `,
    );
    await queryRunner.query(
      `CREATE TABLE "notification_preference" ("user_id" uuid NOT NULL, "category" text NOT NULL, "email_enabled" boolean NOT NULL, CONSTRAINT "PK_d0eaf0cc3621cba401ec57d1df7" PRIMARY KEY ("user_id", "category"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "event_id" uuid NOT NULL, "template" text NOT NULL, "category" text NOT NULL, "title" text NOT NULL, "body" text NOT NULL, "link" text, "read_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_notification_category" CHECK ("category" IN ('money', 'safety', 'offers', 'orders', 'reminders', 'registry', 'system')), CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_notification_user_unread" ON "notification" ("user_id", "read_at", "created_at") `,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_notification_event_user_template" ON "notification" ("event_id", "user_id", "template") `,
    );
    await queryRunner.query(
      `CREATE TABLE "outbox_event" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "type" text NOT NULL, "aggregate_type" text, "aggregate_id" text, "payload" jsonb NOT NULL, "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "dispatched_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_cc0c9e40998e45ecfc5e313429d" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_outbox_event_aggregate" ON "outbox_event" ("aggregate_type", "aggregate_id") `,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_outbox_event_pending" ON "outbox_event" ("occurred_at") WHERE "dispatched_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "reminder" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "subject_type" text NOT NULL, "subject_id" text NOT NULL, "owner_user_id" uuid NOT NULL, "due_at" TIMESTAMP WITH TIME ZONE NOT NULL, "remind_at" TIMESTAMP WITH TIME ZONE NOT NULL, "params" jsonb NOT NULL, "status" text NOT NULL DEFAULT 'open', "reminded_at" TIMESTAMP WITH TIME ZONE, "escalated_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "ck_reminder_remind_before_due" CHECK ("remind_at" <= "due_at"), CONSTRAINT "ck_reminder_status" CHECK ("status" IN ('open', 'done', 'cancelled')), CONSTRAINT "PK_9ec029d17cb8dece186b9221ede" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_reminder_due_at" ON "reminder" ("due_at") WHERE "status" = 'open' AND "escalated_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_reminder_remind_at" ON "reminder" ("remind_at") WHERE "status" = 'open' AND "reminded_at" IS NULL`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "uq_reminder_open_subject" ON "reminder" ("kind", "subject_type", "subject_id") WHERE "status" = 'open'`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_preference" ADD CONSTRAINT "fk_notification_preference_user" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "fk_notification_user" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "fk_notification_user"`);
    await queryRunner.query(
      `ALTER TABLE "notification_preference" DROP CONSTRAINT "fk_notification_preference_user"`,
    );
    await queryRunner.query(`DROP INDEX "public"."uq_reminder_open_subject"`);
    await queryRunner.query(`DROP INDEX "public"."ix_reminder_remind_at"`);
    await queryRunner.query(`DROP INDEX "public"."ix_reminder_due_at"`);
    await queryRunner.query(`DROP TABLE "reminder"`);
    await queryRunner.query(`DROP INDEX "public"."ix_outbox_event_pending"`);
    await queryRunner.query(`DROP INDEX "public"."ix_outbox_event_aggregate"`);
    await queryRunner.query(`DROP TABLE "outbox_event"`);
    await queryRunner.query(`DROP INDEX "public"."uq_notification_event_user_template"`);
    await queryRunner.query(`DROP INDEX "public"."ix_notification_user_unread"`);
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`DROP TABLE "notification_preference"`);
    await queryRunner.query(`DROP INDEX "public"."uq_email_message_event_user_template"`);
    await queryRunner.query(`DROP INDEX "public"."ix_email_message_created"`);
    await queryRunner.query(`DROP TABLE "email_message"`);
  }
}

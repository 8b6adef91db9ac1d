import { MigrationInterface, QueryRunner } from 'typeorm';

/** The orders module's published view of its orders (PublishedReadViews), with the new column last. */
const ORDERS_VIEW = `SELECT id, number, status, unit_id, cost_centre, contact_user_id, created_by, product_code, title, description, place, municipality_code, preparation_needs, suitable_for_minors FROM task_order`;

export class TaskBriefings1796685492117 implements MigrationInterface {
  name = 'TaskBriefings1796685492117';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "task_briefing" ("occurrence_id" uuid NOT NULL, "order_id" uuid NOT NULL, "requested_at" TIMESTAMP WITH TIME ZONE, "write_reminded_at" TIMESTAMP WITH TIME ZONE, "content_enc" text, "revision" integer NOT NULL DEFAULT '0', "written_by" uuid, "written_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL, CONSTRAINT "PK_a00f38028f1a6b15de5264feab8" PRIMARY KEY ("occurrence_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_task_briefing_order" ON "task_briefing" ("order_id") `);
    await queryRunner.query(
      `CREATE TABLE "task_briefing_read" ("occurrence_id" uuid NOT NULL, "expert_id" uuid NOT NULL, "assignment_id" uuid NOT NULL, "revision_read" integer, "read_at" TIMESTAMP WITH TIME ZONE, "reminded_at" TIMESTAMP WITH TIME ZONE, "supervision_wish" text, CONSTRAINT "ck_task_briefing_read_wish" CHECK ("supervision_wish" IS NULL OR "supervision_wish" IN ('none', 'before', 'after', 'both')), CONSTRAINT "PK_8524ab468c9bb979e3768ecc208" PRIMARY KEY ("occurrence_id", "expert_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_task_briefing_read_expert" ON "task_briefing_read" ("expert_id") `,
    );
    await queryRunner.query(`ALTER TABLE "task_order" ADD "demanding" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(
      `CREATE OR REPLACE VIEW "orders"."orders" AS ${ORDERS_VIEW.replace(' FROM', ', demanding FROM')}`,
    );
    await queryRunner.query(
      `ALTER TABLE "task_briefing" ADD CONSTRAINT "fk_task_briefing_occurrence" FOREIGN KEY ("occurrence_id") REFERENCES "order_occurrence"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "task_briefing" ADD CONSTRAINT "fk_task_briefing_order" FOREIGN KEY ("order_id") REFERENCES "task_order"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "task_briefing" ADD CONSTRAINT "fk_task_briefing_writer" FOREIGN KEY ("written_by") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "task_briefing_read" ADD CONSTRAINT "fk_task_briefing_read_briefing" FOREIGN KEY ("occurrence_id") REFERENCES "task_briefing"("occurrence_id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "task_briefing_read" ADD CONSTRAINT "fk_task_briefing_read_expert" FOREIGN KEY ("expert_id") REFERENCES "expert"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "task_briefing_read" ADD CONSTRAINT "fk_task_briefing_read_assignment" FOREIGN KEY ("assignment_id") REFERENCES "assignment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "task_briefing_read" DROP CONSTRAINT "fk_task_briefing_read_assignment"`,
    );
    await queryRunner.query(
      `ALTER TABLE "task_briefing_read" DROP CONSTRAINT "fk_task_briefing_read_expert"`,
    );
    await queryRunner.query(
      `ALTER TABLE "task_briefing_read" DROP CONSTRAINT "fk_task_briefing_read_briefing"`,
    );
    await queryRunner.query(`ALTER TABLE "task_briefing" DROP CONSTRAINT "fk_task_briefing_writer"`);
    await queryRunner.query(`ALTER TABLE "task_briefing" DROP CONSTRAINT "fk_task_briefing_order"`);
    await queryRunner.query(`ALTER TABLE "task_briefing" DROP CONSTRAINT "fk_task_briefing_occurrence"`);
    await queryRunner.query(`DROP VIEW "orders"."orders"`);
    await queryRunner.query(`CREATE VIEW "orders"."orders" AS ${ORDERS_VIEW}`);
    await queryRunner.query(`ALTER TABLE "task_order" DROP COLUMN "demanding"`);
    await queryRunner.query(`DROP INDEX "public"."ix_task_briefing_read_expert"`);
    await queryRunner.query(`DROP TABLE "task_briefing_read"`);
    await queryRunner.query(`DROP INDEX "public"."ix_task_briefing_order"`);
    await queryRunner.query(`DROP TABLE "task_briefing"`);
  }
}

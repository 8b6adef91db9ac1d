import { MigrationInterface, QueryRunner } from 'typeorm';

export class SupervisionSessions1796661719754 implements MigrationInterface {
  name = 'SupervisionSessions1796661719754';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "supervision_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "kind" text NOT NULL, "purpose" text NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "place" text NOT NULL, "supervisor_name" text NOT NULL, "supervisor_external" boolean NOT NULL DEFAULT false, "assignment_id" uuid, "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "cancelled_at" TIMESTAMP WITH TIME ZONE, "cancelled_by" uuid, "version" integer NOT NULL, CONSTRAINT "ck_supervision_session_time" CHECK ("ends_at" > "starts_at"), CONSTRAINT "ck_supervision_session_purpose" CHECK ("purpose" IN ('before_task', 'after_task', 'regular')), CONSTRAINT "ck_supervision_session_kind" CHECK ("kind" IN ('individual', 'group')), CONSTRAINT "PK_64f812b453f2fe9cd92c24beee4" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_supervision_session_starts" ON "supervision_session" ("starts_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "supervision_participant" ("session_id" uuid NOT NULL, "expert_id" uuid NOT NULL, "attended" boolean, CONSTRAINT "PK_0c481bb94fc4ae7a04b6a325f4f" PRIMARY KEY ("session_id", "expert_id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_supervision_participant_expert" ON "supervision_participant" ("expert_id") `,
    );
    await queryRunner.query(
      `ALTER TABLE "supervision_session" ADD CONSTRAINT "fk_supervision_session_assignment" FOREIGN KEY ("assignment_id") REFERENCES "assignment"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "supervision_session" ADD CONSTRAINT "fk_supervision_session_created_by" FOREIGN KEY ("created_by") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "supervision_session" ADD CONSTRAINT "fk_supervision_session_cancelled_by" FOREIGN KEY ("cancelled_by") REFERENCES "user_account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "supervision_participant" ADD CONSTRAINT "fk_supervision_participant_session" FOREIGN KEY ("session_id") REFERENCES "supervision_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "supervision_participant" ADD CONSTRAINT "fk_supervision_participant_expert" FOREIGN KEY ("expert_id") REFERENCES "expert"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "supervision_participant" DROP CONSTRAINT "fk_supervision_participant_expert"`,
    );
    await queryRunner.query(
      `ALTER TABLE "supervision_participant" DROP CONSTRAINT "fk_supervision_participant_session"`,
    );
    await queryRunner.query(
      `ALTER TABLE "supervision_session" DROP CONSTRAINT "fk_supervision_session_cancelled_by"`,
    );
    await queryRunner.query(
      `ALTER TABLE "supervision_session" DROP CONSTRAINT "fk_supervision_session_created_by"`,
    );
    await queryRunner.query(
      `ALTER TABLE "supervision_session" DROP CONSTRAINT "fk_supervision_session_assignment"`,
    );
    await queryRunner.query(`DROP INDEX "public"."ix_supervision_participant_expert"`);
    await queryRunner.query(`DROP TABLE "supervision_participant"`);
    await queryRunner.query(`DROP INDEX "public"."ix_supervision_session_starts"`);
    await queryRunner.query(`DROP TABLE "supervision_session"`);
  }
}

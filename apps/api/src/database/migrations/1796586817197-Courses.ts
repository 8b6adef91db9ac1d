import { MigrationInterface, QueryRunner } from 'typeorm';

export class Courses1796586817197 implements MigrationInterface {
  name = 'Courses1796586817197';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "course" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "name" text NOT NULL, "organiser" text NOT NULL, "kind" text NOT NULL, "starts_on" date NOT NULL, "ends_on" date NOT NULL, "hours" integer NOT NULL, "capacity" integer NOT NULL, "place" text, "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "ck_course_hours" CHECK ("hours" > 0), CONSTRAINT "ck_course_capacity" CHECK ("capacity" > 0), CONSTRAINT "ck_course_dates" CHECK ("ends_on" >= "starts_on"), CONSTRAINT "ck_course_kind" CHECK ("kind" IN ('basic', 'further', 'mentor', 'co_training')), CONSTRAINT "PK_bf95180dd756fd204fb01ce4916" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_course_starts" ON "course" ("starts_on", "id") `);
    await queryRunner.query(
      `CREATE TABLE "course_session" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "course_id" uuid NOT NULL, "starts_at" TIMESTAMP WITH TIME ZONE NOT NULL, "ends_at" TIMESTAMP WITH TIME ZONE NOT NULL, "topic" text, CONSTRAINT "ck_course_session_times" CHECK ("ends_at" > "starts_at"), CONSTRAINT "PK_12288a725cc3c3fba4e600a0ef6" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_course_session_course" ON "course_session" ("course_id", "starts_at") `,
    );
    await queryRunner.query(
      `CREATE TABLE "course_enrolment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "course_id" uuid NOT NULL, "expert_id" uuid, "application_id" uuid, "status" text NOT NULL DEFAULT 'enrolled', "enrolled_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "completed_on" date, CONSTRAINT "uq_course_enrolment_application" UNIQUE ("course_id", "application_id"), CONSTRAINT "uq_course_enrolment_expert" UNIQUE ("course_id", "expert_id"), CONSTRAINT "ck_course_enrolment_status" CHECK ("status" IN ('enrolled', 'completed', 'withdrawn')), CONSTRAINT "ck_course_enrolment_person" CHECK (("expert_id" IS NULL) <> ("application_id" IS NULL)), CONSTRAINT "PK_a4c92d1980764b29bdd081d1553" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "ix_course_enrolment_application" ON "course_enrolment" ("application_id") `,
    );
    await queryRunner.query(`CREATE INDEX "ix_course_enrolment_expert" ON "course_enrolment" ("expert_id") `);
    await queryRunner.query(
      `CREATE TABLE "course_attendance" ("enrolment_id" uuid NOT NULL, "session_id" uuid NOT NULL, "present" boolean NOT NULL, "recorded_by" uuid NOT NULL, "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_f47aa2dd0b635e7110580693159" PRIMARY KEY ("enrolment_id", "session_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "course" ADD CONSTRAINT "fk_course_created_by" FOREIGN KEY ("created_by") REFERENCES "user_account"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "course_session" ADD CONSTRAINT "fk_course_session_course" FOREIGN KEY ("course_id") REFERENCES "course"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "course_enrolment" ADD CONSTRAINT "fk_course_enrolment_course" FOREIGN KEY ("course_id") REFERENCES "course"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "course_enrolment" ADD CONSTRAINT "fk_course_enrolment_expert" FOREIGN KEY ("expert_id") REFERENCES "expert"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "course_enrolment" ADD CONSTRAINT "fk_course_enrolment_application" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "course_attendance" ADD CONSTRAINT "fk_course_attendance_enrolment" FOREIGN KEY ("enrolment_id") REFERENCES "course_enrolment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "course_attendance" ADD CONSTRAINT "fk_course_attendance_session" FOREIGN KEY ("session_id") REFERENCES "course_session"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "course_attendance" ADD CONSTRAINT "fk_course_attendance_recorded_by" FOREIGN KEY ("recorded_by") REFERENCES "user_account"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "course_attendance" DROP CONSTRAINT "fk_course_attendance_recorded_by"`,
    );
    await queryRunner.query(`ALTER TABLE "course_attendance" DROP CONSTRAINT "fk_course_attendance_session"`);
    await queryRunner.query(
      `ALTER TABLE "course_attendance" DROP CONSTRAINT "fk_course_attendance_enrolment"`,
    );
    await queryRunner.query(
      `ALTER TABLE "course_enrolment" DROP CONSTRAINT "fk_course_enrolment_application"`,
    );
    await queryRunner.query(`ALTER TABLE "course_enrolment" DROP CONSTRAINT "fk_course_enrolment_expert"`);
    await queryRunner.query(`ALTER TABLE "course_enrolment" DROP CONSTRAINT "fk_course_enrolment_course"`);
    await queryRunner.query(`ALTER TABLE "course_session" DROP CONSTRAINT "fk_course_session_course"`);
    await queryRunner.query(`ALTER TABLE "course" DROP CONSTRAINT "fk_course_created_by"`);
    await queryRunner.query(`DROP TABLE "course_attendance"`);
    await queryRunner.query(`DROP INDEX "public"."ix_course_enrolment_expert"`);
    await queryRunner.query(`DROP INDEX "public"."ix_course_enrolment_application"`);
    await queryRunner.query(`DROP TABLE "course_enrolment"`);
    await queryRunner.query(`DROP INDEX "public"."ix_course_session_course"`);
    await queryRunner.query(`DROP TABLE "course_session"`);
    await queryRunner.query(`DROP INDEX "public"."ix_course_starts"`);
    await queryRunner.query(`DROP TABLE "course"`);
  }
}

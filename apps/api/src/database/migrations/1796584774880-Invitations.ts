import { MigrationInterface, QueryRunner } from 'typeorm';

export class Invitations1796584774880 implements MigrationInterface {
  name = 'Invitations1796584774880';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "user_invitation" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "user_id" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_41026b90b70299ac5dc0183351a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_user_invitation_user" ON "user_invitation" ("user_id") `);
    await queryRunner.query(
      `ALTER TABLE "user_invitation" ADD CONSTRAINT "fk_user_invitation_user" FOREIGN KEY ("user_id") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user_invitation" DROP CONSTRAINT "fk_user_invitation_user"`);
    await queryRunner.query(`DROP INDEX "public"."ix_user_invitation_user"`);
    await queryRunner.query(`DROP TABLE "user_invitation"`);
  }
}

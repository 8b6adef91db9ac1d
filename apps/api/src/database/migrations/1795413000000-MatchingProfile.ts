import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Written by hand. Matching reads, for thousands of people per request, a few of each person's lists
 * (experience areas, weekly availability, the registry consent, "will not work with" units). Reading
 * them from their own tables cost one lookup per person and list; here they are copied onto the
 * person's row, and triggers on the lists keep the copies in step — in the same transaction, so a
 * copy is never out of date for anyone who can see the change.
 */
export class MatchingProfile1795413000000 implements MigrationInterface {
  name = 'MatchingProfile1795413000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "expert" ADD "area_codes" text array NOT NULL DEFAULT '{}', ADD "weekly_minutes" int4multirange,
         ADD "registry_consent" boolean NOT NULL DEFAULT false, ADD "excluded_unit_ids" uuid array NOT NULL DEFAULT '{}'`,
    );
    // Waits for anyone else changing these people's lists (row lock), then reads what they committed:
    // in READ COMMITTED each statement of the function sees a new snapshot.
    await queryRunner.query(`
      CREATE FUNCTION expert_matching_refresh(ids uuid[]) RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        IF ids IS NULL OR cardinality(ids) = 0 THEN
          RETURN;
        END IF;
        PERFORM 1 FROM expert WHERE id = ANY(ids) ORDER BY id FOR NO KEY UPDATE;
        UPDATE expert e SET
          area_codes = ARRAY(SELECT a.area_code FROM expert_experience_area a WHERE a.expert_id = e.id ORDER BY a.area_code),
          weekly_minutes = (SELECT range_agg(int4range(w.weekday * 1440 + (extract(epoch FROM w.starts_at) / 60)::int,
                                                       w.weekday * 1440 + (extract(epoch FROM w.ends_at) / 60)::int))
                              FROM expert_weekly_availability w WHERE w.expert_id = e.id),
          registry_consent = EXISTS (SELECT 1 FROM expert_consent c
                                      WHERE c.expert_id = e.id AND c.kind = 'registry' AND c.withdrawn_at IS NULL),
          excluded_unit_ids = ARRAY(SELECT DISTINCT x.unit_id FROM expert_exclusion x
                                     WHERE x.expert_id = e.id AND x.unit_id IS NOT NULL ORDER BY 1)
        WHERE e.id = ANY(ids);
      END $$`);
    await queryRunner.query(`
      CREATE FUNCTION expert_matching_changed() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          PERFORM expert_matching_refresh(ARRAY(SELECT DISTINCT expert_id FROM new_rows));
        ELSIF TG_OP = 'DELETE' THEN
          PERFORM expert_matching_refresh(ARRAY(SELECT DISTINCT expert_id FROM old_rows));
        ELSE
          PERFORM expert_matching_refresh(ARRAY(SELECT expert_id FROM new_rows UNION SELECT expert_id FROM old_rows));
        END IF;
        RETURN NULL;
      END $$`);
    for (const table of TABLES) {
      await queryRunner.query(
        `CREATE TRIGGER "tr_${table}_matching_ins" AFTER INSERT ON "${table}" REFERENCING NEW TABLE AS new_rows
           FOR EACH STATEMENT EXECUTE FUNCTION expert_matching_changed()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER "tr_${table}_matching_upd" AFTER UPDATE ON "${table}" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
           FOR EACH STATEMENT EXECUTE FUNCTION expert_matching_changed()`,
      );
      await queryRunner.query(
        `CREATE TRIGGER "tr_${table}_matching_del" AFTER DELETE ON "${table}" REFERENCING OLD TABLE AS old_rows
           FOR EACH STATEMENT EXECUTE FUNCTION expert_matching_changed()`,
      );
    }
    await queryRunner.query(`SELECT expert_matching_refresh(ARRAY(SELECT id FROM expert))`);
    // matching starts from the people active in every required area
    await queryRunner.query(
      `CREATE INDEX "ix_expert_matching_areas" ON "expert" USING gin ("area_codes")
        WHERE "status" = 'active' AND "merged_into" IS NULL AND "erased_at" IS NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "ix_expert_matching_areas"`);
    for (const table of TABLES) {
      for (const op of ['ins', 'upd', 'del'])
        await queryRunner.query(`DROP TRIGGER "tr_${table}_matching_${op}" ON "${table}"`);
    }
    await queryRunner.query(`DROP FUNCTION expert_matching_changed()`);
    await queryRunner.query(`DROP FUNCTION expert_matching_refresh(uuid[])`);
    await queryRunner.query(
      `ALTER TABLE "expert" DROP COLUMN "excluded_unit_ids", DROP COLUMN "registry_consent", DROP COLUMN "weekly_minutes", DROP COLUMN "area_codes"`,
    );
  }
}

const TABLES = ['expert_experience_area', 'expert_weekly_availability', 'expert_consent', 'expert_exclusion'];

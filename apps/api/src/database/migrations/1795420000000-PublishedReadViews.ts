import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each module publishes what others may read of its data as views in a schema named after the module
 * (docs/architecture.md, "Reading another module's data"). Others read `registry.experts`, never the
 * `expert` table; the owner may change its tables freely as long as it keeps its views. Simple views:
 * PostgreSQL plans them as if the query named the table itself.
 */
const VIEWS: Array<[schema: string, view: string, sql: string]> = [
  ['units', 'units', `SELECT id, parent_id, kind, name, name_sv, cost_centre, active FROM org_unit`],
  [
    'units',
    'unit_lineage',
    // every unit with itself (depth 0) and each unit above it
    `WITH RECURSIVE up AS (
       SELECT id AS unit_id, id AS ancestor_id, parent_id, 0 AS depth FROM org_unit
       UNION ALL
       SELECT up.unit_id, p.id, p.parent_id, up.depth + 1 FROM up JOIN org_unit p ON p.id = up.parent_id)
     SELECT unit_id, ancestor_id, depth FROM up`,
  ],
  ['auth', 'users', `SELECT id, email, display_name, locale, roles, active FROM user_account`],
  ['auth', 'user_units', `SELECT user_id, unit_id FROM user_unit`],
  [
    'catalog',
    'training_tiers',
    `SELECT code, label_fi, label_sv, label_en, rank, active FROM training_tier`,
  ],
  ['catalog', 'task_types', `SELECT code, label_fi, label_sv, label_en, active FROM task_type`],
  [
    'catalog',
    'municipalities',
    `SELECT code, name_fi, name_sv, latitude, longitude, merged_into FROM municipality`,
  ],
  [
    'registry',
    'experts',
    // what other modules need to pay, place and name an expert; health details and notes stay in the registry
    `SELECT id, user_id, first_name, last_name, first_name || ' ' || last_name AS full_name, status, tier_code,
            municipality_code, payment_method, ngo, business_id, personal_id_enc, iban_enc, earnings_ceiling_cents,
            merged_into
       FROM expert`,
  ],
  ['registry', 'expert_areas', `SELECT expert_id, area_code, visible_to_orderers FROM expert_experience_area`],
  [
    'orders',
    'orders',
    `SELECT id, number, status, unit_id, cost_centre, contact_user_id, created_by, product_code, title, description,
            place, municipality_code, preparation_needs, suitable_for_minors
       FROM task_order`,
  ],
  [
    'orders',
    'occurrences',
    `SELECT id, order_id, starts_at, ends_at, place, status, cancelled_at, late_cancellation FROM order_occurrence`,
  ],
  [
    'orders',
    'products',
    `SELECT code, task_type_code, preparation_minutes, fee_basis, active FROM product`,
  ],
  [
    'matching',
    'assignments',
    `SELECT id, order_id, occurrence_id, expert_id, status, starts_at, ends_at, late_cancellation FROM assignment`,
  ],
];

export class PublishedReadViews1795420000000 implements MigrationInterface {
  name = 'PublishedReadViews1795420000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const schema of new Set(VIEWS.map(([s]) => s))) await queryRunner.query(`CREATE SCHEMA "${schema}"`);
    for (const [schema, view, sql] of VIEWS) await queryRunner.query(`CREATE VIEW "${schema}"."${view}" AS ${sql}`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const schema of new Set(VIEWS.map(([s]) => s))) await queryRunner.query(`DROP SCHEMA "${schema}" CASCADE`);
  }
}

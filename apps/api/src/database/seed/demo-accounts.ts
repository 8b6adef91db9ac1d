import type { EntityManager } from 'typeorm';
import { TRAINING_TIERS } from '../../catalog/data/catalog';
import { addDays, helsinkiDate } from '../../common/business-days';
import { deriveTier } from '../../registry/registry.rules';

/**
 * Every active or paused demo expert gets a sign-in: their own e-mail and the demo password (the
 * coordinators would send invitations in real life). Swedish-speaking experts see the app in Swedish.
 * Returns how many accounts were made.
 */
export async function seedDemoExpertAccounts(manager: EntityManager, passwordHash: string): Promise<number> {
  const made = await manager.query<Array<{ id: string }>>(
    `WITH made AS (
       INSERT INTO user_account (email, display_name, password_hash, roles, locale)
       SELECT e.email, e.first_name || ' ' || e.last_name, $1, ARRAY['expert'],
              CASE WHEN 'sv' = ANY(e.languages) AND NOT 'fi' = ANY(e.languages) THEN 'sv' ELSE 'fi' END
         FROM expert e
        WHERE e.user_id IS NULL AND e.status IN ('active', 'paused')
       ON CONFLICT DO NOTHING
       RETURNING id, email)
     UPDATE expert e SET user_id = made.id FROM made WHERE e.email = made.email AND e.user_id IS NULL RETURNING e.id`,
    [passwordHash],
  );
  return made.length;
}

/**
 * The mentoring path in motion: the county's busiest mentor has two trainees (the newest experts of the
 * lowest tiers), one paired four weeks ago and one this week; three approved tasks together are asked.
 */
export async function seedDemoMentorships(
  manager: EntityManager,
  people: { coordinator: string },
  now: Date,
): Promise<number> {
  const today = helsinkiDate(now);
  const mentor = await demoMentor(manager);
  if (!mentor) return 0;
  const trainees = await manager.query<Array<{ id: string }>>(
    `SELECT id FROM expert WHERE status = 'active' AND tier_code IN ('basic', 'trained') AND user_id IS NOT NULL AND id <> $1
      ORDER BY tier_code = 'basic' DESC, created_at DESC, last_name, id LIMIT 2`,
    [mentor.id],
  );
  const started = [addDays(today, -28), addDays(today, -2)];
  for (const [i, t] of trainees.entries())
    await manager.query(
      `INSERT INTO mentorship (mentor_expert_id, trainee_expert_id, tasks_required, status, started_on, created_by, created_at)
       VALUES ($1, $2, 3, 'active', $3, $4, $5)`,
      [
        mentor.id,
        t.id,
        started[i],
        people.coordinator,
        new Date(now.getTime() - (i === 0 ? 28 : 2) * 86_400_000),
      ],
    );
  return trainees.length;
}

/**
 * The county's mentor: an active expert with the mentor training and the most hours. If nobody reaches the
 * mentor tier yet, the most trained of them has also done last year's advanced course (a training record),
 * and the tier is derived from the records as always.
 */
async function demoMentor(manager: EntityManager): Promise<{ id: string } | undefined> {
  const candidates = await manager.query<Array<{ id: string; tier_code: string | null; hours: number }>>(
    `SELECT e.id, e.tier_code, (SELECT coalesce(sum(r.hours), 0)::int FROM training_record r WHERE r.expert_id = e.id) AS hours
       FROM expert e
      WHERE e.status = 'active' AND e.user_id IS NOT NULL
        AND EXISTS (SELECT 1 FROM training_record r WHERE r.expert_id = e.id AND r.mentor_training)
      ORDER BY e.tier_code = 'mentor' DESC, hours DESC, e.last_name, e.id LIMIT 1`,
  );
  const m = candidates[0];
  if (!m || m.tier_code === 'mentor') return m;
  const rules = TRAINING_TIERS.map((t) => ({
    code: t.code,
    rank: t.rank,
    minHours: t.minHours,
    requiresMentorTraining: t.requiresMentorTraining,
  }));
  const needed = Math.max(0, (rules.find((t) => t.code === 'mentor')?.minHours ?? 0) - m.hours);
  if (needed > 0)
    await manager.query(
      `INSERT INTO training_record (expert_id, course, provider, hours, completed_on, mentor_training)
       VALUES ($1, 'Kokemusasiantuntijan syventävä koulutus', 'Jyväskylän ammattikorkeakoulu', $2, '2025-05-28', false)`,
      [m.id, needed],
    );
  const records = await manager.query<Array<{ hours: number; mentor_training: boolean }>>(
    `SELECT hours, mentor_training FROM training_record WHERE expert_id = $1`,
    [m.id],
  );
  const tier = deriveTier(
    rules,
    records.map((r) => ({ hours: r.hours, mentorTraining: r.mentor_training })),
  );
  await manager.query(`UPDATE expert SET tier_code = $2 WHERE id = $1`, [m.id, tier]);
  return tier === 'mentor' ? { id: m.id } : undefined;
}

/**
 * Applicants at the orientation step: the orientation day was held for those who have been there five
 * days or more (every item ticked, the coordinator has still to mark it done), the newer ones have gone
 * through the first two items.
 */
export async function seedDemoOrientationChecks(
  manager: EntityManager,
  people: { coordinator: string },
  now: Date,
): Promise<void> {
  await manager.query(
    `INSERT INTO orientation_check (application_id, item_id, checked_by, checked_at)
     SELECT a.id, i.id, $1, greatest(a.step_entered_at, $2::timestamptz - interval '2 days')
       FROM application a JOIN orientation_item i ON i.active
      WHERE a.step = 'orientation' AND (a.step_entered_at <= $2::timestamptz - interval '5 days' OR i.position <= 2)`,
    [people.coordinator, now],
  );
}

import type { EntityManager } from 'typeorm';
import type { AppConfig } from '../../config/config';
import { FieldCipher } from '../../common/field-cipher';
import { debriefDueAt } from '../../feedback/feedback.rules';

/**
 * The demo county's requests to talk: one open (an expert asked this afternoon after a task on a ward,
 * due the next business day), and one handled ten days ago, with the coordinator's note.
 */
export async function seedDemoFeedback(
  manager: EntityManager,
  config: AppConfig,
  users: { coordinator: string; expert: string },
  now = new Date(),
): Promise<void> {
  const cipher = new FieldCipher(config);
  // two active experts other than the demo expert, each with a task done
  const people = await manager.query<Array<{ expert_id: string; assignment_id: string; starts_at: Date }>>(
    `SELECT DISTINCT ON (a.expert_id) a.expert_id, a.id AS assignment_id, a.starts_at
       FROM assignment a JOIN expert e ON e.id = a.expert_id
      WHERE a.status = 'completed' AND e.status = 'active' AND e.user_id IS DISTINCT FROM $1
      ORDER BY a.expert_id, a.starts_at DESC
      LIMIT 2`,
    [users.expert],
  );
  if (people.length < 2) return;
  const [open, handled] = people;
  const askedAt = new Date(now.getTime() - 3 * 3_600_000);
  await manager.query(
    `INSERT INTO debrief_request (expert_id, assignment_id, contact, message_enc, status, requested_at, due_at, version)
     VALUES ($1, $2, 'phone', $3, 'open', $4, $5, 1)`,
    [
      open.expert_id,
      open.assignment_id,
      cipher.encrypt(
        'Kerroin osastolla omasta sairastumisestani, ja kuulijoiden kysymykset jäivät mieleen. Haluaisin purkaa tätä jonkun kanssa.',
      ),
      askedAt,
      debriefDueAt(askedAt),
    ],
  );
  const handledAt = new Date(now.getTime() - 10 * 86_400_000);
  await manager.query(
    `INSERT INTO debrief_request (expert_id, assignment_id, contact, message_enc, status, requested_at, due_at,
                                  taken_by, taken_at, done_at, note_enc, version)
     VALUES ($1, $2, 'meeting', NULL, 'done', $3, $4, $5, $6, $7, $8, 3)`,
    [
      handled.expert_id,
      handled.assignment_id,
      handledAt,
      debriefDueAt(handledAt),
      users.coordinator,
      new Date(handledAt.getTime() + 2 * 3_600_000),
      new Date(handledAt.getTime() + 26 * 3_600_000),
      cipher.encrypt(
        'Tavattiin kahvilla. Sovittiin, että seuraava tehtävä on kevyempi ja hän tulee työnohjausryhmään.',
      ),
    ],
  );
}

import type { EntityManager } from 'typeorm';
import type { AppConfig } from '../../config/config';
import { FieldCipher } from '../../common/field-cipher';
import type { BriefingContent } from '../../feedback/briefing.rules';

/** What a ward writes for a visiting expert: who meets them, the audience, what not to ask, safety. */
const WARD_BRIEFING: BriefingContent = {
  contactOnSite:
    'Sairaanhoitaja Hanna Lehto, p. 040 718 2290. Hän on vastassa osaston ovella 15 minuuttia ennen alkua.',
  audience:
    'Osaston potilaita (6–8) ja kaksi hoitajaa. Osa on ollut osastolla vasta muutaman päivän; toipumisesta puhuminen on heille uutta.',
  mayAsk: 'Miten arki lähti sujumaan kotiutumisen jälkeen, mikä auttoi ja mikä ei.',
  mayNotAsk: 'Diagnooseista ja lääkityksestä ei tarvitse kertoa, vaikka joku kysyisi.',
  safety:
    'Hoitaja on mukana koko ajan ja voi keskeyttää, jos tilanne kuormittuu. Osaston ovet ovat lukitut: hoitaja saattaa sisään ja ulos.',
  quietRoom: true,
  afterContact: 'Hanna Lehto heti tilaisuuden jälkeen; myöhemmin kokemustoiminnan koordinaattori.',
};

const SCHOOL_BRIEFING: BriefingContent = {
  contactOnSite: 'Opinto-ohjaaja Mikko Rantanen, p. 050 332 1180, koulun pääovella.',
  audience: 'Lukion toisen vuoden opiskelijoita, noin 25. Aihe on heille uusi.',
  mayAsk: 'Omasta nuoruudesta ja siitä, mistä sai apua.',
  mayNotAsk: null,
  safety: 'Ei erityisiä riskejä. Opettaja on luokassa koko ajan.',
  quietRoom: false,
  afterContact: 'Mikko Rantanen.',
};

/**
 * The briefings before the demo county's coming tasks: each staffed coming time has been asked of its
 * unit; the demo expert Liisa's next one is written and waits for her to read it (the order is marked
 * demanding, so she is offered supervision), another expert's is written and read, the rest wait for the unit.
 */
export async function seedDemoBriefings(
  manager: EntityManager,
  config: AppConfig,
  users: { expert: string },
  now = new Date(),
): Promise<void> {
  const cipher = new FieldCipher(config);
  await staffDemoOrders(manager, users, now);
  const tasks = await manager.query<
    Array<{
      id: string;
      order_id: string;
      occurrence_id: string;
      expert_id: string;
      user_id: string | null;
      confirmed_at: Date | null;
    }>
  >(
    `SELECT a.id, a.order_id, a.occurrence_id, a.expert_id, e.user_id, a.confirmed_at
       FROM assignment a JOIN expert e ON e.id = a.expert_id
      WHERE a.status = 'confirmed' AND a.occurrence_id IS NOT NULL AND a.starts_at > $1
      ORDER BY a.starts_at, a.id`,
    [now],
  );
  const liisa = tasks.find((t) => t.user_id === users.expert);
  const other = tasks.find((t) => t.user_id !== users.expert && t.order_id !== liisa?.order_id);
  for (const t of tasks) {
    const requestedAt = t.confirmed_at ?? new Date(now.getTime() - 2 * 86_400_000);
    const content = t === liisa ? WARD_BRIEFING : t === other ? SCHOOL_BRIEFING : null;
    await manager.query(
      `INSERT INTO task_briefing (occurrence_id, order_id, requested_at, content_enc, revision, written_by, written_at, version)
       VALUES ($1, $2, $3, $4, $5, CASE WHEN $6 THEN (SELECT COALESCE(contact_user_id, created_by) FROM task_order WHERE id = $2) END, $7, $8)
       ON CONFLICT (occurrence_id) DO NOTHING`,
      [
        t.occurrence_id,
        t.order_id,
        requestedAt,
        content ? cipher.encrypt(JSON.stringify(content)) : null,
        content ? 1 : 0,
        !!content,
        content ? new Date(requestedAt.getTime() + 86_400_000) : null,
        content ? 2 : 1,
      ],
    );
    const read = t === other;
    await manager.query(
      `INSERT INTO task_briefing_read (occurrence_id, expert_id, assignment_id, revision_read, read_at)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
      [
        t.occurrence_id,
        t.expert_id,
        t.id,
        read ? 1 : null,
        read ? new Date(requestedAt.getTime() + 2 * 86_400_000) : null,
      ],
    );
  }
  if (liisa) await manager.query(`UPDATE task_order SET demanding = true WHERE id = $1`, [liisa.order_id]);
}

/**
 * The staffed orders' coming times get their experts (confirmed a few days ago): for each order, the
 * active experts with an account who have every area it requires, a different one per order; the demo
 * expert Liisa takes the first that fits her (the closed ward's story).
 */
async function staffDemoOrders(manager: EntityManager, users: { expert: string }, now: Date): Promise<void> {
  const orders = await manager.query<Array<{ id: string; expert_count: number; areas: string[] | null }>>(
    `SELECT o.id, o.expert_count,
            (SELECT array_agg(a.area_code) FROM order_area a WHERE a.order_id = o.id AND a.required) AS areas
       FROM task_order o
      WHERE o.status IN ('staffed', 'partly_staffed')
        AND NOT EXISTS (SELECT 1 FROM assignment a WHERE a.order_id = o.id)
        AND EXISTS (SELECT 1 FROM order_occurrence oc WHERE oc.order_id = o.id AND oc.status = 'planned' AND oc.starts_at > $1)
      ORDER BY o.number`,
    [now],
  );
  const used = new Set<string>();
  let liisaPlaced = false;
  for (const o of orders) {
    const fit = await manager.query<Array<{ id: string; user_id: string }>>(
      `SELECT e.id, e.user_id FROM expert e
        WHERE e.status = 'active' AND e.user_id IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM unnest($1::text[]) need
                           WHERE NOT EXISTS (SELECT 1 FROM expert_experience_area x WHERE x.expert_id = e.id AND x.area_code = need))
        ORDER BY (e.user_id = $2) DESC, e.last_name, e.first_name, e.id`,
      [o.areas ?? [], users.expert],
    );
    const chosen = fit
      .filter((e) => !used.has(e.id) && (e.user_id !== users.expert || !liisaPlaced))
      .slice(0, Math.max(1, o.expert_count));
    for (const e of chosen) {
      used.add(e.id);
      if (e.user_id === users.expert) liisaPlaced = true;
      await manager.query(
        `INSERT INTO assignment (order_id, occurrence_id, expert_id, status, starts_at, ends_at, confirmed_at)
         SELECT oc.order_id, oc.id, $2, 'confirmed', oc.starts_at, oc.ends_at, $3::timestamptz
           FROM order_occurrence oc
          WHERE oc.order_id = $1 AND oc.status = 'planned' AND oc.starts_at > $4`,
        [o.id, e.id, new Date(now.getTime() - 3 * 86_400_000), now],
      );
    }
  }
}

import { EntityManager } from 'typeorm';
import { addDays, helsinkiDate, isoDate } from '../../common/business-days';
import { TRAINING_TIERS } from '../../catalog/data/catalog';
import { deriveTier, ExpertKind, ExpertStatus, PaymentMethod } from '../../registry/registry.rules';

/** A small deterministic PRNG (mulberry32), so every demo start looks the same. */
function rng(seed: number) {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  'Aino', 'Anna', 'Anne', 'Eija', 'Elina', 'Hanna', 'Heli', 'Jaana', 'Johanna', 'Katja', 'Kirsi', 'Laura', 'Maarit', 'Minna',
  'Niina', 'Outi', 'Päivi', 'Riikka', 'Sari', 'Satu', 'Tiina', 'Tuula', 'Ulla', 'Virpi', 'Ari', 'Antti', 'Esa', 'Harri',
  'Janne', 'Jari', 'Jukka', 'Kari', 'Markku', 'Matti', 'Mika', 'Olli', 'Pasi', 'Petri', 'Sami', 'Timo', 'Tommi', 'Ville',
  'Eveliina', 'Saga', 'Linnea', 'Oskar', 'Emil', 'Nea',
];
const LAST = [
  'Korhonen', 'Virtanen', 'Mäkinen', 'Nieminen', 'Mäkelä', 'Hämäläinen', 'Laine', 'Heikkinen', 'Koskinen', 'Järvinen',
  'Lehtonen', 'Lehtinen', 'Saarinen', 'Salminen', 'Heinonen', 'Niemi', 'Heikkilä', 'Kinnunen', 'Salonen', 'Turunen',
  'Salo', 'Laitinen', 'Tuominen', 'Rantanen', 'Karjalainen', 'Jokinen', 'Mattila', 'Savolainen', 'Lahtinen', 'Ahonen',
  'Hyvönen', 'Leppänen', 'Kettunen', 'Manninen', 'Lindholm', 'Nyström', 'Hirvonen', 'Räsänen', 'Toivonen', 'Peltonen',
];
const HOMES = [
  'jyvaskyla', 'jyvaskyla', 'jyvaskyla', 'jyvaskyla', 'jamsa', 'aanekoski', 'keuruu', 'saarijarvi', 'laukaa', 'laukaa',
  'muurame', 'viitasaari', 'hankasalmi', 'joutsa', 'karstula', 'konnevesi', 'petajavesi', 'pihtipudas', 'toivakka',
  'uurainen', 'kuhmoinen', 'multia', 'kannonkoski', 'kinnula',
];
const AREAS = [
  'mental_health', 'mental_health', 'substance_use', 'substance_use', 'gambling', 'child_welfare_child', 'child_welfare_parent',
  'disability', 'chronic_illness', 'cancer', 'diabetes', 'rare_disease', 'relative_carer', 'relative_carer', 'homelessness',
  'criminal_sanctions', 'immigration', 'family_violence', 'long_term_unemployment', 'debt', 'eating_disorders',
  'neurodivergence', 'youth',
];
const TASKS = ['talk', 'workshop', 'pair_work', 'chat_bench', 'day_in_life', 'reception', 'group_facilitation', 'training', 'procurement', 'body_membership', 'communications', 'outreach'];
const COURSES = [
  { course: 'Kokemusasiantuntijakoulutus', provider: 'Jyväskylän ammattikorkeakoulu', hours: 60 },
  { course: 'Kokemustoimijakoulutus', provider: 'Kokemustoimintaverkosto', hours: 24 },
  { course: 'Vertaistukihenkilökoulutus', provider: 'Järvi-Suomen mielenterveysyhdistys ry', hours: 16 },
  { course: 'Kokemusasiantuntijuuden jatkokoulutus', provider: 'Humanistinen ammattikorkeakoulu', hours: 70 },
];
const INTROS = [
  'Olen toipunut masennuksesta ja kerron mielelläni, mikä minua auttoi. Puhun selkeästi ja kuuntelen.',
  'Minulla on kokemusta päihteistä ja toipumisesta. Haluan, että palveluihin on helpompi tulla.',
  'Olen omainen ja tiedän, miltä tuntuu jäädä yksin. Autan ammattilaisia näkemään perheen kokonaisuutena.',
  'Olen kasvanut lastensuojelun asiakkaana. Kerron nuorille ja työntekijöille, mikä oli tärkeää.',
  'Elän pitkäaikaissairauden kanssa. Olen mukana kehittämässä palveluja, jotka toimivat arjessa.',
  'Kerron kokemuksestani ja toivon, että se rohkaisee muita hakemaan apua ajoissa.',
];

const pick = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)];

export interface DemoExpertsResult {
  count: number;
  demoExpertId: string;
}

/** About 200 experts of the demo county: varied areas, languages, tiers, availability; some paused or left. */
export async function seedDemoExperts(
  manager: EntityManager,
  demoExpertUserId: string,
  now = new Date(),
): Promise<DemoExpertsResult> {
  const today = helsinkiDate(now);
  // the first of a month 1–5 months ahead (a pause's planned end)
  const monthsAhead = (n: number) => {
    const [y, m] = today.split('-').map(Number);
    const k = y * 12 + (m - 1) + n;
    return isoDate(Math.floor(k / 12), (k % 12) + 1, 1);
  };
  const r = rng(20261123);
  // draws added later come from their own sequence, so the people above stay who they were
  const r2 = rng(20261124);
  const tierRules = TRAINING_TIERS.map((t) => ({ code: t.code, rank: t.rank, minHours: t.minHours, requiresMentorTraining: t.requiresMentorTraining }));
  const usedEmails = new Set<string>();
  let demoExpertId = '';
  const total = 200;
  for (let i = 0; i < total; i++) {
    const isDemo = i === 0;
    const firstName = isDemo ? 'Liisa' : pick(r, FIRST);
    const lastName = isDemo ? 'Virtanen' : pick(r, LAST);
    let email = isDemo
      ? 'expert@kokemus.test'
      : `${firstName}.${lastName}`.toLowerCase().replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/å/g, 'a') + '@esimerkki.fi';
    for (let n = 2; usedEmails.has(email); n++) email = email.replace(/(\d*)@/, `${n}@`);
    usedEmails.add(email);
    const roll = r();
    const status = isDemo
      ? ExpertStatus.Active
      : roll < 0.78
        ? ExpertStatus.Active
        : roll < 0.86
          ? ExpertStatus.Applicant
          : roll < 0.91
            ? ExpertStatus.Orientation
            : roll < 0.96
              ? ExpertStatus.Paused
              : ExpertStatus.Left;
    const kindRoll = r();
    const kinds =
      kindRoll < 0.6
        ? [ExpertKind.TrainedExpert]
        : kindRoll < 0.8
          ? [ExpertKind.ExperienceActor]
          : kindRoll < 0.92
            ? [ExpertKind.PeerSupporter]
            : kindRoll < 0.96
              ? [ExpertKind.DeveloperClient]
              : [ExpertKind.TrainedExpert, ExpertKind.Mentor];
    const languages = ['fi'];
    if (r() < 0.12) languages.push('sv');
    if (r() < 0.35) languages.push('en');
    if (r() < 0.03) languages.push('fse');
    if (r() < 0.02) languages.push('ru');
    const areas = isDemo ? ['mental_health', 'relative_carer'] : [...new Set([pick(r, AREAS), ...(r() < 0.5 ? [pick(r, AREAS)] : [])])];
    const tasks = [...new Set([pick(r, TASKS), pick(r, TASKS), ...(r() < 0.4 ? [pick(r, TASKS)] : [])])];
    const peer = kinds.includes(ExpertKind.PeerSupporter);
    const [row] = await manager.query<Array<{ id: string }>>(
      `INSERT INTO expert (user_id, first_name, last_name, email, phone, municipality_code, postal_code, languages, kinds, task_types,
         works_remote, works_in_person, travel_radius_km, max_tasks_per_month, introduction, payment_method, tax_card_year,
         status, paused_until, status_reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20) RETURNING id`,
      [
        isDemo ? demoExpertUserId : null,
        firstName,
        lastName,
        email,
        `+358 40 ${String(1000000 + Math.floor(r() * 8999999)).replace(/(\d{3})(\d{4})/, '$1 $2')}`,
        isDemo ? 'jyvaskyla' : pick(r, HOMES),
        null,
        languages,
        kinds,
        tasks,
        isDemo ? (r(), true) : r() < 0.7,
        isDemo ? (r(), true) : r() < 0.9,
        [20, 30, 50, 80, 120][Math.floor(r() * 5)],
        [2, 3, 4, 4, 6, 8][Math.floor(r() * 6)],
        status === ExpertStatus.Applicant ? null : pick(r, INTROS),
        peer ? PaymentMethod.Volunteer : r() < 0.08 ? PaymentMethod.Ngo : PaymentMethod.Payroll,
        peer ? null : Number(today.slice(0, 4)),
        status,
        status === ExpertStatus.Paused ? monthsAhead(1 + Math.floor(r() * 5)) : null,
        status === ExpertStatus.Paused ? 'Oma jaksaminen' : status === ExpertStatus.Left ? 'Muutti pois alueelta' : null,
      ],
    );
    if (isDemo) demoExpertId = row.id;
    for (const [n, code] of areas.entries()) {
      await manager.query('INSERT INTO expert_experience_area (expert_id, area_code, visible_to_orderers) VALUES ($1, $2, $3)', [
        row.id,
        code,
        isDemo ? n === 0 : r() < 0.6,
      ]);
    }
    const records: Array<{ hours: number; mentorTraining: boolean }> = [];
    if (status !== ExpertStatus.Applicant) {
      const count = 1 + (r() < 0.4 ? 1 : 0);
      for (let c = 0; c < count; c++) {
        const course = isDemo ? COURSES[0] : pick(r, COURSES);
        const year = 2018 + Math.floor(r() * 8);
        records.push({ hours: course.hours, mentorTraining: false });
        await manager.query(
          'INSERT INTO training_record (expert_id, course, provider, hours, completed_on, mentor_training) VALUES ($1, $2, $3, $4, $5, false)',
          [row.id, course.course, course.provider, course.hours, `${year}-0${1 + Math.floor(r() * 9)}-15`],
        );
      }
      if (kinds.includes(ExpertKind.Mentor)) {
        records.push({ hours: 20, mentorTraining: true });
        await manager.query(
          `INSERT INTO training_record (expert_id, course, provider, hours, completed_on, mentor_training)
           VALUES ($1, 'Mentorikoulutus', 'Jyväskylän ammattikorkeakoulu', 20, '2025-11-20', true)`,
          [row.id],
        );
      }
      const tier = deriveTier(tierRules, records);
      await manager.query('UPDATE expert SET tier_code = $2 WHERE id = $1', [row.id, tier]);
    }
    const day = 1 + Math.floor(r() * 5);
    const from = r() < 0.5 ? '09:00' : '12:00';
    const to = r() < 0.5 ? '15:00' : '17:00';
    // most people give two or three weekdays; the demo expert works office hours on weekdays
    const days = isDemo ? [1, 2, 3, 4, 5] : [...new Set([day, 1 + Math.floor(r2() * 5), ...(r2() < 0.5 ? [1 + Math.floor(r2() * 5)] : [])])];
    for (const d of days) {
      await manager.query('INSERT INTO expert_weekly_availability (expert_id, weekday, starts_at, ends_at) VALUES ($1, $2, $3, $4)', [
        row.id,
        d,
        isDemo ? '09:00' : from,
        isDemo ? '16:00' : to,
      ]);
    }
    // everyone past the application has signed the agreement (the registry consent); most show a public profile
    if (status !== ExpertStatus.Applicant) {
      await manager.query(
        `INSERT INTO expert_consent (expert_id, kind, given_at) VALUES ($1, 'registry', $2::timestamptz - interval '200 days')`,
        [row.id, now],
      );
      if (isDemo || r2() < 0.8) {
        await manager.query(
          `INSERT INTO expert_consent (expert_id, kind, given_at) VALUES ($1, 'public_profile', $2::timestamptz - interval '200 days')`,
          [row.id, now],
        );
      }
    }
    if (r() < 0.1 && !isDemo) {
      await manager.query(`INSERT INTO expert_absence (expert_id, starts_on, ends_on, kind) VALUES ($1, $2, $3, 'absence')`, [
        row.id,
        addDays(today, 17),
        addDays(today, 33),
      ]);
    }
    await manager.query(`INSERT INTO expert_status_change (expert_id, from_status, to_status, reason) VALUES ($1, NULL, $2, 'demo')`, [
      row.id,
      status,
    ]);
  }
  return { count: total, demoExpertId };
}

import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { addBusinessDays, addDays, helsinkiDate, helsinkiInstant } from '../../common/business-days';
import { FieldCipher } from '../../common/field-cipher';
import type { AppConfig } from '../../config/config';
import {
  ClaimOwner,
  ClaimStatus,
  claimLines,
  earningsCents,
  FeeBasis,
  PaymentMethod,
  type Rate,
  type Report,
  totalCents,
} from '../../fees/fees.rules';
import { remindAt } from '../../notifications/reminders.rules';
import { orderNumber } from '../../orders/orders.rules';

// The demo county's fee schedule, after the KoKoA recommendations: 25 €/h for facilitation and other
// hourly work (more for the higher tiers), a talk 100–600 € by tier, 50 € a meeting; preparation of a
// talk or training paid up to an hour.
const HOURLY: Record<string, number> = { basic: 2500, trained: 2500, advanced: 3000, mentor: 3500 };
const TALK: Record<string, number> = { basic: 10000, trained: 25000, advanced: 40000, mentor: 60000 };
const TRAINING: Record<string, number> = { basic: 15000, trained: 30000, advanced: 45000, mentor: 60000 };
const HOURLY_TASKS = [
  'workshop',
  'pair_work',
  'chat_bench',
  'day_in_life',
  'reception',
  'group_facilitation',
  'procurement',
  'communications',
  'outreach',
  'family_work',
  'companion',
  'on_call',
];

function demoRates(): Array<Rate & { tierCode: string; taskTypeCode: string }> {
  const rates: Array<Rate & { tierCode: string; taskTypeCode: string }> = [];
  for (const tier of ['basic', 'trained', 'advanced', 'mentor']) {
    const base = { minBillableMinutes: 0, paidPreparationMinutes: 0, preparationHourlyCents: null };
    rates.push({
      ...base,
      tierCode: tier,
      taskTypeCode: 'talk',
      basis: FeeBasis.PerTask,
      amountCents: TALK[tier],
      paidPreparationMinutes: 60,
      preparationHourlyCents: 2500,
      incomeTypeCode: '214',
    });
    rates.push({
      ...base,
      tierCode: tier,
      taskTypeCode: 'training',
      basis: FeeBasis.PerTask,
      amountCents: TRAINING[tier],
      paidPreparationMinutes: 60,
      preparationHourlyCents: 2500,
      incomeTypeCode: '214',
    });
    rates.push({
      ...base,
      tierCode: tier,
      taskTypeCode: 'body_membership',
      basis: FeeBasis.PerMeeting,
      amountCents: 5000,
      incomeTypeCode: '210',
    });
    for (const task of HOURLY_TASKS) {
      rates.push({
        ...base,
        tierCode: tier,
        taskTypeCode: task,
        basis: FeeBasis.Hourly,
        amountCents: HOURLY[tier],
        minBillableMinutes: 60,
        incomeTypeCode: '201',
      });
    }
  }
  return rates;
}

interface DemoClaim {
  /** Liisa Virtanen (the demo expert who signs in) or another active expert of the county. */
  who: 'liisa' | number;
  unit: string;
  product: string;
  title: string;
  daysAgo: number;
  hours: [number, number];
  status: ClaimStatus;
  report?: Partial<Report>;
  returnReason?: string;
  /** Days past its due moment (an overdue step). */
  overdueDays?: number;
}

const CLAIMS: DemoClaim[] = [
  // Liisa's own money: one to check now, one on the orderer's desk, one paid last month
  {
    who: 'liisa',
    unit: 'ward-3',
    product: 'talk',
    title: 'Kokemuspuheenvuoro osastotunnilla: arjen voimavarat',
    daysAgo: 2,
    hours: [13, 15],
    status: ClaimStatus.Draft,
    report: { kilometres: 14 },
  },
  {
    who: 'liisa',
    unit: 'ward-3',
    product: 'group_facilitation',
    title: 'Toipujaryhmän ohjaus työparina',
    daysAgo: 6,
    hours: [17, 19],
    status: ClaimStatus.Submitted,
    report: { kilometres: 22 },
  },
  {
    who: 'liisa',
    unit: 'mh-keuruu',
    product: 'talk',
    title: 'Omaisten ilta: kun läheinen sairastuu',
    daysAgo: 34,
    hours: [17, 19],
    status: ClaimStatus.Paid,
    report: { kilometres: 118, ticketsCents: 0 },
  },
  // the approver's desk, the payroll queue, a return, an overdue one
  {
    who: 0,
    unit: 'ward-3',
    product: 'chat_bench',
    title: 'Juttupenkki psykiatrian osastolla 2',
    daysAgo: 8,
    hours: [13, 15],
    status: ClaimStatus.Confirmed,
  },
  {
    who: 1,
    unit: 'mh-keuruu',
    product: 'talk',
    title: 'Kokemuspuheenvuoro henkilöstöpäivillä',
    daysAgo: 12,
    hours: [9, 11],
    status: ClaimStatus.Approved,
    report: { kilometres: 96 },
  },
  {
    who: 2,
    unit: 'addiction',
    product: 'workshop',
    title: 'Asiakaspolun työpaja, osa 1',
    daysAgo: 9,
    hours: [12, 15],
    status: ClaimStatus.Returned,
    returnReason: 'Työpaja kesti 3 tuntia, ei 4 — korjaisitko ajan?',
    report: { workedMinutes: 240 },
  },
  {
    who: 3,
    unit: 'child-welfare',
    product: 'body_membership',
    title: 'Asiakasraadin kokous',
    daysAgo: 15,
    hours: [16, 18],
    status: ClaimStatus.Submitted,
    overdueDays: 3,
  },
  {
    who: 4,
    unit: 'hc-saarijarvi',
    product: 'day_in_life',
    title: 'Päivä elämässä: terveysasema',
    daysAgo: 20,
    hours: [9, 12],
    status: ClaimStatus.Draft,
    overdueDays: 6,
  },
];

/** A fee schedule and claims in every step, so "My fees", the inboxes and the batches show a county in motion. */
export async function seedDemoFees(
  manager: EntityManager,
  config: AppConfig,
  units: Map<string, { id: string; costCentre: string }>,
  users: { coordinator: string; orderer: string; approver: string; expert: string },
  now = new Date(),
): Promise<void> {
  const today = helsinkiDate(now);
  const [schedule] = await manager.query<Array<{ id: string }>>(
    `INSERT INTO fee_schedule (name, effective_from, notes, trainee_fee_percent, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [
      'Palkkiot (KoKoA-suosituksen mukaan)',
      // in force since the start of last year, so last month's tasks have it even in January
      `${Number(today.slice(0, 4)) - 1}-01-01`,
      'Sama palkkio samasta tehtävästä koko hyvinvointialueella, porrastettu koulutustason mukaan. ' +
        'Mentoroinnissa harjoittelija saa puolet palkkiosta tehtävästä mentorinsa kanssa, kulut kokonaan.',
      50,
      users.coordinator,
    ],
  );
  const rates = demoRates();
  for (const r of rates) {
    await manager.query(
      `INSERT INTO fee_rate (schedule_id, tier_code, task_type_code, basis, amount_cents, min_billable_minutes, paid_preparation_minutes,
                             preparation_hourly_cents, income_type_code) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        schedule.id,
        r.tierCode,
        r.taskTypeCode,
        r.basis,
        r.amountCents,
        r.minBillableMinutes,
        r.paidPreparationMinutes,
        r.preparationHourlyCents,
        r.incomeTypeCode,
      ],
    );
  }
  // Liisa's payment details (for the payroll CSV)
  const cipher = new FieldCipher(config);
  const [liisa] = await manager.query<Array<{ id: string; tier_code: string | null }>>(
    'SELECT id, tier_code FROM expert WHERE user_id = $1',
    [users.expert],
  );
  await manager.query(
    `UPDATE expert SET tier_code = coalesce(tier_code, 'trained'), personal_id_enc = $2, iban_enc = $3 WHERE id = $1`,
    [liisa.id, cipher.encrypt('150376-1234'), cipher.encrypt('FI4950009420028730')],
  );
  const others = await manager.query<Array<{ id: string }>>(
    `SELECT id FROM expert WHERE status = 'active' AND user_id IS NULL AND tier_code IS NOT NULL AND payment_method = 'payroll' ORDER BY last_name, first_name LIMIT 5`,
  );
  const mileage = 55; // the 2026 rate (the migrations enter 2024–2026); later years use it until the admin enters theirs
  const paidLines: Array<{
    lineId: string;
    claimNumber: string;
    orderNumber: string;
    kind: string;
    incomeTypeCode: string;
    amountCents: number;
    costCentre: string;
    taskDate: string;
  }> = [];
  const paidClaims: string[] = [];
  let seq = 0;
  for (const c of CLAIMS) {
    const expertId = c.who === 'liisa' ? liisa.id : others[c.who % others.length]?.id;
    if (!expertId) continue;
    const unit = units.get(c.unit)!;
    const day = addDays(today, -c.daysAgo);
    const startsAt = helsinkiInstant(day, c.hours[0]);
    const endsAt = helsinkiInstant(day, c.hours[1]);
    const [{ n }] = await manager.query<Array<{ n: string }>>(`SELECT nextval('order_number_seq') AS n`);
    const number = orderNumber(Number(day.slice(0, 4)), Number(n));
    const [order] = await manager.query<Array<{ id: string }>>(
      `INSERT INTO task_order (number, status, unit_id, cost_centre, contact_user_id, contact_name, contact_email, product_code, title, description,
         mode, place, municipality_code, language_code, expert_count, starts_at, ends_at, occurrence_count, submitted_at, answered_at,
         delivered_at, created_by, created_at, updated_at)
       VALUES ($1, 'delivered', $2, $3, $4, 'Mikko Lehtonen', 'orderer@kokemus.test', $5, $6, 'Kokemusasiantuntijan osuus', 'in_person',
         'Sali 2', 'jyvaskyla', 'fi', 1, $7, $8, 1, $9, $9, $8, $4, $9, $8) RETURNING id`,
      [
        number,
        unit.id,
        unit.costCentre,
        users.orderer,
        c.product,
        c.title,
        startsAt,
        endsAt,
        new Date(startsAt.getTime() - 14 * 86_400_000),
      ],
    );
    const [occ] = await manager.query<Array<{ id: string }>>(
      `INSERT INTO order_occurrence (order_id, starts_at, ends_at, place, status) VALUES ($1, $2, $3, 'Sali 2', 'delivered') RETURNING id`,
      [order.id, startsAt, endsAt],
    );
    const [assignment] = await manager.query<Array<{ id: string }>>(
      `INSERT INTO assignment (order_id, occurrence_id, expert_id, status, starts_at, ends_at, confirmed_at, completed_at)
       VALUES ($1, $2, $3, 'completed', $4, $5, $6, $5) RETURNING id`,
      [order.id, occ.id, expertId, startsAt, endsAt, new Date(startsAt.getTime() - 7 * 86_400_000)],
    );
    const [info] = await manager.query<
      Array<{
        tier_code: string;
        task_type_code: string;
        preparation_minutes: number;
        user_id: string | null;
      }>
    >(
      `SELECT e.tier_code, p.task_type_code, p.preparation_minutes, e.user_id FROM expert e, product p WHERE e.id = $1 AND p.code = $2`,
      [expertId, c.product],
    );
    const prefilled: Report = {
      workedMinutes: (c.hours[1] - c.hours[0]) * 60,
      preparationMinutes: info.preparation_minutes ?? 0,
      kilometres: 0,
      ticketsCents: 0,
      expenses: [],
    };
    const report: Report = { ...prefilled, ...c.report };
    const rate =
      rates.find((r) => r.tierCode === info.tier_code && r.taskTypeCode === info.task_type_code) ?? null;
    const lines = claimLines({
      rate,
      paymentMethod: PaymentMethod.Payroll,
      report,
      mileageCentsPerKm: mileage,
    });
    const owner =
      c.status === ClaimStatus.Draft || c.status === ClaimStatus.Returned
        ? ClaimOwner.Expert
        : c.status === ClaimStatus.Submitted
          ? ClaimOwner.Orderer
          : c.status === ClaimStatus.Confirmed
            ? ClaimOwner.Approver
            : c.status === ClaimStatus.Approved
              ? ClaimOwner.Payroll
              : ClaimOwner.Nobody;
    const ownerUserId =
      owner === ClaimOwner.Expert
        ? (info.user_id ?? users.coordinator)
        : owner === ClaimOwner.Orderer
          ? users.orderer
          : owner === ClaimOwner.Approver
            ? users.approver
            : owner === ClaimOwner.Payroll
              ? users.coordinator
              : null;
    const stepDays = owner === ClaimOwner.Expert ? 5 : owner === ClaimOwner.Payroll ? 10 : 3;
    const dueAt =
      owner === ClaimOwner.Nobody
        ? null
        : c.overdueDays
          ? helsinkiInstant(addDays(today, -c.overdueDays), 16)
          : helsinkiInstant(addBusinessDays(today, stepDays - 1), 16);
    const [claim] = await manager.query<Array<{ id: string }>>(
      `INSERT INTO fee_claim (number, assignment_id, expert_id, order_id, occurrence_id, unit_id, cost_centre, task_date, schedule_id, tier_code,
         task_type_code, product_code, payment_method, status, owner, owner_user_id, due_at, report, prefilled_report, total_cents, earnings_cents,
         return_reason, submitted_at, approved_at, paid_at, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, 'payroll', $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25)
       RETURNING id`,
      [
        `K-${day.slice(0, 4)}-${String(++seq).padStart(6, '0')}`,
        assignment.id,
        expertId,
        order.id,
        occ.id,
        unit.id,
        unit.costCentre,
        day,
        schedule.id,
        info.tier_code,
        info.task_type_code,
        c.product,
        c.status,
        owner,
        ownerUserId,
        dueAt,
        JSON.stringify(report),
        JSON.stringify(prefilled),
        totalCents(lines),
        earningsCents(lines),
        c.returnReason ?? null,
        [ClaimStatus.Draft, ClaimStatus.Returned].includes(c.status)
          ? null
          : helsinkiInstant(addDays(day, 1), 10),
        [ClaimStatus.Approved, ClaimStatus.Paid].includes(c.status)
          ? helsinkiInstant(addDays(day, 4), 11)
          : null,
        c.status === ClaimStatus.Paid ? helsinkiInstant(addDays(day, 14), 12) : null,
        endsAt,
      ],
    );
    const lineStatus =
      c.status === ClaimStatus.Approved ? 'approved' : c.status === ClaimStatus.Paid ? 'paid' : 'open';
    for (const l of lines) {
      const [line] = await manager.query<Array<{ id: string }>>(
        `INSERT INTO fee_claim_line (claim_id, kind, description, quantity, unit_cents, amount_cents, income_type_code, channel, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'payroll', $8) RETURNING id`,
        [
          claim.id,
          l.kind,
          l.description,
          l.quantity,
          l.unitCents,
          l.amountCents,
          l.incomeTypeCode,
          lineStatus === 'paid' ? 'approved' : lineStatus,
        ],
      );
      if (lineStatus === 'paid') {
        paidLines.push({
          lineId: line.id,
          claimNumber: `K-${day.slice(0, 4)}-${String(seq).padStart(6, '0')}`,
          orderNumber: number,
          kind: l.kind,
          incomeTypeCode: l.incomeTypeCode,
          amountCents: l.amountCents,
          costCentre: unit.costCentre,
          taskDate: day,
        });
      }
    }
    if (c.status === ClaimStatus.Paid) paidClaims.push(claim.id);
    // the timeline so far
    const steps: Array<[string, ClaimStatus | null, ClaimStatus, string | null]> = [
      ['created', null, ClaimStatus.Draft, null],
    ];
    const path: ClaimStatus[] = [
      ClaimStatus.Submitted,
      ClaimStatus.Confirmed,
      ClaimStatus.Approved,
      ClaimStatus.Exported,
      ClaimStatus.Paid,
    ];
    const actions = ['submit', 'confirm', 'approve', 'exported', 'paid'];
    const reach = c.status === ClaimStatus.Returned ? 2 : path.indexOf(c.status) + 1;
    for (let i = 0; i < reach; i++)
      steps.push([actions[i], i === 0 ? ClaimStatus.Draft : path[i - 1], path[i], null]);
    if (c.status === ClaimStatus.Returned)
      steps.push(['return', ClaimStatus.Confirmed, ClaimStatus.Returned, c.returnReason ?? null]);
    let at = endsAt.getTime();
    for (const [action, from, to, note] of steps) {
      at += 26 * 3_600_000;
      await manager.query(
        `INSERT INTO fee_claim_event (claim_id, at, actor, actor_name, action, from_status, to_status, note) VALUES ($1, $2, 'demo', NULL, $3, $4, $5, $6)`,
        [claim.id, new Date(Math.min(at, now.getTime() - 3_600_000)), action, from, to, note],
      );
    }
    if (ownerUserId && dueAt) {
      await manager.query(
        `INSERT INTO reminder (kind, subject_type, subject_id, owner_user_id, due_at, remind_at, params)
         VALUES ('fee_claim', 'fee_claim', $1, $2, $3, $4, $5)`,
        [
          claim.id,
          ownerUserId,
          dueAt,
          remindAt(dueAt, 1),
          JSON.stringify({
            title: {
              fi: `Palkkiolomake odottaa sinua`,
              sv: 'Arvodesblanketten väntar på dig',
              en: 'A fee claim is waiting for you',
            },
            link: `/fees/${claim.id}`,
          }),
        ],
      );
    }
  }
  // last month's batch: made by payroll, acknowledged paid
  if (paidLines.length) {
    const [{ id, n }] = await manager.query<Array<{ id: string; n: string }>>(
      `SELECT gen_random_uuid() AS id, nextval('export_batch_number_seq') AS n`,
    );
    const createdAt = helsinkiInstant(addDays(today, -20), 6);
    const doc = {
      id,
      number: `P-${String(n).padStart(6, '0')}`,
      channel: 'payroll',
      createdAt: createdAt.toISOString(),
      lineCount: paidLines.length,
      totalCents: paidLines.reduce((s, l) => s + l.amountCents, 0),
      lines: paidLines,
    };
    const document = JSON.stringify(doc);
    await manager.query(
      `INSERT INTO export_batch (id, number, channel, status, created_by, line_count, total_cents, document, etag, acknowledged_at, created_at)
       VALUES ($1, $2, 'payroll', 'acknowledged', 'client:payroll-demo', $3, $4, $5, $6, $7, $8)`,
      [
        id,
        doc.number,
        doc.lineCount,
        doc.totalCents,
        document,
        `"${createHash('sha256').update(document).digest('base64url')}"`,
        new Date(createdAt.getTime() + 3 * 86_400_000),
        createdAt,
      ],
    );
    await manager.query(
      `UPDATE fee_claim_line l SET status = 'paid', batch_id = $1, payee_name = e.first_name || ' ' || e.last_name, payee_pic_enc = e.personal_id_enc,
              payee_iban_enc = e.iban_enc, external_id = 'PALKKA-' || left(l.id::text, 8), payment_date = $2
         FROM fee_claim c JOIN expert e ON e.id = c.expert_id
        WHERE l.claim_id = c.id AND l.id = ANY($3::uuid[])`,
      [id, addDays(today, -14), paidLines.map((l) => l.lineId)],
    );
  }
  await manager.query(`SELECT setval('fee_claim_number_seq', $1)`, [Math.max(1, seq)]);
}

import { EntityManager } from 'typeorm';
import { addDays, helsinkiDate, helsinkiInstant } from '../../common/business-days';
import {
  answerDueAt,
  expandWeeklySeries,
  OccurrenceStatus,
  OrderMode,
  orderNumber,
  OrderStatus,
  WeeklySeries,
} from '../../orders/orders.rules';

interface DemoOrder {
  unit: string;
  product: string;
  title: string;
  description: string;
  municipality: string;
  place: string;
  areas: Array<[string, boolean]>;
  /** Days from today (negative = past) of the first time, and its hours. */
  day: number;
  hours: [number, number];
  status: OrderStatus;
  audience?: string;
  audienceSize?: number;
  language?: string;
  series?: Omit<WeeklySeries, 'firstDate'>;
  /** How many days ago the order was made (default: a week before the first time, at the latest yesterday). */
  madeDaysAgo?: number;
  cancelReason?: string;
}

const ORDERS: DemoOrder[] = [
  {
    unit: 'ward-3',
    product: 'chat_bench',
    title: 'Juttupenkki psykiatrian osastoilla',
    description:
      'Matalan kynnyksen juttutuokio potilaille ja läheisille osastojen päiväsalissa, kaksi kokemusasiantuntijaa kerrallaan.',
    municipality: 'jyvaskyla',
    place: 'Keskussairaala, psykiatrian talo',
    areas: [
      ['mental_health', true],
      ['relative_carer', false],
    ],
    day: 9,
    hours: [13, 15],
    status: OrderStatus.InMatching,
    audience: 'Osastojen potilaat ja läheiset',
    audienceSize: 40,
    series: {
      weekdays: [2],
      startTime: '13:00',
      endTime: '15:00',
      intervalWeeks: 1,
      weeks: 8,
      places: ['Osasto 1', 'Osasto 2', 'Osasto 3', 'Osasto 4'],
      skipHolidays: true,
    },
  },
  {
    unit: 'ward-3',
    product: 'talk',
    title: 'Kokemuspuheenvuoro osastotunnille: toipuminen psykoosista',
    description:
      'Hoitohenkilökunta toivoo kertomusta siitä, mikä auttoi toipumisessa ja mikä osastolla tuntui vaikealta.',
    municipality: 'jyvaskyla',
    place: 'Psykiatrian osasto 3, kokoushuone',
    areas: [['mental_health', true]],
    day: 6,
    hours: [14, 15],
    status: OrderStatus.Submitted,
    audience: 'Osaston hoitajat ja lääkärit',
    audienceSize: 18,
    madeDaysAgo: 0,
  },
  {
    unit: 'ward-3',
    product: 'talk',
    title: 'Toipumistarina suljetun osaston potilasryhmälle',
    description:
      'Osaston potilaat kuulevat, miten toipuminen lähti liikkeelle osastojakson jälkeen. Hoitaja on mukana koko ajan.',
    municipality: 'jyvaskyla',
    place: 'Psykiatrian osasto 2, päiväsali',
    areas: [['mental_health', true]],
    day: 4,
    hours: [10, 11],
    status: OrderStatus.Staffed,
    audience: 'Osaston potilaat',
    audienceSize: 8,
    madeDaysAgo: 12,
  },
  {
    unit: 'addiction',
    product: 'workshop',
    title: 'Päihdepalveluiden asiakaspolun yhteiskehittäminen',
    description:
      'Työpajassa kuvataan asiakaspolku ensikontaktista jatkohoitoon ja etsitään kohdat, joissa asiakkaat putoavat pois.',
    municipality: 'jyvaskyla',
    place: 'Päihdepalvelut, Vapaudenkatu',
    areas: [
      ['substance_use', true],
      ['homelessness', false],
    ],
    day: 4,
    hours: [9, 12],
    status: OrderStatus.Submitted,
    audienceSize: 14,
    madeDaysAgo: 6,
  },
  {
    unit: 'child-welfare',
    product: 'training',
    title: 'Koulutus sosiaalityöntekijöille: lapsen osallisuus asiakassuunnitelmassa',
    description:
      'Kokemusasiantuntija kertoo lastensuojelun asiakkuudesta nuoren näkökulmasta ja sparraa työntekijöitä.',
    municipality: 'jyvaskyla',
    place: 'Sosiaalitoimisto, Kilpisenkatu',
    areas: [['child_welfare_child', true]],
    day: 15,
    hours: [12, 15],
    status: OrderStatus.PartlyStaffed,
    audienceSize: 25,
  },
  {
    unit: 'onc-clinic',
    product: 'reception',
    title: 'Kokemusasiantuntijan vastaanotto syöpäpoliklinikalla',
    description:
      'Vastaanotto aulassa: vertaisen tuki hoitojen alkuvaiheessa oleville potilaille ja heidän läheisilleen.',
    municipality: 'jyvaskyla',
    place: 'Syöpätautien poliklinikka, aula',
    areas: [
      ['cancer', true],
      ['relative_carer', false],
    ],
    day: 3,
    hours: [10, 13],
    status: OrderStatus.Staffed,
    series: {
      weekdays: [4],
      startTime: '10:00',
      endTime: '13:00',
      intervalWeeks: 2,
      weeks: 12,
      places: [],
      skipHolidays: true,
    },
  },
  {
    unit: 'hc-saarijarvi',
    product: 'day_in_life',
    title: 'Päivä elämässä: terveysaseman asiointi diabeetikon silmin',
    description:
      'Kokemusasiantuntija kulkee asiakkaan polun ajanvarauksesta laboratorioon ja vastaanotolle ja raportoi havainnot.',
    municipality: 'saarijarvi',
    place: 'Saarijärven terveysasema',
    areas: [['diabetes', true]],
    day: -12,
    hours: [8, 15],
    status: OrderStatus.Delivered,
  },
  {
    unit: 'hc-laukaa',
    product: 'communications',
    title: 'Kutsukirjeiden selkokielisyyden arviointi',
    description:
      'Arvioidaan neljä kutsukirjettä ja tekstiviestimallit: ymmärtääkö asiakas, mitä häneltä odotetaan?',
    municipality: 'laukaa',
    place: 'Etätyö',
    areas: [['chronic_illness', false]],
    day: -30,
    hours: [9, 11],
    status: OrderStatus.Closed,
  },
  {
    unit: 'school',
    product: 'talk',
    title: 'Nuoren tarina: peliriippuvuus ja koulunkäynti',
    description: 'Yhdeksäsluokkalaisten teemapäivään puheenvuoro rahapelaamisesta ja siitä, mistä saa apua.',
    municipality: 'jyvaskyla',
    place: 'Kuokkalan koulu, auditorio',
    areas: [
      ['gambling', true],
      ['youth', false],
    ],
    day: 1,
    hours: [10, 11],
    status: OrderStatus.Cancelled,
    audience: '9.-luokkalaiset',
    audienceSize: 120,
    cancelReason: 'Teemapäivä siirtyy kevääseen koulun sisäilmaremontin vuoksi.',
  },
  {
    unit: 'mh-keuruu',
    product: 'group_facilitation',
    title: 'Toipujaryhmän ohjaus työparina',
    description: 'Kokemusasiantuntija ohjaa toipujaryhmää yhdessä sairaanhoitajan kanssa kahdeksan kertaa.',
    municipality: 'keuruu',
    place: 'Mielenterveyskeskus, ryhmähuone',
    areas: [['mental_health', true]],
    day: 10,
    hours: [13, 14],
    status: OrderStatus.Draft,
    series: {
      weekdays: [3],
      startTime: '13:00',
      endTime: '14:30',
      intervalWeeks: 1,
      weeks: 8,
      places: [],
      skipHolidays: true,
    },
  },
  {
    unit: 'family-clinic',
    product: 'body_membership',
    title: 'Perhekeskuksen ohjausryhmän jäsenyys',
    description: 'Kokemusasiantuntija ohjausryhmän jäseneksi kevätkaudeksi, kokoukset kerran kuussa.',
    municipality: 'jamsa',
    place: 'Jämsän perhekeskus',
    areas: [['child_welfare_parent', true]],
    day: 20,
    hours: [14, 16],
    status: OrderStatus.Submitted,
    madeDaysAgo: 1,
    language: 'fi',
  },
  {
    unit: 'adult-social',
    product: 'outreach',
    title: 'Jalkautuva työ asunnottomien päiväkeskuksessa',
    description: 'Kokemusasiantuntija tavoittaa asiakkaita päiväkeskuksessa yhdessä sosiaaliohjaajan kanssa.',
    municipality: 'aanekoski',
    place: 'Päiväkeskus, Äänekoski',
    areas: [
      ['homelessness', true],
      ['substance_use', false],
    ],
    day: 5,
    hours: [10, 14],
    status: OrderStatus.InMatching,
  },
  {
    unit: 'home-care-muurame',
    product: 'training',
    title: 'Omaishoitajan kokemus kotihoidon henkilöstölle',
    description: 'Puheenvuoro ja keskustelu siitä, miten omaishoitaja kohdataan kotikäynnillä.',
    municipality: 'muurame',
    place: 'Muuramen kotihoito, henkilökunnan tila',
    areas: [['relative_carer', true]],
    day: -5,
    hours: [13, 15],
    status: OrderStatus.Delivered,
  },
];

/** A dozen orders in every state, on real units and places, dated around the day of seeding. */
export async function seedDemoOrders(
  manager: EntityManager,
  units: Map<string, { id: string; costCentre: string }>,
  users: { orderer: string; coordinator: string; ordererName: string; ordererEmail: string },
  now = new Date(),
): Promise<void> {
  const today = helsinkiDate(now);
  for (const o of ORDERS) {
    const firstDate = addDays(today, o.day);
    const occurrences = o.series
      ? (() => {
          const r = expandWeeklySeries({ ...o.series, firstDate });
          if (!r.ok) throw new Error(`Demo series ${o.title}: ${r.problem}`);
          return r.occurrences;
        })()
      : [
          {
            startsAt: helsinkiInstant(firstDate, o.hours[0]),
            endsAt: helsinkiInstant(firstDate, o.hours[1]),
            place: null,
          },
        ];
    const ago = o.madeDaysAgo ?? Math.max(1, 7 - o.day);
    const createdAt =
      ago === 0 ? new Date(now.getTime() - 2 * 3_600_000) : helsinkiInstant(addDays(today, -ago), 9, 30);
    const submitted = o.status !== OrderStatus.Draft;
    const submittedAt = submitted ? new Date(createdAt.getTime() + 20 * 60_000) : null;
    const due = submittedAt ? answerDueAt(submittedAt, 2) : null;
    const answered =
      ![OrderStatus.Draft, OrderStatus.Submitted].includes(o.status) && !(o.status === OrderStatus.Cancelled);
    const answeredAt = answered && submittedAt ? new Date(submittedAt.getTime() + 26 * 3_600_000) : null;
    const cancelledAt = o.status === OrderStatus.Cancelled ? new Date(now.getTime() - 3 * 3_600_000) : null;
    const last = occurrences[occurrences.length - 1];
    const past = (d: Date) => d.getTime() < now.getTime();
    const unit = units.get(o.unit)!;
    const [{ seq }] = await manager.query<Array<{ seq: string }>>(
      `SELECT nextval('order_number_seq') AS seq`,
    );
    const openStatuses = [OrderStatus.Submitted, OrderStatus.InMatching, OrderStatus.PartlyStaffed];
    const [{ id }] = await manager.query<Array<{ id: string }>>(
      `INSERT INTO task_order (number, status, unit_id, cost_centre, contact_user_id, contact_name, contact_email, product_code,
         title, description, audience, audience_size, mode, place, municipality_code, language_code, expert_count, series,
         starts_at, ends_at, occurrence_count, submitted_at, answer_due_at, answered_at, inbox_due_at, cancelled_at, cancel_reason,
         late_cancellation, delivered_at, closed_at, created_by, created_at, updated_at)
       SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, p.default_expert_count, $17,
         $18, $19, $20, $21, $22, $23, $24, $25, $26, $27, $28, $29, $5, $30, $30
         FROM product p WHERE p.code = $8 RETURNING id`,
      [
        orderNumber(Number(helsinkiDate(createdAt).slice(0, 4)), Number(seq)),
        o.status,
        unit.id,
        unit.costCentre,
        o.unit === 'ward-3' ? users.orderer : users.coordinator,
        o.unit === 'ward-3' ? users.ordererName : 'Sanna Koskinen',
        o.unit === 'ward-3' ? users.ordererEmail : 'coordinator@kokemus.test',
        o.product,
        o.title,
        o.description,
        o.audience ?? null,
        o.audienceSize ?? null,
        o.place === 'Etätyö' ? OrderMode.Remote : OrderMode.InPerson,
        o.place === 'Etätyö' ? null : o.place,
        o.municipality,
        o.language ?? 'fi',
        o.series ? JSON.stringify({ ...o.series, firstDate }) : null,
        occurrences[0].startsAt,
        last.endsAt,
        occurrences.length,
        submittedAt,
        due,
        answeredAt,
        openStatuses.includes(o.status) ? (answeredAt ? occurrences[0].startsAt : due) : null,
        cancelledAt,
        o.cancelReason ?? null,
        o.status === OrderStatus.Cancelled,
        [OrderStatus.Delivered, OrderStatus.Closed].includes(o.status) ? last.endsAt : null,
        o.status === OrderStatus.Closed ? new Date(last.endsAt.getTime() + 5 * 86_400_000) : null,
        createdAt,
      ],
    );
    for (const [code, required] of o.areas) {
      await manager.query('INSERT INTO order_area (order_id, area_code, required) VALUES ($1, $2, $3)', [
        id,
        code,
        required,
      ]);
    }
    await manager.query(
      `INSERT INTO order_occurrence (order_id, starts_at, ends_at, place, status, cancelled_at, cancel_reason, late_cancellation)
       SELECT $1, s, e, p, st, ca, cr, lc FROM unnest($2::timestamptz[], $3::timestamptz[], $4::text[], $5::text[], $6::timestamptz[], $7::text[], $8::boolean[])
         AS t(s, e, p, st, ca, cr, lc)`,
      [
        id,
        occurrences.map((x) => x.startsAt),
        occurrences.map((x) => x.endsAt),
        occurrences.map((x) => x.place),
        occurrences.map((x) =>
          o.status === OrderStatus.Cancelled
            ? OccurrenceStatus.Cancelled
            : past(x.endsAt)
              ? OccurrenceStatus.Delivered
              : OccurrenceStatus.Planned,
        ),
        occurrences.map(() => cancelledAt),
        occurrences.map(() => o.cancelReason ?? null),
        occurrences.map(() => o.status === OrderStatus.Cancelled),
      ],
    );
    // the timeline the orderer follows
    const events: Array<[Date, string, string | null, string | null, string | null, string]> = [
      [createdAt, 'created', null, 'draft', null, o.unit === 'ward-3' ? users.orderer : users.coordinator],
    ];
    const actor = o.unit === 'ward-3' ? users.orderer : users.coordinator;
    if (submittedAt)
      events.push([
        submittedAt,
        'submitted',
        'draft',
        'submitted',
        JSON.stringify({ answerDueAt: due!.toISOString() }),
        actor,
      ]);
    if (answeredAt)
      events.push([answeredAt, 'matching_started', 'submitted', 'in_matching', null, users.coordinator]);
    const staffed = [
      OrderStatus.PartlyStaffed,
      OrderStatus.Staffed,
      OrderStatus.Delivered,
      OrderStatus.Closed,
    ];
    if (answeredAt && staffed.includes(o.status)) {
      const to = o.status === OrderStatus.PartlyStaffed ? 'partly_staffed' : 'staffed';
      events.push([
        new Date(answeredAt.getTime() + 50 * 3_600_000),
        'staffing_changed',
        'in_matching',
        to,
        null,
        users.coordinator,
      ]);
    }
    if ([OrderStatus.Delivered, OrderStatus.Closed].includes(o.status)) {
      events.push([last.endsAt, 'delivered', 'staffed', 'delivered', null, actor]);
    }
    if (o.status === OrderStatus.Closed) {
      events.push([
        new Date(last.endsAt.getTime() + 5 * 86_400_000),
        'closed',
        'delivered',
        'closed',
        null,
        users.coordinator,
      ]);
    }
    if (cancelledAt) {
      events.push([
        cancelledAt,
        'cancelled',
        'submitted',
        'cancelled',
        JSON.stringify({ reason: o.cancelReason, lateCancellation: true }),
        actor,
      ]);
    }
    for (const [at, type, from, to, detail, who] of events) {
      await manager.query(
        `INSERT INTO order_event (order_id, at, actor_user_id, type, from_status, to_status, detail) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
        [id, at, who, type, from, to, detail],
      );
    }
    if (o.status === OrderStatus.Submitted && o.unit === 'ward-3') {
      await manager.query(
        `INSERT INTO order_message (order_id, author_user_id, body, created_at) VALUES ($1, $2, $3, $4)`,
        [
          id,
          users.orderer,
          'Osastolla on induktiosilmukka, ja tilaan pääsee hissillä. Toivomme puhujaa, joka on itse ollut osastohoidossa.',
          new Date((submittedAt ?? createdAt).getTime() + 10 * 60_000),
        ],
      );
    }
  }
}

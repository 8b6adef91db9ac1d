import type { EntityManager } from 'typeorm';
import { addBusinessDays, addDays, helsinkiDate, helsinkiInstant } from '../../common/business-days';
import { remindAt } from '../../notifications/reminders.rules';
import { contentHash } from '../../onboarding/agreements.service';
import { STEP_REMINDER, stepTitle } from '../../onboarding/application-steps';
import {
  AgreementDocumentEntity,
  AgreementVersionEntity,
  type LocalizedText,
} from '../../onboarding/entities/agreement.entities';
import {
  CourseAttendanceEntity,
  CourseEnrolmentEntity,
  CourseEntity,
  CourseSessionEntity,
  EnrolmentStatus,
} from '../../onboarding/entities/course.entities';
import {
  ApplicationActor,
  ApplicationEntity,
  ApplicationCertificateEntity,
  ApplicationEventEntity,
  RecruitmentRoundEntity,
} from '../../onboarding/entities/onboarding.entities';
import {
  ApplicationMove,
  ApplicationStep,
  CourseKind,
  isOpen,
  StepOwner,
  ownerOfStep,
  stepBusinessDays,
} from '../../onboarding/onboarding.rules';
import { PRIVACY_NOTICE_VERSION } from '../../onboarding/recruitment.service';

type Path = Array<[ApplicationMove, ApplicationStep]>;

/** The moves that bring an application from `received` to each step, in order. */
const PATH: Record<string, Path> = {
  [ApplicationStep.Received]: [],
  [ApplicationStep.Screening]: [[ApplicationMove.StartScreening, ApplicationStep.Screening]],
  [ApplicationStep.Interview]: [
    [ApplicationMove.StartScreening, ApplicationStep.Screening],
    [ApplicationMove.InviteToInterview, ApplicationStep.Interview],
  ],
  [ApplicationStep.Training]: [
    [ApplicationMove.StartScreening, ApplicationStep.Screening],
    [ApplicationMove.InviteToInterview, ApplicationStep.Interview],
    [ApplicationMove.PassInterview, ApplicationStep.Training],
  ],
  [ApplicationStep.Orientation]: [
    [ApplicationMove.StartScreening, ApplicationStep.Screening],
    [ApplicationMove.InviteToInterview, ApplicationStep.Interview],
    [ApplicationMove.AcceptPriorTraining, ApplicationStep.Orientation],
  ],
  [ApplicationStep.Agreements]: [
    [ApplicationMove.StartScreening, ApplicationStep.Screening],
    [ApplicationMove.InviteToInterview, ApplicationStep.Interview],
    [ApplicationMove.PassInterview, ApplicationStep.Training],
    [ApplicationMove.CompleteTraining, ApplicationStep.Orientation],
    [ApplicationMove.CompleteOrientation, ApplicationStep.Agreements],
  ],
  [ApplicationStep.Rejected]: [
    [ApplicationMove.StartScreening, ApplicationStep.Screening],
    [ApplicationMove.Reject, ApplicationStep.Rejected],
  ],
  [ApplicationStep.Closed]: [
    [ApplicationMove.StartScreening, ApplicationStep.Screening],
    [ApplicationMove.InviteToInterview, ApplicationStep.Interview],
    [ApplicationMove.Close, ApplicationStep.Closed],
  ],
};

interface Applicant {
  first: string;
  last: string;
  born: string;
  home: string;
  locale: 'fi' | 'sv' | 'en';
  languages: string[];
  areas: Array<[string, boolean]>;
  tasks: string[];
  step: ApplicationStep;
  /** Days since the application was confirmed, and since it entered its present step. */
  confirmedDaysAgo: number;
  inStepDaysAgo: number;
  heardFrom: string;
  training?: { course: string; organiser: string; hours: number; year: number };
  guardian?: { name: string; email: string };
  reason?: string;
  interview?: { daysAhead: number; place: string };
  note?: string;
}

// Fourteen people on their way in: every step has someone, a few are past their step's due date
// (the board shows them first), a 16-year-old waits for her guardian's consent.
const APPLICANTS: Applicant[] = [
  {
    first: 'Sanna',
    last: 'Koivisto',
    born: '1984-03-12',
    home: 'jyvaskyla',
    locale: 'fi',
    languages: ['fi', 'en'],
    areas: [['mental_health', true]],
    tasks: ['talk', 'workshop'],
    step: ApplicationStep.Received,
    confirmedDaysAgo: 1,
    inStepDaysAgo: 1,
    heardFrom: 'Mielenterveysyhdistyksen kerhoilta',
  },
  {
    first: 'Jussi',
    last: 'Ahola',
    born: '1971-11-02',
    home: 'jamsa',
    locale: 'fi',
    languages: ['fi'],
    areas: [
      ['substance_use', true],
      ['debt', false],
    ],
    tasks: ['pair_work', 'outreach'],
    step: ApplicationStep.Received,
    confirmedDaysAgo: 9,
    inStepDaysAgo: 9,
    heardFrom: 'A-klinikan työntekijä',
  },
  {
    first: 'Ebba',
    last: 'Lindqvist',
    born: '1990-06-21',
    home: 'jyvaskyla',
    locale: 'sv',
    languages: ['sv', 'fi'],
    areas: [['relative_carer', true]],
    tasks: ['talk', 'body_membership'],
    step: ApplicationStep.Received,
    confirmedDaysAgo: 2,
    inStepDaysAgo: 2,
    heardFrom: 'Omaishoitajien förening',
  },
  {
    first: 'Venla',
    last: 'Hakala',
    born: '',
    home: 'laukaa',
    locale: 'fi',
    languages: ['fi'],
    areas: [['child_welfare_child', false]],
    tasks: ['talk', 'communications'],
    step: ApplicationStep.AwaitingGuardian,
    confirmedDaysAgo: 5,
    inStepDaysAgo: 5,
    heardFrom: 'Nuorisotalolta',
    guardian: { name: 'Kaisa Hakala', email: 'kaisa.hakala@example.fi' },
  },
  {
    first: 'Tapio',
    last: 'Rautiainen',
    born: '1965-01-30',
    home: 'keuruu',
    locale: 'fi',
    languages: ['fi'],
    areas: [
      ['chronic_illness', true],
      ['diabetes', true],
    ],
    tasks: ['talk', 'procurement'],
    step: ApplicationStep.Screening,
    confirmedDaysAgo: 6,
    inStepDaysAgo: 4,
    heardFrom: 'Diabetesyhdistys',
  },
  {
    first: 'Marjut',
    last: 'Pesonen',
    born: '1979-08-08',
    home: 'aanekoski',
    locale: 'fi',
    languages: ['fi', 'en'],
    areas: [
      ['eating_disorders', false],
      ['mental_health', true],
    ],
    tasks: ['workshop', 'chat_bench'],
    step: ApplicationStep.Screening,
    confirmedDaysAgo: 18,
    inStepDaysAgo: 14,
    heardFrom: 'Facebook',
    note: 'Soitin 2 kertaa, ei vastannut. Lähetän viestin.',
  },
  {
    first: 'Hamid',
    last: 'Rahimi',
    born: '1988-04-17',
    home: 'jyvaskyla',
    locale: 'en',
    languages: ['fa', 'en', 'fi'],
    areas: [['immigration', true]],
    tasks: ['outreach', 'reception'],
    step: ApplicationStep.Screening,
    confirmedDaysAgo: 3,
    inStepDaysAgo: 1,
    heardFrom: 'Monikulttuurikeskus',
  },
  {
    first: 'Leena',
    last: 'Kuusela',
    born: '1958-12-05',
    home: 'saarijarvi',
    locale: 'fi',
    languages: ['fi'],
    areas: [['cancer', true]],
    tasks: ['talk', 'day_in_life'],
    step: ApplicationStep.Interview,
    confirmedDaysAgo: 15,
    inStepDaysAgo: 6,
    heardFrom: 'Syöpäyhdistyksen vertaisryhmä',
    interview: { daysAhead: 3, place: 'Kokemustoiminnan toimisto, Keskussairaalantie 19, Jyväskylä' },
  },
  {
    first: 'Mikko',
    last: 'Tervo',
    born: '1993-02-14',
    home: 'muurame',
    locale: 'fi',
    languages: ['fi', 'en'],
    areas: [
      ['neurodivergence', true],
      ['youth', true],
    ],
    tasks: ['workshop', 'training'],
    step: ApplicationStep.Interview,
    confirmedDaysAgo: 12,
    inStepDaysAgo: 2,
    heardFrom: 'Työllisyyspalvelut',
    interview: { daysAhead: 8, place: 'Teams' },
  },
  {
    first: 'Riitta',
    last: 'Miettinen',
    born: '1969-07-01',
    home: 'viitasaari',
    locale: 'fi',
    languages: ['fi'],
    areas: [
      ['relative_carer', true],
      ['disability', true],
    ],
    tasks: ['talk', 'body_membership'],
    step: ApplicationStep.Training,
    confirmedDaysAgo: 60,
    inStepDaysAgo: 30,
    heardFrom: 'Kehitysvammaisten tukiliitto',
  },
  {
    first: 'Joonas',
    last: 'Hirvi',
    born: '1996-10-23',
    home: 'jyvaskyla',
    locale: 'fi',
    languages: ['fi', 'en'],
    areas: [
      ['substance_use', true],
      ['criminal_sanctions', false],
    ],
    tasks: ['pair_work', 'outreach'],
    step: ApplicationStep.Training,
    confirmedDaysAgo: 50,
    inStepDaysAgo: 24,
    heardFrom: 'Kriminaalihuollon tukisäätiö',
  },
  {
    first: 'Pirjo',
    last: 'Väisänen',
    born: '1962-05-19',
    home: 'hankasalmi',
    locale: 'fi',
    languages: ['fi'],
    areas: [['mental_health', true]],
    tasks: ['talk', 'chat_bench', 'reception'],
    step: ApplicationStep.Orientation,
    confirmedDaysAgo: 40,
    inStepDaysAgo: 6,
    heardFrom: 'Ystävä',
    training: {
      course: 'Kokemusasiantuntijakoulutus',
      organiser: 'Mielenterveyden keskusliitto',
      hours: 60,
      year: 2019,
    },
  },
  {
    first: 'Aleksi',
    last: 'Nurmi',
    born: '1985-09-09',
    home: 'laukaa',
    locale: 'fi',
    languages: ['fi', 'sv'],
    areas: [
      ['gambling', true],
      ['debt', true],
    ],
    tasks: ['talk', 'communications'],
    step: ApplicationStep.Agreements,
    confirmedDaysAgo: 95,
    inStepDaysAgo: 3,
    heardFrom: 'Peluuri',
  },
  {
    first: 'Kalle',
    last: 'Ylinen',
    born: '1975-03-03',
    home: 'joutsa',
    locale: 'fi',
    languages: ['fi'],
    areas: [['homelessness', true]],
    tasks: ['outreach'],
    step: ApplicationStep.Rejected,
    confirmedDaysAgo: 30,
    inStepDaysAgo: 20,
    heardFrom: 'Asumisneuvoja',
    reason:
      'Kokemuksesi on arvokas, mutta toipumisesi on vielä alussa. Tervetuloa hakemaan uudelleen vuoden päästä; vertaistukiryhmä kokoontuu tiistaisin.',
  },
  {
    first: 'Nelli',
    last: 'Aaltonen',
    born: '1999-12-12',
    home: 'petajavesi',
    locale: 'fi',
    languages: ['fi'],
    areas: [['youth', true]],
    tasks: ['workshop'],
    step: ApplicationStep.Closed,
    confirmedDaysAgo: 70,
    inStepDaysAgo: 10,
    heardFrom: 'Instagram',
    reason: 'Hakija ei vastannut haastattelukutsuun 28 päivään.',
  },
];

const ascii = (s: string) => s.toLowerCase().replace(/ä/g, 'a').replace(/ö/g, 'o').replace(/å/g, 'a');

/**
 * The demo county's recruitment: last spring's round (closed) and the round open now with a quota,
 * and applicants in every step of the pipeline with their timelines and the step reminders.
 */
export async function seedDemoOnboarding(
  manager: EntityManager,
  people: { coordinator: string; passwordHash: string },
  now: Date,
): Promise<{ applications: number }> {
  const today = helsinkiDate(now);
  const year = Number(today.slice(0, 4));
  const season = (d: string) => (Number(d.slice(5, 7)) <= 6 ? 'kevät' : 'syksy');
  const pastOpens = addDays(today, -220);
  const past = await manager.save(
    manager.create(RecruitmentRoundEntity, {
      name: `Haku ${season(pastOpens)} ${pastOpens.slice(0, 4)}`,
      opensOn: pastOpens,
      closesOn: addDays(pastOpens, 30),
      quota: 30,
      createdBy: people.coordinator,
    }),
  );
  const opens = addDays(today, -45);
  const current = await manager.save(
    manager.create(RecruitmentRoundEntity, {
      name: `Haku ${season(today)} ${year}`,
      opensOn: opens,
      closesOn: addDays(today, 40),
      quota: 40,
      createdBy: people.coordinator,
    }),
  );
  const at = (daysAgo: number, hour: number) => helsinkiInstant(addDays(today, -daysAgo), hour);
  for (const p of APPLICANTS) {
    const born = p.born || addDays(today, -(16 * 365 + 100));
    const confirmedAt = at(p.confirmedDaysAgo, 19);
    const enteredAt = at(p.inStepDaysAgo, 10);
    const days = stepBusinessDays(p.step);
    const dueOn = days === null ? null : addBusinessDays(helsinkiDate(enteredAt), days);
    const owned = p.step !== ApplicationStep.Received && p.step !== ApplicationStep.AwaitingGuardian;
    const interviewAt = p.interview ? helsinkiInstant(addDays(today, p.interview.daysAhead), 13) : null;
    const saved = await manager.save(
      manager.create(ApplicationEntity, {
        step: p.step,
        firstName: p.first,
        lastName: p.last,
        email: `${ascii(p.first)}.${ascii(p.last)}@example.fi`,
        phone: `040 ${String(1000000 + p.first.length * 7919 + p.last.length * 104729).slice(0, 7)}`,
        birthDate: born,
        locale: p.locale,
        municipalityCode: p.home,
        languages: p.languages,
        areas: p.areas.map(([code, visibleToOrderers]) => ({ code, visibleToOrderers })),
        taskTypes: p.tasks,
        priorTraining: p.training ? [p.training] : [],
        availability: 'Arkipäivisin klo 9–15, ei maanantaisin',
        heardFrom: p.heardFrom,
        message: null,
        privacyNoticeVersion: PRIVACY_NOTICE_VERSION,
        guardianName: p.guardian?.name ?? null,
        guardianEmail: p.guardian?.email ?? null,
        guardianPhone: null,
        guardianConsentedAt: null,
        roundId: p.confirmedDaysAgo > 45 ? past.id : current.id,
        ownerUserId: owned ? people.coordinator : null,
        stepEnteredAt: enteredAt,
        stepDueOn: dueOn,
        interviewAt,
        interviewPlace: p.interview?.place ?? null,
        outcomeReason: p.reason ?? null,
        expertId: null,
        confirmedAt,
      }),
    );
    if (p.step === ApplicationStep.Agreements) {
      // Orientation done: in the registry (in orientation) with an account and a pending invitation;
      // the demo lets one sign in as them with the demo password to accept the agreements.
      const [user] = await manager.query<Array<{ id: string }>>(
        `INSERT INTO user_account (email, display_name, password_hash, roles, locale)
         VALUES ($1, $2, $3, '{expert}', $4) RETURNING id`,
        [saved.email, `${p.first} ${p.last}`, people.passwordHash, p.locale],
      );
      const [expert] = await manager.query<Array<{ id: string }>>(
        `INSERT INTO expert (user_id, first_name, last_name, email, phone, birth_date, municipality_code, languages, kinds, task_types, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, '{trained_expert}', $9, 'orientation') RETURNING id`,
        [user.id, p.first, p.last, saved.email, saved.phone, born, p.home, p.languages, p.tasks],
      );
      for (const [code, visible] of p.areas)
        await manager.query(
          `INSERT INTO expert_experience_area (expert_id, area_code, visible_to_orderers) VALUES ($1, $2, $3)`,
          [expert.id, code, visible],
        );
      await manager.query(`INSERT INTO user_invitation (user_id, expires_at) VALUES ($1, $2)`, [
        user.id,
        new Date(enteredAt.getTime() + 7 * 86_400_000),
      ]);
      await manager.query(`UPDATE application SET expert_id = $2 WHERE id = $1`, [saved.id, expert.id]);
    }
    const event = (e: Partial<ApplicationEventEntity>) =>
      manager.insert(ApplicationEventEntity, {
        applicationId: saved.id,
        actorUserId: null,
        fromStep: null,
        toStep: null,
        reason: null,
        note: null,
        ...e,
      } as ApplicationEventEntity);
    const first =
      p.step === ApplicationStep.AwaitingGuardian
        ? ApplicationStep.AwaitingGuardian
        : ApplicationStep.Received;
    await event({ at: confirmedAt, kind: 'confirmed', actorKind: ApplicationActor.Applicant, toStep: first });
    const path = PATH[p.step] ?? [];
    let from: ApplicationStep = ApplicationStep.Received;
    for (const [i, [move, to]] of path.entries()) {
      // The earlier moves spread between the confirmation and the present step's start.
      const share = (i + 1) / path.length;
      const when =
        i === path.length - 1
          ? enteredAt
          : new Date(confirmedAt.getTime() + (enteredAt.getTime() - confirmedAt.getTime()) * share * 0.9);
      const closing = move === ApplicationMove.Reject || move === ApplicationMove.Close;
      const step = from;
      from = to;
      await event({
        at: when,
        kind: move,
        actorKind: move === ApplicationMove.Close ? ApplicationActor.System : ApplicationActor.Coordinator,
        actorUserId: move === ApplicationMove.Close ? null : people.coordinator,
        fromStep: step,
        toStep: to,
        reason: closing ? (p.reason ?? null) : null,
      });
    }
    if (p.training && isOpen(p.step)) {
      // the applicant added the certificate of the training listed the evening after confirming
      const addedAt = at(Math.max(p.confirmedDaysAgo - 1, 0), 20);
      const pdf = demoCertificatePdf(p.first, p.last, p.training);
      const certificate = await manager.save(
        manager.create(ApplicationCertificateEntity, {
          applicationId: saved.id,
          fileName: `Todistus ${p.training.course}.pdf`,
          contentType: 'application/pdf',
          data: pdf,
          sizeBytes: pdf.length,
        }),
      );
      await manager.update(ApplicationCertificateEntity, certificate.id, { createdAt: addedAt });
      await event({
        at: addedAt,
        kind: 'certificate_added',
        actorKind: ApplicationActor.Applicant,
        note: certificate.fileName,
      });
    }
    if (p.note)
      await event({
        at: at(Math.max(0, p.inStepDaysAgo - 2), 14),
        kind: 'note',
        actorKind: ApplicationActor.Coordinator,
        actorUserId: people.coordinator,
        note: p.note,
      });
    if (owned && dueOn && ownerOfStep(p.step) === StepOwner.Coordinator) {
      const dueAt = helsinkiInstant(dueOn, 16, 0);
      const title = stepTitle(p.step);
      const name = `${p.first} ${p.last}`;
      await manager.query(
        `INSERT INTO reminder (kind, subject_type, subject_id, owner_user_id, due_at, remind_at, params)
         VALUES ($1, 'application', $2, $3, $4, $5, $6)`,
        [
          STEP_REMINDER,
          saved.id,
          people.coordinator,
          dueAt,
          remindAt(dueAt, 1),
          JSON.stringify({
            title: {
              fi: `Hakemus ${name}: ${title.fi}`,
              sv: `Ansökan ${name}: ${title.sv}`,
              en: `Application ${name}: ${title.en}`,
            },
            link: `/onboarding/applications/${saved.id}`,
          }),
        ],
      );
    }
  }
  return { applications: APPLICANTS.length };
}

const DOCUMENTS: Array<{
  code: string;
  required: boolean;
  title: LocalizedText;
  body: LocalizedText;
}> = [
  {
    code: 'toimeksiantosopimus',
    required: true,
    title: { fi: 'Toimeksiantosopimus', sv: 'Uppdragsavtal', en: 'Assignment agreement' },
    body: {
      fi: 'Toimit kokemusasiantuntijana hyvinvointialueen tehtävissä, jotka otat itse vastaan. Voit aina kieltäytyä tehtävästä tai pitää taukoa, eikä se vaikuta tuleviin tehtäviin.\n\nSaat palkkion hyvinvointialueen palkkiotaulukon mukaan. Palkkio maksetaan palkanlaskennan kautta, ja siitä pidätetään ennakonpidätys verokorttisi mukaan. Matkakulut korvataan.\n\nJos tehtävä perutaan myöhään, saat palkkion palkkiosääntöjen mukaan. Kysy koordinaattorilta aina, jos jokin on epäselvää.',
      sv: 'Du arbetar som erfarenhetsexpert i välfärdsområdets uppdrag som du själv tar emot. Du kan alltid tacka nej eller ta paus, och det påverkar inte kommande uppdrag.\n\nDu får arvode enligt välfärdsområdets arvodestabell. Arvodet betalas via lönerräkningen och förskottsinnehållning görs enligt ditt skattekort. Resekostnader ersätts.\n\nOm ett uppdrag ställs in sent får du arvode enligt arvodesreglerna. Fråga alltid koordinatorn om något är oklart.',
      en: 'You work as an expert by experience in the tasks of the wellbeing services county that you accept yourself. You can always decline a task or take a break, and it does not affect future tasks.\n\nYou are paid a fee by the county’s fee schedule. The fee is paid through payroll, and tax is withheld according to your tax card. Travel costs are reimbursed.\n\nIf a task is cancelled late, you are paid by the fee rules. Always ask the coordinator if something is unclear.',
    },
  },
  {
    code: 'vaitiolositoumus',
    required: true,
    title: { fi: 'Vaitiolositoumus', sv: 'Tystnadsförbindelse', en: 'Confidentiality pledge' },
    body: {
      fi: 'Lupaan, etten kerro kenellekään, mitä kuulen tai näen tehtävissä asiakkaista, potilaista tai työntekijöistä. Lupaus on voimassa myös sen jälkeen, kun lopetan kokemusasiantuntijana.\n\nOmasta kokemuksestani saan kertoa niin paljon kuin itse haluan.',
      sv: 'Jag lovar att inte berätta för någon vad jag hör eller ser i uppdragen om klienter, patienter eller anställda. Löftet gäller också efter att jag har slutat som erfarenhetsexpert.\n\nOm min egen erfarenhet får jag berätta så mycket jag själv vill.',
      en: 'I promise not to tell anyone what I hear or see in the tasks about clients, patients or staff. The promise also holds after I stop working as an expert by experience.\n\nI may tell as much of my own experience as I want to.',
    },
  },
  {
    code: 'eettiset-periaatteet',
    required: true,
    title: { fi: 'Eettiset periaatteet', sv: 'Etiska principer', en: 'Ethical principles' },
    body: {
      fi: 'Kohtaan ihmiset arvostaen. Kerron kokemuksestani rehellisesti ja omasta näkökulmastani. En anna hoito-ohjeita enkä arvostele yksittäisiä työntekijöitä.\n\nPidän huolta omasta jaksamisestani. Jos tehtävä tuntuu raskaalta, voin puhua siitä koordinaattorin kanssa.',
      sv: 'Jag bemöter människor med respekt. Jag berättar om min erfarenhet ärligt och ur min egen synvinkel. Jag ger inga vårdråd och kritiserar inte enskilda anställda.\n\nJag tar hand om mitt eget välmående. Om ett uppdrag känns tungt kan jag tala om det med koordinatorn.',
      en: 'I meet people with respect. I tell of my experience honestly and from my own point of view. I do not give medical advice or criticise individual staff.\n\nI look after my own wellbeing. If a task feels heavy, I can talk about it with the coordinator.',
    },
  },
  {
    code: 'tietosuojaseloste',
    required: false,
    title: { fi: 'Tietosuojaseloste', sv: 'Dataskyddsbeskrivning', en: 'Privacy notice' },
    body: {
      fi: 'Hyvinvointialue käsittelee tietojasi kokemusasiantuntijatoiminnan järjestämiseksi ja palkkioiden maksamiseksi. Kokemusalueesi ovat arkaluonteisia tietoja: niitä näkevät vain koordinaattorit, ja jokainen katselu kirjataan.\n\nVoit pyytää tietosi nähtäväksesi tai poistettavaksi. Kirjanpitolaki velvoittaa säilyttämään palkkiotiedot kymmenen vuotta.',
      sv: 'Välfärdsområdet behandlar dina uppgifter för att ordna verksamheten med erfarenhetsexperter och betala arvoden. Dina erfarenhetsområden är känsliga uppgifter: bara koordinatorerna ser dem, och varje visning registreras.\n\nDu kan be att få se dina uppgifter eller få dem raderade. Bokföringslagen kräver att arvodesuppgifter sparas i tio år.',
      en: 'The county processes your data to organise the work of experts by experience and to pay fees. Your experience areas are special-category data: only coordinators see them, and every view is logged.\n\nYou can ask to see your data or to have it erased. The Accounting Act requires fee records to be kept for ten years.',
    },
  },
  {
    code: 'vakuutusehdot',
    required: false,
    title: { fi: 'Vakuutukset', sv: 'Försäkringar', en: 'Insurance' },
    body: {
      fi: 'Hyvinvointialueen vapaaehtoistyön tapaturmavakuutus kattaa tehtävät ja matkat niihin. Ilmoita tapaturmasta koordinaattorille saman päivän aikana.',
      sv: 'Välfärdsområdets olycksfallsförsäkring för frivilligarbete täcker uppdragen och resorna till dem. Anmäl en olycka till koordinatorn samma dag.',
      en: 'The county’s accident insurance for volunteer work covers the tasks and the journeys to them. Tell the coordinator of an accident the same day.',
    },
  },
];

/**
 * The agreement documents in three languages, every active expert's acceptance of the required ones —
 * the demo expert's made in the app, the others carried over from their signed paper agreements — and a
 * corrected confidentiality pledge (version 2, no new acceptance needed).
 */
export async function seedDemoAgreements(
  manager: EntityManager,
  people: { admin: string },
  now: Date,
): Promise<void> {
  const publishedAt = helsinkiInstant(addDays(helsinkiDate(now), -400), 9);
  for (const [position, d] of DOCUMENTS.entries()) {
    const doc = await manager.save(
      manager.create(AgreementDocumentEntity, { code: d.code, required: d.required, position: position + 1 }),
    );
    const versions = [
      { number: 1, title: d.title, body: d.body, at: publishedAt, note: null as string | null },
    ];
    if (d.code === 'vaitiolositoumus')
      versions.push({
        number: 2,
        title: d.title,
        body: { ...d.body, fi: d.body.fi.replace('Lupaus on voimassa', 'Lupaus pysyy voimassa') },
        at: helsinkiInstant(addDays(helsinkiDate(now), -60), 9),
        note: 'Sanamuotoa selkeytetty',
      });
    let first = '';
    for (const v of versions) {
      const saved = await manager.save(
        manager.create(AgreementVersionEntity, {
          documentId: doc.id,
          number: v.number,
          title: v.title,
          body: v.body,
          requiresReacceptance: false,
          changeNote: v.note,
          contentHash: contentHash(v.title, v.body),
          publishedBy: people.admin,
          publishedAt: v.at,
        }),
      );
      if (v.number === 1) first = saved.id;
    }
    if (!d.required) continue;
    await manager.query(
      `INSERT INTO agreement_acceptance
         (document_id, version_id, version_number, expert_id, user_id, locale, content_hash, address, accepted_at)
       SELECT $1, $2, 1, e.id, e.user_id, 'fi', v.content_hash, CASE WHEN e.user_id IS NULL THEN NULL ELSE '10.20.4.17' END,
              $3::timestamptz + interval '14 days'
         FROM expert e JOIN agreement_version v ON v.id = $2
        WHERE e.status = 'active'`,
      [doc.id, first, publishedAt],
    );
  }
}

/**
 * A basic course in progress (three of six sessions held, attendance kept) with the two applicants at the
 * training step and three experts, a further course next month, and last spring's course completed.
 */
export async function seedDemoCourses(
  manager: EntityManager,
  people: { coordinator: string },
  now: Date,
): Promise<void> {
  const today = helsinkiDate(now);
  const course = async (c: {
    name: string;
    organiser: string;
    kind: CourseKind;
    firstDay: number;
    sessions: number;
    everyDays: number;
    hours: number;
    capacity: number;
    place: string;
  }) => {
    const days = Array.from({ length: c.sessions }, (_, i) => addDays(today, c.firstDay + i * c.everyDays));
    const saved = await manager.save(
      manager.create(CourseEntity, {
        name: c.name,
        organiser: c.organiser,
        kind: c.kind,
        startsOn: days[0],
        endsOn: days[days.length - 1],
        hours: c.hours,
        capacity: c.capacity,
        place: c.place,
        createdBy: people.coordinator,
      }),
    );
    const sessions: Array<{ id: string; past: boolean }> = [];
    for (const [i, d] of days.entries()) {
      const s = await manager.save(
        manager.create(CourseSessionEntity, {
          courseId: saved.id,
          startsAt: helsinkiInstant(d, 9),
          endsAt: helsinkiInstant(d, 15),
          topic: SESSION_TOPICS[i % SESSION_TOPICS.length],
        }),
      );
      sessions.push({ id: s.id, past: d < today });
    }
    return { id: saved.id, sessions };
  };
  const enrol = async (
    courseId: string,
    who: { expertId?: string; applicationId?: string },
    completedOn?: string,
  ) => {
    const e = await manager.save(
      manager.create(CourseEnrolmentEntity, {
        courseId,
        expertId: who.expertId ?? null,
        applicationId: who.applicationId ?? null,
        status: completedOn ? EnrolmentStatus.Completed : EnrolmentStatus.Enrolled,
        completedOn: completedOn ?? null,
      }),
    );
    return e.id;
  };
  const attend = (enrolmentId: string, sessionId: string, present: boolean) =>
    manager.insert(CourseAttendanceEntity, {
      enrolmentId,
      sessionId,
      present,
      recordedBy: people.coordinator,
    });

  const basic = await course({
    name: `Kokemusasiantuntijan peruskoulutus, ${Number(today.slice(5, 7)) <= 6 ? 'kevät' : 'syksy'} ${today.slice(0, 4)}`,
    organiser: 'Järvi-Suomen hyvinvointialue ja Jyväskylän ammattikorkeakoulu',
    kind: CourseKind.Basic,
    firstDay: -15,
    sessions: 6,
    everyDays: 7,
    hours: 60,
    capacity: 16,
    place: 'Kokemustoiminnan tila, Keskussairaalantie 19, Jyväskylä',
  });
  const trainees = await manager.query<Array<{ id: string }>>(
    `SELECT id FROM application WHERE step = 'training' ORDER BY last_name`,
  );
  const experts = await manager.query<Array<{ id: string }>>(
    `SELECT id FROM expert WHERE status = 'active' AND tier_code = 'basic' ORDER BY last_name, first_name LIMIT 3`,
  );
  const enrolled = [...(await Promise.all(trainees.map((a) => enrol(basic.id, { applicationId: a.id }))))];
  for (const x of experts) enrolled.push(await enrol(basic.id, { expertId: x.id }));
  for (const [i, e] of enrolled.entries())
    for (const [k, s] of basic.sessions.entries()) if (s.past) await attend(e, s.id, !(i === 1 && k === 1));

  await course({
    name: 'Vertaisena vaativissa tilanteissa – jatkokoulutus',
    organiser: 'Kokemustoimintaverkosto',
    kind: CourseKind.Further,
    firstDay: 30,
    sessions: 3,
    everyDays: 14,
    hours: 18,
    capacity: 12,
    place: 'Teams',
  });
  const spring = await course({
    name: 'Yhteiskehittäminen ammattilaisten kanssa',
    organiser: 'Järvi-Suomen hyvinvointialue',
    kind: CourseKind.CoTraining,
    firstDay: -200,
    sessions: 2,
    everyDays: 7,
    hours: 12,
    capacity: 20,
    place: 'Hippos, Jyväskylä',
  });
  const done = await manager.query<Array<{ id: string }>>(
    `SELECT e.id FROM expert e
      WHERE e.status = 'active' AND e.tier_code = 'trained'
        AND (SELECT coalesce(sum(r.hours), 0) FROM training_record r WHERE r.expert_id = e.id) <= 100
      ORDER BY e.first_name, e.last_name LIMIT 4`,
  );
  for (const x of done) {
    const e = await enrol(spring.id, { expertId: x.id }, addDays(today, -193));
    for (const s of spring.sessions) await attend(e, s.id, true);
    await manager.query(
      `INSERT INTO training_record (expert_id, course, provider, hours, completed_on) VALUES ($1, $2, $3, 12, $4)`,
      [
        x.id,
        'Yhteiskehittäminen ammattilaisten kanssa',
        'Järvi-Suomen hyvinvointialue',
        addDays(today, -193),
      ],
    );
  }
}

const SESSION_TOPICS = [
  'Oma tarina ja sen rajat',
  'Kokemustieto palvelujen kehittämisessä',
  'Vaitiolo, etiikka ja turvallisuus',
  'Puheenvuoron valmistelu',
  'Palkkiot, verokortti ja kieltäytyminen',
  'Harjoituspuheenvuorot ja palaute',
];

/** A one-page PDF the demo applicant "scanned": the course, organiser, hours and year (plain ASCII text). */
export function demoCertificatePdf(
  first: string,
  last: string,
  t: { course: string; organiser: string; hours: number; year: number },
): Buffer {
  const line = (text: string) =>
    text
      .normalize('NFD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/[()\\]/g, '');
  const lines = [
    'TODISTUS',
    `${line(first)} ${line(last)}`,
    `on suorittanut koulutuksen ${line(t.course)} (${t.hours} h) vuonna ${t.year}.`,
    line(t.organiser),
  ];
  const text = lines
    .map((l, i) => `BT /F1 ${i === 0 ? 20 : 12} Tf 72 ${720 - i * 28} Td (${l}) Tj ET`)
    .join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${Buffer.byteLength(text)} >>\nstream\n${text}\nendstream`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(body));
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body);
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

// The product catalogue seeded by a migration (seeds 000, 002, 003). Admins edit it in the app
// afterwards; change the seeded rows through a new migration, not here.
import { FeeBasis } from '../orders.rules';

export interface ProductSeed {
  code: string;
  taskType: string;
  label: { fi: string; sv: string; en: string };
  description: { fi: string; sv: string; en: string };
  minutes: number;
  experts: number;
  pair: boolean;
  recurring: boolean;
  preparation: number;
  feeBasis: FeeBasis;
}

export const PRODUCTS: ProductSeed[] = [
  {
    code: 'talk',
    taskType: 'talk',
    label: { fi: 'Kokemuspuheenvuoro', sv: 'Erfarenhetsanförande', en: 'Experience talk' },
    description: {
      fi: 'Kokemusasiantuntija kertoo oman tarinansa koulutuksessa, tilaisuudessa tai tiimin kokouksessa ja vastaa kysymyksiin.',
      sv: 'En erfarenhetsexpert berättar sin egen historia vid en utbildning, ett evenemang eller ett teammöte och svarar på frågor.',
      en: 'An expert by experience tells their own story at a training, an event or a team meeting and answers questions.',
    },
    minutes: 60,
    experts: 1,
    pair: false,
    recurring: false,
    preparation: 120,
    feeBasis: FeeBasis.PerTask,
  },
  {
    code: 'workshop',
    taskType: 'workshop',
    label: {
      fi: 'Yhteiskehittämisen työpaja',
      sv: 'Workshop för samutveckling',
      en: 'Co-development workshop',
    },
    description: {
      fi: 'Ammattilaiset ja kokemusasiantuntijat kehittävät palvelua yhdessä ohjatussa työpajassa.',
      sv: 'Yrkespersoner och erfarenhetsexperter utvecklar en tjänst tillsammans i en ledd workshop.',
      en: 'Professionals and experts by experience develop a service together in a facilitated workshop.',
    },
    minutes: 180,
    experts: 2,
    pair: false,
    recurring: false,
    preparation: 120,
    feeBasis: FeeBasis.Hourly,
  },
  {
    code: 'pair_work',
    taskType: 'pair_work',
    label: { fi: 'Työparityö', sv: 'Arbete i par med en yrkesperson', en: 'Pair work with a professional' },
    description: {
      fi: 'Kokemusasiantuntija työskentelee ammattilaisen työparina asiakastyössä, esimerkiksi ryhmässä tai vastaanotolla.',
      sv: 'En erfarenhetsexpert arbetar i par med en yrkesperson i klientarbetet, till exempel i en grupp eller på en mottagning.',
      en: 'An expert by experience works as a professional’s pair with clients, for example in a group or at a reception.',
    },
    minutes: 120,
    experts: 1,
    pair: false,
    recurring: true,
    preparation: 30,
    feeBasis: FeeBasis.Hourly,
  },
  {
    code: 'chat_bench',
    taskType: 'chat_bench',
    label: { fi: 'Juttupenkki', sv: 'Pratbänken', en: 'Chat bench (Juttupenkki)' },
    description: {
      fi: 'Matalan kynnyksen juttutuokio osastolla tai aulassa. Aina kahden kokemusasiantuntijan pari, yleensä toistuvasti, esimerkiksi joka viikko.',
      sv: 'En lågtröskelträff på en avdelning eller i en lobby. Alltid ett par erfarenhetsexperter, oftast återkommande, till exempel varje vecka.',
      en: 'A low-threshold chat on a ward or in a lobby. Always a pair of experts by experience, usually recurring, e.g. every week.',
    },
    minutes: 120,
    experts: 2,
    pair: true,
    recurring: true,
    preparation: 15,
    feeBasis: FeeBasis.Hourly,
  },
  {
    code: 'day_in_life',
    taskType: 'day_in_life',
    label: { fi: 'Päivä elämässä', sv: 'En dag i livet', en: 'A day in the life' },
    description: {
      fi: 'Kokemusasiantuntija havainnoi palvelua asiakkaan silmin päivän ajan ja antaa palautteen ja kehitysehdotukset.',
      sv: 'En erfarenhetsexpert observerar tjänsten med klientens ögon under en dag och ger respons och utvecklingsförslag.',
      en: 'An expert by experience observes a service through a client’s eyes for a day and gives feedback and proposals.',
    },
    minutes: 420,
    experts: 1,
    pair: false,
    recurring: false,
    preparation: 60,
    feeBasis: FeeBasis.PerTask,
  },
  {
    code: 'reception',
    taskType: 'reception',
    label: {
      fi: 'Kokemusasiantuntijavastaanotto',
      sv: 'Mottagning med erfarenhetsexpert',
      en: 'Reception hours',
    },
    description: {
      fi: 'Asiakkaat voivat tavata kokemusasiantuntijan vastaanotolla paikan päällä tai etänä.',
      sv: 'Klienter kan träffa en erfarenhetsexpert på en mottagning på plats eller på distans.',
      en: 'Clients can meet an expert by experience at reception hours, on site or remotely.',
    },
    minutes: 180,
    experts: 1,
    pair: false,
    recurring: true,
    preparation: 15,
    feeBasis: FeeBasis.Hourly,
  },
  {
    code: 'group_facilitation',
    taskType: 'group_facilitation',
    label: { fi: 'Ryhmänohjaus', sv: 'Gruppledning', en: 'Group co-facilitation' },
    description: {
      fi: 'Kokemusasiantuntija ohjaa vertais- tai asiakasryhmää yhdessä ammattilaisen kanssa.',
      sv: 'En erfarenhetsexpert leder en kamrat- eller klientgrupp tillsammans med en yrkesperson.',
      en: 'An expert by experience co-facilitates a peer or client group with a professional.',
    },
    minutes: 90,
    experts: 1,
    pair: false,
    recurring: true,
    preparation: 30,
    feeBasis: FeeBasis.PerMeeting,
  },
  {
    code: 'training',
    taskType: 'training',
    label: { fi: 'Koulutus ja sparraus', sv: 'Utbildning och sparring', en: 'Training and sparring' },
    description: {
      fi: 'Kokemusasiantuntija kouluttaa tai sparraa ammattilaisia, esimerkiksi kohtaamisesta tai asiakkaan osallisuudesta.',
      sv: 'En erfarenhetsexpert utbildar eller sparrar yrkespersoner, till exempel om bemötande eller klientens delaktighet.',
      en: 'An expert by experience trains or spars professionals, for example on encountering clients or client participation.',
    },
    minutes: 120,
    experts: 1,
    pair: false,
    recurring: false,
    preparation: 180,
    feeBasis: FeeBasis.Hourly,
  },
  {
    code: 'procurement',
    taskType: 'procurement',
    label: { fi: 'Hankinta-arviointi', sv: 'Utvärdering i upphandling', en: 'Procurement evaluation' },
    description: {
      fi: 'Kokemusasiantuntija arvioi tarjouksia ja palvelukuvauksia kilpailutuksessa asiakkaan näkökulmasta.',
      sv: 'En erfarenhetsexpert bedömer anbud och tjänstebeskrivningar i en upphandling ur klientens synvinkel.',
      en: 'An expert by experience evaluates tenders and service descriptions in a procurement from the client’s point of view.',
    },
    minutes: 240,
    experts: 2,
    pair: false,
    recurring: false,
    preparation: 240,
    feeBasis: FeeBasis.Hourly,
  },
  {
    code: 'body_membership',
    taskType: 'body_membership',
    label: { fi: 'Toimielinjäsenyys', sv: 'Medlemskap i ett organ', en: 'Membership of a body' },
    description: {
      fi: 'Kokemusasiantuntija on jäsenenä neuvostossa, ohjausryhmässä tai johtoryhmässä; palkkio maksetaan kokouksittain.',
      sv: 'En erfarenhetsexpert är medlem i ett råd, en styrgrupp eller en ledningsgrupp; arvodet betalas per möte.',
      en: 'An expert by experience sits on a council, a steering group or a management team; the fee is paid per meeting.',
    },
    minutes: 120,
    experts: 1,
    pair: false,
    recurring: true,
    preparation: 60,
    feeBasis: FeeBasis.PerMeeting,
  },
  {
    code: 'communications',
    taskType: 'communications',
    label: {
      fi: 'Viestintä ja sisältöjen arviointi',
      sv: 'Kommunikation och granskning',
      en: 'Communications review',
    },
    description: {
      fi: 'Kokemusasiantuntija arvioi verkkosivuja, esitteitä tai kirjeitä: ymmärtääkö asiakas ne?',
      sv: 'En erfarenhetsexpert granskar webbsidor, broschyrer eller brev: förstår klienten dem?',
      en: 'An expert by experience reviews web pages, leaflets or letters: does a client understand them?',
    },
    minutes: 120,
    experts: 1,
    pair: false,
    recurring: false,
    preparation: 0,
    feeBasis: FeeBasis.PerTask,
  },
  {
    code: 'outreach',
    taskType: 'outreach',
    label: { fi: 'Jalkautuva työ', sv: 'Uppsökande arbete', en: 'Outreach work' },
    description: {
      fi: 'Kokemusasiantuntija lähtee ammattilaisen kanssa sinne, missä ihmiset ovat: kaduille, tapahtumiin, asukastiloihin.',
      sv: 'En erfarenhetsexpert går ut med en yrkesperson dit människorna finns: gator, evenemang, invånarlokaler.',
      en: 'An expert by experience goes with a professional to where people are: streets, events, community spaces.',
    },
    minutes: 240,
    experts: 1,
    pair: false,
    recurring: true,
    preparation: 30,
    feeBasis: FeeBasis.Hourly,
  },
];

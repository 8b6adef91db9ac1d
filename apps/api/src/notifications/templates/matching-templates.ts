import { NotificationCategory } from '../categories';
import { formatDateTime } from './order-templates';
import type { TemplateDef } from './templates';

const define = <P>(def: TemplateDef<P>) => def;

export interface TaskParams {
  number: string;
  title: string;
  link: string;
}

export interface MovedTaskParams extends TaskParams {
  /** The new start (ISO instant). */
  startsAt: string;
}

export interface OfferAnsweredParams extends TaskParams {
  expertName: string;
  /** accepted | declined | expired */
  answer: string;
}

const answerFi: Record<string, string> = {
  accepted: 'otti vastaan',
  declined: 'kieltäytyi',
  expired: 'ei vastannut ajoissa',
};
const answerSv: Record<string, string> = {
  accepted: 'tackade ja',
  declined: 'tackade nej till',
  expired: 'svarade inte i tid på',
};
const answerEn: Record<string, string> = {
  accepted: 'accepted',
  declined: 'declined',
  expired: 'did not answer in time',
};

export const MATCHING_TEMPLATES = {
  'offer.new': define<TaskParams>({
    category: NotificationCategory.Offers,
    render: {
      fi: (p) => ({
        subject: `Sinulle on tarjous: ${p.title}`,
        lines: [
          `Sinulle tarjotaan tehtävää ${p.title} (${p.number}).`,
          'Katso aika, paikka ja palkkio ja vastaa yhdellä napautuksella. Voit myös kieltäytyä — se ei vaikuta sinuun mitenkään.',
        ],
        action: { label: 'Katso tarjous', path: p.link },
      }),
      sv: (p) => ({
        subject: `Du har ett erbjudande: ${p.title}`,
        lines: [
          `Du erbjuds uppdraget ${p.title} (${p.number}).`,
          'Se tid, plats och arvode och svara med ett tryck. Du kan också tacka nej — det påverkar dig inte.',
        ],
        action: { label: 'Se erbjudandet', path: p.link },
      }),
      en: (p) => ({
        subject: `You have an offer: ${p.title}`,
        lines: [
          `You are offered the task ${p.title} (${p.number}).`,
          'See the time, place and fee, and answer with one tap. You can also decline — it never counts against you.',
        ],
        action: { label: 'See the offer', path: p.link },
      }),
    },
  }),
  'assignment.confirmed': define<TaskParams>({
    category: NotificationCategory.Offers,
    render: {
      fi: (p) => ({
        subject: `Vahvistettu: ${p.title}`,
        lines: [
          `Tehtäväsi ${p.title} (${p.number}) on vahvistettu.`,
          'Näet ajat omissa tehtävissäsi ja kalenterissasi.',
        ],
        action: { label: 'Omat tehtävät', path: p.link },
      }),
      sv: (p) => ({
        subject: `Bekräftat: ${p.title}`,
        lines: [
          `Ditt uppdrag ${p.title} (${p.number}) är bekräftat.`,
          'Du ser tiderna bland dina uppdrag och i din kalender.',
        ],
        action: { label: 'Mina uppdrag', path: p.link },
      }),
      en: (p) => ({
        subject: `Confirmed: ${p.title}`,
        lines: [
          `Your task ${p.title} (${p.number}) is confirmed.`,
          'You can see the times in your tasks and your calendar.',
        ],
        action: { label: 'My tasks', path: p.link },
      }),
    },
  }),
  'assignment.moved': define<MovedTaskParams>({
    category: NotificationCategory.Offers,
    render: {
      fi: (p) => ({
        subject: `Aika muuttui: ${p.title}`,
        lines: [
          `Tehtäväsi ${p.title} (${p.number}) uusi aika on ${formatDateTime(p.startsAt, 'fi')}.`,
          'Jos et pääse uutena aikana, peru tehtävä omista tehtävistäsi tai ota yhteyttä koordinaattoriin.',
        ],
        action: { label: 'Omat tehtävät', path: p.link },
      }),
      sv: (p) => ({
        subject: `Ny tid: ${p.title}`,
        lines: [
          `Ditt uppdrag ${p.title} (${p.number}) har en ny tid: ${formatDateTime(p.startsAt, 'sv')}.`,
          'Om du inte kan komma på den nya tiden, avboka uppdraget bland dina uppdrag eller kontakta koordinatorn.',
        ],
        action: { label: 'Mina uppdrag', path: p.link },
      }),
      en: (p) => ({
        subject: `New time: ${p.title}`,
        lines: [
          `Your task ${p.title} (${p.number}) now starts ${formatDateTime(p.startsAt, 'en')}.`,
          'If you cannot make the new time, cancel the task in your tasks or contact the coordinator.',
        ],
        action: { label: 'My tasks', path: p.link },
      }),
    },
  }),
  'assignment.cancelled': define<TaskParams>({
    category: NotificationCategory.Offers,
    render: {
      fi: (p) => ({
        subject: `Peruttu: ${p.title}`,
        lines: [
          `Tehtäväsi ${p.title} (${p.number}) on peruttu.`,
          'Jos peruminen tuli myöhään, sinulle voi kuulua peruutuspalkkio.',
        ],
        action: { label: 'Omat tehtävät', path: p.link },
      }),
      sv: (p) => ({
        subject: `Inställt: ${p.title}`,
        lines: [
          `Ditt uppdrag ${p.title} (${p.number}) är inställt.`,
          'Om det ställdes in sent kan du ha rätt till ett arvode för inställningen.',
        ],
        action: { label: 'Mina uppdrag', path: p.link },
      }),
      en: (p) => ({
        subject: `Cancelled: ${p.title}`,
        lines: [
          `Your task ${p.title} (${p.number}) has been cancelled.`,
          'If it was cancelled late, a cancellation fee may be paid to you.',
        ],
        action: { label: 'My tasks', path: p.link },
      }),
    },
  }),
  'offer.answered': define<OfferAnsweredParams>({
    category: NotificationCategory.Orders,
    render: {
      fi: (p) => ({
        subject: `${p.expertName} ${answerFi[p.answer] ?? p.answer}: ${p.number}`,
        lines: [
          `${p.expertName} ${answerFi[p.answer] ?? p.answer} tarjouksen tilaukseen ${p.number} ${p.title}.`,
        ],
        action: { label: 'Avaa tilaus', path: p.link },
      }),
      sv: (p) => ({
        subject: `${p.expertName}: ${p.number}`,
        lines: [
          `${p.expertName} ${answerSv[p.answer] ?? p.answer} erbjudandet för beställningen ${p.number} ${p.title}.`,
        ],
        action: { label: 'Öppna beställningen', path: p.link },
      }),
      en: (p) => ({
        subject: `${p.expertName} ${answerEn[p.answer] ?? p.answer}: ${p.number}`,
        lines: [
          `${p.expertName} ${answerEn[p.answer] ?? p.answer} the offer for order ${p.number} ${p.title}.`,
        ],
        action: { label: 'Open the order', path: p.link },
      }),
    },
  }),
};

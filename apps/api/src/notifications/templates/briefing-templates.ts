import { NotificationCategory } from '../categories';
import { formatDateTime } from './order-templates';
import { formatDate, type TemplateDef } from './templates';

const define = <P>(def: TemplateDef<P>) => def;

/** The briefing before a task (4T: getting to know each other, safety). */
export interface BriefingParams {
  taskTitle: string;
  /** The (first) time it is about. */
  startsAt: string;
  expertName: string;
  /** To the unit: how many more of the order's times the same staffing brought. */
  otherTimes: number;
  /** To the expert: the unit rewrote a briefing they had been told of. */
  changed: boolean;
  /** To the coordinators: the supervision the expert asked for with a demanding task. */
  wish: 'before' | 'after' | 'both' | null;
  link: string;
}

const more = {
  fi: (n: number) => (n > 0 ? ` (ja ${n} muuta aikaa)` : ''),
  sv: (n: number) => (n > 0 ? ` (och ${n} andra tider)` : ''),
  en: (n: number) => (n > 0 ? ` (and ${n} other times)` : ''),
};

const WISH = {
  fi: { before: 'ennen tehtävää', after: 'tehtävän jälkeen', both: 'ennen tehtävää ja sen jälkeen' },
  sv: { before: 'före uppdraget', after: 'efter uppdraget', both: 'före och efter uppdraget' },
  en: { before: 'before the task', after: 'after the task', both: 'before and after the task' },
};

export const BRIEFING_TEMPLATES = {
  // the unit, when a time is staffed: a short briefing for the expert
  'briefing.requested': define<BriefingParams>({
    category: NotificationCategory.Orders,
    render: {
      fi: (p) => ({
        subject: `Perehdytys kokemusasiantuntijalle: ${p.taskTitle}`,
        lines: [
          `${p.expertName} tulee luoksenne ${formatDateTime(p.startsAt, 'fi')}${more.fi(p.otherTimes)}.`,
          'Kirjoittakaa hänelle lyhyt perehdytys: kuka on yhteyshenkilö paikan päällä, keitä kuulijat ovat, mitä saa ja mitä ei saa kysyä, ja miten turvallisuudesta huolehditaan.',
          'Se vie noin viisi minuuttia ja auttaa häntä valmistautumaan.',
        ],
        action: { label: 'Kirjoita perehdytys', path: p.link },
      }),
      sv: (p) => ({
        subject: `Introduktion för erfarenhetsexperten: ${p.taskTitle}`,
        lines: [
          `${p.expertName} kommer till er ${formatDateTime(p.startsAt, 'sv')}${more.sv(p.otherTimes)}.`,
          'Skriv en kort introduktion: vem som är kontaktperson på plats, vilka åhörarna är, vad man får och inte får fråga och hur säkerheten sköts.',
          'Det tar ungefär fem minuter och hjälper experten att förbereda sig.',
        ],
        action: { label: 'Skriv introduktionen', path: p.link },
      }),
      en: (p) => ({
        subject: `A briefing for the expert by experience: ${p.taskTitle}`,
        lines: [
          `${p.expertName} comes to you on ${formatDateTime(p.startsAt, 'en')}${more.en(p.otherTimes)}.`,
          'Please write a short briefing: the contact person on site, who the audience is, what may and may not be asked, and how safety is seen to.',
          'It takes about five minutes and helps them prepare.',
        ],
        action: { label: 'Write the briefing', path: p.link },
      }),
    },
  }),
  'briefing.write_reminder': define<BriefingParams>({
    category: NotificationCategory.Reminders,
    render: {
      fi: (p) => ({
        subject: `Perehdytys puuttuu: ${p.taskTitle} ${formatDate(p.startsAt, 'fi')}`,
        lines: [
          `${p.expertName} tulee luoksenne ${formatDateTime(p.startsAt, 'fi')}, eikä perehdytystä ole vielä kirjoitettu.`,
          'Ehdittekö kirjoittaa sen tänään?',
        ],
        action: { label: 'Kirjoita perehdytys', path: p.link },
      }),
      sv: (p) => ({
        subject: `Introduktionen saknas: ${p.taskTitle} ${formatDate(p.startsAt, 'sv')}`,
        lines: [
          `${p.expertName} kommer till er ${formatDateTime(p.startsAt, 'sv')} och introduktionen är inte skriven än.`,
          'Hinner ni skriva den i dag?',
        ],
        action: { label: 'Skriv introduktionen', path: p.link },
      }),
      en: (p) => ({
        subject: `The briefing is missing: ${p.taskTitle} ${formatDate(p.startsAt, 'en')}`,
        lines: [
          `${p.expertName} comes to you on ${formatDateTime(p.startsAt, 'en')} and the briefing has not been written yet.`,
          'Could you write it today?',
        ],
        action: { label: 'Write the briefing', path: p.link },
      }),
    },
  }),
  // the expert: what to expect is part of their safety, so the e-mail always goes
  'briefing.ready': define<BriefingParams>({
    category: NotificationCategory.Safety,
    render: {
      fi: (p) => ({
        subject: p.changed ? `Perehdytystä on muutettu: ${p.taskTitle}` : `Lue perehdytys: ${p.taskTitle}`,
        lines: [
          p.changed
            ? `Tilaaja muutti perehdytystä tehtävään ${formatDateTime(p.startsAt, 'fi')}.`
            : `Tilaaja kirjoitti sinulle perehdytyksen tehtävään ${formatDateTime(p.startsAt, 'fi')}.`,
          'Siinä kerrotaan, kuka ottaa sinut vastaan, keitä kuulijat ovat ja mitä sinulta saa kysyä. Lue se ja kuittaa luetuksi.',
        ],
        action: { label: 'Lue perehdytys', path: p.link },
      }),
      sv: (p) => ({
        subject: p.changed
          ? `Introduktionen har ändrats: ${p.taskTitle}`
          : `Läs introduktionen: ${p.taskTitle}`,
        lines: [
          p.changed
            ? `Beställaren ändrade introduktionen till uppdraget ${formatDateTime(p.startsAt, 'sv')}.`
            : `Beställaren skrev en introduktion till uppdraget ${formatDateTime(p.startsAt, 'sv')}.`,
          'Där står vem som tar emot dig, vilka åhörarna är och vad du får frågor om. Läs den och kvittera den som läst.',
        ],
        action: { label: 'Läs introduktionen', path: p.link },
      }),
      en: (p) => ({
        subject: p.changed ? `The briefing has changed: ${p.taskTitle}` : `Read the briefing: ${p.taskTitle}`,
        lines: [
          p.changed
            ? `The unit changed the briefing for your task on ${formatDateTime(p.startsAt, 'en')}.`
            : `The unit wrote you a briefing for your task on ${formatDateTime(p.startsAt, 'en')}.`,
          'It tells who meets you, who the audience is and what you may be asked. Read it and mark it read.',
        ],
        action: { label: 'Read the briefing', path: p.link },
      }),
    },
  }),
  'briefing.read_reminder': define<BriefingParams>({
    category: NotificationCategory.Reminders,
    render: {
      fi: (p) => ({
        subject: `Tehtävä lähestyy: ${p.taskTitle}. Lue perehdytys`,
        lines: [
          `Tehtäväsi on ${formatDateTime(p.startsAt, 'fi')}.`,
          'Et ole vielä kuitannut perehdytystä luetuksi. Lue se ennen tehtävää.',
        ],
        action: { label: 'Lue perehdytys', path: p.link },
      }),
      sv: (p) => ({
        subject: `Snart: ${p.taskTitle}. Läs introduktionen`,
        lines: [
          `Ditt uppdrag är ${formatDateTime(p.startsAt, 'sv')}.`,
          'Du har inte kvitterat introduktionen som läst. Läs den före uppdraget.',
        ],
        action: { label: 'Läs introduktionen', path: p.link },
      }),
      en: (p) => ({
        subject: `Coming up: ${p.taskTitle}. Read the briefing`,
        lines: [
          `Your task is on ${formatDateTime(p.startsAt, 'en')}.`,
          'You have not marked the briefing read yet. Please read it before the task.',
        ],
        action: { label: 'Read the briefing', path: p.link },
      }),
    },
  }),
  // the coordinators: an expert asks for supervision with a demanding task
  'briefing.supervision_wanted': define<BriefingParams>({
    category: NotificationCategory.Safety,
    render: {
      fi: (p) => ({
        subject: `${p.expertName} toivoo työnohjausta`,
        lines: [
          `${p.expertName} toivoo työnohjausta ${WISH.fi[p.wish ?? 'both']}: ${p.taskTitle}, ${formatDateTime(p.startsAt, 'fi')}.`,
          'Sovi aika työnohjaukseen.',
        ],
        action: { label: 'Katso tehtävä', path: p.link },
      }),
      sv: (p) => ({
        subject: `${p.expertName} önskar arbetshandledning`,
        lines: [
          `${p.expertName} önskar arbetshandledning ${WISH.sv[p.wish ?? 'both']}: ${p.taskTitle}, ${formatDateTime(p.startsAt, 'sv')}.`,
          'Boka en tid för handledningen.',
        ],
        action: { label: 'Se uppdraget', path: p.link },
      }),
      en: (p) => ({
        subject: `${p.expertName} would like supervision`,
        lines: [
          `${p.expertName} would like supervision ${WISH.en[p.wish ?? 'both']}: ${p.taskTitle}, ${formatDateTime(p.startsAt, 'en')}.`,
          'Arrange a supervision session.',
        ],
        action: { label: 'See the task', path: p.link },
      }),
    },
  }),
};

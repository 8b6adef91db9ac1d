import { Locale } from '../../common/access/roles';
import { HELSINKI } from '../../common/business-days';
import { NotificationCategory } from '../categories';
import type { TemplateDef } from './templates';

const define = <P>(def: TemplateDef<P>) => def;

const TAGS: Record<`${Locale}`, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };

/** "ti 2.3.2027 klo 13.00" style: the weekday matters to people planning a week. */
export function formatDateTime(iso: string, locale: `${Locale}`): string {
  return new Intl.DateTimeFormat(TAGS[locale], {
    timeZone: HELSINKI,
    weekday: 'short',
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(iso));
}

export interface OrderParams {
  number: string;
  title: string;
  link: string;
}

export interface OrderReceivedParams extends OrderParams {
  answerDueAt: string;
}

export interface NewOrderParams extends OrderReceivedParams {
  unitName: string;
  startsAt: string | null;
}

export interface OrderChangedParams extends OrderParams {
  actorName: string;
}

export interface OrderCancelledParams extends OrderChangedParams {
  reason: string;
  /** Set when one occurrence of a series was cancelled, not the whole order. */
  occurrenceStartsAt: string | null;
}

export interface OrderStartingParams extends OrderParams {
  startsAt: string;
  place: string | null;
}

const when = (iso: string | null, locale: `${Locale}`, none: string) =>
  iso ? formatDateTime(iso, locale) : none;

export const ORDER_TEMPLATES = {
  'order.received': define<OrderReceivedParams>({
    category: NotificationCategory.Orders,
    render: {
      fi: (p) => ({
        subject: `Tilaus vastaanotettu: ${p.number} ${p.title}`,
        lines: [
          `Kiitos! Tilauksesi ${p.number} on vastaanotettu.`,
          `Koordinaattori vastaa viimeistään ${formatDateTime(p.answerDueAt, 'fi')}.`,
          'Näet tilauksen vaiheet ja sen, kenellä asia on nyt, Kokemuksesta.',
        ],
        action: { label: 'Avaa tilaus', path: p.link },
      }),
      sv: (p) => ({
        subject: `Beställningen har tagits emot: ${p.number} ${p.title}`,
        lines: [
          `Tack! Din beställning ${p.number} har tagits emot.`,
          `Koordinatorn svarar senast ${formatDateTime(p.answerDueAt, 'sv')}.`,
          'I Kokemus ser du beställningens skeden och vem som har ärendet nu.',
        ],
        action: { label: 'Öppna beställningen', path: p.link },
      }),
      en: (p) => ({
        subject: `Order received: ${p.number} ${p.title}`,
        lines: [
          `Thank you! Your order ${p.number} has been received.`,
          `A coordinator answers by ${formatDateTime(p.answerDueAt, 'en')}.`,
          'In Kokemus you can follow each step and see who has the order now.',
        ],
        action: { label: 'Open the order', path: p.link },
      }),
    },
  }),
  'order.new': define<NewOrderParams>({
    category: NotificationCategory.Orders,
    render: {
      fi: (p) => ({
        subject: `Uusi tilaus ${p.number}: ${p.title}`,
        lines: [
          `${p.unitName} tilasi: ${p.title}.`,
          `Alkaa: ${when(p.startsAt, 'fi', 'ei vielä aikaa')}. Vastaa viimeistään ${formatDateTime(p.answerDueAt, 'fi')}.`,
        ],
        action: { label: 'Avaa tilaus', path: p.link },
      }),
      sv: (p) => ({
        subject: `Ny beställning ${p.number}: ${p.title}`,
        lines: [
          `${p.unitName} beställde: ${p.title}.`,
          `Börjar: ${when(p.startsAt, 'sv', 'ingen tid ännu')}. Svara senast ${formatDateTime(p.answerDueAt, 'sv')}.`,
        ],
        action: { label: 'Öppna beställningen', path: p.link },
      }),
      en: (p) => ({
        subject: `New order ${p.number}: ${p.title}`,
        lines: [
          `${p.unitName} ordered: ${p.title}.`,
          `Starts: ${when(p.startsAt, 'en', 'no time yet')}. Answer by ${formatDateTime(p.answerDueAt, 'en')}.`,
        ],
        action: { label: 'Open the order', path: p.link },
      }),
    },
  }),
  'order.staffed': define<OrderParams>({
    category: NotificationCategory.Orders,
    render: {
      fi: (p) => ({
        subject: `Tilauksellesi on löytynyt tekijät: ${p.number}`,
        lines: [
          `Tilaukseen ${p.number} ${p.title} on vahvistettu kokemusasiantuntijat.`,
          'Näet heidät tilauksen sivulta.',
        ],
        action: { label: 'Avaa tilaus', path: p.link },
      }),
      sv: (p) => ({
        subject: `Din beställning är bemannad: ${p.number}`,
        lines: [
          `Erfarenhetsexperterna för ${p.number} ${p.title} är bekräftade.`,
          'Du ser dem på beställningens sida.',
        ],
        action: { label: 'Öppna beställningen', path: p.link },
      }),
      en: (p) => ({
        subject: `Your order is staffed: ${p.number}`,
        lines: [
          `The experts by experience for ${p.number} ${p.title} are confirmed.`,
          'You can see them on the order’s page.',
        ],
        action: { label: 'Open the order', path: p.link },
      }),
    },
  }),
  'order.changed': define<OrderChangedParams>({
    category: NotificationCategory.Orders,
    render: {
      fi: (p) => ({
        subject: `Tilausta muutettiin: ${p.number}`,
        lines: [
          `${p.actorName} muutti tilausta ${p.number} ${p.title}.`,
          'Tarkista muutokset tilauksen aikajanalta.',
        ],
        action: { label: 'Avaa tilaus', path: p.link },
      }),
      sv: (p) => ({
        subject: `Beställningen ändrades: ${p.number}`,
        lines: [
          `${p.actorName} ändrade beställningen ${p.number} ${p.title}.`,
          'Se ändringarna på beställningens tidslinje.',
        ],
        action: { label: 'Öppna beställningen', path: p.link },
      }),
      en: (p) => ({
        subject: `Order changed: ${p.number}`,
        lines: [
          `${p.actorName} changed the order ${p.number} ${p.title}.`,
          'See the changes on the order’s timeline.',
        ],
        action: { label: 'Open the order', path: p.link },
      }),
    },
  }),
  'order.cancelled': define<OrderCancelledParams>({
    category: NotificationCategory.Orders,
    render: {
      fi: (p) => ({
        subject: p.occurrenceStartsAt ? `Yksi kerta peruttiin: ${p.number}` : `Tilaus peruttiin: ${p.number}`,
        lines: [
          p.occurrenceStartsAt
            ? `${p.actorName} perui tilauksen ${p.number} kerran ${formatDateTime(p.occurrenceStartsAt, 'fi')}.`
            : `${p.actorName} perui tilauksen ${p.number} ${p.title}.`,
          `Syy: ${p.reason}`,
        ],
        action: { label: 'Avaa tilaus', path: p.link },
      }),
      sv: (p) => ({
        subject: p.occurrenceStartsAt
          ? `Ett tillfälle ställdes in: ${p.number}`
          : `Beställningen ställdes in: ${p.number}`,
        lines: [
          p.occurrenceStartsAt
            ? `${p.actorName} ställde in tillfället ${formatDateTime(p.occurrenceStartsAt, 'sv')} i beställningen ${p.number}.`
            : `${p.actorName} ställde in beställningen ${p.number} ${p.title}.`,
          `Orsak: ${p.reason}`,
        ],
        action: { label: 'Öppna beställningen', path: p.link },
      }),
      en: (p) => ({
        subject: p.occurrenceStartsAt
          ? `One occurrence cancelled: ${p.number}`
          : `Order cancelled: ${p.number}`,
        lines: [
          p.occurrenceStartsAt
            ? `${p.actorName} cancelled the occurrence on ${formatDateTime(p.occurrenceStartsAt, 'en')} of order ${p.number}.`
            : `${p.actorName} cancelled the order ${p.number} ${p.title}.`,
          `Reason: ${p.reason}`,
        ],
        action: { label: 'Open the order', path: p.link },
      }),
    },
  }),
  'order.message': define<OrderChangedParams>({
    category: NotificationCategory.Orders,
    render: {
      fi: (p) => ({
        subject: `Uusi viesti tilauksessa ${p.number}`,
        lines: [`${p.actorName} kirjoitti tilaukseen ${p.number} ${p.title}.`, 'Lue viesti Kokemuksessa.'],
        action: { label: 'Lue viesti', path: p.link },
      }),
      sv: (p) => ({
        subject: `Nytt meddelande i beställningen ${p.number}`,
        lines: [`${p.actorName} skrev i beställningen ${p.number} ${p.title}.`, 'Läs meddelandet i Kokemus.'],
        action: { label: 'Läs meddelandet', path: p.link },
      }),
      en: (p) => ({
        subject: `New message on order ${p.number}`,
        lines: [`${p.actorName} wrote on order ${p.number} ${p.title}.`, 'Read the message in Kokemus.'],
        action: { label: 'Read the message', path: p.link },
      }),
    },
  }),
  'order.starting': define<OrderStartingParams>({
    category: NotificationCategory.Reminders,
    render: {
      fi: (p) => ({
        subject: `Muistutus: ${p.title} ${formatDateTime(p.startsAt, 'fi')}`,
        lines: [
          `Tilaus ${p.number} ${p.title} alkaa ${formatDateTime(p.startsAt, 'fi')}${p.place ? `, paikka: ${p.place}` : ''}.`,
          'Jos jokin muuttuu, kerro siitä tilauksen viesteissä.',
        ],
        action: { label: 'Avaa tilaus', path: p.link },
      }),
      sv: (p) => ({
        subject: `Påminnelse: ${p.title} ${formatDateTime(p.startsAt, 'sv')}`,
        lines: [
          `Beställningen ${p.number} ${p.title} börjar ${formatDateTime(p.startsAt, 'sv')}${p.place ? `, plats: ${p.place}` : ''}.`,
          'Om något ändras, berätta det i beställningens meddelanden.',
        ],
        action: { label: 'Öppna beställningen', path: p.link },
      }),
      en: (p) => ({
        subject: `Reminder: ${p.title} ${formatDateTime(p.startsAt, 'en')}`,
        lines: [
          `Order ${p.number} ${p.title} starts ${formatDateTime(p.startsAt, 'en')}${p.place ? `, place: ${p.place}` : ''}.`,
          'If anything changes, say so in the order’s messages.',
        ],
        action: { label: 'Open the order', path: p.link },
      }),
    },
  }),
};

import { Locale } from '../../common/access/roles';
import { HELSINKI } from '../../common/business-days';
import { NotificationCategory } from '../categories';
import { BRIEFING_TEMPLATES } from './briefing-templates';
import { FEE_TEMPLATES } from './fee-templates';
import { FEEDBACK_TEMPLATES } from './feedback-templates';
import { INDICATOR_TEMPLATES } from './indicator-templates';
import { MATCHING_TEMPLATES } from './matching-templates';
import { ONBOARDING_TEMPLATES } from './onboarding-templates';
import { ORDER_TEMPLATES } from './order-templates';
import { REGISTRY_TEMPLATES } from './registry-templates';

/** What a message says, in one language; the layout turns it into an in-app note, text and HTML. */
export interface MessageContent {
  subject: string;
  lines: string[];
  action?: { label: string; path: string };
}

export type Localized = Record<Locale, string>;

export interface TemplateDef<P> {
  category: NotificationCategory;
  render: Record<Locale, (params: P) => MessageContent>;
}

const define = <P>(def: TemplateDef<P>) => def;

export function formatDate(iso: string | Date, locale: Locale | `${Locale}`): string {
  const d = typeof iso === 'string' ? new Date(iso) : iso;
  const tag = locale === 'fi' ? 'fi-FI' : locale === 'sv' ? 'sv-FI' : 'en-GB';
  return new Intl.DateTimeFormat(tag, {
    timeZone: HELSINKI,
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
  }).format(d);
}

export interface ReminderParams {
  title: Localized;
  link: string;
  dueAt: string;
}

export interface EscalationParams extends ReminderParams {
  ownerName: string;
}

export const TEMPLATES = {
  'reminder.due': define<ReminderParams>({
    category: NotificationCategory.Reminders,
    render: {
      fi: (p) => ({
        subject: `Muistutus: ${p.title.fi}`,
        lines: [
          `Tämä asia odottaa sinua: ${p.title.fi}.`,
          `Hoidathan sen viimeistään ${formatDate(p.dueAt, 'fi')}.`,
        ],
        action: { label: 'Avaa asia', path: p.link },
      }),
      sv: (p) => ({
        subject: `Påminnelse: ${p.title.sv}`,
        lines: [`Det här väntar på dig: ${p.title.sv}.`, `Sköt det senast ${formatDate(p.dueAt, 'sv')}.`],
        action: { label: 'Öppna ärendet', path: p.link },
      }),
      en: (p) => ({
        subject: `Reminder: ${p.title.en}`,
        lines: [
          `This is waiting for you: ${p.title.en}.`,
          `Please take care of it by ${formatDate(p.dueAt, 'en')}.`,
        ],
        action: { label: 'Open it', path: p.link },
      }),
    },
  }),
  'reminder.overdue': define<ReminderParams>({
    category: NotificationCategory.Reminders,
    render: {
      fi: (p) => ({
        subject: `Myöhässä: ${p.title.fi}`,
        lines: [
          `Tämän asian määräpäivä oli ${formatDate(p.dueAt, 'fi')}: ${p.title.fi}.`,
          'Koordinaattori on saanut tiedon ja auttaa tarvittaessa.',
        ],
        action: { label: 'Avaa asia', path: p.link },
      }),
      sv: (p) => ({
        subject: `Försenat: ${p.title.sv}`,
        lines: [
          `Sista dagen för det här var ${formatDate(p.dueAt, 'sv')}: ${p.title.sv}.`,
          'Koordinatorn har fått veta det och hjälper vid behov.',
        ],
        action: { label: 'Öppna ärendet', path: p.link },
      }),
      en: (p) => ({
        subject: `Overdue: ${p.title.en}`,
        lines: [
          `This was due on ${formatDate(p.dueAt, 'en')}: ${p.title.en}.`,
          'The coordinator has been told and will help if needed.',
        ],
        action: { label: 'Open it', path: p.link },
      }),
    },
  }),
  'reminder.escalated': define<EscalationParams>({
    category: NotificationCategory.Reminders,
    render: {
      fi: (p) => ({
        subject: `Myöhässä (${p.ownerName}): ${p.title.fi}`,
        lines: [
          `${p.ownerName} ei ole vielä hoitanut tätä, ja määräpäivä oli ${formatDate(p.dueAt, 'fi')}: ${p.title.fi}.`,
          'Ota tarvittaessa yhteyttä ja auta asia eteenpäin.',
        ],
        action: { label: 'Avaa asia', path: p.link },
      }),
      sv: (p) => ({
        subject: `Försenat (${p.ownerName}): ${p.title.sv}`,
        lines: [
          `${p.ownerName} har ännu inte skött det här, och sista dagen var ${formatDate(p.dueAt, 'sv')}: ${p.title.sv}.`,
          'Ta kontakt vid behov och hjälp ärendet vidare.',
        ],
        action: { label: 'Öppna ärendet', path: p.link },
      }),
      en: (p) => ({
        subject: `Overdue (${p.ownerName}): ${p.title.en}`,
        lines: [
          `${p.ownerName} has not yet done this, and it was due on ${formatDate(p.dueAt, 'en')}: ${p.title.en}.`,
          'Get in touch if needed and help it along.',
        ],
        action: { label: 'Open it', path: p.link },
      }),
    },
  }),
  'system.test': define<{ requestedBy: string }>({
    category: NotificationCategory.System,
    render: {
      fi: (p) => ({
        subject: 'Kokemus: testiviesti',
        lines: [`Tämä on testiviesti, jonka lähetti ${p.requestedBy}.`, 'Jos näet tämän, sähköposti toimii.'],
        action: { label: 'Avaa Kokemus', path: '/' },
      }),
      sv: (p) => ({
        subject: 'Kokemus: testmeddelande',
        lines: [
          `Det här är ett testmeddelande som skickades av ${p.requestedBy}.`,
          'Om du ser det fungerar e-posten.',
        ],
        action: { label: 'Öppna Kokemus', path: '/' },
      }),
      en: (p) => ({
        subject: 'Kokemus: test message',
        lines: [`This is a test message sent by ${p.requestedBy}.`, 'If you can read this, e-mail works.'],
        action: { label: 'Open Kokemus', path: '/' },
      }),
    },
  }),
  ...ORDER_TEMPLATES,
  ...MATCHING_TEMPLATES,
  ...FEE_TEMPLATES,
  ...ONBOARDING_TEMPLATES,
  ...FEEDBACK_TEMPLATES,
  ...INDICATOR_TEMPLATES,
  ...BRIEFING_TEMPLATES,
  ...REGISTRY_TEMPLATES,
} as const;

export type TemplateKey = keyof typeof TEMPLATES;
export type TemplateParams<K extends TemplateKey> = Parameters<(typeof TEMPLATES)[K]['render'][Locale.Fi]>[0];

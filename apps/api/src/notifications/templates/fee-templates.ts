import { NotificationCategory } from '../categories';
import type { TemplateDef } from './templates';

const define = <P>(def: TemplateDef<P>) => def;

export interface ClaimParams {
  number: string;
  title: string;
  link: string;
  /** Why it was returned (empty otherwise). */
  reason: string;
  totalCents: number;
}

const euros = (cents: number, locale: string) =>
  new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(cents / 100);

export const FEE_TEMPLATES = {
  'fee.claim_ready': define<ClaimParams>({
    category: NotificationCategory.Money,
    render: {
      fi: (p) => ({
        subject: `Palkkiosi odottaa tarkistusta: ${p.title}`,
        lines: [
          `Tehtävän ${p.title} palkkiolomake ${p.number} on valmiina. Tarkista tunnit, kilometrit ja kulut.`,
          'Jos kaikki on oikein, lähetä se yhdellä napautuksella.',
        ],
        action: { label: 'Tarkista palkkio', path: p.link },
      }),
      sv: (p) => ({
        subject: `Ditt arvode väntar på granskning: ${p.title}`,
        lines: [
          `Arvodesblanketten ${p.number} för uppdraget ${p.title} är klar. Kontrollera timmar, kilometer och kostnader.`,
          'Om allt stämmer, skicka den med ett tryck.',
        ],
        action: { label: 'Granska arvodet', path: p.link },
      }),
      en: (p) => ({
        subject: `Your fee is ready to check: ${p.title}`,
        lines: [
          `The fee claim ${p.number} for ${p.title} is ready. Check the hours, kilometres and expenses.`,
          'If everything is right, send it with one tap.',
        ],
        action: { label: 'Check the fee', path: p.link },
      }),
    },
  }),
  'fee.claim_to_confirm': define<ClaimParams>({
    category: NotificationCategory.Money,
    render: {
      fi: (p) => ({
        subject: `Vahvista tehtävä: ${p.title}`,
        lines: [
          `Kokemusasiantuntija lähetti palkkiolomakkeen ${p.number}. Vahvista, että tehtävä tehtiin niin kuin siinä kerrotaan.`,
        ],
        action: { label: 'Vahvista', path: p.link },
      }),
      sv: (p) => ({
        subject: `Bekräfta uppdraget: ${p.title}`,
        lines: [
          `Erfarenhetsexperten skickade arvodesblanketten ${p.number}. Bekräfta att uppdraget utfördes så som det beskrivs.`,
        ],
        action: { label: 'Bekräfta', path: p.link },
      }),
      en: (p) => ({
        subject: `Confirm the task: ${p.title}`,
        lines: [`The expert sent the fee claim ${p.number}. Confirm that the task took place as reported.`],
        action: { label: 'Confirm', path: p.link },
      }),
    },
  }),
  'fee.claim_to_approve': define<ClaimParams>({
    category: NotificationCategory.Money,
    render: {
      fi: (p) => ({
        subject: `Hyväksy palkkio: ${p.title}`,
        lines: [
          `Palkkiolomake ${p.number} (${euros(p.totalCents, 'fi-FI')}) odottaa hyväksyntääsi kustannuspaikan puolesta.`,
        ],
        action: { label: 'Hyväksy', path: p.link },
      }),
      sv: (p) => ({
        subject: `Godkänn arvodet: ${p.title}`,
        lines: [
          `Arvodesblanketten ${p.number} (${euros(p.totalCents, 'sv-FI')}) väntar på ditt godkännande för kostnadsstället.`,
        ],
        action: { label: 'Godkänn', path: p.link },
      }),
      en: (p) => ({
        subject: `Approve the fee: ${p.title}`,
        lines: [
          `The fee claim ${p.number} (${euros(p.totalCents, 'en-FI')}) awaits your approval for the cost centre.`,
        ],
        action: { label: 'Approve', path: p.link },
      }),
    },
  }),
  'fee.claim_returned': define<ClaimParams>({
    category: NotificationCategory.Money,
    render: {
      fi: (p) => ({
        subject: `Palkkiolomake palautettiin sinulle: ${p.title}`,
        lines: [`Palkkiolomake ${p.number} palautettiin korjattavaksi.`, `Syy: ${p.reason}`],
        action: { label: 'Korjaa ja lähetä', path: p.link },
      }),
      sv: (p) => ({
        subject: `Arvodesblanketten returnerades till dig: ${p.title}`,
        lines: [`Arvodesblanketten ${p.number} returnerades för korrigering.`, `Orsak: ${p.reason}`],
        action: { label: 'Korrigera och skicka', path: p.link },
      }),
      en: (p) => ({
        subject: `Your fee claim was sent back: ${p.title}`,
        lines: [`The fee claim ${p.number} was sent back to you to correct.`, `Reason: ${p.reason}`],
        action: { label: 'Correct and send', path: p.link },
      }),
    },
  }),
  'fee.claim_paid': define<ClaimParams>({
    category: NotificationCategory.Money,
    render: {
      fi: (p) => ({
        subject: `Palkkio maksettu: ${p.title}`,
        lines: [
          `Palkkiolomakkeen ${p.number} summa ${euros(p.totalCents, 'fi-FI')} (ennen veroja) on maksettu.`,
        ],
        action: { label: 'Katso palkkiot', path: p.link },
      }),
      sv: (p) => ({
        subject: `Arvodet har betalats: ${p.title}`,
        lines: [
          `Beloppet ${euros(p.totalCents, 'sv-FI')} (före skatt) på arvodesblanketten ${p.number} har betalats.`,
        ],
        action: { label: 'Se arvodena', path: p.link },
      }),
      en: (p) => ({
        subject: `Fee paid: ${p.title}`,
        lines: [`The fee claim ${p.number}, ${euros(p.totalCents, 'en-FI')} before tax, has been paid.`],
        action: { label: 'See your fees', path: p.link },
      }),
    },
  }),
};

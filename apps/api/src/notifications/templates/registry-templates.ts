import { NotificationCategory } from '../categories';
import type { TemplateDef } from './templates';

const define = <P>(def: TemplateDef<P>) => def;

export interface TaxCardParams {
  year: number;
}

export interface TaxCardsMissingParams {
  year: number;
  count: number;
  link: string;
}

export const REGISTRY_TEMPLATES = {
  // To the expert, in January: plain words, what to do and why it matters for their pay. No link: the
  // card goes to payroll, not into the app.
  'expert.tax_card': define<TaxCardParams>({
    category: NotificationCategory.Money,
    render: {
      fi: (p) => ({
        subject: `Toimita vuoden ${p.year} verokortti`,
        lines: [
          `Uusi verokortti on voimassa 1.2.${p.year} alkaen.`,
          'Toimita se palkanlaskentaan tai kerro koordinaattorille, että olet toimittanut sen.',
          'Ilman verokorttia palkkiostasi pidätetään 60 % veroa.',
          'Saat verokortin OmaVerosta tai verotoimistosta.',
        ],
      }),
      sv: (p) => ({
        subject: `Lämna in skattekortet för ${p.year}`,
        lines: [
          `Det nya skattekortet gäller från 1.2.${p.year}.`,
          'Lämna in det till lönebokföringen eller berätta för koordinatorn att du har lämnat in det.',
          'Utan skattekort innehålls 60 % skatt på ditt arvode.',
          'Du får skattekortet i MinSkatt eller på skattebyrån.',
        ],
      }),
      en: (p) => ({
        subject: `Send in your ${p.year} tax card`,
        lines: [
          `The new tax card is valid from 1 February ${p.year}.`,
          'Send it to payroll, or tell the coordinator that you have sent it.',
          'Without a tax card, 60 % tax is withheld from your fee.',
          'You get the tax card from MyTax or a tax office.',
        ],
      }),
    },
  }),
  'registry.tax_cards_missing': define<TaxCardsMissingParams>({
    category: NotificationCategory.Reminders,
    render: {
      fi: (p) => ({
        subject: `Vuoden ${p.year} verokortti puuttuu ${p.count} asiantuntijalta`,
        lines: [
          `Palkanlaskenta tarvitsee vuoden ${p.year} verokortin jokaiselta, jolle palkkio maksetaan palkkana.`,
          'Heitä on muistutettu. Merkitse verokortin vuosi henkilön tietoihin, kun se on toimitettu.',
        ],
        action: { label: 'Näytä luettelo', path: p.link },
      }),
      sv: (p) => ({
        subject: `Skattekortet för ${p.year} saknas för ${p.count} experter`,
        lines: [
          `Lönebokföringen behöver skattekortet för ${p.year} av alla som får arvode som lön.`,
          'De har påmints. Anteckna skattekortets år i personens uppgifter när det har lämnats in.',
        ],
        action: { label: 'Visa listan', path: p.link },
      }),
      en: (p) => ({
        subject: `The ${p.year} tax card is missing for ${p.count} experts`,
        lines: [
          `Payroll needs the ${p.year} tax card of everyone whose fee is paid as pay.`,
          'They have been reminded. Note the tax card year on the person’s details once it has been sent.',
        ],
        action: { label: 'Show the list', path: p.link },
      }),
    },
  }),
} as const;

import { NotificationCategory } from '../categories';
import { type TemplateDef } from './templates';

const define = <P>(def: TemplateDef<P>) => def;

/** THL's participation indicator, asked of the expert at joining and yearly. */
export interface IndicatorParams {
  reason: 'joining' | 'yearly';
  link: string;
}

// Plain language: what it is, that it is voluntary, how long it takes. Nothing about the answers.
export const INDICATOR_TEMPLATES = {
  'indicator.requested': define<IndicatorParams>({
    category: NotificationCategory.Reminders,
    render: {
      fi: (p) => ({
        subject: 'Miten koet osallisuutesi?',
        lines: [
          p.reason === 'joining'
            ? 'Tervetuloa kokemusasiantuntijaksi! Kysymme, miten koet osallisuutesi nyt, alussa.'
            : 'Kysymme kerran vuodessa, miten koet osallisuutesi.',
          'Kyselyssä on 10 väitettä. Vastaaminen vie noin 5 minuuttia.',
          'Vastaaminen on vapaaehtoista. Vastauksesi auttavat kehittämään toimintaa.',
        ],
        action: { label: 'Vastaa kyselyyn', path: p.link },
      }),
      sv: (p) => ({
        subject: 'Hur upplever du din delaktighet?',
        lines: [
          p.reason === 'joining'
            ? 'Välkommen som erfarenhetsexpert! Vi frågar hur du upplever din delaktighet nu, i början.'
            : 'En gång om året frågar vi hur du upplever din delaktighet.',
          'Enkäten har 10 påståenden. Det tar cirka 5 minuter att svara.',
          'Det är frivilligt att svara. Dina svar hjälper oss att utveckla verksamheten.',
        ],
        action: { label: 'Svara på enkäten', path: p.link },
      }),
      en: (p) => ({
        subject: 'How do you experience your participation?',
        lines: [
          p.reason === 'joining'
            ? 'Welcome as an expert by experience! We ask how you experience your participation now, at the start.'
            : 'Once a year we ask how you experience your participation.',
          'There are 10 statements. Answering takes about 5 minutes.',
          'Answering is voluntary. Your answers help us improve our work.',
        ],
        action: { label: 'Answer the survey', path: p.link },
      }),
    },
  }),
  'indicator.reminded': define<IndicatorParams>({
    category: NotificationCategory.Reminders,
    render: {
      fi: (p) => ({
        subject: 'Muistutus: miten koet osallisuutesi?',
        lines: [
          'Kysely osallisuudesta odottaa vielä vastaustasi: 10 väitettä, noin 5 minuuttia.',
          'Vastaaminen on vapaaehtoista. Tämä on ainoa muistutus.',
        ],
        action: { label: 'Vastaa kyselyyn', path: p.link },
      }),
      sv: (p) => ({
        subject: 'Påminnelse: hur upplever du din delaktighet?',
        lines: [
          'Enkäten om delaktighet väntar fortfarande på ditt svar: 10 påståenden, cirka 5 minuter.',
          'Det är frivilligt att svara. Det här är den enda påminnelsen.',
        ],
        action: { label: 'Svara på enkäten', path: p.link },
      }),
      en: (p) => ({
        subject: 'Reminder: how do you experience your participation?',
        lines: [
          'The survey on participation is still waiting for your answer: 10 statements, about 5 minutes.',
          'Answering is voluntary. This is the only reminder.',
        ],
        action: { label: 'Answer the survey', path: p.link },
      }),
    },
  }),
};

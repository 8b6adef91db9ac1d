import type { ItemTextDto } from '@kokemus/api-client';
import fi from './i18n/fi.json';
import selko from './i18n/selko.json';
import {
  initialLocale,
  participantSheetAvailable,
  participantText,
  retryMinutes,
  stringNamespaces,
  uiLanguageOf,
} from './participant-feedback.rules';

const text: ItemTextDto = {
  fi: 'Kokemusasiantuntijan kertomus auttoi ymmärtämään asiaa.',
  sv: 'Berättelsen hjälpte mig att förstå.',
  en: 'The story helped me understand.',
  selko: 'Tarina auttoi minua ymmärtämään.',
};

describe('the participant’s language', () => {
  it('is Finnish for selkosuomi, with the plain wording where there is one', () => {
    expect(uiLanguageOf('selko')).toBe('fi');
    expect(uiLanguageOf('sv')).toBe('sv');
    expect(participantText(text, 'selko')).toBe('Tarina auttoi minua ymmärtämään.');
    expect(participantText(text, 'fi')).toBe(text.fi);
    expect(participantText(text, 'en')).toBe(text.en);
    expect(participantText({ ...text, selko: null }, 'selko')).toBe(text.fi);
    expect(stringNamespaces('selko')).toEqual(['selko', 'translation']);
    expect(stringNamespaces('fi')).toBeUndefined();
  });

  it('starts from the browser’s language, never from selkosuomi', () => {
    expect(initialLocale('sv')).toBe('sv');
    expect(initialLocale('en')).toBe('en');
    expect(initialLocale('fi')).toBe('fi');
    expect(initialLocale('de')).toBe('fi');
  });
});

type Tree = { [key: string]: string | Tree };
const keysOf = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`),
  );

describe('the plain-Finnish strings', () => {
  it('only reword strings that Finnish has (a stray key would never be shown)', () => {
    const finnish = new Set(keysOf(fi));
    expect(keysOf(selko).filter((key) => !finnish.has(key))).toEqual([]);
  });
});

describe('retryMinutes', () => {
  it('rounds the seconds of Retry-After up to whole minutes, at least one', () => {
    expect(retryMinutes('3600')).toBe(60);
    expect(retryMinutes('61')).toBe(2);
    expect(retryMinutes('0')).toBe(1);
  });

  it('reads an HTTP date, and nothing from a missing or broken header', () => {
    const now = Date.parse('2026-11-26T10:00:00Z');
    expect(retryMinutes('Thu, 26 Nov 2026 10:30:00 GMT', now)).toBe(30);
    expect(retryMinutes(null)).toBeNull();
    expect(retryMinutes('')).toBeNull();
    expect(retryMinutes('soon')).toBeNull();
  });
});

describe('participantSheetAvailable', () => {
  const now = new Date('2026-11-26T10:00:00.000Z');
  const time = { status: 'planned' as const, endsAt: '2026-11-18T13:00:00.000Z' };

  it('is offered until 14 days after the time ends', () => {
    expect(participantSheetAvailable('staffed', time, now)).toBe(true);
    expect(participantSheetAvailable('delivered', time, new Date('2026-12-02T13:00:00.000Z'))).toBe(true);
    expect(participantSheetAvailable('delivered', time, new Date('2026-12-02T13:00:01.000Z'))).toBe(false);
  });

  it('is not offered for a draft or cancelled order, or a cancelled time', () => {
    expect(participantSheetAvailable('draft', time, now)).toBe(false);
    expect(participantSheetAvailable('cancelled', time, now)).toBe(false);
    expect(participantSheetAvailable('staffed', { ...time, status: 'cancelled' }, now)).toBe(false);
  });
});

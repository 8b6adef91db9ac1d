import { centsToEuroText, centsToInput, euroTextToCents, formatEuros, parseEuros } from './money';

/** Intl separates the euro sign and thousand groups with (narrow) no-break spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('euros and cents', () => {
  it('shows cents as euros the Finnish way, exactly', () => {
    expect(plain(formatEuros(30000, 'fi'))).toBe('300,00 €');
    expect(plain(formatEuros(123456, 'fi'))).toBe('1 234,56 €');
    expect(plain(formatEuros(1, 'sv'))).toBe('0,01 €');
    expect(formatEuros(123456, 'en')).toBe('€1,234.56');
    expect(plain(formatEuros(-250, 'fi'))).toBe('-2,50 €');
  });

  it('reads euros typed with a comma or a point into integer cents without float drift', () => {
    expect(parseEuros('12,50')).toBe(1250);
    expect(parseEuros('12.5')).toBe(1250);
    expect(parseEuros('0,29')).toBe(29);
    expect(parseEuros('0.07')).toBe(7);
    expect(parseEuros('1 234,56')).toBe(123456);
    expect(parseEuros('12 €')).toBe(1200);
    expect(parseEuros('4,35')).toBe(435); // 4.35 * 100 is 434.99999999999994 as a float
    expect(parseEuros('1,005')).toBeNull();
    expect(parseEuros('12,5,0')).toBeNull();
    expect(parseEuros('abc')).toBeNull();
    expect(parseEuros('-3')).toBeNull();
    expect(parseEuros('')).toBeNull();
  });

  it('writes cents back as the person would type them', () => {
    expect(centsToInput(1250, 'fi')).toBe('12,50');
    expect(centsToInput(7, 'en')).toBe('0.07');
  });
});

describe('euros', () => {
  it('shows cents as euros the way each language writes them', () => {
    expect(plain(formatEuros(30000, 'fi'))).toBe('300,00 €');
    expect(plain(formatEuros(123456, 'fi'))).toBe('1 234,56 €');
    expect(plain(formatEuros(5, 'sv'))).toBe('0,05 €');
    expect(formatEuros(30000, 'en')).toBe('€300.00');
  });

  it('reads euros typed with a comma or a point as exact cents', () => {
    expect(parseEuros('300')).toBe(30000);
    expect(parseEuros('300,00')).toBe(30000);
    expect(parseEuros('12,5')).toBe(1250);
    expect(parseEuros('12.05')).toBe(1205);
    expect(parseEuros(' 1 200,50 € ')).toBe(120050);
    expect(parseEuros('1\u00a0200,50')).toBe(120050);
    expect(parseEuros('0,29')).toBe(29);
    expect(parseEuros('4,35')).toBe(435);
    expect(parseEuros('1.15')).toBe(115);
  });

  it('refuses what is not a sum of euros and cents', () => {
    for (const bad of ['', ' ', 'abc', '12,345', '-5', '1,2,3', '1.200,50', '12e3', ',5', '5,']) {
      expect(parseEuros(bad)).toBeNull();
    }
  });

  it('turns cents back into an editable text that parses to the same cents', () => {
    expect(centsToInput(30000, 'fi')).toBe('300,00');
    expect(centsToInput(1205, 'en')).toBe('12.05');
    expect(centsToInput(7, 'sv')).toBe('0,07');
    for (const cents of [0, 1, 29, 435, 99999, 1000000]) {
      expect(parseEuros(centsToInput(cents, 'fi'))).toBe(cents);
    }
  });
});

describe('optional amounts', () => {
  it('turns euros typed in any common way into integer cents and back', () => {
    expect(euroTextToCents('1 500')).toBe(150000);
    expect(euroTextToCents('1500,5')).toBe(150050);
    expect(euroTextToCents('1500.25 €')).toBe(150025);
    expect(euroTextToCents('')).toBeNull();
    expect(euroTextToCents('paljon')).toBeNaN();
    expect(centsToEuroText(150000)).toBe('1500');
    expect(centsToEuroText(150005)).toBe('1500,05');
    expect(centsToEuroText(null)).toBe('');
  });
});

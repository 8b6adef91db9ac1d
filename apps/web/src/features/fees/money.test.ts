import { centsToInput, formatEuros, parseEuros, parseHoursMinutes, parseWhole, splitMinutes } from './money';

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

describe('hours and minutes', () => {
  it('reads two boxes into minutes', () => {
    expect(parseHoursMinutes('2', '30')).toBe(150);
    expect(parseHoursMinutes('', '45')).toBe(45);
    expect(parseHoursMinutes('1', '')).toBe(60);
    expect(parseHoursMinutes('1', '60')).toBeNull();
    expect(parseHoursMinutes('1,5', '0')).toBeNull();
    expect(parseWhole('x')).toBeNull();
    expect(parseWhole('', false)).toBeNull();
  });

  it('splits minutes for the boxes', () => {
    expect(splitMinutes(150)).toEqual({ hours: '2', minutes: '30' });
    expect(splitMinutes(0)).toEqual({ hours: '0', minutes: '0' });
  });
});

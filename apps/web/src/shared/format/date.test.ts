import { formatDate, normaliseTime, parseDate, parseFinnishDate } from './date';

describe('dates and times', () => {
  it.each([
    ['2.3.2027', '2027-03-02'],
    ['02.03.2027', '2027-03-02'],
    ['2027-03-02', '2027-03-02'],
    ['31.2.2027', null],
    ['tiistai', null],
  ])('parseDate(%s) = %s', (text, expected) => expect(parseDate(text)).toBe(expected));

  it.each([
    ['13', '13:00'],
    ['9.30', '09:30'],
    ['13:05', '13:05'],
    ['24', null],
    ['13.75', null],
  ])('normaliseTime(%s) = %s', (text, expected) => expect(normaliseTime(text)).toBe(expected));

  it('reads Finnish and ISO dates, refusing impossible ones', () => {
    expect(parseDate('1.3.2026')).toBe('2026-03-01');
    expect(parseDate('2026-03-01')).toBe('2026-03-01');
    expect(parseDate('31.2.2026')).toBeNull();
    expect(parseDate('huomenna')).toBeNull();
  });

  it('normalises times of day', () => {
    expect(normaliseTime('9')).toBe('09:00');
    expect(normaliseTime('9.30')).toBe('09:30');
    expect(normaliseTime('24:00')).toBeNull();
  });

  it('reads and writes dates the Finnish way', () => {
    expect(parseFinnishDate('1.1.2027')).toBe('2027-01-01');
    expect(parseFinnishDate(' 01.03.2027 ')).toBe('2027-03-01');
    expect(parseFinnishDate('29.2.2027')).toBeNull();
    expect(parseFinnishDate('2027-01-01')).toBeNull();
    expect(formatDate('2027-01-01')).toBe('1.1.2027');
  });
});

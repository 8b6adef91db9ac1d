import fc from 'fast-check';
import {
  addBusinessDays,
  addDays,
  businessDaysBetween,
  easterSunday,
  finnishHolidays,
  helsinkiDate,
  helsinkiInstant,
  isBusinessDay,
  isoDate,
  weekday,
} from './business-days';

const dateArb = fc
  .record({ y: fc.integer({ min: 2024, max: 2030 }), doy: fc.integer({ min: 0, max: 364 }) })
  .map(({ y, doy }) => addDays(isoDate(y, 1, 1), doy));

describe('Finnish business-day calendar', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2029, '2029-04-01'],
    [2030, '2030-04-21'],
  ])('Easter %i is %s', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it.each([
    // year, Good Friday, Ascension, Midsummer Eve, All Saints' Day
    [2024, '2024-03-29', '2024-05-09', '2024-06-21', '2024-11-02'],
    [2025, '2025-04-18', '2025-05-29', '2025-06-20', '2025-11-01'],
    [2026, '2026-04-03', '2026-05-14', '2026-06-19', '2026-10-31'],
    [2027, '2027-03-26', '2027-05-06', '2027-06-25', '2027-11-06'],
    [2028, '2028-04-14', '2028-05-25', '2028-06-23', '2028-11-04'],
    [2029, '2029-03-30', '2029-05-10', '2029-06-22', '2029-11-03'],
    [2030, '2030-04-19', '2030-05-30', '2030-06-21', '2030-11-02'],
  ])('%i: Good Friday %s, Ascension %s, Midsummer Eve %s, All Saints %s', (year, gf, asc, mse, allSaints) => {
    const dates = finnishHolidays(year).map((h) => h.date);
    expect(dates).toEqual(expect.arrayContaining([gf, asc, mse, addDays(mse, 1), allSaints]));
    expect(dates).toEqual(expect.arrayContaining([`${year}-12-24`, `${year}-12-25`, `${year}-12-26`, `${year}-12-06`]));
    expect(isBusinessDay(gf)).toBe(false);
    expect(isBusinessDay(asc)).toBe(false);
    expect(isBusinessDay(mse)).toBe(false);
    expect(isBusinessDay(addDays(easterSunday(year), 1))).toBe(false);
  });

  it('knows ordinary days', () => {
    expect(isBusinessDay('2026-11-23')).toBe(true); // a Monday
    expect(isBusinessDay('2026-11-21')).toBe(false); // Saturday
    expect(isBusinessDay('2026-12-07')).toBe(true); // the Monday after Independence Day (a Sunday in 2026)
  });

  it('counts over Christmas and New Year', () => {
    // Wed 23 Dec 2026 + 1 business day → Thu 24 (Christmas Eve) no, Fri 25 no, Mon 28 Dec.
    expect(addBusinessDays('2026-12-23', 1)).toBe('2026-12-28');
    // 31 Dec 2026 (Thu) + 1 → Fri 1 Jan is New Year → Mon 4 Jan 2027.
    expect(addBusinessDays('2026-12-31', 1)).toBe('2027-01-04');
    expect(addBusinessDays('2027-01-04', -1)).toBe('2026-12-31');
    expect(addBusinessDays('2026-11-21', 0)).toBe('2026-11-23');
    expect(businessDaysBetween('2026-12-23', '2026-12-28')).toBe(1);
  });

  it('property: n business days ahead lands on a business day, exactly n counted', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: 1, max: 40 }), (date, n) => {
        const target = addBusinessDays(date, n);
        return isBusinessDay(target) && businessDaysBetween(date, target) === n && target > date;
      }),
      { numRuns: 300 },
    );
  });

  it('property: counting between two dates agrees with walking day by day, both ways, over years', () => {
    const walk = (from: string, to: string) => {
      const [lo, hi] = from < to ? [from, to] : [to, from];
      let n = 0;
      for (let d = addDays(lo, 1); d <= hi; d = addDays(d, 1)) if (isBusinessDay(d)) n++;
      return from < to ? n : -n;
    };
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -800, max: 800 }), (date, days) => {
        const other = addDays(date, days);
        return businessDaysBetween(date, other) === walk(date, other);
      }),
      { numRuns: 300 },
    );
  });

  it('property: going forward then back returns to a business day start', () => {
    fc.assert(
      fc.property(dateArb.filter(isBusinessDay), fc.integer({ min: 1, max: 30 }), (date, n) => {
        return addBusinessDays(addBusinessDays(date, n), -n) === date;
      }),
      { numRuns: 300 },
    );
  });

  it('property: weekends are never business days and a week holds at most five', () => {
    fc.assert(
      fc.property(dateArb, (date) => {
        if ([0, 6].includes(weekday(date))) return !isBusinessDay(date);
        let inWeek = 0;
        for (let i = 0; i < 7; i++) if (isBusinessDay(addDays(date, i))) inWeek++;
        return inWeek <= 5 && inWeek >= 2;
      }),
      { numRuns: 300 },
    );
  });

  it('maps instants to Helsinki dates across the day line and DST', () => {
    expect(helsinkiDate(new Date('2026-11-22T22:30:00Z'))).toBe('2026-11-23'); // 00:30 EET
    expect(helsinkiDate(new Date('2026-06-30T21:30:00Z'))).toBe('2026-07-01'); // 00:30 EEST
    expect(helsinkiInstant('2026-11-23', 16).toISOString()).toBe('2026-11-23T14:00:00.000Z');
    expect(helsinkiInstant('2026-07-01', 16).toISOString()).toBe('2026-07-01T13:00:00.000Z');
  });
});

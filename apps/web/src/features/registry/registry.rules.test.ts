import {
  centsToEuroText,
  consentStates,
  euroTextToCents,
  normaliseTime,
  parseDate,
  toExpertQuery,
} from './registry.rules';

describe('registry rules', () => {
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

  it('sends a distance only with a municipality and an availability range only when complete', () => {
    expect(toExpertQuery({ maxDistanceKm: 30, availableFrom: '2026-03-01' })).toEqual({});
    expect(toExpertQuery({ municipality: '179', maxDistanceKm: 30, area: ['a'] })).toEqual({
      municipality: '179',
      maxDistanceKm: 30,
      area: ['a'],
    });
  });

  it('tells for each kind of consent whether it is in force, newest record first', () => {
    const states = consentStates([
      { id: '1', kind: 'video', givenAt: '2026-01-01T10:00:00Z', withdrawnAt: '2026-02-01T10:00:00Z' },
      { id: '2', kind: 'video', givenAt: '2026-03-01T10:00:00Z', withdrawnAt: null },
      { id: '3', kind: 'research', givenAt: '2026-01-05T10:00:00Z', withdrawnAt: '2026-01-06T10:00:00Z' },
    ]);
    expect(states.map((s) => [s.kind, s.given, s.latest?.id ?? null, s.earlier.map((e) => e.id)])).toEqual([
      ['registry', false, null, []],
      ['public_profile', false, null, []],
      ['video', true, '2', ['1']],
      ['research', false, '3', []],
    ]);
  });
});

import { consentStates, toExpertQuery } from './registry.rules';

describe('registry rules', () => {
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

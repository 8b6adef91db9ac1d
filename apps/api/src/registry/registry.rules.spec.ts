import { distanceKm } from '../catalog/catalog.rules';
import fc from 'fast-check';
import {
  allowedNextStatuses,
  canChangeStatus,
  deriveTier,
  ExpertStatus,
  isValidBusinessId,
  isValidIban,
  maskIban,
  maskPersonalIdentityCode,
  municipalityCode,
  parsePersonalIdentityCode,
  taxCardDue,
  taxCardReminderYear,
  weeklyFromMinutes,
} from './registry.rules';

const TIERS = [
  { code: 'basic', rank: 1, minHours: 0, requiresMentorTraining: false },
  { code: 'trained', rank: 2, minHours: 60, requiresMentorTraining: false },
  { code: 'advanced', rank: 3, minHours: 120, requiresMentorTraining: false },
  { code: 'mentor', rank: 4, minHours: 120, requiresMentorTraining: true },
];

describe('registry rules', () => {
  it('validates personal identity codes, including the 2023 century signs', () => {
    expect(parsePersonalIdentityCode('131052-308T')).toEqual({ birthDate: '1952-10-13' });
    expect(parsePersonalIdentityCode('010594Y9021')).toEqual({ birthDate: '1994-05-01' });
    expect(parsePersonalIdentityCode('020502E902X')).toEqual({ birthDate: '2002-05-02' });
    expect(parsePersonalIdentityCode('131052-308U')).toBeNull(); // wrong check character
    expect(parsePersonalIdentityCode('310252-308T')).toBeNull(); // no 31 February
    expect(parsePersonalIdentityCode('131052-000T')).toBeNull(); // serial below 002
    expect(parsePersonalIdentityCode('nonsense')).toBeNull();
    expect(maskPersonalIdentityCode('131052-308T')).toBe('131052*****');
  });

  it('validates IBANs and business IDs', () => {
    expect(isValidIban('FI21 1234 5600 0007 85')).toBe(true);
    expect(isValidIban('FI21 1234 5600 0007 86')).toBe(false);
    expect(isValidIban('FI2112345600000785X')).toBe(false);
    expect(maskIban('FI2112345600000785')).toBe('FI21 **** **** **85');
    expect(isValidBusinessId('0112038-9')).toBe(true);
    expect(isValidBusinessId('0112038-8')).toBe(false);
    expect(isValidBusinessId('112038-9')).toBe(false);
  });

  it('derives the tier from training, never from a typed value', () => {
    expect(deriveTier(TIERS, [])).toBeNull();
    expect(deriveTier(TIERS, [{ hours: 8, mentorTraining: false }])).toBe('basic');
    expect(
      deriveTier(TIERS, [
        { hours: 40, mentorTraining: false },
        { hours: 30, mentorTraining: false },
      ]),
    ).toBe('trained');
    expect(deriveTier(TIERS, [{ hours: 130, mentorTraining: false }])).toBe('advanced');
    expect(
      deriveTier(TIERS, [
        { hours: 120, mentorTraining: false },
        { hours: 16, mentorTraining: true },
      ]),
    ).toBe('mentor');
    expect(deriveTier(TIERS, [{ hours: 20, mentorTraining: true }])).toBe('basic');
  });

  it('property: more training never lowers the tier', () => {
    const rank = (code: string | null) => TIERS.find((t) => t.code === code)?.rank ?? 0;
    const record = fc.record({ hours: fc.integer({ min: 0, max: 200 }), mentorTraining: fc.boolean() });
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 6 }), record, (records, extra) => {
        return rank(deriveTier(TIERS, [...records, extra])) >= rank(deriveTier(TIERS, records));
      }),
    );
  });

  it('moves between statuses only along the allowed paths', () => {
    expect(canChangeStatus(ExpertStatus.Applicant, ExpertStatus.Orientation)).toBe(true);
    expect(canChangeStatus(ExpertStatus.Active, ExpertStatus.Paused)).toBe(true);
    expect(canChangeStatus(ExpertStatus.Paused, ExpertStatus.Active)).toBe(true);
    expect(canChangeStatus(ExpertStatus.Left, ExpertStatus.Active)).toBe(false);
    expect(canChangeStatus(ExpertStatus.Applicant, ExpertStatus.Paused)).toBe(false);
    for (const s of Object.values(ExpertStatus)) expect(allowedNextStatuses(s)).not.toContain(s);
  });

  it('measures distances and makes municipality codes', () => {
    // Jyväskylä – Jämsä is about 55 km as the crow flies.
    const d = distanceKm({ lat: 62.2415, lon: 25.7209 }, { lat: 61.8639, lon: 25.1908 });
    expect(d).toBeGreaterThan(45);
    expect(d).toBeLessThan(60);
    expect(municipalityCode('Jyväskylä')).toBe('jyvaskyla');
    expect(municipalityCode('Koski Tl')).toBe('koski-tl');
    expect(municipalityCode('Pedersören kunta')).toBe('pedersoren-kunta');
  });
});

describe('weekly availability as minutes of the week', () => {
  it('reads windows back per weekday, splitting one that runs over midnight', () => {
    expect(weeklyFromMinutes(null)).toEqual([]);
    expect(weeklyFromMinutes('{}')).toEqual([]);
    expect(weeklyFromMinutes('{[1980,2400),[4920,5010)}')).toEqual([
      { weekday: 1, startsAt: '09:00', endsAt: '16:00' },
      { weekday: 3, startsAt: '10:00', endsAt: '11:30' },
    ]);
    // Friday 20:00 until Saturday 02:00
    expect(weeklyFromMinutes('{[8400,8760)}')).toEqual([
      { weekday: 5, startsAt: '20:00', endsAt: '24:00' },
      { weekday: 6, startsAt: '00:00', endsAt: '02:00' },
    ]);
  });
});

describe('the yearly tax card', () => {
  const e = (over: Partial<Parameters<typeof taxCardDue>[0]> = {}) => ({
    status: ExpertStatus.Active,
    paymentMethod: 'payroll',
    taxCardYear: 2026 as number | null,
    ...over,
  });
  it('is due from people paid as pay, active or paused, without the year’s card', () => {
    expect(taxCardDue(e(), 2027)).toBe(true);
    expect(taxCardDue(e({ taxCardYear: null }), 2027)).toBe(true);
    expect(taxCardDue(e({ status: ExpertStatus.Paused }), 2027)).toBe(true);
    expect(taxCardDue(e({ taxCardYear: 2027 }), 2027)).toBe(false);
    expect(taxCardDue(e({ paymentMethod: 'invoice' }), 2027)).toBe(false);
    expect(taxCardDue(e({ status: ExpertStatus.Left }), 2027)).toBe(false);
    expect(taxCardDue(e({ status: ExpertStatus.Orientation }), 2027)).toBe(false);
  });
  it('is asked for in January only', () => {
    expect(taxCardReminderYear('2027-01-01')).toBe(2027);
    expect(taxCardReminderYear('2027-01-31')).toBe(2027);
    expect(taxCardReminderYear('2026-12-31')).toBeNull();
    expect(taxCardReminderYear('2027-02-01')).toBeNull();
  });
});

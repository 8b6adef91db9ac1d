import {
  ageOn,
  birthDateProblem,
  latestCourseYear,
  longDate,
  municipalityChoices,
  needsGuardian,
  retryAfterHours,
} from './apply.rules';

// Every date here is written out: the rules take "today" as an argument and never read the clock.
const TODAY = '2027-03-15';

describe('ageOn', () => {
  it('counts full years, a birthday counting from its own day', () => {
    expect(ageOn('2009-03-15', TODAY)).toBe(18);
    expect(ageOn('2009-03-16', TODAY)).toBe(17);
    expect(ageOn('2009-04-01', TODAY)).toBe(17);
    expect(ageOn('1985-04-12', TODAY)).toBe(41);
  });

  it('has someone born on 29 February turn a year older on 1 March in a common year', () => {
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
  });
});

describe('needsGuardian', () => {
  it('asks for a guardian until the 18th birthday', () => {
    expect(needsGuardian('16.3.2009', TODAY)).toBe(true);
    expect(needsGuardian('15.3.2009', TODAY)).toBe(false);
    expect(needsGuardian('2011-01-01', TODAY)).toBe(true);
  });

  it('asks nothing while the date is unfinished, not a real day, or in the future', () => {
    expect(needsGuardian('', TODAY)).toBe(false);
    expect(needsGuardian('12.4.', TODAY)).toBe(false);
    expect(needsGuardian('31.2.2010', TODAY)).toBe(false);
    expect(needsGuardian('1.1.2030', TODAY)).toBe(false);
  });

  it('asks nothing of someone too young to apply (the date itself is the error then)', () => {
    expect(needsGuardian('15.3.2012', TODAY)).toBe(true);
    expect(needsGuardian('16.3.2012', TODAY)).toBe(false);
  });

  it('follows the day it is given, not the real one', () => {
    expect(needsGuardian('1.6.2008', '2026-05-31')).toBe(true);
    expect(needsGuardian('1.6.2008', '2026-06-01')).toBe(false);
  });
});

describe('birthDateProblem', () => {
  it('accepts a real date of someone aged 15 to 110', () => {
    expect(birthDateProblem('12.4.1985', TODAY)).toBeNull();
    expect(birthDateProblem('15.3.2012', TODAY)).toBeNull();
    expect(birthDateProblem('1985-04-12', TODAY)).toBeNull();
  });

  it('names what is wrong', () => {
    expect(birthDateProblem('12/4/1985', TODAY)).toBe('format');
    expect(birthDateProblem('30.2.1990', TODAY)).toBe('format');
    expect(birthDateProblem('16.3.2027', TODAY)).toBe('future');
    expect(birthDateProblem('16.3.2012', TODAY)).toBe('tooYoung');
    expect(birthDateProblem('1.1.1900', TODAY)).toBe('tooOld');
  });
});

describe('municipalityChoices', () => {
  const m = (code: string, nameFi: string, nameSv: string, mergedInto: string | null = null) => ({
    code,
    nameFi,
    nameSv,
    mergedInto,
    latitude: 0,
    longitude: 0,
  });
  const items = [
    m('091', 'Helsinki', 'Helsingfors'),
    m('179', 'Jyväskylä', 'Jyväskylä'),
    m('049', 'Espoo', 'Esbo'),
    m('ex-korpilahti', 'Korpilahti', 'Korpilahti', '179'),
    m('020', 'Akaa', 'Akaa'),
  ];

  it('lists the current municipalities alphabetically in Finnish, leaving out former ones', () => {
    expect(municipalityChoices(items, 'fi').map((c) => c.label)).toEqual([
      'Akaa',
      'Espoo',
      'Helsinki',
      'Jyväskylä',
    ]);
  });

  it('uses and sorts by the Swedish names in Swedish', () => {
    expect(municipalityChoices(items, 'sv').map((c) => c.label)).toEqual([
      'Akaa',
      'Esbo',
      'Helsingfors',
      'Jyväskylä',
    ]);
  });
});

describe('retryAfterHours', () => {
  it('rounds Retry-After up to whole hours', () => {
    expect(retryAfterHours('3600')).toBe(1);
    expect(retryAfterHours('86400')).toBe(24);
    expect(retryAfterHours('90')).toBe(1);
    expect(retryAfterHours(5400)).toBe(2);
  });

  it('is null without a usable value', () => {
    expect(retryAfterHours(undefined)).toBeNull();
    expect(retryAfterHours('soon')).toBeNull();
    expect(retryAfterHours('0')).toBeNull();
  });
});

describe('longDate', () => {
  it('writes the date in words in each language', () => {
    expect(longDate('2027-01-15', 'fi')).toBe('15. tammikuuta 2027');
    expect(longDate('2027-01-15', 'sv')).toBe('15 januari 2027');
    expect(longDate('2027-01-15', 'en')).toBe('15 January 2027');
  });
});

it('takes the latest course year from the given day', () => {
  expect(latestCourseYear(TODAY)).toBe(2027);
});

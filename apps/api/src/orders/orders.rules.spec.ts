import fc from 'fast-check';
import { addDays, helsinkiDate, weekday } from '../common/business-days';
import {
  ALL_ORDER_STATUSES,
  answerDueAt,
  canEdit,
  canReplaceSchedule,
  checkOccurrences,
  expandWeeklySeries,
  isLateCancellation,
  missingForSubmit,
  nextStep,
  OrderCommand,
  OrderStatus,
  orderNumber,
  transition,
  WeeklySeries,
} from './orders.rules';

const S = OrderStatus;

describe('order state machine', () => {
  // Every (from, command) pair and what it must give; anything not listed must be refused.
  const allowed: Array<[OrderStatus, OrderCommand, OrderStatus]> = [
    [S.Draft, { type: 'submit' }, S.Submitted],
    [S.Submitted, { type: 'startMatching' }, S.InMatching],
    [S.InMatching, { type: 'staffingChanged', staffed: 1, needed: 2 }, S.PartlyStaffed],
    [S.InMatching, { type: 'staffingChanged', staffed: 2, needed: 2 }, S.Staffed],
    [S.InMatching, { type: 'staffingChanged', staffed: 0, needed: 2 }, S.InMatching],
    [S.PartlyStaffed, { type: 'staffingChanged', staffed: 2, needed: 2 }, S.Staffed],
    [S.PartlyStaffed, { type: 'staffingChanged', staffed: 0, needed: 2 }, S.InMatching],
    [S.Staffed, { type: 'staffingChanged', staffed: 1, needed: 2 }, S.PartlyStaffed],
    [S.Staffed, { type: 'staffingChanged', staffed: 3, needed: 2 }, S.Staffed],
    [S.Staffed, { type: 'deliver' }, S.Delivered],
    [S.PartlyStaffed, { type: 'deliver' }, S.Delivered],
    [S.Delivered, { type: 'close' }, S.Closed],
    [S.Draft, { type: 'cancel' }, S.Cancelled],
    [S.Submitted, { type: 'cancel' }, S.Cancelled],
    [S.InMatching, { type: 'cancel' }, S.Cancelled],
    [S.PartlyStaffed, { type: 'cancel' }, S.Cancelled],
    [S.Staffed, { type: 'cancel' }, S.Cancelled],
  ];

  it.each(allowed)('%s --%j--> %s', (from, command, to) => {
    expect(transition(from, command)).toEqual({ ok: true, to });
  });

  const commands: OrderCommand[] = [
    { type: 'submit' },
    { type: 'startMatching' },
    { type: 'staffingChanged', staffed: 1, needed: 1 },
    { type: 'deliver' },
    { type: 'close' },
    { type: 'cancel' },
  ];

  it('refuses every other pair with a reason', () => {
    const allowedKinds = new Set(allowed.map(([from, c]) => `${from}:${c.type}`));
    let refused = 0;
    for (const from of ALL_ORDER_STATUSES) {
      for (const c of commands) {
        if (allowedKinds.has(`${from}:${c.type}`)) continue;
        const result = transition(from, c);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.reason.length).toBeGreaterThan(10);
        refused++;
      }
    }
    expect(refused).toBe(ALL_ORDER_STATUSES.length * commands.length - allowedKinds.size);
  });

  it('refuses nonsense staffing figures', () => {
    expect(transition(S.InMatching, { type: 'staffingChanged', staffed: 1, needed: 0 }).ok).toBe(false);
    expect(transition(S.InMatching, { type: 'staffingChanged', staffed: -1, needed: 2 }).ok).toBe(false);
    expect(transition(S.InMatching, { type: 'staffingChanged', staffed: 1.5, needed: 2 }).ok).toBe(false);
  });

  const commandArb: fc.Arbitrary<OrderCommand> = fc.oneof(
    fc.constant<OrderCommand>({ type: 'submit' }),
    fc.constant<OrderCommand>({ type: 'startMatching' }),
    fc
      .record({ staffed: fc.integer({ min: -1, max: 5 }), needed: fc.integer({ min: 0, max: 5 }) })
      .map(({ staffed, needed }): OrderCommand => ({ type: 'staffingChanged', staffed, needed })),
    fc.constant<OrderCommand>({ type: 'deliver' }),
    fc.constant<OrderCommand>({ type: 'close' }),
    fc.constant<OrderCommand>({ type: 'cancel' }),
  );

  it('no sequence of commands reaches an invalid state', () => {
    fc.assert(
      fc.property(fc.array(commandArb, { maxLength: 40 }), (cmds) => {
        let status = S.Draft;
        let staffing: { staffed: number; needed: number } | null = null;
        const seen: OrderStatus[] = [status];
        for (const c of cmds) {
          const r = transition(status, c);
          if (!r.ok) continue;
          // terminal states are never left
          expect([S.Closed, S.Cancelled]).not.toContain(status);
          if (c.type === 'staffingChanged') staffing = { staffed: c.staffed, needed: c.needed };
          status = r.to;
          seen.push(status);
          expect(ALL_ORDER_STATUSES).toContain(status);
          // staffed states agree with the last staffing figures
          if (status === S.Staffed) expect(staffing && staffing.staffed >= staffing.needed).toBe(true);
          if (status === S.PartlyStaffed)
            expect(staffing && staffing.staffed > 0 && staffing.staffed < staffing.needed).toBe(true);
          // delivered needs someone staffed; closed needs delivered
          if (status === S.Delivered)
            expect(seen.some((s) => s === S.Staffed || s === S.PartlyStaffed)).toBe(true);
          if (status === S.Closed) expect(seen).toContain(S.Delivered);
          // nothing is staffed before it was submitted and taken into matching
          if ([S.InMatching, S.PartlyStaffed, S.Staffed].includes(status))
            expect(seen).toContain(S.Submitted);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('names who has the order now for every status', () => {
    for (const s of ALL_ORDER_STATUSES) expect(nextStep(s).owner).toBeDefined();
    expect(nextStep(S.Submitted)).toEqual({ step: 'coordinator_answer', owner: 'coordinator' });
    expect(nextStep(S.Staffed)).toEqual({ step: 'task_takes_place', owner: 'orderer' });
    expect(nextStep(S.Cancelled).owner).toBe('nobody');
  });

  it('allows edits until delivery and schedule replacement until staffing', () => {
    expect(ALL_ORDER_STATUSES.filter(canEdit)).toEqual([
      S.Draft,
      S.Submitted,
      S.InMatching,
      S.PartlyStaffed,
      S.Staffed,
    ]);
    expect(ALL_ORDER_STATUSES.filter(canReplaceSchedule)).toEqual([S.Draft, S.Submitted, S.InMatching]);
  });
});

describe('answer deadline and late cancellation', () => {
  it('answers by 16:00 Helsinki on the Nth business day, skipping weekends and holidays', () => {
    // Friday 2026-12-04 10:00 + 2 business days: Monday 7th, Tuesday 8th (Independence Day 6th is a Sunday)
    expect(answerDueAt(new Date('2026-12-04T08:00:00Z'), 2).toISOString()).toBe('2026-12-08T14:00:00.000Z');
    // Wednesday 2026-12-23 + 2: Thursday 24th and Friday 25th are holidays → Monday 28th, Tuesday 29th
    expect(answerDueAt(new Date('2026-12-23T08:00:00Z'), 2).toISOString()).toBe('2026-12-29T14:00:00.000Z');
    // summer time: 16:00 EEST = 13:00 UTC
    expect(answerDueAt(new Date('2026-06-01T08:00:00Z'), 1).toISOString()).toBe('2026-06-02T13:00:00.000Z');
  });

  it('flags a cancellation from the start of the Nth business day before the task', () => {
    const start = new Date('2026-12-10T11:00:00Z'); // Thursday 13:00 Helsinki
    expect(isLateCancellation(new Date('2026-12-07T21:59:00Z'), start, 2)).toBe(false); // Monday 23:59
    expect(isLateCancellation(new Date('2026-12-07T22:00:00Z'), start, 2)).toBe(true); // Tuesday 00:00
    expect(isLateCancellation(new Date('2026-12-10T12:00:00Z'), start, 2)).toBe(true); // after the start
    // a Monday task: two business days before are Thursday and Friday
    const monday = new Date('2026-12-14T08:00:00Z');
    expect(isLateCancellation(new Date('2026-12-09T12:00:00Z'), monday, 2)).toBe(false); // Wednesday
    expect(isLateCancellation(new Date('2026-12-10T12:00:00Z'), monday, 2)).toBe(true); // Thursday
  });
});

describe('series', () => {
  const base: WeeklySeries = {
    firstDate: '2027-03-02',
    weekdays: [2],
    startTime: '13:00',
    endTime: '15:00',
    intervalWeeks: 1,
    weeks: 8,
    places: ['Osasto 1', 'Osasto 2', 'Osasto 3', 'Osasto 4'],
    skipHolidays: true,
  };

  it('expands Juttupenkki every Tuesday 13–15 on four wards for eight weeks into 32 occurrences', () => {
    const r = expandWeeklySeries(base);
    if (!r.ok) throw new Error(r.problem);
    expect(r.occurrences).toHaveLength(32);
    expect(new Set(r.occurrences.map((o) => o.place)).size).toBe(4);
    // winter time before 28 March, summer time after: always 13:00 on the wall clock
    expect(r.occurrences[0].startsAt.toISOString()).toBe('2027-03-02T11:00:00.000Z');
    expect(r.occurrences[31].startsAt.toISOString()).toBe('2027-04-20T10:00:00.000Z');
    for (const o of r.occurrences) expect(o.endsAt.getTime() - o.startsAt.getTime()).toBe(2 * 3600_000);
  });

  it('skips weekday holidays, honours the interval and the first date', () => {
    // Good Friday 2027-03-26, Easter Monday 2027-03-29
    const r = expandWeeklySeries({
      ...base,
      weekdays: [1, 5],
      places: [],
      weeks: 4,
      firstDate: '2027-03-10',
    });
    if (!r.ok) throw new Error(r.problem);
    const days = r.occurrences.map((o) => o.startsAt.toISOString().slice(0, 10));
    // four Fridays and four Mondays from Wednesday the 10th, less Good Friday and Easter Monday
    expect(days).toEqual(['2027-03-12', '2027-03-15', '2027-03-19', '2027-03-22', '2027-04-02', '2027-04-05']);
    const everyOther = expandWeeklySeries({ ...base, places: [], intervalWeeks: 2 });
    expect(everyOther.ok && everyOther.occurrences.length).toBe(4);
  });

  it('gives N of each weekday on every place whatever weekday the first date is ("Tuesdays for 8 weeks from a Friday")', () => {
    const r = expandWeeklySeries({ ...base, firstDate: '2027-01-15' }); // a Friday
    if (!r.ok) throw new Error(r.problem);
    expect(r.occurrences).toHaveLength(32);
    expect(r.occurrences[0].startsAt.toISOString()).toBe('2027-01-19T11:00:00.000Z'); // the next Tuesday
    expect(r.occurrences[31].startsAt.toISOString()).toBe('2027-03-09T11:00:00.000Z'); // the eighth
  });

  it('counts weeks / interval × weekdays × places when no holiday is skipped, from any first date', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: 4 }),
        (day, weekdays, intervalWeeks, weeks, placeCount) => {
          const places = Array.from({ length: placeCount }, (_, i) => `Osasto ${i + 1}`);
          const firstDate = day.toISOString().slice(0, 10);
          const r = expandWeeklySeries({ ...base, firstDate, weekdays, intervalWeeks, weeks, places, skipHolidays: false });
          if (!r.ok) throw new Error(r.problem);
          expect(r.occurrences).toHaveLength(Math.ceil(weeks / intervalWeeks) * weekdays.length * Math.max(1, placeCount));
          const dates = r.occurrences.map((o) => helsinkiDate(o.startsAt));
          expect(dates.every((d) => d >= firstDate)).toBe(true);
          expect([...dates].sort()).toEqual(dates);
          // each weekday's first time is within the first week
          for (const w of weekdays) {
            const first = dates.find((d) => (weekday(d) || 7) === w);
            expect(first && first < addDays(firstDate, 7)).toBe(true);
          }
        },
      ),
    );
  });

  it('refuses a series that ends before it starts, has no weekdays, or is too long', () => {
    expect(expandWeeklySeries({ ...base, endTime: '12:00' })).toEqual({ ok: false, problem: 'time_order' });
    expect(expandWeeklySeries({ ...base, weekdays: [] })).toEqual({ ok: false, problem: 'no_weekdays' });
    expect(expandWeeklySeries({ ...base, weekdays: [1, 2, 3, 4, 5, 6, 7], weeks: 52 })).toEqual({
      ok: false,
      problem: 'too_many',
    });
  });

  it('sorts explicit occurrences and rejects one that ends before it starts', () => {
    const a = {
      startsAt: new Date('2027-01-02T10:00:00Z'),
      endsAt: new Date('2027-01-02T11:00:00Z'),
      place: null,
    };
    const b = {
      startsAt: new Date('2027-01-01T10:00:00Z'),
      endsAt: new Date('2027-01-01T11:00:00Z'),
      place: null,
    };
    const r = checkOccurrences([a, b]);
    expect(r.ok && r.occurrences[0]).toBe(b);
    expect(checkOccurrences([a, { ...b, endsAt: b.startsAt }])).toEqual({ ok: false, index: 1 });
  });

  it('numbers orders for people', () => {
    expect(orderNumber(2026, 123)).toBe('T-2026-000123');
  });
});

describe('what an order needs before it is sent', () => {
  const complete = {
    description: 'Juttupenkki osastoilla',
    languageCode: 'fi',
    mode: 'in_person' as const,
    place: 'Keskussairaala',
    municipalityCode: 'jyvaskyla',
    startsAt: new Date('2027-03-02T11:00:00Z'),
  };

  it('accepts a complete order', () => {
    expect(missingForSubmit(complete)).toEqual({});
  });

  it('names every missing field, and needs no place for a remote task', () => {
    const empty = {
      description: null,
      languageCode: null,
      mode: 'in_person' as const,
      place: null,
      municipalityCode: null,
      startsAt: null,
    };
    expect(Object.keys(missingForSubmit(empty)).sort()).toEqual([
      'description',
      'languageCode',
      'municipalityCode',
      'place',
      'schedule',
    ]);
    expect(missingForSubmit({ ...complete, mode: 'remote', place: null, municipalityCode: null })).toEqual(
      {},
    );
    expect(Object.keys(missingForSubmit({ ...complete, mode: 'hybrid', place: null }))).toEqual(['place']);
  });
});

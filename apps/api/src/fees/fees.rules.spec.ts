import fc from 'fast-check';
import {
  allowedClaimCommands,
  cancellationPays,
  ceilingCheck,
  ClaimCommand,
  ClaimOwner,
  ClaimStatus,
  claimLines,
  earningsCents,
  FeeBasis,
  FeeRuleError,
  hourlyAmount,
  feeShareOf,
  lateCancellationShare,
  LineKind,
  mileageRateFor,
  nextClaimStatus,
  ownerOf,
  PaymentMethod,
  Rate,
  rateFor,
  Report,
  ScheduleRates,
  scheduleInForce,
  stepBusinessDays,
  totalCents,
} from './fees.rules';

const MILEAGE = [
  { year: 2024, centsPerKm: 57 },
  { year: 2025, centsPerKm: 59 },
  { year: 2026, centsPerKm: 55 },
];

const rate = (over: Partial<Rate> = {}): Rate => ({
  basis: FeeBasis.Hourly,
  amountCents: 2500,
  minBillableMinutes: 60,
  paidPreparationMinutes: 0,
  preparationHourlyCents: null,
  incomeTypeCode: '201',
  ...over,
});

const report = (over: Partial<Report> = {}): Report => ({
  workedMinutes: 120,
  preparationMinutes: 0,
  kilometres: 0,
  ticketsCents: 0,
  expenses: [],
  ...over,
});

// The demo schedule (after the KoKoA recommendations): 25 €/h facilitation, talks 100–600 € by tier,
// 50 € a meeting; from 1 March 2026 a new schedule raises talks.
const SCHEDULES: ScheduleRates[] = [
  {
    id: 's2025',
    effectiveFrom: '2025-01-01',
    traineeFeePercent: 100,
    rates: [
      {
        ...rate({ basis: FeeBasis.PerTask, amountCents: 10000, incomeTypeCode: '214' }),
        tierCode: 'basic',
        taskTypeCode: 'talk',
        productCode: null,
      },
      {
        ...rate({ basis: FeeBasis.PerTask, amountCents: 30000, incomeTypeCode: '214' }),
        tierCode: 'trained',
        taskTypeCode: 'talk',
        productCode: null,
      },
      {
        ...rate({ basis: FeeBasis.PerTask, amountCents: 60000, incomeTypeCode: '214' }),
        tierCode: 'advanced',
        taskTypeCode: 'talk',
        productCode: null,
      },
      { ...rate(), tierCode: 'trained', taskTypeCode: 'group_facilitation', productCode: null },
      {
        ...rate({ basis: FeeBasis.PerMeeting, amountCents: 5000, incomeTypeCode: '210' }),
        tierCode: 'trained',
        taskTypeCode: 'body_membership',
        productCode: null,
      },
      {
        ...rate({ amountCents: 3000 }),
        tierCode: 'trained',
        taskTypeCode: 'group_facilitation',
        productCode: 'juttupenkki',
      },
    ],
  },
  {
    id: 's2026-03',
    effectiveFrom: '2026-03-01',
    traineeFeePercent: 100,
    rates: [
      {
        ...rate({
          basis: FeeBasis.PerTask,
          amountCents: 35000,
          incomeTypeCode: '214',
          paidPreparationMinutes: 120,
          preparationHourlyCents: 2500,
        }),
        tierCode: 'trained',
        taskTypeCode: 'talk',
        productCode: null,
      },
    ],
  },
];

describe('fee arithmetic', () => {
  // tier × task type × minimum × preparation × travel, one row each
  const cases: Array<{
    name: string;
    day: string;
    tier: string;
    taskType: string;
    product?: string;
    method?: PaymentMethod;
    report: Partial<Report>;
    lines: Array<[LineKind, number, string]>;
  }> = [
    {
      name: 'a basic talk',
      day: '2025-05-06',
      tier: 'basic',
      taskType: 'talk',
      report: {},
      lines: [[LineKind.Fee, 10000, '214']],
    },
    {
      name: 'a trained talk',
      day: '2025-05-06',
      tier: 'trained',
      taskType: 'talk',
      report: {},
      lines: [[LineKind.Fee, 30000, '214']],
    },
    {
      name: 'an advanced talk',
      day: '2025-05-06',
      tier: 'advanced',
      taskType: 'talk',
      report: {},
      lines: [[LineKind.Fee, 60000, '214']],
    },
    {
      name: 'facilitation, 2 h 15 min at 25 €/h',
      day: '2025-05-06',
      tier: 'trained',
      taskType: 'group_facilitation',
      report: { workedMinutes: 135 },
      lines: [[LineKind.Fee, 5625, '201']],
    },
    {
      name: 'facilitation shorter than the minimum is paid the minimum hour',
      day: '2025-05-06',
      tier: 'trained',
      taskType: 'group_facilitation',
      report: { workedMinutes: 20 },
      lines: [[LineKind.Fee, 2500, '201']],
    },
    {
      name: 'a product’s own rate beats the task type’s',
      day: '2025-05-06',
      tier: 'trained',
      taskType: 'group_facilitation',
      product: 'juttupenkki',
      report: { workedMinutes: 120 },
      lines: [[LineKind.Fee, 6000, '201']],
    },
    {
      name: 'a meeting',
      day: '2025-05-06',
      tier: 'trained',
      taskType: 'body_membership',
      report: { workedMinutes: 200 },
      lines: [[LineKind.Fee, 5000, '210']],
    },
    {
      name: 'kilometres at the 2025 rate, a ticket and a receipt',
      day: '2025-05-06',
      tier: 'trained',
      taskType: 'talk',
      report: {
        kilometres: 42,
        ticketsCents: 320,
        expenses: [{ description: 'Parkkimaksu', amountCents: 450 }],
      },
      lines: [
        [LineKind.Fee, 30000, '214'],
        [LineKind.Mileage, 2478, '311'],
        [LineKind.Ticket, 320, 'expense'],
        [LineKind.Expense, 450, 'expense'],
      ],
    },
    {
      name: 'the day before the new schedule: the old rate, no paid preparation',
      day: '2026-02-28',
      tier: 'trained',
      taskType: 'talk',
      report: { preparationMinutes: 90, kilometres: 10 },
      lines: [
        [LineKind.Fee, 30000, '214'],
        [LineKind.Mileage, 550, '311'],
      ],
    },
    {
      name: 'the first day of the new schedule: the new rate and preparation up to two hours',
      day: '2026-03-01',
      tier: 'trained',
      taskType: 'talk',
      report: { preparationMinutes: 180 },
      lines: [
        [LineKind.Fee, 35000, '214'],
        [LineKind.Preparation, 5000, '214'],
      ],
    },
    {
      name: 'work compensation (the expert invoices) is income type 336',
      day: '2025-05-06',
      tier: 'trained',
      taskType: 'talk',
      method: PaymentMethod.Invoice,
      report: { kilometres: 5 },
      lines: [
        [LineKind.Fee, 30000, '336'],
        [LineKind.Mileage, 295, '311'],
      ],
    },
    {
      name: 'a volunteer gets expenses only',
      day: '2024-11-06',
      tier: 'trained',
      taskType: 'talk',
      method: PaymentMethod.Volunteer,
      report: { kilometres: 100, ticketsCents: 560 },
      lines: [
        [LineKind.Mileage, 5700, '311'],
        [LineKind.Ticket, 560, 'expense'],
      ],
    },
  ];

  it.each(cases)('$name', (c) => {
    const schedule = scheduleInForce(SCHEDULES, c.day);
    // a rate missing from a later schedule is not borrowed from an earlier one
    const r = schedule && rateFor(schedule, c.tier, c.taskType, c.product ?? null);
    const lines = claimLines({
      rate:
        r ??
        (c.method === PaymentMethod.Volunteer
          ? null
          : rateFor(SCHEDULES[0], c.tier, c.taskType, c.product ?? null)),
      paymentMethod: c.method ?? PaymentMethod.Payroll,
      report: report(c.report),
      mileageCentsPerKm: mileageRateFor(MILEAGE, c.day)?.centsPerKm ?? null,
    });
    expect(lines.map((l) => [l.kind, l.amountCents, l.incomeTypeCode])).toEqual(c.lines);
    for (const l of lines) expect(Number.isInteger(l.amountCents)).toBe(true);
  });

  it('uses the task year’s kilometre rate, and the latest earlier year’s until the new one is entered', () => {
    expect(mileageRateFor(MILEAGE, '2025-06-30')).toEqual({ centsPerKm: 59, year: 2025, fallback: false });
    expect(mileageRateFor(MILEAGE, '2026-12-31')).toEqual({ centsPerKm: 55, year: 2026, fallback: false });
    expect(mileageRateFor(MILEAGE, '2027-01-02')).toEqual({ centsPerKm: 55, year: 2026, fallback: true });
    expect(mileageRateFor([...MILEAGE, { year: 2027, centsPerKm: 58 }], '2027-01-02')).toEqual({
      centsPerKm: 58,
      year: 2027,
      fallback: false,
    });
    expect(mileageRateFor(MILEAGE, '2023-12-31')).toBeNull();
  });

  it('picks the schedule in force on the task’s day', () => {
    expect(scheduleInForce(SCHEDULES, '2024-12-31')).toBeNull();
    expect(scheduleInForce(SCHEDULES, '2026-02-28')?.id).toBe('s2025');
    expect(scheduleInForce(SCHEDULES, '2026-03-01')?.id).toBe('s2026-03');
    expect(rateFor(SCHEDULES[1], 'basic', 'talk', null)).toBeNull();
    expect(rateFor(SCHEDULES[0], null, 'talk', null)).toBeNull();
  });

  it('rounds hourly amounts half up to the cent', () => {
    expect(hourlyAmount(1, 2500)).toBe(42); // 41.67
    expect(hourlyAmount(7, 2130)).toBe(249); // 248.5
    expect(hourlyAmount(0, 2500)).toBe(0);
  });

  it('refuses a report that is not whole minutes, kilometres and cents, and a missing rate', () => {
    const base = { rate: rate(), paymentMethod: PaymentMethod.Payroll, mileageCentsPerKm: 55 };
    for (const bad of [
      { workedMinutes: -1 },
      { kilometres: 1.5 },
      { ticketsCents: 0.5 },
      { expenses: [{ description: ' ', amountCents: 100 }] },
    ]) {
      expect(() => claimLines({ ...base, report: report(bad) })).toThrow(FeeRuleError);
    }
    expect(() => claimLines({ ...base, rate: null, report: report() })).toThrow(/no rate/);
    expect(() => claimLines({ ...base, mileageCentsPerKm: null, report: report({ kilometres: 3 }) })).toThrow(
      /kilometre rate/,
    );
  });

  it('pays a late cancellation by the configured share', () => {
    const lines = claimLines({
      rate: rate({ basis: FeeBasis.PerTask, amountCents: 30001 }),
      paymentMethod: PaymentMethod.Payroll,
      report: report(),
      mileageCentsPerKm: 55,
      feeShare: lateCancellationShare('half'),
    });
    expect(lines.map((l) => l.amountCents)).toEqual([15001]);
    expect(lateCancellationShare('full')).toBe(1);
    expect(lateCancellationShare('none')).toBe(0);
  });

  it("pays a trainee's task with the mentor by the schedule's trainee share, costs in full", () => {
    const share = (over: Partial<Parameters<typeof feeShareOf>[0]>) =>
      feeShareOf({
        lateCancellation: false,
        lateRule: 'half',
        trainingTask: true,
        traineeFeePercent: 50,
        ...over,
      });
    expect(share({})).toBe(0.5);
    expect(share({ trainingTask: false })).toBe(1);
    expect(share({ lateCancellation: true })).toBe(0.25);
    expect(share({ traineeFeePercent: null })).toBe(1);
    const hourly = rate({ basis: FeeBasis.Hourly, amountCents: 2500, paidPreparationMinutes: 60 });
    const lines = claimLines({
      rate: hourly,
      paymentMethod: PaymentMethod.Payroll,
      report: report({ workedMinutes: 90, preparationMinutes: 30, kilometres: 10, ticketsCents: 480 }),
      mileageCentsPerKm: 55,
      feeShare: share({}),
    });
    expect(lines.map((l) => [l.kind, l.amountCents])).toEqual([
      [LineKind.Fee, 1875],
      [LineKind.Preparation, 625],
      [LineKind.Mileage, 550],
      [LineKind.Ticket, 480],
    ]);
    // expenses only: no fee lines, and no rate is needed for that
    const costsOnly = claimLines({
      rate: null,
      paymentMethod: PaymentMethod.Payroll,
      report: report({ kilometres: 10 }),
      mileageCentsPerKm: 55,
      feeShare: share({ traineeFeePercent: 0 }),
    });
    expect(costsOnly.map((l) => l.kind)).toEqual([LineKind.Mileage]);
  });

  it('totals are sums of integer lines and earnings leave out reimbursed costs', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 600 }),
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 0, max: 5000 }),
        (worked, prep, km, tickets) => {
          const lines = claimLines({
            rate: rate({ paidPreparationMinutes: 60 }),
            paymentMethod: PaymentMethod.Payroll,
            report: report({
              workedMinutes: worked,
              preparationMinutes: prep,
              kilometres: km,
              ticketsCents: tickets,
            }),
            mileageCentsPerKm: 55,
          });
          expect(totalCents(lines)).toBe(earningsCents(lines) + km * 55 + tickets);
          expect(lines.every((l) => Number.isInteger(l.amountCents) && l.amountCents >= 0)).toBe(true);
        },
      ),
    );
  });

  it('warns when a claim would take the month over the expert’s own ceiling', () => {
    expect(
      ceilingCheck({ ceilingCents: null, monthEarningsCents: 90000, claimEarningsCents: 30000 }),
    ).toBeNull();
    expect(
      ceilingCheck({ ceilingCents: 100000, monthEarningsCents: 60000, claimEarningsCents: 30000 }),
    ).toEqual({
      ceilingCents: 100000,
      monthAfterCents: 90000,
      overByCents: 0,
    });
    expect(
      ceilingCheck({ ceilingCents: 100000, monthEarningsCents: 80000, claimEarningsCents: 30000 })
        ?.overByCents,
    ).toBe(10000);
  });
});

describe('the claim’s path', () => {
  const table: Array<[ClaimStatus, ClaimCommand, ClaimStatus | null]> = [
    [ClaimStatus.Draft, ClaimCommand.Submit, ClaimStatus.Submitted],
    [ClaimStatus.Returned, ClaimCommand.Submit, ClaimStatus.Submitted],
    [ClaimStatus.Submitted, ClaimCommand.Confirm, ClaimStatus.Confirmed],
    [ClaimStatus.Confirmed, ClaimCommand.Approve, ClaimStatus.Approved],
    [ClaimStatus.Approved, ClaimCommand.Export, ClaimStatus.Exported],
    [ClaimStatus.Exported, ClaimCommand.Pay, ClaimStatus.Paid],
    [ClaimStatus.Exported, ClaimCommand.Reject, ClaimStatus.Rejected],
    [ClaimStatus.Rejected, ClaimCommand.Reapprove, ClaimStatus.Approved],
    [ClaimStatus.Exported, ClaimCommand.Release, ClaimStatus.Approved],
    [ClaimStatus.Submitted, ClaimCommand.Return, ClaimStatus.Returned],
    [ClaimStatus.Confirmed, ClaimCommand.Return, ClaimStatus.Returned],
    [ClaimStatus.Approved, ClaimCommand.Return, ClaimStatus.Returned],
    [ClaimStatus.Draft, ClaimCommand.Approve, null],
    [ClaimStatus.Submitted, ClaimCommand.Approve, null],
    [ClaimStatus.Exported, ClaimCommand.Return, null],
    [ClaimStatus.Exported, ClaimCommand.Cancel, null],
    [ClaimStatus.Paid, ClaimCommand.Return, null],
    [ClaimStatus.Paid, ClaimCommand.Pay, null],
  ];
  it.each(table)('%s + %s → %s', (from, command, to) => {
    expect(nextClaimStatus(from, command)).toBe(to);
    expect(allowedClaimCommands(from).includes(command)).toBe(to !== null);
  });

  it('has one owner and a number of business days at every open step', () => {
    const days = { expert: 5, orderer: 3, approver: 3, payroll: 10, coordinator: 2 };
    expect(ownerOf(ClaimStatus.Draft)).toBe(ClaimOwner.Expert);
    expect(ownerOf(ClaimStatus.Submitted)).toBe(ClaimOwner.Orderer);
    expect(ownerOf(ClaimStatus.Confirmed)).toBe(ClaimOwner.Approver);
    expect(ownerOf(ClaimStatus.Rejected)).toBe(ClaimOwner.Coordinator);
    expect(ownerOf(ClaimStatus.Paid)).toBe(ClaimOwner.Nobody);
    for (const s of Object.values(ClaimStatus)) {
      const open = ![ClaimStatus.Paid, ClaimStatus.Cancelled].includes(s);
      expect(stepBusinessDays(s, days) !== null).toBe(open);
    }
  });

  it('never leaves paid or cancelled, whatever commands come', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...Object.values(ClaimCommand)), { maxLength: 30 }),
        (commands) => {
          let s = ClaimStatus.Draft;
          let ended = false;
          for (const c of commands) {
            const next = nextClaimStatus(s, c);
            if (ended) expect(next).toBeNull();
            if (next) s = next;
            if (s === ClaimStatus.Paid || s === ClaimStatus.Cancelled) ended = true;
          }
        },
      ),
    );
  });
});

describe('cancellations that pay', () => {
  it('pays only a late cancellation of the ordering unit’s, and only when the rule pays something', () => {
    expect(cancellationPays('orderer', true, 'full')).toBe(true);
    expect(cancellationPays('orderer', true, 'half')).toBe(true);
    expect(cancellationPays('orderer', true, 'none')).toBe(false);
    expect(cancellationPays('orderer', false, 'full')).toBe(false);
    for (const who of ['expert', 'county', undefined])
      expect(cancellationPays(who, true, 'full')).toBe(false);
  });
});

import {
  ceilingLevel,
  ceilingOf,
  dueParts,
  formFieldOf,
  formOf,
  readReport,
  stepsOf,
  whereNow,
} from './fees.rules';

const echo = (key: string, values?: Record<string, unknown>) =>
  values ? `${key}${JSON.stringify(values)}` : key;

describe('where a claim is now', () => {
  it('says what it waits for, who has it and by when', () => {
    const text = whereNow(
      echo,
      {
        status: 'submitted',
        owner: 'orderer',
        ownerName: 'Mikko Lehtonen',
        dueAt: '2026-11-25T14:00:00.000Z',
        overdue: false,
      },
      'fi',
    );
    expect(text).toBe('fees.where.submitted – Mikko Lehtonen, fees.where.due{"day":"ke 25.11.","time":"16"}');
  });

  it('says when it is late, and names nobody for the expert’s own step', () => {
    const text = whereNow(
      echo,
      {
        status: 'draft',
        owner: 'expert',
        ownerName: 'Liisa Virtanen',
        dueAt: '2026-11-25T14:30:00.000Z',
        overdue: true,
      },
      'fi',
    );
    expect(text).toBe('fees.where.draft. fees.where.overdue{"day":"ke 25.11.","time":"16.30"}');
    expect(
      whereNow(echo, { status: 'paid', owner: 'nobody', ownerName: null, dueAt: null, overdue: false }, 'fi'),
    ).toBe('fees.where.paid');
  });

  it('formats the moment in each language', () => {
    expect(dueParts('2026-11-25T14:00:00.000Z', 'sv')).toEqual({ day: 'ons 25.11', time: '16' });
    expect(dueParts('2026-11-25T14:05:00.000Z', 'en')).toEqual({ day: 'Wed 25/11', time: '16:05' });
  });
});

describe('the path of a claim', () => {
  it('marks the steps behind, the current one and those to come', () => {
    expect(stepsOf('draft').map((s) => s.state)).toEqual(['done', 'current', 'todo', 'todo', 'todo', 'todo']);
    expect(stepsOf('submitted').find((s) => s.state === 'current')?.key).toBe('confirmed');
    expect(stepsOf('exported').find((s) => s.state === 'current')?.key).toBe('paid');
    expect(stepsOf('paid').every((s) => s.state === 'done')).toBe(true);
    expect(stepsOf('cancelled').every((s) => s.state === 'todo')).toBe(true);
  });
});

describe('the own earnings limit', () => {
  it('says how close the month is', () => {
    expect(ceilingLevel({ ceilingCents: null, monthEarningsCents: 5000 }).level).toBe('none');
    expect(ceilingLevel({ ceilingCents: 100000, monthEarningsCents: 30000 })).toEqual({
      level: 'fine',
      leftCents: 70000,
      overCents: 0,
      percent: 30,
    });
    expect(ceilingLevel({ ceilingCents: 100000, monthEarningsCents: 85000 }).level).toBe('near');
    expect(ceilingLevel({ ceilingCents: 100000, monthEarningsCents: 100000 }).level).toBe('reached');
    expect(ceilingLevel({ ceilingCents: 100000, monthEarningsCents: 120000 })).toMatchObject({
      level: 'over',
      overCents: 20000,
    });
  });

  it('takes the figures from the problem, else from the claim', () => {
    const figures = { ceilingCents: 100000, monthAfterCents: 120000, overByCents: 20000 };
    expect(ceilingOf({ ceiling: figures }, { ceiling: null })).toEqual(figures);
    expect(ceilingOf({}, { ceiling: figures })).toEqual(figures);
  });
});

describe('the report form', () => {
  const report = {
    workedMinutes: 150,
    preparationMinutes: 60,
    kilometres: 24,
    ticketsCents: 0,
    expenses: [{ description: 'Pysäköinti', amountCents: 450 }],
  };

  it('round-trips a report through the form', () => {
    const form = formOf(report, 'fi');
    expect(form).toMatchObject({ workedHours: '2', workedMinutes: '30', tickets: '0' });
    expect(form.expenses).toEqual([{ description: 'Pysäköinti', amount: '4,50' }]);
    expect(readReport(form)).toEqual({ report });
  });

  it('reads euros and minutes exactly', () => {
    const form = { ...formOf(report, 'fi'), tickets: '4,35', workedHours: '3', workedMinutes: '5' };
    expect(readReport(form)).toEqual({ report: { ...report, ticketsCents: 435, workedMinutes: 185 } });
  });

  it('names every field to fix', () => {
    const result = readReport({
      workedHours: 'kaksi',
      workedMinutes: '0',
      prepHours: '1',
      prepMinutes: '75',
      kilometres: '2001',
      tickets: '12,345',
      expenses: [
        { description: '', amount: '' },
        { description: 'Taksi', amount: '2000' },
      ],
    });
    expect('problems' in result && result.problems).toEqual([
      { field: 'workedHours', key: 'fees.validation.hours' },
      { field: 'prepMinutes', key: 'fees.validation.minutes' },
      { field: 'kilometres', key: 'fees.validation.kilometres' },
      { field: 'tickets', key: 'fees.validation.euros' },
      { field: 'expenses.0.description', key: 'fees.validation.describe' },
      { field: 'expenses.0.amount', key: 'fees.validation.amountMissing' },
      { field: 'expenses.1.amount', key: 'fees.validation.tooMuch' },
    ]);
  });

  it('refuses more than a day', () => {
    const result = readReport({ ...formOf(report, 'fi'), workedHours: '25' });
    expect('problems' in result && result.problems).toEqual([
      { field: 'workedHours', key: 'fees.validation.dayTooLong' },
    ]);
  });

  it('maps the API’s field names to the form’s', () => {
    expect(formFieldOf('report.kilometres')).toBe('kilometres');
    expect(formFieldOf('report.workedMinutes')).toBe('workedHours');
    expect(formFieldOf('report.expenses.2.amountCents')).toBe('expenses.2.amount');
    expect(formFieldOf('asVolunteer')).toBeNull();
  });
});

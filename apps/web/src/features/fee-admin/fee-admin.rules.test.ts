import {
  bulkActions,
  duplicateRows,
  eligibleFor,
  emptyRateRow,
  inboxViews,
  rateFieldOf,
  rateProblemKey,
  rateRowProblems,
  rateToRow,
  releasable,
  rowToRate,
} from './fee-admin.rules';

describe('fee admin rules', () => {
  it('opens the inbox views a person’s roles allow, in the order the work flows', () => {
    expect(inboxViews(['orderer'])).toEqual(['to_confirm']);
    expect(inboxViews(['coordinator', 'approver'])).toEqual(['to_approve', 'all']);
    expect(inboxViews(['expert'])).toEqual([]);
    expect(bulkActions('to_confirm')).toEqual(['confirm']);
    expect(bulkActions('all')).toEqual(['confirm', 'approve']);
    expect(eligibleFor('confirm', 'submitted')).toBe(true);
    expect(eligibleFor('approve', 'submitted')).toBe(false);
    expect(eligibleFor('approve', 'confirmed')).toBe(true);
  });

  it('lets only a batch payroll never acknowledged be released', () => {
    expect(releasable({ status: 'exported' })).toBe(true);
    expect(releasable({ status: 'acknowledged' })).toBe(false);
    expect(releasable({ status: 'released' })).toBe(false);
  });

  it('turns a rate into table cells and back without losing a cent', () => {
    const rate = {
      tierCode: 'basic',
      taskTypeCode: 'lecture',
      productCode: null,
      basis: 'hourly' as const,
      amountCents: 3029,
      minBillableMinutes: 60,
      paidPreparationMinutes: 30,
      preparationHourlyCents: 1500,
      incomeTypeCode: '214',
    };
    const row = rateToRow(rate, 'fi');
    expect(row).toMatchObject({ target: 'task:lecture', amount: '30,29', preparationHourly: '15,00' });
    expect(rowToRate(row)).toEqual(rate);
    expect(rowToRate({ ...row, target: 'product:chat_bench', preparationHourly: '' })).toMatchObject({
      taskTypeCode: null,
      productCode: 'chat_bench',
      preparationHourlyCents: null,
    });
  });

  it('says what is wrong with each cell of a rate', () => {
    expect(rateRowProblems(emptyRateRow())).toEqual({
      tierCode: 'feeAdmin.validation.tierRequired',
      target: 'feeAdmin.validation.targetRequired',
      amount: 'feeAdmin.validation.amountRequired',
      incomeTypeCode: 'feeAdmin.validation.incomeTypeRequired',
    });
    const row = {
      ...emptyRateRow(),
      tierCode: 'basic',
      target: 'task:lecture',
      basis: 'per_task' as const,
      amount: '12,345',
      minBillableMinutes: '30',
      paidPreparationMinutes: '2000',
      preparationHourly: 'x',
      incomeTypeCode: '214',
    };
    expect(rateRowProblems(row)).toEqual({
      amount: 'feeAdmin.validation.euros',
      minBillableMinutes: 'feeAdmin.validation.minOnlyHourly',
      paidPreparationMinutes: 'feeAdmin.validation.minutes',
      preparationHourly: 'feeAdmin.validation.preparationEuros',
    });
    const ok = {
      ...row,
      amount: '50',
      minBillableMinutes: '0',
      paidPreparationMinutes: '0',
      preparationHourly: '',
    };
    expect(rateRowProblems(ok)).toEqual({});
    expect(duplicateRows([ok, { ...ok, basis: 'hourly' }, { ...ok, tierCode: 'trained' }])).toEqual([1]);
  });

  it('puts the API’s rate errors on the right cell, in our own words', () => {
    expect(rateFieldOf('rates.0.taskTypeCode')).toBe('rates.0.target');
    expect(rateFieldOf('rates.3.productCode')).toBe('rates.3.target');
    expect(rateFieldOf('rates.1.amountCents')).toBe('rates.1.amount');
    expect(rateFieldOf('effectiveFrom')).toBeNull();
    expect(rateProblemKey('Unknown product.')).toBe('feeAdmin.validation.unknownProduct');
    expect(rateProblemKey('Something else')).toBe('errors.field.invalid');
  });
});

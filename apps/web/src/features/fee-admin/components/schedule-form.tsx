import { zodResolver } from '@hookform/resolvers/zod';
import type {
  CatalogItemDto,
  IncomeTypeDto,
  ProductDto,
  SaveScheduleDto,
  ScheduleDto,
  TrainingTierDto,
} from '@kokemus/api-client';
import { Controller, type Control, type FieldPath, useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button, Dropdown, DropdownItem, TextInput } from 'suomifi-ui-components';
import * as z from 'zod';
import { toApiProblem } from '../../../shared/api/api-problem';
import { formatDate, parseFinnishDate } from '../../../shared/format/date';
import { message, translateMessage } from '../../../shared/i18n/message';
import { zodMessages } from '../../../shared/i18n/zod-messages';
import { FormErrorSummary, type SummaryField } from '../../../shared/ui/form-error-summary';
import { FormTextarea } from '../../../shared/ui/form-textarea';
import { FormTextInput } from '../../../shared/ui/form-text-input';
import { useFormFailure } from '../../../shared/ui/use-form-failure';
import {
  duplicateRows,
  emptyRateRow,
  FEE_BASES,
  type RateRow,
  rateFieldOf,
  rateProblemKey,
  rateRowProblems,
  rateToRow,
  rowToRate,
} from '../fee-admin.rules';

const NAME_MAX = 200;
const NOTES_MAX = 2000;

const rateRow = z.object({
  tierCode: z.string(),
  target: z.string(),
  basis: z.enum(FEE_BASES),
  amount: z.string(),
  minBillableMinutes: z.string(),
  paidPreparationMinutes: z.string(),
  preparationHourly: z.string(),
  incomeTypeCode: z.string(),
});

const scheduleSchema = z
  .object({
    name: z.string().trim().min(1).max(NAME_MAX),
    effectiveFrom: z
      .string()
      .trim()
      .min(1)
      .refine((value) => value === '' || parseFinnishDate(value) !== null, {
        message: message('feeAdmin.validation.date'),
      }),
    notes: z.string().max(NOTES_MAX),
    traineeFeePercent: z
      .string()
      .trim()
      .refine((value) => /^\d{1,3}$/.test(value) && Number(value) <= 100, {
        message: message('feeAdmin.validation.percent'),
      }),
    rates: z.array(rateRow),
  })
  .superRefine(
    (values, ctx) => {
      values.rates.forEach((row, i) => {
        for (const [cell, key] of Object.entries(rateRowProblems(row))) {
          ctx.addIssue({ code: 'custom', path: ['rates', i, cell], message: message(key) });
        }
      });
      for (const i of duplicateRows(values.rates)) {
        ctx.addIssue({
          code: 'custom',
          path: ['rates', i, 'target'],
          message: message('feeAdmin.validation.duplicate'),
        });
      }
      // Also while the name or the date is still wrong, so the error summary lists every cell to fix at once.
    },
    { when: (payload) => Array.isArray((payload.value as { rates?: unknown } | undefined)?.rates) },
  );

export type ScheduleFormValues = z.input<typeof scheduleSchema>;

const FIELDS = ['name', 'effectiveFrom', 'notes', 'traineeFeePercent'] as const;

/** The rate's number cells, in column order: euros take a decimal comma, minutes whole numbers. */
const NUMBER_CELLS = [
  ['amount', 'decimal'],
  ['minBillableMinutes', 'numeric'],
  ['paidPreparationMinutes', 'numeric'],
  ['preparationHourly', 'decimal'],
] as const;

export function scheduleValues(schedule: ScheduleDto | undefined, language: string): ScheduleFormValues {
  return {
    name: schedule?.name ?? '',
    effectiveFrom: schedule ? formatDate(schedule.effectiveFrom) : '',
    notes: schedule?.notes ?? '',
    traineeFeePercent: String(schedule?.traineeFeePercent ?? 100),
    rates: schedule?.rates.map((rate) => rateToRow(rate, language)) ?? [],
  };
}

export function toSaveScheduleBody(values: ScheduleFormValues): SaveScheduleDto {
  return {
    name: values.name.trim(),
    effectiveFrom: parseFinnishDate(values.effectiveFrom) ?? values.effectiveFrom,
    notes: values.notes.trim() ? values.notes.trim() : null,
    traineeFeePercent: Number(values.traineeFeePercent.trim()),
    rates: values.rates.map(rowToRate),
  };
}

export type Catalogues = {
  tiers: readonly TrainingTierDto[];
  taskTypes: readonly CatalogItemDto[];
  products: readonly ProductDto[];
  incomeTypes: readonly IncomeTypeDto[];
};

type Labelled = { labelFi: string; labelSv: string; labelEn: string };
function labelIn(item: Labelled, language: string): string {
  return language === 'sv' ? item.labelSv : language === 'en' ? item.labelEn : item.labelFi;
}
function incomeTypeName(item: IncomeTypeDto, language: string): string {
  return language === 'sv' ? item.nameSv : language === 'en' ? item.nameEn : item.nameFi;
}

type Choice = { value: string; label: string };

/** A cell of the rate table: a labelled input whose label is read out but not shown (the column says it). */
function CellInput({
  control,
  name,
  id,
  label,
  inputMode,
}: {
  control: Control<ScheduleFormValues>;
  name: FieldPath<ScheduleFormValues>;
  id: string;
  label: string;
  inputMode?: 'numeric' | 'decimal';
}) {
  const { t } = useTranslation();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <TextInput
          id={id}
          ref={field.ref}
          name={field.name}
          value={(field.value as string | undefined) ?? ''}
          onChange={(value) => field.onChange(String(value ?? ''))}
          onBlur={field.onBlur}
          labelText={label}
          labelMode="hidden"
          inputMode={inputMode}
          status={fieldState.error ? 'error' : 'default'}
          statusText={translateMessage(t, fieldState.error?.message)}
          className="fee-cell-input"
        />
      )}
    />
  );
}

function CellChoice({
  control,
  name,
  id,
  label,
  placeholder,
  choices,
}: {
  control: Control<ScheduleFormValues>;
  name: FieldPath<ScheduleFormValues>;
  id: string;
  label: string;
  placeholder: string;
  choices: readonly Choice[];
}) {
  const { t } = useTranslation();
  return (
    <Controller
      control={control}
      name={name}
      render={({ field, fieldState }) => (
        <Dropdown
          id={id}
          ref={field.ref}
          name={field.name}
          labelText={label}
          labelMode="hidden"
          visualPlaceholder={placeholder}
          value={(field.value as string | undefined) || null}
          onChange={(value) => field.onChange(value)}
          onBlur={field.onBlur}
          status={fieldState.error ? 'error' : 'default'}
          statusText={translateMessage(t, fieldState.error?.message)}
          className="fee-cell-choice"
        >
          {choices.map((choice) => (
            <DropdownItem key={choice.value} value={choice.value}>
              {choice.label}
            </DropdownItem>
          ))}
        </Dropdown>
      )}
    />
  );
}

const CELLS = [
  'tierCode',
  'target',
  'basis',
  'amount',
  'minBillableMinutes',
  'paidPreparationMinutes',
  'preparationHourly',
  'incomeTypeCode',
] as const satisfies ReadonlyArray<keyof RateRow>;

/** A cell's element id; a Dropdown keeps its id on a wrapper, and its button is what takes the focus. */
function cellId(prefix: string, i: number, cell: keyof RateRow, focus = false): string {
  const base = `${prefix}-rate-${i}-${cell}`;
  const dropdown = cell === 'tierCode' || cell === 'target' || cell === 'basis' || cell === 'incomeTypeCode';
  return focus && dropdown ? `${base}_button` : base;
}

type Props = {
  catalogues: Catalogues;
  /** The schedule being edited; without it the form makes a new one. */
  schedule?: ScheduleDto;
  /** Rates to start a new schedule from (a copy of another's). */
  initialRates?: readonly RateRow[];
  submitting: boolean;
  onSubmit: (body: SaveScheduleDto) => Promise<unknown>;
  onCancel: () => void;
};

/**
 * A schedule's name, first day and rates. The rates are a table of tier × task type (or product), one
 * row each; every cell is checked here first, and a cell the server refuses gets its message too.
 */
export function ScheduleForm({ catalogues, schedule, initialRates, submitting, onSubmit, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const editing = schedule !== undefined;
  const prefix = editing ? 'schedule-edit' : 'schedule-new';
  const form = useForm<ScheduleFormValues>({
    shouldFocusError: false,
    resolver: zodResolver(scheduleSchema, { error: zodMessages() }),
    defaultValues: {
      ...scheduleValues(schedule, lang),
      ...(initialRates ? { rates: [...initialRates] } : {}),
    },
    // A newer version (re-read after someone else's change) replaces what is shown.
    values: schedule ? scheduleValues(schedule, lang) : undefined,
    resetOptions: { keepDefaultValues: false },
  });
  const rates = useFieldArray({ control: form.control, name: 'rates' });
  const failure = useFormFailure(form.setError, FIELDS);

  const onProblem = (error: unknown) => {
    const problem = toApiProblem(error);
    for (const [field, details] of Object.entries(problem.fieldErrors)) {
      const cell = rateFieldOf(field);
      if (cell) {
        form.setError(cell as FieldPath<ScheduleFormValues>, {
          type: 'server',
          message: message(rateProblemKey(details[0])),
        });
      }
    }
    failure.onProblem(error);
  };

  const rowLabel = (i: number, column: string) => t('feeAdmin.rates.cellLabel', { row: i + 1, column });
  const columns: Record<(typeof CELLS)[number], string> = {
    tierCode: t('feeAdmin.rates.tier'),
    target: t('feeAdmin.rates.target'),
    basis: t('feeAdmin.rates.basis'),
    amount: t('feeAdmin.rates.amount'),
    minBillableMinutes: t('feeAdmin.rates.minMinutes'),
    paidPreparationMinutes: t('feeAdmin.rates.prepMinutes'),
    preparationHourly: t('feeAdmin.rates.prepHourly'),
    incomeTypeCode: t('feeAdmin.rates.incomeType'),
  };

  const fields: SummaryField<ScheduleFormValues>[] = [
    { name: 'name', label: t('feeAdmin.schedules.form.name'), inputId: `${prefix}-name` },
    { name: 'effectiveFrom', label: t('feeAdmin.schedules.form.effectiveFrom'), inputId: `${prefix}-from` },
    { name: 'notes', label: t('feeAdmin.schedules.form.notes'), inputId: `${prefix}-notes` },
    {
      name: 'traineeFeePercent',
      label: t('feeAdmin.schedules.form.traineeFeePercent'),
      inputId: `${prefix}-trainee`,
    },
    ...rates.fields.flatMap((_, i) =>
      CELLS.map((cell) => ({
        name: `rates.${i}.${cell}` as const,
        label: rowLabel(i, columns[cell]),
        inputId: cellId(prefix, i, cell, true),
      })),
    ),
  ];

  const tierChoices = catalogues.tiers
    .filter((tier) => tier.active || form.getValues('rates').some((row) => row.tierCode === tier.code))
    .map((tier) => ({ value: tier.code, label: labelIn(tier, lang) }));
  const targetChoices = [
    ...catalogues.taskTypes.map((item) => ({
      value: `task:${item.code}`,
      label: t('feeAdmin.rates.taskType', { name: labelIn(item, lang) }),
    })),
    ...catalogues.products.map((item) => ({
      value: `product:${item.code}`,
      label: t('feeAdmin.rates.product', { name: labelIn(item, lang) }),
    })),
  ];
  const basisChoices = FEE_BASES.map((basis) => ({ value: basis, label: t(`feeAdmin.basis.${basis}`) }));
  const incomeChoices = catalogues.incomeTypes.map((item) => ({
    value: item.code,
    label: `${item.code} ${incomeTypeName(item, lang)}`,
  }));

  const choiceCell = (
    i: number,
    field: 'tierCode' | 'target' | 'basis' | 'incomeTypeCode',
    choices: ReadonlyArray<{ value: string; label: string }>,
  ) => (
    <td>
      <CellChoice
        control={form.control}
        name={`rates.${i}.${field}`}
        id={cellId(prefix, i, field)}
        label={rowLabel(i, columns[field])}
        placeholder={t('feeAdmin.rates.choose')}
        choices={choices}
      />
    </td>
  );

  const submit = form.handleSubmit(
    (values) => onSubmit(toSaveScheduleBody(values)).catch(onProblem),
    failure.onInvalid,
  );

  return (
    <form noValidate onSubmit={submit}>
      <FormErrorSummary
        errors={form.formState.errors}
        fields={fields}
        failedSubmits={failure.failedSubmits}
        problem={failure.problem}
      />
      <div className="form-stack">
        <FormTextInput
          control={form.control}
          name="name"
          id={`${prefix}-name`}
          label={t('feeAdmin.schedules.form.name')}
          hint={t('feeAdmin.schedules.form.nameHint')}
        />
        <FormTextInput
          control={form.control}
          name="effectiveFrom"
          id={`${prefix}-from`}
          label={t('feeAdmin.schedules.form.effectiveFrom')}
          hint={t('feeAdmin.schedules.form.effectiveFromHint')}
        />
        <FormTextarea
          control={form.control}
          name="notes"
          id={`${prefix}-notes`}
          label={t('feeAdmin.schedules.form.notes')}
          optional
          maxLength={NOTES_MAX}
        />
        <FormTextInput
          control={form.control}
          name="traineeFeePercent"
          id={`${prefix}-trainee`}
          label={t('feeAdmin.schedules.form.traineeFeePercent')}
          hint={t('feeAdmin.schedules.form.traineeFeePercentHint')}
          inputMode="numeric"
        />
      </div>
      <div
        className="table-scroll mt-m"
        role="region"
        aria-labelledby={`${prefix}-rates-caption`}
        tabIndex={0}
      >
        <table className="plain-table fee-table fee-rate-table">
          <caption id={`${prefix}-rates-caption`}>{t('feeAdmin.rates.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('feeAdmin.rates.row')}</th>
              {CELLS.map((cell) => (
                <th scope="col" key={cell}>
                  {columns[cell]}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">{t('feeAdmin.rates.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rates.fields.length === 0 ? (
              <tr>
                <td colSpan={CELLS.length + 2}>{t('feeAdmin.rates.none')}</td>
              </tr>
            ) : null}
            {rates.fields.map((row, i) => (
              <tr key={row.id}>
                <th scope="row">{i + 1}</th>
                {choiceCell(i, 'tierCode', tierChoices)}
                {choiceCell(i, 'target', targetChoices)}
                {choiceCell(i, 'basis', basisChoices)}
                {NUMBER_CELLS.map(([field, inputMode]) => (
                  <td key={field}>
                    <CellInput
                      control={form.control}
                      name={`rates.${i}.${field}`}
                      id={cellId(prefix, i, field)}
                      label={rowLabel(i, columns[field])}
                      inputMode={inputMode}
                    />
                  </td>
                ))}
                {choiceCell(i, 'incomeTypeCode', incomeChoices)}
                <td>
                  <Button type="button" variant="secondaryNoBorder" onClick={() => rates.remove(i)}>
                    {t('feeAdmin.rates.remove', { row: i + 1 })}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="fee-hint">{t('feeAdmin.rates.hint')}</p>
      <div className="button-row">
        <Button type="button" variant="secondary" onClick={() => rates.append(emptyRateRow())}>
          {t('feeAdmin.rates.add')}
        </Button>
      </div>
      <div className="button-row mt-m">
        <Button type="submit" disabled={submitting}>
          {editing ? t('feeAdmin.schedules.form.save') : t('feeAdmin.schedules.form.create')}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

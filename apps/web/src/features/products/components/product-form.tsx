import { zodResolver } from '@hookform/resolvers/zod';
import type { CatalogItemDto, CreateProductDto, ProductDto, UpdateProductDto } from '@kokemus/api-client';
import { zCreateProductDto } from '@kokemus/api-client/zod';
import { useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import * as z from 'zod';
import { toApiProblem } from '../../../shared/api/api-problem';
import { message } from '../../../shared/i18n/message';
import { zodMessages } from '../../../shared/i18n/zod-messages';
import { FormCheckbox } from '../../../shared/ui/form-checkbox';
import { FormDropdown } from '../../../shared/ui/form-dropdown';
import { FormErrorSummary, type SummaryField } from '../../../shared/ui/form-error-summary';
import { FormRadioGroup } from '../../../shared/ui/form-radio-group';
import { FormTextarea } from '../../../shared/ui/form-textarea';
import { FormTextInput } from '../../../shared/ui/form-text-input';
import { useFormFailure } from '../../../shared/ui/use-form-failure';
import { FEE_BASES, LIMITS, pairFits, RESERVED_CODES, taskTypeChoices } from '../products.rules';
import { catalogLabel } from '../../../shared/format/catalog-label';

/** The Dropdown needs a value for "no task type". */
const NO_TASK_TYPE = 'none';

const LABEL_MAX = 120;
const DESCRIPTION_MAX = 2000;

/** Required text, trimmed, within the contract's length. */
const text = (max: number) => z.string().trim().min(1).max(max);

/** A whole number typed into a text field (numbers as text keep an empty field empty). */
const wholeNumber = ({ min, max }: { min: number; max: number }) =>
  z
    .string()
    .trim()
    .min(1)
    .refine(
      (value) => value === '' || (/^\d+$/.test(value) && Number(value) >= min && Number(value) <= max),
      {
        message: message('products.validation.wholeNumber', { min, max }),
      },
    );

/** The form's rules; a new product also needs a code, which never changes afterwards. */
function productFormSchema(editing: boolean) {
  return z
    .object({
      code: editing
        ? z.string()
        : zCreateProductDto.shape.code.refine((code) => !RESERVED_CODES.includes(code), {
            message: message('products.validation.codeReserved'),
          }),
      labelFi: text(LABEL_MAX),
      labelSv: text(LABEL_MAX),
      labelEn: text(LABEL_MAX),
      descriptionFi: text(DESCRIPTION_MAX),
      descriptionSv: text(DESCRIPTION_MAX),
      descriptionEn: text(DESCRIPTION_MAX),
      taskTypeCode: z.string(),
      defaultDurationMinutes: wholeNumber(LIMITS.defaultDurationMinutes),
      defaultExpertCount: wholeNumber(LIMITS.defaultExpertCount),
      pairRequired: z.boolean(),
      recurring: z.boolean(),
      preparationMinutes: wholeNumber(LIMITS.preparationMinutes),
      feeBasis: zCreateProductDto.shape.feeBasis,
    })
    .superRefine(
      (values, ctx) => {
        if (!pairFits(values.pairRequired, Number(values.defaultExpertCount))) {
          ctx.addIssue({
            code: 'custom',
            path: ['defaultExpertCount'],
            message: message('products.validation.pairNeedsTwo'),
          });
        }
      },
      // Also while other fields are still wrong, so the error summary lists every answer to fix at once.
      { when: ({ issues }) => !issues.some((issue) => String(issue.path?.[0]) === 'defaultExpertCount') },
    );
}

export type ProductFormValues = z.input<ReturnType<typeof productFormSchema>>;

const FIELDS = [
  'code',
  'labelFi',
  'labelSv',
  'labelEn',
  'descriptionFi',
  'descriptionSv',
  'descriptionEn',
  'taskTypeCode',
  'defaultDurationMinutes',
  'defaultExpertCount',
  'pairRequired',
  'recurring',
  'preparationMinutes',
  'feeBasis',
] as const;

function valuesOf(product: ProductDto | undefined): ProductFormValues {
  return {
    code: product?.code ?? '',
    labelFi: product?.labelFi ?? '',
    labelSv: product?.labelSv ?? '',
    labelEn: product?.labelEn ?? '',
    descriptionFi: product?.descriptionFi ?? '',
    descriptionSv: product?.descriptionSv ?? '',
    descriptionEn: product?.descriptionEn ?? '',
    taskTypeCode: product?.taskTypeCode ?? NO_TASK_TYPE,
    defaultDurationMinutes: String(product?.defaultDurationMinutes ?? 60),
    defaultExpertCount: String(product?.defaultExpertCount ?? 1),
    pairRequired: product?.pairRequired ?? false,
    recurring: product?.recurring ?? false,
    preparationMinutes: String(product?.preparationMinutes ?? 0),
    feeBasis: product?.feeBasis ?? 'hourly',
  };
}

export function toUpdateProductBody(values: ProductFormValues): UpdateProductDto {
  return {
    labelFi: values.labelFi.trim(),
    labelSv: values.labelSv.trim(),
    labelEn: values.labelEn.trim(),
    descriptionFi: values.descriptionFi.trim(),
    descriptionSv: values.descriptionSv.trim(),
    descriptionEn: values.descriptionEn.trim(),
    taskTypeCode: values.taskTypeCode && values.taskTypeCode !== NO_TASK_TYPE ? values.taskTypeCode : null,
    defaultDurationMinutes: Number(values.defaultDurationMinutes),
    defaultExpertCount: Number(values.defaultExpertCount),
    pairRequired: values.pairRequired,
    recurring: values.recurring,
    preparationMinutes: Number(values.preparationMinutes),
    feeBasis: values.feeBasis,
  };
}

export function toCreateProductBody(values: ProductFormValues): CreateProductDto {
  const body = toUpdateProductBody(values);
  return {
    ...body,
    code: values.code.trim(),
    labelFi: body.labelFi!,
    labelSv: body.labelSv!,
    labelEn: body.labelEn!,
    descriptionFi: body.descriptionFi!,
    descriptionSv: body.descriptionSv!,
    descriptionEn: body.descriptionEn!,
    defaultDurationMinutes: body.defaultDurationMinutes!,
    defaultExpertCount: body.defaultExpertCount!,
    pairRequired: body.pairRequired!,
    recurring: body.recurring!,
    preparationMinutes: body.preparationMinutes!,
    feeBasis: body.feeBasis!,
  };
}

type Props = {
  taskTypes: readonly CatalogItemDto[];
  /** The product being edited; without it the form adds a new one. */
  product?: ProductDto;
  submitting: boolean;
  onSubmit: (values: ProductFormValues) => Promise<unknown>;
  onCancel?: () => void;
};

export function ProductForm({ taskTypes, product, submitting, onSubmit, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const editing = product !== undefined;
  const form = useForm<ProductFormValues>({
    // Focus goes to the error summary instead, which links to each field.
    shouldFocusError: false,
    resolver: zodResolver(productFormSchema(editing), {
      error: zodMessages({ code: 'products.validation.codeFormat' }),
    }),
    defaultValues: valuesOf(product),
    // A newer version with other contents (re-read after someone else's change) replaces what is shown.
    values: product ? valuesOf(product) : undefined,
  });
  const failure = useFormFailure(form.setError, FIELDS);

  // The API reports a pair with too few experts and an unknown task type with one shared code; the form
  // knows which field it is about and says it in the field's own words.
  const onProblem = (error: unknown) => {
    failure.onProblem(error);
    const problem = toApiProblem(error);
    if (problem.code !== 'ORDER_UNKNOWN_CODE') return;
    if (problem.fieldErrors.defaultExpertCount) {
      form.setError('defaultExpertCount', {
        type: 'server',
        message: message('products.validation.pairNeedsTwo'),
      });
    }
    if (problem.fieldErrors.taskTypeCode) {
      form.setError('taskTypeCode', {
        type: 'server',
        message: message('products.validation.unknownTaskType'),
      });
    }
  };

  const taskTypeOptions = useMemo(
    () => [
      { value: NO_TASK_TYPE, label: t('products.noTaskType') },
      ...taskTypeChoices(taskTypes, product?.taskTypeCode, i18n.language).map((item) => ({
        value: item.code,
        label: catalogLabel(item, i18n.language),
      })),
    ],
    [taskTypes, product?.taskTypeCode, i18n.language, t],
  );

  const p = editing ? 'product-edit' : 'product-new';
  const fields: SummaryField<ProductFormValues>[] = [
    ...(editing ? [] : [{ name: 'code' as const, label: t('products.form.code'), inputId: `${p}-code` }]),
    { name: 'labelFi', label: t('products.form.labelFi'), inputId: `${p}-label-fi` },
    { name: 'descriptionFi', label: t('products.form.descriptionFi'), inputId: `${p}-description-fi` },
    { name: 'labelSv', label: t('products.form.labelSv'), inputId: `${p}-label-sv` },
    { name: 'descriptionSv', label: t('products.form.descriptionSv'), inputId: `${p}-description-sv` },
    { name: 'labelEn', label: t('products.form.labelEn'), inputId: `${p}-label-en` },
    { name: 'descriptionEn', label: t('products.form.descriptionEn'), inputId: `${p}-description-en` },
    // The Dropdown puts its id on a wrapper; its button is what takes the focus.
    { name: 'taskTypeCode', label: t('products.form.taskType'), inputId: `${p}-task-type_button` },
    { name: 'defaultDurationMinutes', label: t('products.form.duration'), inputId: `${p}-duration` },
    { name: 'defaultExpertCount', label: t('products.form.expertCount'), inputId: `${p}-expert-count` },
    { name: 'pairRequired', label: t('products.form.pairRequired'), inputId: `${p}-pair-required` },
    { name: 'recurring', label: t('products.form.recurring'), inputId: `${p}-recurring` },
    { name: 'preparationMinutes', label: t('products.form.preparation'), inputId: `${p}-preparation` },
    { name: 'feeBasis', label: t('products.form.feeBasis'), inputId: `${p}-fee-basis` },
  ];

  const submit = form.handleSubmit((values) => onSubmit(values).catch(onProblem), failure.onInvalid);

  const languageGroup = (lang: 'Fi' | 'Sv' | 'En', code: string) => (
    <fieldset className="catalogue-form-group">
      <legend>{t(`products.form.languages${lang}`)}</legend>
      <FormTextInput
        control={form.control}
        name={`label${lang}`}
        id={`${p}-label-${code}`}
        label={t(`products.form.label${lang}`)}
      />
      <FormTextarea
        control={form.control}
        name={`description${lang}`}
        id={`${p}-description-${code}`}
        label={t(`products.form.description${lang}`)}
        hint={t('products.form.descriptionHint')}
        maxLength={DESCRIPTION_MAX}
      />
    </fieldset>
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
        {editing ? null : (
          <FormTextInput
            control={form.control}
            name="code"
            id={`${p}-code`}
            label={t('products.form.code')}
            hint={t('products.form.codeHint')}
            autoComplete="off"
          />
        )}
        {languageGroup('Fi', 'fi')}
        {languageGroup('Sv', 'sv')}
        {languageGroup('En', 'en')}
        <fieldset className="catalogue-form-group">
          <legend>{t('products.form.defaults')}</legend>
          <FormDropdown
            control={form.control}
            name="taskTypeCode"
            id={`${p}-task-type`}
            label={t('products.form.taskType')}
            hint={t('products.form.taskTypeHint')}
            placeholder={t('products.form.taskTypePlaceholder')}
            choices={taskTypeOptions}
          />
          <FormTextInput
            control={form.control}
            name="defaultDurationMinutes"
            id={`${p}-duration`}
            label={t('products.form.duration')}
            hint={t('products.form.durationHint')}
            inputMode="numeric"
          />
          <FormTextInput
            control={form.control}
            name="defaultExpertCount"
            id={`${p}-expert-count`}
            label={t('products.form.expertCount')}
            hint={t('products.form.expertCountHint')}
            inputMode="numeric"
          />
          <FormCheckbox
            control={form.control}
            name="pairRequired"
            id={`${p}-pair-required`}
            label={t('products.form.pairRequired')}
            hint={t('products.form.pairRequiredHint')}
          />
          <FormCheckbox
            control={form.control}
            name="recurring"
            id={`${p}-recurring`}
            label={t('products.form.recurring')}
            hint={t('products.form.recurringHint')}
          />
          <FormTextInput
            control={form.control}
            name="preparationMinutes"
            id={`${p}-preparation`}
            label={t('products.form.preparation')}
            hint={t('products.form.preparationHint')}
            inputMode="numeric"
          />
          <FormRadioGroup
            control={form.control}
            name="feeBasis"
            id={`${p}-fee-basis`}
            label={t('products.form.feeBasis')}
            choices={FEE_BASES.map((value) => ({
              value,
              label: t(`products.feeBasis.${value}`),
              hint: t(`products.feeBasisHint.${value}`),
            }))}
          />
        </fieldset>
        <div className="button-row">
          <Button type="submit" disabled={submitting}>
            {editing ? t('products.form.save') : t('products.form.create')}
          </Button>
          {onCancel ? (
            <Button type="button" variant="secondary" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          ) : null}
        </div>
      </div>
    </form>
  );
}

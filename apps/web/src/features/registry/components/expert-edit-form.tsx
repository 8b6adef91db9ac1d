import { zodResolver } from '@hookform/resolvers/zod';
import type { ExpertDto, UnitDto, UpdateExpertDto } from '@kokemus/api-client';
import { zExpertKind } from '@kokemus/api-client/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import * as z from 'zod';
import { message } from '../../../shared/i18n/message';
import { zodMessages } from '../../../shared/i18n/zod-messages';
import { FormErrorSummary, type SummaryField } from '../../../shared/ui/form-error-summary';
import { FormTextInput } from '../../../shared/ui/form-text-input';
import { FormTextarea } from '../../../shared/ui/form-textarea';
import { useFormFailure } from '../../../shared/ui/use-form-failure';
import { slotSchema, toSlotDtos, toSlotValues } from './availability.schema';
import { AvailabilityFields, slotSummaryFields } from './availability-fields';
import { ExpertContactFields } from './expert-contact-fields';
import { ExpertChoiceFields } from './expert-choice-fields';
import { exclusionSchema, toExclusionDtos, toExclusionValues } from './exclusion.schema';
import { ExclusionFields, exclusionSummaryFields } from './exclusion-fields';

/** The person's catalogue choices, shared by the create and the edit form. */
export const expertChoiceSchema = {
  languages: z.array(z.string()).max(50),
  taskTypes: z.array(z.string()).max(50),
  kinds: z.array(zExpertKind).max(10),
  areas: z.array(z.object({ code: z.string(), visibleToOrderers: z.boolean() })).max(50),
};

const PHONE = /^\+?[0-9 ()-]{6,20}$/;
export const NO_MUNICIPALITY = 'none';

export const expertEditSchema = z.object({
  firstName: z.string().trim().min(1).max(100),
  lastName: z.string().trim().min(1).max(100),
  email: z.email().max(254),
  phone: z
    .string()
    .refine((v) => v.trim() === '' || PHONE.test(v.trim()), message('registry.validation.phone')),
  municipalityCode: z.string(),
  postalCode: z
    .string()
    .refine((v) => v.trim() === '' || /^\d{5}$/.test(v.trim()), message('registry.validation.postalCode')),
  maxTasksPerMonth: z
    .string()
    .refine(
      (v) => /^\d+$/.test(v.trim()) && Number(v) <= 60,
      message('registry.validation.wholeNumberMax', { max: 60 }),
    ),
  slots: z.array(slotSchema).max(50),
  exclusions: z.array(exclusionSchema).max(50),
  ...expertChoiceSchema,
  taxCardYear: z
    .string()
    .refine(
      (v) => v.trim() === '' || (/^\d{4}$/.test(v.trim()) && Number(v) >= 2000 && Number(v) <= 2100),
      message('registry.validation.taxCardYear'),
    ),
  coordinatorNotes: z.string().max(4000),
});

export type ExpertEditValues = z.input<typeof expertEditSchema>;
const FIELDS = [
  'firstName',
  'lastName',
  'email',
  'phone',
  'municipalityCode',
  'postalCode',
  'maxTasksPerMonth',
  'taxCardYear',
  'coordinatorNotes',
] as const;

export function toUpdateExpertBody(values: ExpertEditValues): UpdateExpertDto {
  return {
    firstName: values.firstName.trim(),
    lastName: values.lastName.trim(),
    email: values.email.trim(),
    phone: values.phone.trim() || null,
    municipalityCode: values.municipalityCode === NO_MUNICIPALITY ? null : values.municipalityCode,
    postalCode: values.postalCode.trim() || null,
    maxTasksPerMonth: Number(values.maxTasksPerMonth),
    weeklyAvailability: toSlotDtos(values.slots),
    exclusions: toExclusionDtos(values.exclusions),
    languages: values.languages,
    taskTypes: values.taskTypes,
    kinds: values.kinds,
    areas: values.areas.map((area) => ({ code: area.code, visibleToOrderers: area.visibleToOrderers })),
    taxCardYear: values.taxCardYear.trim() ? Number(values.taxCardYear.trim()) : null,
    coordinatorNotes: values.coordinatorNotes.trim() || null,
  };
}

/** The coordinator's edit of a person's main details and weekly availability. */
export function ExpertEditForm({
  expert,
  units,
  submitting,
  onSubmit,
}: {
  expert: ExpertDto;
  /** The units an exclusion can name (the route reads them). */
  units: readonly UnitDto[];
  submitting: boolean;
  onSubmit: (values: ExpertEditValues) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const form = useForm<ExpertEditValues>({
    shouldFocusError: false,
    resolver: zodResolver(expertEditSchema, { error: zodMessages() }),
    defaultValues: {
      firstName: expert.firstName,
      lastName: expert.lastName,
      email: expert.email,
      phone: expert.phone ?? '',
      municipalityCode: expert.municipality?.code ?? NO_MUNICIPALITY,
      postalCode: expert.postalCode ?? '',
      maxTasksPerMonth: String(expert.maxTasksPerMonth),
      slots: toSlotValues(expert.weeklyAvailability),
      exclusions: toExclusionValues(expert.exclusions),
      languages: expert.languages,
      taskTypes: expert.taskTypes,
      kinds: expert.kinds,
      areas: expert.areas.map((area) => ({ code: area.code, visibleToOrderers: area.visibleToOrderers })),
      taxCardYear: expert.taxCardYear === null ? '' : String(expert.taxCardYear),
      coordinatorNotes: expert.coordinatorNotes ?? '',
    },
  });
  const failure = useFormFailure(form.setError, FIELDS);
  const slots = form.watch('slots');
  const exclusions = form.watch('exclusions');
  const fields: SummaryField<ExpertEditValues>[] = [
    { name: 'firstName', label: t('registry.detail.firstName'), inputId: 'expert-first-name' },
    { name: 'lastName', label: t('registry.detail.lastName'), inputId: 'expert-last-name' },
    { name: 'email', label: t('registry.detail.email'), inputId: 'expert-email' },
    { name: 'phone', label: t('registry.profile.phone'), inputId: 'expert-phone' },
    {
      name: 'municipalityCode',
      label: t('registry.profile.municipality'),
      inputId: 'expert-municipality_button',
    },
    { name: 'postalCode', label: t('registry.profile.postalCode'), inputId: 'expert-postal-code' },
    { name: 'maxTasksPerMonth', label: t('registry.profile.maxTasks'), inputId: 'expert-max-tasks' },
    ...slotSummaryFields<ExpertEditValues>(slots, 'expert', t),
    ...exclusionSummaryFields<ExpertEditValues>(exclusions, 'expert', t),
    { name: 'taxCardYear', label: t('registry.detail.taxCardYear'), inputId: 'expert-tax-card' },
    { name: 'coordinatorNotes', label: t('registry.detail.notes'), inputId: 'expert-notes' },
  ];
  const submit = form.handleSubmit(
    (values) =>
      onSubmit(values)
        .then(() => form.reset(values))
        .catch(failure.onProblem),
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
        <ExpertContactFields control={form.control} idPrefix="expert" keep={expert.municipality?.code} />
        <FormTextInput
          control={form.control}
          name="maxTasksPerMonth"
          id="expert-max-tasks"
          inputMode="numeric"
          label={t('registry.profile.maxTasks')}
        />
        <ExpertChoiceFields control={form.control} idPrefix="expert" selected={expert} />
        <fieldset className="slot-fieldset">
          <legend>{t('registry.detail.availability')}</legend>
          <AvailabilityFields control={form.control} idPrefix="expert" />
        </fieldset>
        <fieldset className="slot-fieldset">
          <legend>{t('registry.detail.exclusions')}</legend>
          <ExclusionFields control={form.control} idPrefix="expert" units={units} />
        </fieldset>
        <FormTextInput
          control={form.control}
          name="taxCardYear"
          id="expert-tax-card"
          inputMode="numeric"
          label={t('registry.detail.taxCardYear')}
          hint={t('registry.detail.taxCardYearHint')}
          optional
        />
        <FormTextarea
          control={form.control}
          name="coordinatorNotes"
          id="expert-notes"
          label={t('registry.detail.notes')}
          hint={t('registry.detail.notesHint')}
          maxLength={4000}
          optional
        />
        <div className="button-row">
          <Button type="submit" disabled={submitting}>
            {t('registry.detail.save')}
          </Button>
        </div>
      </div>
    </form>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import type { CreateExpertDto } from '@kokemus/api-client';
import { zPaymentMethod } from '@kokemus/api-client/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import type * as z from 'zod';
import { toApiProblem } from '../../../shared/api/api-problem';
import { fieldProblemMessage } from '../../../shared/api/problem-text';
import { zodMessages } from '../../../shared/i18n/zod-messages';
import { FormErrorSummary, type SummaryField } from '../../../shared/ui/form-error-summary';
import { FormRadioGroup } from '../../../shared/ui/form-radio-group';
import { FormTextarea } from '../../../shared/ui/form-textarea';
import { useFormFailure } from '../../../shared/ui/use-form-failure';
import { ExpertContactFields } from './expert-contact-fields';
import { ExpertChoiceFields, PAYMENT_METHODS } from './expert-choice-fields';
import { expertChoiceSchema, expertEditSchema, NO_MUNICIPALITY } from './expert-edit-form';

const expertCreateSchema = expertEditSchema
  .pick({
    firstName: true,
    lastName: true,
    email: true,
    phone: true,
    municipalityCode: true,
    postalCode: true,
    coordinatorNotes: true,
  })
  .extend({ ...expertChoiceSchema, paymentMethod: zPaymentMethod });

export type ExpertCreateValues = z.input<typeof expertCreateSchema>;
const FIELDS = [
  'firstName',
  'lastName',
  'email',
  'phone',
  'municipalityCode',
  'postalCode',
  'paymentMethod',
  'coordinatorNotes',
] as const;
const NOTHING_CHOSEN = { languages: [], taskTypes: [], kinds: [], areas: [] };

export function toCreateExpertBody(values: ExpertCreateValues): CreateExpertDto {
  return {
    firstName: values.firstName.trim(),
    lastName: values.lastName.trim(),
    email: values.email.trim(),
    phone: values.phone.trim() || null,
    municipalityCode: values.municipalityCode === NO_MUNICIPALITY ? null : values.municipalityCode,
    postalCode: values.postalCode.trim() || null,
    languages: values.languages,
    taskTypes: values.taskTypes,
    kinds: values.kinds,
    areas: values.areas.map((area) => ({ code: area.code, visibleToOrderers: area.visibleToOrderers })),
    paymentMethod: values.paymentMethod,
    coordinatorNotes: values.coordinatorNotes.trim() || null,
  };
}

/** The coordinator adds a person to the registry by hand. */
export function ExpertCreateForm({
  submitting,
  onSubmit,
  onCancel,
}: {
  submitting: boolean;
  onSubmit: (values: ExpertCreateValues) => Promise<unknown>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<ExpertCreateValues>({
    shouldFocusError: false,
    resolver: zodResolver(expertCreateSchema, { error: zodMessages() }),
    defaultValues: {
      firstName: '',
      lastName: '',
      email: '',
      phone: '',
      municipalityCode: NO_MUNICIPALITY,
      postalCode: '',
      ...NOTHING_CHOSEN,
      paymentMethod: 'payroll',
      coordinatorNotes: '',
    },
  });
  const failure = useFormFailure(form.setError, FIELDS);
  const fields: SummaryField<ExpertCreateValues>[] = [
    { name: 'firstName', label: t('registry.detail.firstName'), inputId: 'new-expert-first-name' },
    { name: 'lastName', label: t('registry.detail.lastName'), inputId: 'new-expert-last-name' },
    { name: 'email', label: t('registry.detail.email'), inputId: 'new-expert-email' },
    { name: 'phone', label: t('registry.profile.phone'), inputId: 'new-expert-phone' },
    {
      name: 'municipalityCode',
      label: t('registry.profile.municipality'),
      inputId: 'new-expert-municipality_button',
    },
    { name: 'postalCode', label: t('registry.profile.postalCode'), inputId: 'new-expert-postal-code' },
    { name: 'paymentMethod', label: t('registry.edit.paymentMethod'), inputId: 'new-expert-payment' },
    { name: 'coordinatorNotes', label: t('registry.detail.notes'), inputId: 'new-expert-notes' },
  ];
  const submit = form.handleSubmit(
    (values) =>
      onSubmit(values).catch((error: unknown) => {
        failure.onProblem(error);
        const problem = toApiProblem(error);
        // The API may answer a taken address with its code only: the message belongs on the e-mail field.
        if (problem.code === 'EXPERT_EMAIL_TAKEN' && !problem.fieldErrors.email) {
          form.setError('email', { type: 'server', message: fieldProblemMessage(problem) });
        }
      }),
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
        <ExpertContactFields control={form.control} idPrefix="new-expert" />
        <ExpertChoiceFields control={form.control} idPrefix="new-expert" selected={NOTHING_CHOSEN} />
        <FormRadioGroup
          control={form.control}
          name="paymentMethod"
          id="new-expert-payment"
          label={t('registry.edit.paymentMethod')}
          choices={PAYMENT_METHODS.map((method) => ({
            value: method,
            label: t(`registry.payment.${method}`),
          }))}
        />
        <FormTextarea
          control={form.control}
          name="coordinatorNotes"
          id="new-expert-notes"
          label={t('registry.detail.notes')}
          hint={t('registry.detail.notesHint')}
          maxLength={4000}
          optional
        />
        <div className="button-row">
          <Button type="submit" disabled={submitting}>
            {t('registry.new.submit')}
          </Button>
          <Button type="button" variant="secondary" onClick={onCancel}>
            {t('registry.new.cancel')}
          </Button>
        </div>
      </div>
    </form>
  );
}

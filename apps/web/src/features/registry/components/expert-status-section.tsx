import { zodResolver } from '@hookform/resolvers/zod';
import type { ExpertDto, ExpertStatus } from '@kokemus/api-client';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Paragraph } from 'suomifi-ui-components';
import * as z from 'zod';
import { formatDate, parseDate } from '../../../shared/format/date';
import { message } from '../../../shared/i18n/message';
import { zodMessages } from '../../../shared/i18n/zod-messages';
import { FormErrorSummary, type SummaryField } from '../../../shared/ui/form-error-summary';
import { FormRadioGroup } from '../../../shared/ui/form-radio-group';
import { FormTextInput } from '../../../shared/ui/form-text-input';
import { FormTextarea } from '../../../shared/ui/form-textarea';
import { useFormFailure } from '../../../shared/ui/use-form-failure';

const statusSchema = z
  .object({ status: z.string().min(1), reason: z.string().trim().min(1).max(500), pausedUntil: z.string() })
  .superRefine((values, ctx) => {
    if (values.status === 'paused' && parseDate(values.pausedUntil) === null) {
      ctx.addIssue({ code: 'custom', path: ['pausedUntil'], message: message('registry.validation.date') });
    }
  });
type StatusValues = z.input<typeof statusSchema>;
const FIELDS = ['status', 'reason', 'pausedUntil'] as const;

/** Moves a person along their path (only to the statuses the API allows next), always with a reason. */
export function ExpertStatusSection({
  expert,
  submitting,
  onSubmit,
}: {
  expert: ExpertDto;
  submitting: boolean;
  onSubmit: (body: { status: ExpertStatus; reason: string; pausedUntil: string | null }) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const form = useForm<StatusValues>({
    shouldFocusError: false,
    resolver: zodResolver(statusSchema, { error: zodMessages() }),
    defaultValues: { status: '', reason: '', pausedUntil: '' },
  });
  const failure = useFormFailure(form.setError, FIELDS);
  const status = useWatch({ control: form.control, name: 'status' });
  const fields: SummaryField<StatusValues>[] = [
    { name: 'status', label: t('registry.statusChange.newStatus'), inputId: 'expert-status' },
    { name: 'pausedUntil', label: t('registry.statusChange.pausedUntil'), inputId: 'expert-paused-until' },
    { name: 'reason', label: t('registry.statusChange.reason'), inputId: 'expert-status-reason' },
  ];
  const submit = form.handleSubmit(
    (values) =>
      onSubmit({
        status: values.status as ExpertStatus,
        reason: values.reason.trim(),
        pausedUntil: values.status === 'paused' ? parseDate(values.pausedUntil) : null,
      })
        .then(() => form.reset())
        .catch(failure.onProblem),
    failure.onInvalid,
  );
  return (
    <section aria-labelledby="expert-status-heading" className="panel">
      <Heading variant="h2" id="expert-status-heading" mb="s">
        {t('registry.statusChange.heading')}
      </Heading>
      <Paragraph mb="m">
        {t('registry.statusChange.current', { status: t(`registry.status.${expert.status}`) })}
        {expert.pausedUntil
          ? ` ${t('registry.statusChange.until', { date: formatDate(expert.pausedUntil) })}`
          : ''}
        {expert.statusReason
          ? ` ${t('registry.statusChange.reasonWas', { reason: expert.statusReason })}`
          : ''}
      </Paragraph>
      {expert.allowedNextStatuses.length === 0 ? (
        <Paragraph>{t('registry.statusChange.noneAllowed')}</Paragraph>
      ) : (
        <form noValidate onSubmit={submit}>
          <FormErrorSummary
            errors={form.formState.errors}
            fields={fields}
            failedSubmits={failure.failedSubmits}
            problem={failure.problem}
          />
          <div className="form-stack">
            <FormRadioGroup
              control={form.control}
              name="status"
              id="expert-status"
              label={t('registry.statusChange.newStatus')}
              choices={expert.allowedNextStatuses.map((value) => ({
                value,
                label: t(`registry.status.${value}`),
              }))}
            />
            {status === 'paused' ? (
              <FormTextInput
                control={form.control}
                name="pausedUntil"
                id="expert-paused-until"
                label={t('registry.statusChange.pausedUntil')}
                hint={t('registry.dateHint')}
              />
            ) : null}
            <FormTextarea
              control={form.control}
              name="reason"
              id="expert-status-reason"
              label={t('registry.statusChange.reason')}
              maxLength={500}
            />
            <div className="button-row">
              <Button type="submit" disabled={submitting}>
                {t('registry.statusChange.submit')}
              </Button>
            </div>
          </div>
        </form>
      )}
    </section>
  );
}

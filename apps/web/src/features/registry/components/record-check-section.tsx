import { zodResolver } from '@hookform/resolvers/zod';
import type { RecordCheckListDto } from '@kokemus/api-client';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Paragraph } from 'suomifi-ui-components';
import * as z from 'zod';
import { formatDate, parseDate } from '../../../shared/format/date';
import { message } from '../../../shared/i18n/message';
import { zodMessages } from '../../../shared/i18n/zod-messages';
import { FormErrorSummary, type SummaryField } from '../../../shared/ui/form-error-summary';
import { FormTextInput } from '../../../shared/ui/form-text-input';
import { useFormFailure } from '../../../shared/ui/use-form-failure';

const schema = z.object({
  extractDate: z.string().refine((v) => parseDate(v) !== null, message('registry.validation.date')),
});
type Values = z.input<typeof schema>;
const FIELDS = ['extractDate'] as const;

/**
 * The criminal-record extract (Act 504/2002): the coordinator records that they saw it and its date —
 * no copy is kept. Tasks with children or young people go only to people with one from the last six months.
 */
export function RecordCheckSection({
  checks,
  submitting,
  onRecord,
}: {
  checks: RecordCheckListDto | undefined;
  submitting: boolean;
  onRecord: (extractDate: string) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const form = useForm<Values>({
    shouldFocusError: false,
    resolver: zodResolver(schema, { error: zodMessages() }),
    defaultValues: { extractDate: '' },
  });
  const failure = useFormFailure(form.setError, FIELDS);
  const fields: SummaryField<Values>[] = [
    { name: 'extractDate', label: t('registry.recordCheck.extractDate'), inputId: 'record-check-date' },
  ];
  const submit = form.handleSubmit(
    (values) =>
      onRecord(parseDate(values.extractDate)!)
        .then(() => form.reset())
        .catch(failure.onProblem),
    failure.onInvalid,
  );
  const status = !checks
    ? null
    : checks.validToday && checks.validUntil
      ? t('registry.recordCheck.valid', { date: formatDate(checks.validUntil) })
      : checks.items.length
        ? t('registry.recordCheck.expired', { date: formatDate(checks.validUntil!) })
        : t('registry.recordCheck.none');
  return (
    <section aria-labelledby="record-check-heading" className="panel">
      <Heading variant="h2" id="record-check-heading" mb="s">
        {t('registry.recordCheck.heading')}
      </Heading>
      <Paragraph mb="s">{t('registry.recordCheck.intro')}</Paragraph>
      {status && (
        <Paragraph mb="s">
          <strong>{status}</strong>
        </Paragraph>
      )}
      {checks && checks.items.length > 0 && (
        <ul className="plain-list">
          {checks.items.map((c) => (
            <li key={c.id}>
              {t('registry.recordCheck.item', {
                date: formatDate(c.extractDate),
                until: formatDate(c.validUntil),
                name: c.seenByName,
              })}
            </li>
          ))}
        </ul>
      )}
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
            name="extractDate"
            id="record-check-date"
            label={t('registry.recordCheck.extractDate')}
            hint={t('registry.recordCheck.dateHint')}
          />
          <div className="button-row">
            <Button type="submit" disabled={submitting}>
              {t('registry.recordCheck.record')}
            </Button>
          </div>
        </div>
      </form>
    </section>
  );
}

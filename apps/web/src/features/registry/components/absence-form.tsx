import { zodResolver } from '@hookform/resolvers/zod';
import type { CreateAbsenceDto } from '@kokemus/api-client';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import * as z from 'zod';
import { helsinkiDate, parseDate } from '../../../shared/format/date';
import { message } from '../../../shared/i18n/message';
import { zodMessages } from '../../../shared/i18n/zod-messages';
import { FormErrorSummary, type SummaryField } from '../../../shared/ui/form-error-summary';
import { FormRadioGroup } from '../../../shared/ui/form-radio-group';
import { FormTextInput } from '../../../shared/ui/form-text-input';
import { useFormFailure } from '../../../shared/ui/use-form-failure';

const date = z.string().refine((v) => parseDate(v) !== null, message('registry.validation.date'));
const absenceSchema = z
  .object({ kind: z.enum(['absence', 'break']), startsOn: date, endsOn: date })
  .superRefine((values, ctx) => {
    const starts = parseDate(values.startsOn);
    const ends = parseDate(values.endsOn);
    if (starts && ends && ends < starts) {
      ctx.addIssue({
        code: 'custom',
        path: ['endsOn'],
        message: message('registry.validation.endsBeforeStarts'),
      });
    }
  });
type AbsenceValues = z.input<typeof absenceSchema>;
const FIELDS = ['kind', 'startsOn', 'endsOn'] as const;

/**
 * Adds an absence or a break. `breakOnly` is the expert's own "I need a break" form: it starts today, so
 * it asks only until when.
 */
export function AbsenceForm({
  idPrefix,
  breakOnly = false,
  submitting,
  onSubmit,
}: {
  idPrefix: string;
  breakOnly?: boolean;
  submitting: boolean;
  onSubmit: (body: CreateAbsenceDto) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const form = useForm<AbsenceValues>({
    shouldFocusError: false,
    resolver: zodResolver(absenceSchema, { error: zodMessages() }),
    defaultValues: {
      kind: breakOnly ? 'break' : 'absence',
      startsOn: breakOnly ? helsinkiDate() : '',
      endsOn: '',
    },
  });
  const failure = useFormFailure(form.setError, FIELDS);
  const fields: SummaryField<AbsenceValues>[] = [
    ...(breakOnly
      ? []
      : [
          { name: 'kind' as const, label: t('registry.absence.kindLabel'), inputId: `${idPrefix}-kind` },
          { name: 'startsOn' as const, label: t('registry.absence.startsOn'), inputId: `${idPrefix}-starts` },
        ]),
    {
      name: 'endsOn',
      label: breakOnly ? t('registry.absence.breakUntil') : t('registry.absence.endsOn'),
      inputId: `${idPrefix}-ends`,
    },
  ];
  const submit = form.handleSubmit(
    (values) =>
      onSubmit({
        kind: values.kind,
        startsOn: parseDate(values.startsOn)!,
        endsOn: parseDate(values.endsOn)!,
      })
        .then(() => form.reset())
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
        {breakOnly ? null : (
          <>
            <FormRadioGroup
              control={form.control}
              name="kind"
              id={`${idPrefix}-kind`}
              label={t('registry.absence.kindLabel')}
              choices={(['absence', 'break'] as const).map((value) => ({
                value,
                label: t(`registry.absence.kind.${value}`),
              }))}
            />
            <FormTextInput
              control={form.control}
              name="startsOn"
              id={`${idPrefix}-starts`}
              label={t('registry.absence.startsOn')}
              hint={t('registry.dateHint')}
            />
          </>
        )}
        <FormTextInput
          control={form.control}
          name="endsOn"
          id={`${idPrefix}-ends`}
          label={breakOnly ? t('registry.absence.breakUntil') : t('registry.absence.endsOn')}
          hint={t('registry.dateHint')}
        />
        <div className="button-row">
          <Button type="submit" disabled={submitting}>
            {breakOnly ? t('registry.absence.addBreak') : t('registry.absence.add')}
          </Button>
        </div>
      </div>
    </form>
  );
}

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import * as z from 'zod';
import { message } from '../../../shared/i18n/message';
import { zodMessages } from '../../../shared/i18n/zod-messages';
import { FormErrorSummary, type SummaryField } from '../../../shared/ui/form-error-summary';
import { FormTextInput } from '../../../shared/ui/form-text-input';
import { useFormFailure } from '../../../shared/ui/use-form-failure';
import { checkRound, type RoundProblem, type RoundValues, toRoundBody } from '../onboarding.rules';

const PROBLEM_TEXT: Record<RoundProblem, string> = {
  required: 'validation.required',
  tooLong: 'onboarding.validation.nameTooLong',
  date: 'onboarding.validation.date',
  order: 'onboarding.validation.closesBeforeOpens',
  past: 'onboarding.validation.roundOver',
  quota: 'onboarding.validation.quota',
};

function schemaOn(today: string) {
  return z
    .object({ name: z.string(), opensOn: z.string(), closesOn: z.string(), quota: z.string() })
    .superRefine((values, ctx) => {
      for (const [field, problem] of Object.entries(checkRound(values, today))) {
        ctx.addIssue({ code: 'custom', path: [field], message: message(PROBLEM_TEXT[problem]) });
      }
    });
}

const FIELDS = ['name', 'opensOn', 'closesOn', 'quota'] as const;
const EMPTY: RoundValues = { name: '', opensOn: '', closesOn: '', quota: '' };

/** Plans a recruitment round: its days (first and last included) and, if wanted, a quota. */
export function RoundForm({
  today,
  submitting,
  onCreate,
}: {
  today: string;
  submitting: boolean;
  onCreate: (body: ReturnType<typeof toRoundBody>) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const form = useForm<RoundValues>({
    shouldFocusError: false,
    resolver: zodResolver(schemaOn(today), { error: zodMessages() }),
    defaultValues: EMPTY,
  });
  const failure = useFormFailure(form.setError, FIELDS);
  const fields: SummaryField<RoundValues>[] = [
    { name: 'name', label: t('onboarding.rounds.name'), inputId: 'round-name' },
    { name: 'opensOn', label: t('onboarding.rounds.opensOn'), inputId: 'round-opens' },
    { name: 'closesOn', label: t('onboarding.rounds.closesOn'), inputId: 'round-closes' },
    { name: 'quota', label: t('onboarding.rounds.quota'), inputId: 'round-quota' },
  ];
  const submit = form.handleSubmit(
    (values) =>
      onCreate(toRoundBody(values))
        .then(() => form.reset(EMPTY))
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
        <FormTextInput
          control={form.control}
          name="name"
          id="round-name"
          label={t('onboarding.rounds.name')}
          hint={t('onboarding.rounds.nameHint')}
        />
        <FormTextInput
          control={form.control}
          name="opensOn"
          id="round-opens"
          label={t('onboarding.rounds.opensOn')}
          hint={t('onboarding.dateHint')}
        />
        <FormTextInput
          control={form.control}
          name="closesOn"
          id="round-closes"
          label={t('onboarding.rounds.closesOn')}
          hint={t('onboarding.dateHint')}
        />
        <FormTextInput
          control={form.control}
          name="quota"
          id="round-quota"
          label={t('onboarding.rounds.quota')}
          hint={t('onboarding.rounds.quotaHint')}
          optional
          inputMode="numeric"
        />
        <div className="button-row">
          <Button type="submit" disabled={submitting}>
            {t('onboarding.rounds.submit')}
          </Button>
        </div>
      </div>
    </form>
  );
}

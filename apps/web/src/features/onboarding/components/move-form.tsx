import { zodResolver } from '@hookform/resolvers/zod';
import type { ApplicationDto } from '@kokemus/api-client';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import * as z from 'zod';
import { message } from '../../../shared/i18n/message';
import { zodMessages } from '../../../shared/i18n/zod-messages';
import { FormErrorSummary, type SummaryField } from '../../../shared/ui/form-error-summary';
import { FormRadioGroup } from '../../../shared/ui/form-radio-group';
import { FormTextInput } from '../../../shared/ui/form-text-input';
import { FormTextarea } from '../../../shared/ui/form-textarea';
import { useFormFailure } from '../../../shared/ui/use-form-failure';
import {
  checkMove,
  type MoveProblem,
  type MoveValues,
  moveNeeds,
  orderedMoves,
  toMoveBody,
} from '../onboarding.rules';

const PROBLEM_TEXT: Record<MoveProblem, string> = {
  required: 'validation.required',
  date: 'onboarding.validation.date',
  time: 'onboarding.validation.time',
  past: 'onboarding.validation.interviewPast',
};

const schema = z
  .object({
    move: z.string(),
    reason: z.string().max(1000),
    interviewDate: z.string(),
    interviewTime: z.string(),
    interviewPlace: z.string().max(300),
    note: z.string().max(4000),
  })
  .superRefine((values, ctx) => {
    const problems = checkMove(values as MoveValues, new Date());
    for (const [field, problem] of Object.entries(problems)) {
      const key = field === 'move' ? 'onboarding.validation.chooseMove' : PROBLEM_TEXT[problem];
      ctx.addIssue({ code: 'custom', path: [field], message: message(key) });
    }
  });

type Values = z.input<typeof schema>;
// The API's field errors that belong on these fields; a refused `move` is a conflict, shown above the form.
const SERVER_FIELDS = ['reason', 'interviewPlace', 'note'] as const;
const SERVER_ALIASES = { interviewAt: 'interviewDate' } as const;
const EMPTY: Values = {
  move: '',
  reason: '',
  interviewDate: '',
  interviewTime: '',
  interviewPlace: '',
  note: '',
};

/**
 * Moves the application on its path: only the moves its step allows (the API says which); rejecting and
 * closing need a reason the applicant is told, an interview invitation its time and place.
 */
export function MoveForm({
  application,
  submitting,
  onMove,
}: {
  application: ApplicationDto;
  submitting: boolean;
  onMove: (body: ReturnType<typeof toMoveBody>) => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const form = useForm<Values>({
    shouldFocusError: false,
    resolver: zodResolver(schema, { error: zodMessages() }),
    defaultValues: EMPTY,
  });
  const failure = useFormFailure(form.setError, SERVER_FIELDS, SERVER_ALIASES);
  const move = useWatch({ control: form.control, name: 'move' }) as MoveValues['move'];
  const needs = moveNeeds(move);
  const moves = orderedMoves(application.allowedMoves);
  const fields: SummaryField<Values>[] = [
    { name: 'move', label: t('onboarding.move.choose'), inputId: 'move-choice' },
    { name: 'reason', label: t('onboarding.move.reason'), inputId: 'move-reason' },
    { name: 'interviewDate', label: t('onboarding.move.interviewDate'), inputId: 'move-interview-date' },
    { name: 'interviewTime', label: t('onboarding.move.interviewTime'), inputId: 'move-interview-time' },
    { name: 'interviewPlace', label: t('onboarding.move.interviewPlace'), inputId: 'move-interview-place' },
    { name: 'note', label: t('onboarding.move.note'), inputId: 'move-note' },
  ];
  const submit = form.handleSubmit(
    (values) =>
      onMove(toMoveBody(values as MoveValues))
        .then(() => form.reset(EMPTY))
        .catch(failure.onProblem),
    failure.onInvalid,
  );

  if (moves.length === 0) {
    return (
      <p>
        {t(application.step === 'agreements' ? 'onboarding.move.waitsAgreements' : 'onboarding.move.none')}
      </p>
    );
  }
  return (
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
          name="move"
          id="move-choice"
          label={t('onboarding.move.choose')}
          choices={moves.map((value) => ({
            value,
            label: t(`onboarding.move.option.${value}`),
            hint: t(`onboarding.move.hint.${value}`),
          }))}
        />
        {needs.interview ? (
          <fieldset className="slot-fieldset">
            <legend>{t('onboarding.move.interviewLegend')}</legend>
            <div className="form-stack">
              <FormTextInput
                control={form.control}
                name="interviewDate"
                id="move-interview-date"
                label={t('onboarding.move.interviewDate')}
                hint={t('onboarding.dateHint')}
              />
              <FormTextInput
                control={form.control}
                name="interviewTime"
                id="move-interview-time"
                label={t('onboarding.move.interviewTime')}
                hint={t('onboarding.move.timeHint')}
              />
              <FormTextInput
                control={form.control}
                name="interviewPlace"
                id="move-interview-place"
                label={t('onboarding.move.interviewPlace')}
                hint={t('onboarding.move.placeHint')}
              />
            </div>
          </fieldset>
        ) : null}
        {needs.reason ? (
          <FormTextarea
            control={form.control}
            name="reason"
            id="move-reason"
            label={t('onboarding.move.reason')}
            hint={t(move === 'reject' ? 'onboarding.move.rejectHint' : 'onboarding.move.closeHint')}
            maxLength={1000}
          />
        ) : null}
        <FormTextarea
          control={form.control}
          name="note"
          id="move-note"
          label={t('onboarding.move.note')}
          hint={t('onboarding.move.noteHint')}
          optional
          maxLength={4000}
        />
        <div className="button-row">
          <Button type="submit" disabled={submitting}>
            {t('onboarding.move.submit')}
          </Button>
        </div>
      </div>
    </form>
  );
}

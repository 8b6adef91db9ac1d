import type { BriefingDto } from '@kokemus/api-client';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, RadioButton, RadioButtonGroup, Textarea } from 'suomifi-ui-components';
import { type ApiProblem, toApiProblem } from '../../../../shared/api/api-problem';
import { ifMatchHeader } from '../../../../shared/api/if-match';
import { ProblemAlert } from '../../../../shared/ui/problem-alert';
import { useWriteTaskBriefing } from '../api/briefings';
import {
  BRIEFING_FIELDS,
  BRIEFING_REQUIRED,
  BRIEFING_TEXT_MAX,
  briefingBody,
  briefingFieldOf,
  type BriefingField,
  briefingFormProblems,
  type BriefingFormValues,
  briefingFormValues,
  type BriefingProblem,
  type BriefingTextField,
} from '../briefing-form.rules';

const TEXT_FIELDS = BRIEFING_FIELDS.filter((f): f is BriefingTextField => f !== 'quietRoom');
const focusId = (field: BriefingField) =>
  field === 'quietRoom' ? 'briefing-quietRoom-yes' : `briefing-${field}`;
/** Someone else's change or a conflict: the page reads the briefing again. */
const RELOAD_STATUSES = new Set([409, 412, 428]);

/**
 * The unit writes the briefing (a coordinator may, on its behalf): who meets the expert, the audience,
 * what may and may not be asked, safety. Problems are said beside the fields; the first takes the focus.
 */
export function BriefingForm({ briefing }: { briefing: BriefingDto }) {
  const { t } = useTranslation();
  const write = useWriteTaskBriefing(briefing.occurrenceId);
  const [values, setValues] = useState<BriefingFormValues>(() => briefingFormValues(briefing.content));
  const [errors, setErrors] = useState<Partial<Record<BriefingField, BriefingProblem>>>({});
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [status, setStatus] = useState<'saved' | 'reloaded' | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  // a newer version read after someone else's change: the form shows it (after our own save it already does)
  const [seenVersion, setSeenVersion] = useState(briefing.version);
  if (briefing.version !== seenVersion) {
    setSeenVersion(briefing.version);
    if (status === 'reloaded') setValues(briefingFormValues(briefing.content));
  }

  const set = (field: BriefingField, value: string) => {
    setValues((v) => ({ ...v, [field]: value }));
    setErrors((e) => (e[field] ? { ...e, [field]: undefined } : e));
  };
  const message = (field: BriefingField) =>
    errors[field] ? t(`briefing.validation.${errors[field]}`, { max: BRIEFING_TEXT_MAX }) : undefined;
  const focusFirst = (found: Partial<Record<BriefingField, BriefingProblem>>) => {
    const first = BRIEFING_FIELDS.find((f) => found[f]);
    if (first) requestAnimationFrame(() => document.getElementById(focusId(first))?.focus());
  };

  const submit = () => {
    setProblem(null);
    setStatus(null);
    const found = briefingFormProblems(values);
    setErrors(found);
    if (Object.keys(found).length) {
      focusFirst(found);
      return;
    }
    write.mutate(
      {
        path: { occurrenceId: briefing.occurrenceId },
        body: briefingBody(values),
        headers: ifMatchHeader(briefing),
      },
      {
        onSuccess: () => {
          setStatus('saved');
          requestAnimationFrame(() => statusRef.current?.focus());
        },
        onError: (error) => {
          const p = toApiProblem(error);
          if (RELOAD_STATUSES.has(p.status) && p.code !== 'BRIEFING_TASK_OVER') {
            setStatus('reloaded');
            requestAnimationFrame(() => statusRef.current?.focus());
            return;
          }
          const server: Partial<Record<BriefingField, BriefingProblem>> = {};
          for (const key of Object.keys(p.fieldErrors)) {
            const field = briefingFieldOf(key);
            if (field) server[field] = 'server';
          }
          setErrors(server);
          setProblem(p);
          if (Object.keys(server).length) focusFirst(server);
          else requestAnimationFrame(() => document.getElementById('briefing-form-problem')?.focus());
        },
      },
    );
  };

  const optional = (field: BriefingField) =>
    BRIEFING_REQUIRED.includes(field) ? undefined : t('form.optional');

  return (
    <form
      noValidate
      aria-labelledby="briefing-form-heading"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <h2 id="briefing-form-heading">{t('briefing.title')}</h2>
      <p>{t('briefing.intro.unit')}</p>
      <div className="form-stack">
        {problem ? (
          <div id="briefing-form-problem" tabIndex={-1}>
            <ProblemAlert problem={problem} />
          </div>
        ) : null}
        {TEXT_FIELDS.slice(0, 5).map((field) => (
          <Textarea
            key={field}
            id={`briefing-${field}`}
            labelText={t(`briefing.field.${field}.label`)}
            hintText={t(`briefing.field.${field}.hint`)}
            optionalText={optional(field)}
            value={values[field]}
            onChange={(event) => set(field, event.target.value)}
            status={errors[field] ? 'error' : 'default'}
            statusText={message(field)}
            resize="vertical"
            fullWidth
          />
        ))}
        <RadioButtonGroup
          id="briefing-quietRoom"
          name="briefing-quietRoom"
          labelText={t('briefing.field.quietRoom.label')}
          value={values.quietRoom}
          onChange={(value) => set('quietRoom', value)}
          groupStatus={errors.quietRoom ? 'error' : 'default'}
          groupStatusText={message('quietRoom')}
        >
          <RadioButton value="yes" id="briefing-quietRoom-yes">
            {t('briefing.field.quietRoom.yes')}
          </RadioButton>
          <RadioButton value="no" id="briefing-quietRoom-no">
            {t('briefing.field.quietRoom.no')}
          </RadioButton>
        </RadioButtonGroup>
        <Textarea
          id="briefing-afterContact"
          labelText={t('briefing.field.afterContact.label')}
          hintText={t('briefing.field.afterContact.hint')}
          value={values.afterContact}
          onChange={(event) => set('afterContact', event.target.value)}
          status={errors.afterContact ? 'error' : 'default'}
          statusText={message('afterContact')}
          resize="vertical"
          fullWidth
        />
        <div className="button-row">
          <Button type="submit" disabled={write.isPending}>
            {t('briefing.save')}
          </Button>
        </div>
        <div role="status" className="notice" ref={statusRef} tabIndex={-1}>
          {status ? t(`briefing.${status}`) : ''}
        </div>
      </div>
    </form>
  );
}

import { useRef } from 'react';
import { type Control, useFieldArray } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import { FormTextInput } from '../../../shared/ui/form-text-input';
import { type ApplicationFormValues, emptyTrainingRow } from '../application-form.schema';

export const MAX_TRAINING_ROWS = 20;

/** Courses taken earlier, one row each; a row is added and removed with a button, and focus follows. */
export function PriorTrainingFields({ control }: { control: Control<ApplicationFormValues> }) {
  const { t } = useTranslation();
  const rows = useFieldArray({ control, name: 'priorTraining' });
  const addRef = useRef<HTMLButtonElement>(null);
  return (
    <fieldset className="apply-fieldset" aria-describedby="apply-training-hint">
      <legend>{t('apply.field.priorTraining')}</legend>
      <p id="apply-training-hint" className="hint">
        {t('apply.hint.priorTraining')}
      </p>
      {rows.fields.length > 0 ? (
        <ol className="plain-list apply-training-list">
          {rows.fields.map((row, i) => (
            <li key={row.id} className="apply-training-row">
              <fieldset className="apply-fieldset">
                <legend>{t('apply.training.row', { number: i + 1 })}</legend>
                <div className="form-stack">
                  <FormTextInput
                    control={control}
                    name={`priorTraining.${i}.course`}
                    id={`apply-training-${i}-course`}
                    label={t('apply.training.course')}
                  />
                  <FormTextInput
                    control={control}
                    name={`priorTraining.${i}.organiser`}
                    id={`apply-training-${i}-organiser`}
                    label={t('apply.training.organiser')}
                  />
                  <FormTextInput
                    control={control}
                    name={`priorTraining.${i}.hours`}
                    id={`apply-training-${i}-hours`}
                    label={t('apply.training.hours')}
                    inputMode="numeric"
                  />
                  <FormTextInput
                    control={control}
                    name={`priorTraining.${i}.year`}
                    id={`apply-training-${i}-year`}
                    label={t('apply.training.year')}
                    inputMode="numeric"
                  />
                  <div>
                    <Button
                      type="button"
                      variant="secondary"
                      onClick={() => {
                        rows.remove(i);
                        addRef.current?.focus();
                      }}
                    >
                      {t('apply.training.remove', { number: i + 1 })}
                    </Button>
                  </div>
                </div>
              </fieldset>
            </li>
          ))}
        </ol>
      ) : null}
      {rows.fields.length < MAX_TRAINING_ROWS ? (
        <Button
          type="button"
          variant="secondary"
          ref={addRef}
          onClick={() =>
            rows.append(emptyTrainingRow(), {
              shouldFocus: true,
              focusName: `priorTraining.${rows.fields.length}.course`,
            })
          }
        >
          {t('apply.training.add')}
        </Button>
      ) : null}
    </fieldset>
  );
}

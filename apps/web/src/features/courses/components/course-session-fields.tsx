import { useRef } from 'react';
import type { UseFieldArrayReturn, Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import { FormTextInput } from '../../../shared/ui/form-text-input';
import { type CourseFormValues, nextSession } from '../courses.rules';

/** The id of a session row's input, for the error summary's links and the focus. */
export function sessionInputId(i: number, part: string): string {
  return `course-session-${i}-${part}`;
}

/** The course's sessions as a list of rows; rows are added and removed, each is a fieldset of its own. */
export function CourseSessionFields({
  control,
  sessions,
  getValues,
  labels,
}: {
  control: Control<CourseFormValues>;
  sessions: UseFieldArrayReturn<CourseFormValues, 'sessions'>;
  getValues: () => CourseFormValues;
  labels: Record<'date' | 'startTime' | 'endTime' | 'topic', string>;
}) {
  const { t } = useTranslation();
  const addButton = useRef<HTMLButtonElement>(null);
  // The removed row's button goes with it: the focus stays in the list, on "Add a session".
  const remove = (i: number) => {
    sessions.remove(i);
    addButton.current?.focus();
  };
  const add = () => {
    const values = getValues();
    sessions.append(nextSession(values.sessions, values.startsOn), {
      focusName: `sessions.${sessions.fields.length}.date`,
    });
  };
  return (
    <div className="slot-list">
      {sessions.fields.length === 0 ? <p className="hint">{t('courses.sessions.none')}</p> : null}
      {sessions.fields.map((row, i) => (
        <fieldset key={row.id} className="slot-row">
          <legend>{t('courses.sessions.legend', { n: i + 1 })}</legend>
          <FormTextInput
            control={control}
            name={`sessions.${i}.date`}
            id={sessionInputId(i, 'date')}
            label={labels.date}
            hint={t('courses.hint.date')}
          />
          <FormTextInput
            control={control}
            name={`sessions.${i}.startTime`}
            id={sessionInputId(i, 'startTime')}
            label={labels.startTime}
            hint={t('courses.hint.time')}
          />
          <FormTextInput
            control={control}
            name={`sessions.${i}.endTime`}
            id={sessionInputId(i, 'endTime')}
            label={labels.endTime}
            hint={t('courses.hint.time')}
          />
          <FormTextInput
            control={control}
            name={`sessions.${i}.topic`}
            id={sessionInputId(i, 'topic')}
            label={labels.topic}
            optional
          />
          <div>
            <Button type="button" variant="secondaryNoBorder" onClick={() => remove(i)}>
              {t('courses.sessions.remove', { n: i + 1 })}
            </Button>
          </div>
        </fieldset>
      ))}
      <div>
        <Button type="button" variant="secondary" onClick={add} ref={addButton}>
          {t('courses.sessions.add')}
        </Button>
      </div>
    </div>
  );
}

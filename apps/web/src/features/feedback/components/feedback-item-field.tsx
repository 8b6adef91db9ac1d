import type { QuestionnaireItemDto } from '@kokemus/api-client';
import { useTranslation } from 'react-i18next';
import { Textarea, VisuallyHidden } from 'suomifi-ui-components';
import { ANSWER_TEXT_MAX, FACES, isScale, SCALE_VALUES, type ScaleKind } from '../feedback-answers.rules';

type Props = {
  item: QuestionnaireItemDto;
  /** The question in the UI's language. */
  text: string;
  value: number | boolean | string | undefined;
  onChange: (value: number | boolean | string) => void;
  /** The message to show beside the question (already translated), if any. */
  error?: string;
};

/** The id of an item's first control: the focus goes there when the item is left empty. */
export function itemInputId(itemId: string): string {
  return `feedback-item-${itemId}`;
}

function Question({ text, required }: { text: string; required: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      {text}
      {required ? (
        <>
          {' '}
          <span className="feedback-required">({t('feedback.answer.required')})</span>
        </>
      ) : null}
    </>
  );
}

/**
 * One question of a questionnaire. A scale is a fieldset (the question as its legend) of five big radio
 * buttons, each named by its digit and word ("4 Agree"; a face by its word only), the two ends written
 * out under the row; yes/no is two such buttons; a text question is a text box. Arrow keys move in a group.
 */
export function FeedbackItemField({ item, text, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const inputId = itemInputId(item.id);
  const errorId = `${inputId}-error`;

  if (item.kind === 'text') {
    return (
      <Textarea
        id={inputId}
        labelText={<Question text={text} required={item.required} />}
        value={typeof value === 'string' ? value : ''}
        maxLength={ANSWER_TEXT_MAX}
        onChange={(event) => onChange(event.target.value)}
        status={error ? 'error' : 'default'}
        statusText={error ?? ''}
        required={item.required}
        resize="vertical"
        fullWidth
      />
    );
  }

  const choices: Array<{ value: number | boolean; label: string; face: string }> = isScale(item.kind)
    ? SCALE_VALUES.map((v) => ({
        value: v,
        label: t(`feedback.answer.choice.${item.kind as ScaleKind}.${v}`),
        face: item.kind === 'emoji' ? FACES[v - 1] : String(v),
      }))
    : [true, false].map((v) => ({
        value: v,
        label: t(v ? 'feedback.answer.choice.yes' : 'feedback.answer.choice.no'),
        face: '',
      }));
  const scale = isScale(item.kind);

  return (
    <fieldset className="feedback-item">
      <legend className="feedback-legend">
        <Question text={text} required={item.required} />
      </legend>
      {error ? (
        <p id={errorId} className="feedback-error">
          {error}
        </p>
      ) : null}
      <div className={scale ? 'feedback-choices feedback-choices-scale' : 'feedback-choices'}>
        {choices.map((choice, index) => (
          <label key={String(choice.value)} className="feedback-choice">
            <input
              type="radio"
              id={index === 0 ? inputId : `${inputId}-${String(choice.value)}`}
              name={inputId}
              value={String(choice.value)}
              checked={value === choice.value}
              onChange={() => onChange(choice.value)}
              required={item.required}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
            />
            {scale ? (
              <span className="feedback-choice-face">
                <span aria-hidden="true">{choice.face}</span>
                <VisuallyHidden>
                  {item.kind === 'emoji' ? choice.label : `${choice.face} ${choice.label}`}
                </VisuallyHidden>
              </span>
            ) : (
              <span className="feedback-choice-face">{choice.label}</span>
            )}
          </label>
        ))}
      </div>
      {scale ? (
        <div className="feedback-ends" aria-hidden="true">
          <span>{choices[0].label}</span>
          <span>{choices[choices.length - 1].label}</span>
        </div>
      ) : null}
    </fieldset>
  );
}

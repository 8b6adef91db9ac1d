import type { QuestionnaireAudience } from '@kokemus/api-client';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, InlineAlert, Textarea, TextInput } from 'suomifi-ui-components';
import { type ApiProblem, toApiProblem } from '../../../../shared/api/api-problem';
import { ProblemAlert } from '../../../../shared/ui/problem-alert';
import {
  AUDIENCES,
  blankItem,
  type EditorValues,
  type FieldErrors,
  fieldId,
  fieldOrder,
  firstErrorField,
  formProblems,
  ITEM_KINDS,
  type ItemValues,
  mapServerErrors,
  maxItems,
  moveItem,
  removeItem,
  THEMES,
} from '../questionnaires.rules';

type Props = {
  initial: EditorValues;
  /** A new instrument: the key and the audience are chosen here (a later version keeps them). */
  isNew: boolean;
  submitting: boolean;
  onSubmit: (values: EditorValues) => Promise<unknown>;
  onCancel: () => void;
};

const LANGS = ['fi', 'sv', 'en'] as const;
const TEXT_LABEL = { fi: 'textFi', sv: 'textSv', en: 'textEn', selko: 'textSelko' } as const;
const TITLE_LABEL = { fi: 'titleFi', sv: 'titleSv', en: 'titleEn' } as const;

/** Focuses a field after React has drawn its error (the field may have just appeared). */
function focusField(path: string) {
  requestAnimationFrame(() => {
    const el = document.getElementById(fieldId(path));
    el?.focus();
    el?.scrollIntoView?.({ block: 'center' });
  });
}

/**
 * The editor of one version: the title, the items (added, removed and moved with buttons), the lock and
 * its source. Errors, the client's or the server's, stand beside their fields and the first takes the focus.
 */
export function QuestionnaireEditor({ initial, isNew, submitting, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const participant = values.audience === 'participant';

  const fail = (found: FieldErrors) => {
    setErrors(found);
    const first = firstErrorField(found, fieldOrder(values, isNew));
    if (first) focusField(first);
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setProblem(null);
    const found = formProblems(values, isNew);
    if (Object.keys(found).length > 0) return fail(found);
    setErrors({});
    try {
      await onSubmit(values);
    } catch (error) {
      const p = toApiProblem(error);
      // A conflict (locked, another audience) is about the instrument, not a field: it stands on top.
      const mapped = p.status === 409 ? {} : mapServerErrors(p.fieldErrors, fieldOrder(values, isNew));
      setProblem(p);
      if (Object.keys(mapped).length > 0) fail(mapped);
      else requestAnimationFrame(() => document.getElementById('questionnaire-problem')?.focus());
    }
  };

  const update = (change: (v: EditorValues) => EditorValues) => setValues((v) => change(v));
  const updateItem = (index: number, change: Partial<ItemValues>) =>
    update((v) => ({ ...v, items: v.items.map((item, i) => (i === index ? { ...item, ...change } : item)) }));
  const updateItemText = (index: number, lang: keyof ItemValues['text'], text: string) =>
    update((v) => ({
      ...v,
      items: v.items.map((item, i) =>
        i === index ? { ...item, text: { ...item.text, [lang]: text } } : item,
      ),
    }));

  // Errors are kept by position: after a move or a removal they no longer say which item they meant.
  const move = (index: number, delta: -1 | 1) => {
    update((v) => ({ ...v, items: moveItem(v.items, index, delta) }));
    setErrors({});
    setAnnouncement(t('questionnaires.editor.moved', { number: index + delta + 1 }));
    const button = delta === -1 ? 'up' : 'down';
    const to = index + delta;
    // The moved item's button keeps the focus, unless it can go no further that way.
    requestAnimationFrame(() => {
      const target = document.getElementById(
        `questionnaire-item-${to}-${button}`,
      ) as HTMLButtonElement | null;
      (target && !target.disabled
        ? target
        : document.getElementById(`questionnaire-item-${to}-${button === 'up' ? 'down' : 'up'}`)
      )?.focus();
    });
  };
  const remove = (index: number) => {
    const count = values.items.length - 1;
    update((v) => ({ ...v, items: removeItem(v.items, index) }));
    setErrors({});
    setAnnouncement(t('questionnaires.editor.removed', { count }));
    requestAnimationFrame(() =>
      document
        .getElementById(
          count === 0 ? 'questionnaire-add-item' : fieldId(`items.${Math.min(index, count - 1)}.id`),
        )
        ?.focus(),
    );
  };
  const add = () => {
    const number = values.items.length + 1;
    update((v) => ({ ...v, items: [...v.items, blankItem()] }));
    setAnnouncement(t('questionnaires.editor.added', { number }));
    focusField(`items.${number - 1}.id`);
  };

  const err = (path: string) => errors[path]?.map((key) => t(key)).join(' ');
  const status = (path: string) => (errors[path]?.length ? ('error' as const) : ('default' as const));
  const hasErrors = Object.keys(errors).length > 0;

  return (
    <form noValidate onSubmit={(e) => void submit(e)} className="questionnaire-stack">
      {hasErrors ? <InlineAlert status="error">{t('questionnaires.editor.checkFields')}</InlineAlert> : null}
      {problem && !hasErrors ? (
        <div id="questionnaire-problem" tabIndex={-1}>
          <ProblemAlert problem={problem} />
        </div>
      ) : null}

      {isNew ? (
        <fieldset className="questionnaire-fieldset">
          <legend>{t('questionnaires.editor.basics')}</legend>
          <div className="form-stack">
            <TextInput
              id={fieldId('key')}
              labelText={t('questionnaires.key')}
              hintText={t('questionnaires.editor.keyHint')}
              value={values.key}
              onChange={(value) => update((v) => ({ ...v, key: String(value ?? '') }))}
              status={status('key')}
              statusText={err('key')}
              autoComplete="off"
              fullWidth
            />
            <SelectField
              id={fieldId('audience')}
              label={t('questionnaires.audience')}
              hint={t('questionnaires.editor.audienceHint')}
              error={err('audience')}
              value={values.audience}
              onChange={(value) => update((v) => ({ ...v, audience: value as QuestionnaireAudience | '' }))}
            >
              <option value="">{t('questionnaires.editor.chooseAudience')}</option>
              {AUDIENCES.map((a) => (
                <option key={a} value={a}>
                  {t(`questionnaires.audienceName.${a}`)}
                </option>
              ))}
            </SelectField>
          </div>
        </fieldset>
      ) : null}

      <fieldset className="questionnaire-fieldset">
        <legend>{t('questionnaires.editor.titleLegend')}</legend>
        <div className="form-stack">
          {LANGS.map((lang) => (
            <TextInput
              key={lang}
              id={fieldId(`title.${lang}`)}
              labelText={t(`questionnaires.editor.${TITLE_LABEL[lang]}`)}
              value={values.title[lang]}
              onChange={(value) =>
                update((v) => ({ ...v, title: { ...v.title, [lang]: String(value ?? '') } }))
              }
              status={status(`title.${lang}`)}
              statusText={err(`title.${lang}`)}
              maxLength={500}
              fullWidth
            />
          ))}
        </div>
      </fieldset>

      <fieldset className="questionnaire-fieldset" aria-describedby="questionnaire-items-hint">
        <legend>{t('questionnaires.editor.itemsLegend')}</legend>
        <p id="questionnaire-items-hint" className="questionnaire-hint">
          {participant
            ? t('questionnaires.editor.itemsHintParticipant')
            : t('questionnaires.editor.itemsHint')}
        </p>
        {errors.items ? (
          <p className="questionnaire-field-error" id={fieldId('items')} tabIndex={-1}>
            {err('items')}
          </p>
        ) : null}
        <p role="status" className="visually-hidden">
          {announcement}
        </p>
        {values.items.map((item, i) => {
          const p = `items.${i}`;
          const label = t('questionnaires.editor.itemLabel', { number: i + 1 });
          return (
            <fieldset key={item.uid} className="questionnaire-fieldset" data-testid="questionnaire-item">
              <legend>{t('questionnaires.editor.itemLegend', { number: i + 1 })}</legend>
              <div className="form-stack">
                <TextInput
                  id={fieldId(`${p}.id`)}
                  labelText={t('questionnaires.editor.id')}
                  hintText={
                    item.existing ? t('questionnaires.editor.idExisting') : t('questionnaires.editor.idHint')
                  }
                  value={item.id}
                  readOnly={item.existing}
                  onChange={(value) => updateItem(i, { id: String(value ?? '') })}
                  status={status(`${p}.id`)}
                  statusText={err(`${p}.id`)}
                  autoComplete="off"
                  fullWidth
                />
                <SelectField
                  id={fieldId(`${p}.kind`)}
                  label={t('questionnaires.editor.kind')}
                  error={err(`${p}.kind`)}
                  value={item.kind}
                  onChange={(value) => updateItem(i, { kind: value as ItemValues['kind'] })}
                >
                  {ITEM_KINDS.map((kind) => (
                    <option key={kind} value={kind}>
                      {t(`questionnaires.kind.${kind}`)}
                    </option>
                  ))}
                </SelectField>
                <SelectField
                  id={fieldId(`${p}.theme`)}
                  label={t('questionnaires.editor.theme')}
                  error={err(`${p}.theme`)}
                  value={item.theme}
                  onChange={(value) => updateItem(i, { theme: value as ItemValues['theme'] })}
                >
                  <option value="">{t('questionnaires.theme.none')}</option>
                  {THEMES.map((theme) => (
                    <option key={theme} value={theme}>
                      {t(`questionnaires.theme.${theme}`)}
                    </option>
                  ))}
                </SelectField>
                <Checkbox
                  id={fieldId(`${p}.required`)}
                  checked={item.required}
                  onClick={({ checkboxState }) => updateItem(i, { required: checkboxState })}
                  status={status(`${p}.required`)}
                  statusText={err(`${p}.required`)}
                >
                  {t('questionnaires.editor.required')}
                </Checkbox>
                {[...LANGS, ...(participant ? (['selko'] as const) : [])].map((lang) => (
                  <Textarea
                    key={lang}
                    id={fieldId(`${p}.text.${lang}`)}
                    labelText={t(`questionnaires.editor.${TEXT_LABEL[lang]}`)}
                    value={item.text[lang]}
                    onChange={(event) => updateItemText(i, lang, event.target.value)}
                    status={status(`${p}.text.${lang}`)}
                    statusText={err(`${p}.text.${lang}`)}
                    resize="vertical"
                    rows={2}
                    maxLength={500}
                    fullWidth
                  />
                ))}
                <div className="questionnaire-item-actions">
                  <Button
                    type="button"
                    variant="secondary"
                    id={`questionnaire-item-${i}-up`}
                    disabled={i === 0}
                    onClick={() => move(i, -1)}
                  >
                    {t('questionnaires.editor.moveUp')} <span className="visually-hidden">({label})</span>
                  </Button>
                  <Button
                    type="button"
                    variant="secondary"
                    id={`questionnaire-item-${i}-down`}
                    disabled={i === values.items.length - 1}
                    onClick={() => move(i, 1)}
                  >
                    {t('questionnaires.editor.moveDown')} <span className="visually-hidden">({label})</span>
                  </Button>
                  <Button type="button" variant="secondaryNoBorder" onClick={() => remove(i)}>
                    {t('questionnaires.editor.remove')} <span className="visually-hidden">({label})</span>
                  </Button>
                </div>
              </div>
            </fieldset>
          );
        })}
        <Button
          type="button"
          variant="secondary"
          id="questionnaire-add-item"
          disabled={values.items.length >= maxItems(values.audience)}
          onClick={add}
        >
          {t('questionnaires.editor.addItem')}
        </Button>
      </fieldset>

      <fieldset className="questionnaire-fieldset">
        <legend>{t('questionnaires.editor.lockLegend')}</legend>
        <div className="form-stack">
          <div>
            <p className="questionnaire-warning" id="questionnaire-locked-warning">
              {t('questionnaires.editor.lockedWarning')}
            </p>
            <Checkbox
              id={fieldId('locked')}
              checked={values.locked}
              onClick={({ checkboxState }) => update((v) => ({ ...v, locked: checkboxState }))}
              status={status('locked')}
              statusText={err('locked')}
              aria-describedby="questionnaire-locked-warning"
            >
              {t('questionnaires.editor.locked')}
            </Checkbox>
          </div>
          <Textarea
            id={fieldId('source')}
            labelText={t('questionnaires.editor.source')}
            hintText={t('questionnaires.editor.sourceHint')}
            optionalText={t('form.optional')}
            value={values.source}
            onChange={(event) => update((v) => ({ ...v, source: event.target.value }))}
            status={status('source')}
            statusText={err('source')}
            resize="vertical"
            rows={2}
            maxLength={500}
            fullWidth
          />
        </div>
      </fieldset>

      <div className="button-row">
        <Button type="submit" disabled={submitting}>
          {t('questionnaires.editor.save')}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t('questionnaires.editor.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** A native select (it passes axe, unlike the design system's closed one) with its label, hint and error. */
function SelectField({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  children: ReactNode;
}) {
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className="feedback-select">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="questionnaire-hint">
          {hint}
        </p>
      ) : null}
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
      >
        {children}
      </select>
      {error ? (
        <p id={`${id}-error`} className="questionnaire-field-error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

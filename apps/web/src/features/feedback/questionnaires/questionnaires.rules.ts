import type {
  CreateQuestionnaireDto,
  FourT,
  ItemKind,
  QuestionnaireAudience,
  QuestionnaireDto,
} from '@kokemus/api-client';

export const AUDIENCES = [
  'orderer',
  'expert',
  'participant',
  'indicator',
] as const satisfies readonly QuestionnaireAudience[];
export const ITEM_KINDS = [
  'scale',
  'rating',
  'load',
  'emoji',
  'yesno',
  'text',
] as const satisfies readonly ItemKind[];
export const THEMES = ['tutustuminen', 'turvallisuus', 'tieto', 'tuki'] as const satisfies readonly FourT[];
export const TEXT_LANGUAGES = ['fi', 'sv', 'en'] as const;
/** The languages a version's items can be read in (selkokieli only where the participants are asked). */
export const READING_LANGUAGES = ['fi', 'sv', 'en', 'selko'] as const;
export type ReadingLanguage = (typeof READING_LANGUAGES)[number];
/** Participants answer five questions at most (the API says the same). */
export const PARTICIPANT_MAX_ITEMS = 5;
export const MAX_ITEMS = 30;

export type ItemValues = {
  /** The form's own handle for the row (React key), never sent. */
  uid: string;
  id: string;
  /** The item is in the version this one follows: its id keeps the answers together, so it stays. */
  existing: boolean;
  kind: ItemKind;
  theme: FourT | '';
  required: boolean;
  text: { fi: string; sv: string; en: string; selko: string };
};

export type EditorValues = {
  key: string;
  audience: QuestionnaireAudience | '';
  title: { fi: string; sv: string; en: string };
  items: ItemValues[];
  locked: boolean;
  source: string;
};

/** Field path (the API's own, e.g. `items.2.text.sv`) → the i18n keys of what is wrong. */
export type FieldErrors = Record<string, string[]>;

let uidSeq = 0;
const nextUid = () => `item-${++uidSeq}`;

export function blankItem(): ItemValues {
  return {
    uid: nextUid(),
    id: '',
    existing: false,
    kind: 'scale',
    theme: '',
    required: false,
    text: { fi: '', sv: '', en: '', selko: '' },
  };
}

/** A new instrument's form, or the next version's, prefilled with the version it follows. */
export function editorValuesFrom(previous: QuestionnaireDto | null): EditorValues {
  if (!previous)
    return {
      key: '',
      audience: '',
      title: { fi: '', sv: '', en: '' },
      items: [blankItem()],
      locked: false,
      source: '',
    };
  return {
    key: previous.key,
    audience: previous.audience,
    title: { fi: previous.title.fi, sv: previous.title.sv, en: previous.title.en },
    items: previous.items.map((item) => ({
      uid: nextUid(),
      id: item.id,
      existing: true,
      kind: item.kind,
      theme: item.theme ?? '',
      required: item.required,
      text: { fi: item.text.fi, sv: item.text.sv, en: item.text.en, selko: item.text.selko ?? '' },
    })),
    locked: false,
    source: previous.source ?? '',
  };
}

/** The POST body: texts trimmed, selkokieli only where the participants are asked, empty choices as null. */
export function toCreateBody(values: EditorValues): CreateQuestionnaireDto {
  const participant = values.audience === 'participant';
  const source = values.source.trim();
  return {
    key: values.key.trim(),
    audience: values.audience as QuestionnaireAudience,
    title: { fi: values.title.fi.trim(), sv: values.title.sv.trim(), en: values.title.en.trim() },
    items: values.items.map((item) => ({
      id: item.id.trim(),
      kind: item.kind,
      theme: item.theme === '' ? null : item.theme,
      required: item.required,
      text: {
        fi: item.text.fi.trim(),
        sv: item.text.sv.trim(),
        en: item.text.en.trim(),
        ...(participant ? { selko: item.text.selko.trim() } : {}),
      },
    })),
    locked: values.locked,
    source: source === '' ? null : source,
  };
}

/** Moves the item at `index` one place up (-1) or down (+1); out of range leaves the list as it is. */
export function moveItem<T>(items: readonly T[], index: number, delta: -1 | 1): T[] {
  const to = index + delta;
  if (index < 0 || index >= items.length || to < 0 || to >= items.length) return [...items];
  const next = [...items];
  [next[index], next[to]] = [next[to], next[index]];
  return next;
}

export function removeItem<T>(items: readonly T[], index: number): T[] {
  return items.filter((_, i) => i !== index);
}

/** The most items this audience may have. */
export function maxItems(audience: QuestionnaireAudience | ''): number {
  return audience === 'participant' ? PARTICIPANT_MAX_ITEMS : MAX_ITEMS;
}

/** The form's fields in the order they stand on the page (so the first error is the first one met). */
export function fieldOrder(values: EditorValues, isNew: boolean): string[] {
  const participant = values.audience === 'participant';
  return [
    ...(isNew ? ['key', 'audience'] : []),
    'title.fi',
    'title.sv',
    'title.en',
    'items',
    ...values.items.flatMap((_, i) => [
      `items.${i}.id`,
      `items.${i}.kind`,
      `items.${i}.theme`,
      `items.${i}.required`,
      `items.${i}.text.fi`,
      `items.${i}.text.sv`,
      `items.${i}.text.en`,
      ...(participant ? [`items.${i}.text.selko`] : []),
    ]),
    'locked',
    'source',
  ];
}

/** The i18n key telling what is wrong with a field, from its path and the server's (English) words. */
export function messageKeyFor(path: string, serverMessages: readonly string[]): string {
  const words = serverMessages.join(' ');
  if (path === 'items') return 'questionnaires.errors.itemCount';
  if (/^items\.\d+\.id$/.test(path))
    return /twice/.test(words) ? 'questionnaires.errors.idTwice' : 'questionnaires.errors.idFormat';
  if (/^items\.\d+\.kind$/.test(path))
    return /indicator/.test(words) ? 'questionnaires.errors.indicatorScale' : 'questionnaires.errors.invalid';
  if (/\.(fi|sv|en|selko)$/.test(path))
    return /missing|empty|should not be/.test(words) || words === ''
      ? 'questionnaires.errors.textMissing'
      : 'questionnaires.errors.textTooLong';
  if (path === 'key') return 'questionnaires.errors.key';
  return 'questionnaires.errors.invalid';
}

/**
 * The server's field errors put on the form's fields: a path the form shows is kept as it is; one it does
 * not show (`items.3` as a whole, a nested member) goes to the nearest field that is shown.
 */
export function mapServerErrors(
  errors: Readonly<Record<string, readonly string[]>>,
  shown: readonly string[],
): FieldErrors {
  const out: FieldErrors = {};
  for (const [path, messages] of Object.entries(errors)) {
    let target = path;
    while (!shown.includes(target) && target.includes('.')) {
      // An item as a whole: its first field stands for it.
      if (/^items\.\d+$/.test(target)) {
        target = shown.includes(`${target}.id`) ? `${target}.id` : 'items';
        break;
      }
      target = target.slice(0, target.lastIndexOf('.'));
    }
    if (!shown.includes(target)) continue;
    (out[target] ??= []).push(messageKeyFor(path, messages));
  }
  return out;
}

/** The first field, in page order, that has an error. */
export function firstErrorField(errors: FieldErrors, order: readonly string[]): string | null {
  return order.find((path) => errors[path]?.length) ?? null;
}

/** A field's element id on the page. */
export function fieldId(path: string): string {
  return `questionnaire-${path.replace(/\./g, '-')}`;
}

/** What the client can tell before sending (the API checks the same and more). */
export function formProblems(values: EditorValues, isNew: boolean): FieldErrors {
  const out: FieldErrors = {};
  const add = (path: string, key: string) => (out[path] ??= []).push(key);
  if (isNew && !/^[a-z0-9][a-z0-9-]{0,59}$/.test(values.key.trim())) add('key', 'questionnaires.errors.key');
  if (isNew && values.audience === '') add('audience', 'questionnaires.errors.audience');
  for (const lang of TEXT_LANGUAGES)
    if (!values.title[lang].trim()) add(`title.${lang}`, 'questionnaires.errors.textMissing');
  if (values.items.length === 0 || values.items.length > maxItems(values.audience))
    add('items', 'questionnaires.errors.itemCount');
  const seen = new Set<string>();
  values.items.forEach((item, i) => {
    const id = item.id.trim();
    if (!/^[a-z0-9][a-z0-9-]{0,39}$/.test(id)) add(`items.${i}.id`, 'questionnaires.errors.idFormat');
    else if (seen.has(id)) add(`items.${i}.id`, 'questionnaires.errors.idTwice');
    seen.add(id);
    if (values.audience === 'indicator' && item.kind !== 'scale')
      add(`items.${i}.kind`, 'questionnaires.errors.indicatorScale');
    for (const lang of TEXT_LANGUAGES)
      if (!item.text[lang].trim()) add(`items.${i}.text.${lang}`, 'questionnaires.errors.textMissing');
    if (values.audience === 'participant' && !item.text.selko.trim())
      add(`items.${i}.text.selko`, 'questionnaires.errors.textMissing');
  });
  return out;
}

/** An item's words in a language; selkokieli falls back to the plain Finnish when a version has none. */
export function itemText(text: QuestionnaireDto['items'][number]['text'], lang: ReadingLanguage): string {
  if (lang === 'selko') return text.selko?.trim() ? text.selko : text.fi;
  return text[lang];
}

/** The title in the UI's language (Finnish when the language is not one of the three). */
export function titleIn(title: QuestionnaireDto['title'], language: string): string {
  const lang = language.slice(0, 2);
  return lang === 'sv' || lang === 'en' ? title[lang] : title.fi;
}

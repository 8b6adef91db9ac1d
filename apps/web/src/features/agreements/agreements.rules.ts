import type {
  AgreementBodyDto,
  AgreementDto,
  AgreementTitleDto,
  CreateAgreementDto,
  Locale,
  MyAgreementDto,
  PublishAgreementVersionDto,
} from '@kokemus/api-client';
import { formatDate, helsinkiDate } from '../../shared/format/date';

/** The contract's limits (AgreementTitleDto, AgreementBodyDto, PublishAgreementVersionDto, CreateAgreementDto). */
export const LIMITS = {
  title: 200,
  body: 50000,
  changeNote: 500,
  position: { min: 0, max: 1000 },
} as const;

export const LOCALES: readonly Locale[] = ['fi', 'sv', 'en'];

/** Codes that would collide with the app's own addresses (`/agreements/new`). */
export const RESERVED_CODES: readonly string[] = ['new'];

/** The Helsinki day of an instant as Finns write it ("2026-03-31T22:30Z" → "1.4.2026"). */
export function dayOf(iso: string): string {
  return formatDate(helsinkiDate(new Date(iso)));
}

/** The UI language as a document language; anything unknown reads the Finnish text. */
export function localeOf(language: string): Locale {
  return (LOCALES as readonly string[]).includes(language) ? (language as Locale) : 'fi';
}

/** A version's text in the person's language; Finnish when that one is blank (all three are required). */
export function textIn(text: AgreementTitleDto | AgreementBodyDto, language: string): string {
  return text[localeOf(language)].trim() || text.fi;
}

/**
 * A document's body as paragraphs: blank lines separate paragraphs (the contract's rule), a single line
 * break stays a line break inside its paragraph.
 */
export function paragraphsOf(body: string): string[][] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) =>
      paragraph
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    )
    .filter((lines) => lines.length > 0);
}

export type MyAgreementState =
  /** Must be accepted (for the first time, or again after a change that asks for it). */
  | 'due'
  /** Accepted, and that acceptance is in force. */
  | 'accepted'
  /** Not required and not accepted: for reading only. */
  | 'info';

export function stateOf(item: Pick<MyAgreementDto, 'due' | 'acceptedAt'>): MyAgreementState {
  if (item.due) return 'due';
  return item.acceptedAt ? 'accepted' : 'info';
}

/** The expert's page in reading order: what waits for them first, then the rest as the county orders it. */
export function groupMyAgreements(items: readonly MyAgreementDto[]) {
  return {
    due: items.filter((item) => stateOf(item) === 'due'),
    accepted: items.filter((item) => stateOf(item) === 'accepted'),
    info: items.filter((item) => stateOf(item) === 'info'),
  };
}

/** Accepted before, and asked again because the document changed (not a first acceptance). */
export function isReacceptance(item: Pick<MyAgreementDto, 'due' | 'acceptedVersionNumber'>): boolean {
  return item.due && item.acceptedVersionNumber !== null;
}

/** An accepted document whose newest version is a correction that did not ask to accept again. */
export function hasNewerMinorVersion(
  item: Pick<MyAgreementDto, 'due' | 'acceptedVersionNumber' | 'current'>,
): boolean {
  return !item.due && item.acceptedVersionNumber !== null && item.acceptedVersionNumber < item.current.number;
}

/** How many documents still wait once this one is accepted: zero means new offers may come again. */
export function dueAfterAccepting(items: readonly MyAgreementDto[], documentId: string): number {
  return items.filter((item) => item.due && item.documentId !== documentId).length;
}

/** What the list says about a document's acceptances: only required documents are followed. */
export function acceptanceSummary(
  agreement: Pick<AgreementDto, 'required' | 'acceptedCount' | 'outstandingCount'>,
): { kind: 'optional' } | { kind: 'counts'; accepted: number; outstanding: number } {
  return agreement.required
    ? { kind: 'counts', accepted: agreement.acceptedCount, outstanding: agreement.outstandingCount }
    : { kind: 'optional' };
}

/** The form's texts: a title and a body in each language, as the contract shapes them. */
export type AgreementTexts = { title: AgreementTitleDto; body: AgreementBodyDto };

const trimmed = (text: AgreementTitleDto | AgreementBodyDto) => ({
  fi: text.fi.trim(),
  sv: text.sv.trim(),
  en: text.en.trim(),
});

export type PublishValues = AgreementTexts & { requiresReacceptance: boolean; changeNote: string };

/** The new version's form starts from the current text: a correction is usually a small change. */
export function publishValuesFrom(agreement: Pick<AgreementDto, 'current'>): PublishValues {
  return {
    title: { ...agreement.current.title },
    body: { ...agreement.current.body },
    requiresReacceptance: false,
    changeNote: '',
  };
}

/** A change note is needed when people are asked to accept again: it tells them what changed. */
export function changeNoteMissing(values: Pick<PublishValues, 'requiresReacceptance' | 'changeNote'>) {
  return values.requiresReacceptance && values.changeNote.trim() === '';
}

export function toPublishBody(values: PublishValues): PublishAgreementVersionDto {
  const note = values.changeNote.trim();
  return {
    title: trimmed(values.title),
    body: trimmed(values.body),
    requiresReacceptance: values.requiresReacceptance,
    changeNote: note || null,
  };
}

export type CreateValues = AgreementTexts & { code: string; required: boolean; position: string };

export const EMPTY_CREATE_VALUES: CreateValues = {
  code: '',
  required: true,
  position: '',
  title: { fi: '', sv: '', en: '' },
  body: { fi: '', sv: '', en: '' },
};

/** "" or a whole number within the contract's range (an empty field keeps the default order). */
export function positionValid(text: string): boolean {
  const value = text.trim();
  if (value === '') return true;
  return /^\d+$/.test(value) && Number(value) >= LIMITS.position.min && Number(value) <= LIMITS.position.max;
}

export function toCreateBody(values: CreateValues): CreateAgreementDto {
  const position = values.position.trim();
  return {
    code: values.code.trim(),
    required: values.required,
    ...(position ? { position: Number(position) } : {}),
    title: trimmed(values.title),
    body: trimmed(values.body),
  };
}

import type { CreateSupervisionSessionDto, SupervisionKind, SupervisionPurpose } from '@kokemus/api-client';
import { helsinkiIso, normaliseTime, parseDate } from '../../../shared/format/date';

/** As the API: a group has 2–12 experts, a session lasts 15 minutes to 8 hours. */
export const GROUP_MAX = 12;
const MIN_MINUTES = 15;
const MAX_MINUTES = 8 * 60;

export type SupervisionFormValues = {
  kind: SupervisionKind;
  purpose: SupervisionPurpose;
  date: string;
  start: string;
  end: string;
  place: string;
  supervisorName: string;
  supervisorExternal: boolean;
  assignmentId: string;
  expertIds: string[];
};

export type SupervisionField =
  'kind' | 'purpose' | 'date' | 'start' | 'end' | 'place' | 'supervisorName' | 'experts' | 'assignmentId';

/** The fields in the order they stand on the form: the first with a problem takes the focus. */
export const FIELD_ORDER: readonly SupervisionField[] = [
  'kind',
  'purpose',
  'date',
  'start',
  'end',
  'place',
  'supervisorName',
  'experts',
  'assignmentId',
];

/** The i18n key (under supervision.form.validation) of each field's problem; none when all is well. */
export function supervisionFormProblems(v: SupervisionFormValues): Partial<Record<SupervisionField, string>> {
  const problems: Partial<Record<SupervisionField, string>> = {};
  const date = parseDate(v.date);
  const start = normaliseTime(v.start);
  const end = normaliseTime(v.end);
  if (!date) problems.date = 'date';
  if (!start) problems.start = 'start';
  if (!end) problems.end = 'end';
  if (date && start && end) {
    const minutes = (Date.parse(helsinkiIso(date, end)) - Date.parse(helsinkiIso(date, start))) / 60_000;
    if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) problems.end = 'length';
  }
  if (!v.place.trim()) problems.place = 'place';
  if (!v.supervisorName.trim()) problems.supervisorName = 'supervisor';
  const n = v.expertIds.length;
  if (v.kind === 'individual' && n !== 1) problems.experts = 'individual';
  if (v.kind === 'group' && (n < 2 || n > GROUP_MAX)) problems.experts = 'group';
  if (v.purpose !== 'regular' && !v.assignmentId) problems.assignmentId = 'task';
  return problems;
}

/** The API's names for the form's fields (its 400 `errors`), e.g. `startsAt` is the date and start time. */
export function fieldOfApiError(key: string): SupervisionField | null {
  if (key === 'startsAt') return 'start';
  if (key === 'endsAt') return 'end';
  if (key === 'expertIds' || key.startsWith('expertIds.')) return 'experts';
  if (key === 'assignmentId') return 'assignmentId';
  if (key === 'place' || key === 'supervisorName' || key === 'kind' || key === 'purpose') return key;
  return null;
}

/** The request body from valid form values (Helsinki wall-clock times with their offset). */
export function supervisionBody(v: SupervisionFormValues): CreateSupervisionSessionDto {
  const date = parseDate(v.date)!;
  return {
    kind: v.kind,
    purpose: v.purpose,
    startsAt: helsinkiIso(date, normaliseTime(v.start)!),
    endsAt: helsinkiIso(date, normaliseTime(v.end)!),
    place: v.place.trim(),
    supervisorName: v.supervisorName.trim(),
    supervisorExternal: v.supervisorExternal,
    assignmentId: v.purpose === 'regular' ? null : v.assignmentId || null,
    expertIds: v.expertIds,
  };
}

/** A day moved by whole days ("2027-09-23", -56 → "2027-07-29"). */
export function addDays(isoDate: string, days: number): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

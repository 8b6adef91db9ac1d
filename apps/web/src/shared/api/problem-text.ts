import type { TFunction } from 'i18next';
import { i18n } from '../i18n/i18n';
import { message } from '../i18n/message';
import { type ApiProblem, LocalProblemCode } from './api-problem';

const STATUS_WITH_TEXT = new Set([400, 401, 403, 404, 409, 412, 413, 422, 428, 429, 503]);

/** The i18n key that explains a problem to a person: its code when we know it, else its status. */
export function problemKey(problem: ApiProblem): string {
  const byCode = `errors.code.${problem.code}`;
  if (i18n.exists(byCode, { lng: 'fi' })) return byCode;
  if (problem.status === 0 || problem.code === LocalProblemCode.NETWORK) return 'errors.network';
  if (STATUS_WITH_TEXT.has(problem.status)) return `errors.status.${problem.status}`;
  if (problem.status >= 500) return 'errors.status.server';
  return 'errors.unknown';
}

export function problemText(t: TFunction, problem: ApiProblem): string {
  return t(problemKey(problem));
}

/**
 * The message to put on a field the server rejected: the code's own text when it is about that field
 * (e.g. a cost centre already taken), else a general "check this value"; server texts are English only.
 */
export function fieldProblemMessage(problem: ApiProblem): string {
  const key = problemKey(problem);
  return problem.code.startsWith('VALIDATION') || !key.startsWith('errors.code.')
    ? message('errors.field.invalid')
    : message(key);
}

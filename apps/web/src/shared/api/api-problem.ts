import type { ProblemDto } from '@kokemus/api-client';

/** Codes this app produces itself, for failures that never reached the API or did not answer in problem+json. */
export const LocalProblemCode = {
  NETWORK: 'NETWORK_ERROR',
  UNEXPECTED: 'UNEXPECTED_RESPONSE',
  SESSION_EXPIRED: 'SESSION_EXPIRED',
} as const;

/**
 * Every failed API call becomes one of these (see api-client.ts): components never parse raw responses.
 * It carries the problem+json body as the contract defines it, so it can stand wherever the generated
 * client promises a `ProblemDto`.
 */
export class ApiProblem extends Error implements ProblemDto {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly code: string;
  readonly detail?: string;
  readonly errors?: Record<string, string[]>;
  readonly requestId?: string;
  readonly instance?: string;
  /** Members the contract does not name (e.g. `ceiling` of FEE_OVER_EARNINGS_CEILING). */
  readonly extensions: Readonly<Record<string, unknown>>;

  constructor(problem: ProblemDto) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiProblem';
    this.type = problem.type;
    this.title = problem.title;
    this.status = problem.status;
    this.code = problem.code;
    this.detail = problem.detail;
    this.errors = problem.errors;
    this.requestId = problem.requestId;
    this.instance = problem.instance;
    const known = new Set(['type', 'title', 'status', 'code', 'detail', 'errors', 'requestId', 'instance']);
    this.extensions = Object.fromEntries(Object.entries(problem).filter(([key]) => !known.has(key)));
  }

  get fieldErrors(): Record<string, string[]> {
    return this.errors ?? {};
  }
}

function isProblemBody(body: unknown): body is ProblemDto {
  return (
    typeof body === 'object' &&
    body !== null &&
    typeof (body as ProblemDto).code === 'string' &&
    typeof (body as ProblemDto).status === 'number'
  );
}

/** Turns whatever a request failed with (a problem+json body, a network error, anything) into an ApiProblem. */
export function toApiProblem(error: unknown, response?: Response): ApiProblem {
  if (error instanceof ApiProblem) return error;
  if (isProblemBody(error)) return new ApiProblem(error);
  if (response) {
    return new ApiProblem({
      type: 'about:blank',
      title: response.statusText || 'Unexpected response',
      status: response.status,
      code: LocalProblemCode.UNEXPECTED,
    });
  }
  return new ApiProblem({
    type: 'about:blank',
    title: error instanceof Error ? error.message : 'Network error',
    status: 0,
    code: LocalProblemCode.NETWORK,
  });
}

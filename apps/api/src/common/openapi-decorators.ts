import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { ProblemDto } from './problem.dto';

const DESCRIPTIONS: Record<number, string> = {
  400: 'The request is not valid (see `errors`).',
  401: 'Not signed in, or the token is not valid.',
  403: 'Signed in, but not allowed to do this.',
  404: 'No such resource, or not yours to see.',
  409: 'Conflicts with the current state.',
  412: 'The resource changed since it was read (stale If-Match).',
  415: 'Unsupported content type.',
  422: 'Same Idempotency-Key with a different body.',
  428: 'If-Match is required.',
  429: 'Too many attempts; see Retry-After.',
  503: 'Busy; see Retry-After.',
};

/** Declares problem+json responses for the given statuses. */
export function ApiProblems(...statuses: number[]) {
  return applyDecorators(
    ApiExtraModels(ProblemDto),
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: DESCRIPTIONS[status] ?? 'Error',
        content: { 'application/problem+json': { schema: { $ref: getSchemaPath(ProblemDto) } } },
      }),
    ),
  );
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

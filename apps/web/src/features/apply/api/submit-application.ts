import { submitApplication, type SubmitApplicationDto } from '@kokemus/api-client';
import { useMutation } from '@tanstack/react-query';
import { ApiProblem, toApiProblem } from '../../../shared/api/api-problem';

/** The problem with the Retry-After of a 429 kept as `extensions.retryAfter`, so the page can say when. */
function withRetryAfter(problem: ApiProblem, response: Response | undefined): ApiProblem {
  const retryAfter = response?.headers.get('retry-after');
  if (!retryAfter) return problem;
  return new ApiProblem({
    ...problem.extensions,
    type: problem.type,
    title: problem.title,
    status: problem.status,
    code: problem.code,
    detail: problem.detail,
    errors: problem.errors,
    requestId: problem.requestId,
    instance: problem.instance,
    retryAfter,
  } as ConstructorParameters<typeof ApiProblem>[0]);
}

/** Sends the public form (no sign-in); the answer only says that a confirmation e-mail is on its way. */
export function useSubmitApplication() {
  return useMutation({
    mutationFn: async (body: SubmitApplicationDto) => {
      const { data, error, response } = await submitApplication({ body });
      if (error !== undefined || data === undefined)
        throw withRetryAfter(toApiProblem(error, response), response);
      return data;
    },
  });
}

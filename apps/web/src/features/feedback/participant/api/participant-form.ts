import {
  answerParticipantFeedback,
  type ParticipantAnswersDto,
  type ParticipantThanksDto,
} from '@kokemus/api-client';
import { participantFormOptions } from '@kokemus/api-client/react-query';
import { useMutation, useQuery } from '@tanstack/react-query';
import { type ApiProblem, toApiProblem } from '../../../../shared/api/api-problem';

/** The public form behind a QR code (no sign-in); a 404 or 410 is an answer, not worth asking again. */
export function useParticipantForm(token: string) {
  return useQuery({ ...participantFormOptions({ path: { token } }), retry: false, staleTime: Infinity });
}

/** A failed answer: the problem, and for a 429 the `Retry-After` header (the body does not carry it). */
export class ParticipantAnswerFailed extends Error {
  constructor(
    readonly problem: ApiProblem,
    readonly retryAfter: string | null,
  ) {
    super(problem.message);
    this.name = 'ParticipantAnswerFailed';
  }
}

/** Sending one participant's answers; nothing is cached (the form names nobody and is not read back). */
export function useAnswerParticipantFeedback(token: string) {
  return useMutation<ParticipantThanksDto, ParticipantAnswerFailed, ParticipantAnswersDto>({
    mutationFn: async (body) => {
      const { data, error, response } = await answerParticipantFeedback({ path: { token }, body });
      if (error !== undefined || data === undefined)
        throw new ParticipantAnswerFailed(
          toApiProblem(error, response),
          response?.headers.get('Retry-After') ?? null,
        );
      return data;
    },
  });
}

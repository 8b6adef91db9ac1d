import { createRecruitmentRoundMutation } from '@kokemus/api-client/react-query';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { onboardingKeys } from './keys';

export function useCreateRecruitmentRound() {
  const queryClient = useQueryClient();
  return useMutation({
    ...createRecruitmentRoundMutation(),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: onboardingKeys.rounds() }),
  });
}

import {
  getApplicationBoardQueryKey,
  getApplicationQueryKey,
  listApplicationsQueryKey,
  listRecruitmentRoundsQueryKey,
} from '@kokemus/api-client/react-query';

/** The onboarding screens' query keys, built from the generated ones so they match generated options. */
export const onboardingKeys = {
  board: () => getApplicationBoardQueryKey(),
  /** Every application list, whatever its filters: invalidate this after a move. */
  lists: () => listApplicationsQueryKey(),
  detail: (id: string) => getApplicationQueryKey({ path: { id } }),
  rounds: () => listRecruitmentRoundsQueryKey(),
};

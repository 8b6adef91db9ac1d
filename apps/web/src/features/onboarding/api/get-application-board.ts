import { getApplicationBoardOptions } from '@kokemus/api-client/react-query';
import { useQuery } from '@tanstack/react-query';

/** How many applications wait at each step, and how many of them are past the step's due date. */
export function useApplicationBoard() {
  return useQuery({ ...getApplicationBoardOptions(), staleTime: 15_000 });
}

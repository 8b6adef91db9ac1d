import {
  listExperienceAreasOptions,
  listLanguagesOptions,
  listTaskTypesOptions,
} from '@kokemus/api-client/react-query';
import { useQuery } from '@tanstack/react-query';

// Catalogues for the labels of an application's codes; they change rarely, so they are kept for the visit.
const forTheVisit = { staleTime: Number.POSITIVE_INFINITY } as const;

export function useExperienceAreas() {
  return useQuery({ ...listExperienceAreasOptions(), ...forTheVisit, select: (data) => data.items });
}

export function useLanguages() {
  return useQuery({ ...listLanguagesOptions(), ...forTheVisit, select: (data) => data.items });
}

export function useTaskTypes() {
  return useQuery({ ...listTaskTypesOptions(), ...forTheVisit, select: (data) => data.items });
}

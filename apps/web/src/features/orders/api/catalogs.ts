import {
  listExperienceAreasOptions,
  listLanguagesOptions,
  listMunicipalitiesOptions,
  listProductsOptions,
  listTrainingTiersOptions,
} from '@kokemus/api-client/react-query';
import { useQuery } from '@tanstack/react-query';

// Catalogues for choices and labels; they change rarely, so they are kept for the whole visit.
const forever = { staleTime: Number.POSITIVE_INFINITY } as const;

export function useProducts() {
  return useQuery({
    ...listProductsOptions(),
    ...forever,
    select: (data) => data.items.filter((p) => p.active),
  });
}

export function useOrderAreas() {
  return useQuery({ ...listExperienceAreasOptions(), ...forever, select: (data) => data.items });
}

export function useOrderLanguages() {
  return useQuery({ ...listLanguagesOptions(), ...forever, select: (data) => data.items });
}

export function useOrderMunicipalities() {
  return useQuery({
    ...listMunicipalitiesOptions(),
    ...forever,
    select: (data) => data.items.filter((m) => m.mergedInto === null),
  });
}

export function useOrderTiers() {
  return useQuery({ ...listTrainingTiersOptions(), ...forever, select: (data) => data.items });
}

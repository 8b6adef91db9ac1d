import { listQuestionnaires } from '@kokemus/api-client';
import { createQuestionnaireMutation } from '@kokemus/api-client/react-query';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

/** The editor's query keys: every list under one root, so a saved version reads them all again. */
export const questionnaireKeys = {
  all: () => ['questionnaires'] as const,
  current: () => ['questionnaires', 'current'] as const,
  versions: (key: string) => ['questionnaires', 'versions', key] as const,
};

// An instrument has a handful of versions and a county a handful of instruments: one page of 100 holds them.
const LIMIT = 100;

/** The newest version of each instrument. */
export const currentQuestionnairesOptions = () =>
  queryOptions({
    queryKey: questionnaireKeys.current(),
    queryFn: async ({ signal }) => {
      const { data } = await listQuestionnaires({ query: { limit: LIMIT }, signal, throwOnError: true });
      return data.items;
    },
  });

/** Every version of one instrument, the newest first. */
export const questionnaireVersionsOptions = (key: string) =>
  queryOptions({
    queryKey: questionnaireKeys.versions(key),
    queryFn: async ({ signal }) => {
      const { data } = await listQuestionnaires({ query: { key, limit: LIMIT }, signal, throwOnError: true });
      return [...data.items].sort((a, b) => b.version - a.version);
    },
  });

export function useCurrentQuestionnaires() {
  return useQuery(currentQuestionnairesOptions());
}

export function useQuestionnaireVersions(key: string) {
  return useQuery({ ...questionnaireVersionsOptions(key), retry: false });
}

/** Saves the next version (or a new instrument's first); the lists are read again. */
export function useCreateQuestionnaire() {
  const client = useQueryClient();
  return useMutation({
    ...createQuestionnaireMutation(),
    onSuccess: () => client.invalidateQueries({ queryKey: questionnaireKeys.all() }),
  });
}

import type { ListExpertsData } from '@kokemus/api-client';
import { exportExperts } from '@kokemus/api-client';
import { useMutation } from '@tanstack/react-query';
import { commaLists } from '../../../shared/api/query-serializers';
import { saveBlob } from '../../../shared/files/save-blob';

type Format = 'xlsx' | 'csv';

/** Downloads the registry with the list's filters and hands the file to the browser. */
export function useExportExperts() {
  return useMutation({
    mutationFn: async ({
      query,
      format,
    }: {
      query: NonNullable<ListExpertsData['query']>;
      format: Format;
    }) => {
      const { data, response } = await exportExperts({
        query: { ...query, format },
        querySerializer: commaLists,
        parseAs: 'blob',
        throwOnError: true,
      });
      saveBlob(data, response, `kokemus-rekisteri.${format}`);
    },
  });
}

import { downloadImportProblems } from '@kokemus/api-client';
import { useMutation } from '@tanstack/react-query';
import { saveBlob } from '../../../shared/files/save-blob';

export function useDownloadImportProblems() {
  return useMutation({
    mutationFn: async (id: string) => {
      const { data, response } = await downloadImportProblems({
        path: { id },
        parseAs: 'blob',
        throwOnError: true,
      });
      saveBlob(data as Blob, response, `import-problems-${id}.csv`);
    },
  });
}

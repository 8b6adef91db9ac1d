import { uploadImportMutation } from '@kokemus/api-client/react-query';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { registryKeys } from './keys';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The content type the API expects for a spreadsheet, from its name (browsers often leave `type` empty). */
export function spreadsheetType(file: File): string {
  return /\.xlsx$/i.test(file.name) ? XLSX : 'text/csv';
}

export function useUploadImport() {
  const queryClient = useQueryClient();
  const mutation = useMutation({
    ...uploadImportMutation(),
    onSuccess: (result) => queryClient.setQueryData(registryKeys.import(result.id), result),
  });
  return {
    ...mutation,
    upload: (file: File) =>
      mutation.mutateAsync({
        body: file,
        query: { fileName: file.name },
        headers: { 'Content-Type': spreadsheetType(file) },
      }),
  };
}

import { getApplicationCertificate } from '@kokemus/api-client';
import { useMutation } from '@tanstack/react-query';
import { saveBlob } from '../../../shared/files/save-blob';

/** Downloads a certificate the applicant added (the read is audited) and hands it to the browser. */
export function useDownloadCertificate(applicationId: string) {
  return useMutation({
    mutationFn: async ({ certificateId, fileName }: { certificateId: string; fileName: string }) => {
      const { data, response } = await getApplicationCertificate({
        path: { id: applicationId, certificateId },
        parseAs: 'blob',
        throwOnError: true,
      });
      saveBlob(data as Blob, response, fileName);
    },
  });
}

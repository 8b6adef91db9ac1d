import {
  addApplicantCertificateMutation,
  getApplicantCertificatesOptions,
  getApplicantCertificatesQueryKey,
  removeApplicantCertificateMutation,
} from '@kokemus/api-client/react-query';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { attachmentType } from '../../../shared/files/attachment-type';

const keyOf = (token: string) => getApplicantCertificatesQueryKey({ query: { token } });

/** The applicant's certificates of earlier training, by the token from the confirmation page or the letter. */
export function useApplicantCertificates(token: string) {
  return useQuery({
    ...getApplicantCertificatesOptions({ query: { token } }),
    enabled: token !== '',
    retry: false,
  });
}

/** Adds a certificate (a PDF or a photo) to the application. */
export function useAddApplicantCertificate(token: string) {
  const client = useQueryClient();
  const mutation = useMutation({
    ...addApplicantCertificateMutation(),
    onSuccess: () => client.invalidateQueries({ queryKey: keyOf(token) }),
  });
  return {
    ...mutation,
    upload: (file: File) =>
      mutation.mutateAsync({
        body: file,
        query: { token, fileName: file.name },
        headers: { 'Content-Type': attachmentType(file) },
      }),
  };
}

/** Takes back a certificate added by mistake. */
export function useRemoveApplicantCertificate(token: string) {
  const client = useQueryClient();
  return useMutation({
    ...removeApplicantCertificateMutation(),
    onSuccess: () => client.invalidateQueries({ queryKey: keyOf(token) }),
  });
}

import { confirmApplicationMutation } from '@kokemus/api-client/react-query';
import { useMutation } from '@tanstack/react-query';

/** The press of "Confirm" on the page the e-mail's link opens (opening the link alone confirms nothing). */
export function useConfirmApplication() {
  return useMutation({ ...confirmApplicationMutation() });
}

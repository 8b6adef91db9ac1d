/** A one-off confirmation handed to the document's page after it was added, read once and cleared. */
export type AgreementFlash = 'agreement-created';

let pending: AgreementFlash | null = null;

export function setAgreementFlash(flash: AgreementFlash) {
  pending = flash;
}

export function peekAgreementFlash(): AgreementFlash | null {
  return pending;
}

export function clearAgreementFlash() {
  pending = null;
}

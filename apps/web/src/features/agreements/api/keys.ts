import {
  getAgreementQueryKey,
  listAgreementsQueryKey,
  listMyAgreementsQueryKey,
  listOutstandingExpertsQueryKey,
} from '@kokemus/api-client/react-query';

/** The agreements screens' query keys, built from the generated ones so they match generated options. */
export const agreementKeys = {
  /** Every page of the documents list: invalidate after a document or version is added. */
  list: () => listAgreementsQueryKey(),
  detail: (id: string) => getAgreementQueryKey({ path: { id } }),
  outstanding: (id: string) => listOutstandingExpertsQueryKey({ path: { id } }),
  mine: () => listMyAgreementsQueryKey(),
};

import type { BulkResultDto, ClaimSummaryDto } from '@kokemus/api-client';
import { useTranslation } from 'react-i18next';
import { InlineAlert } from 'suomifi-ui-components';
import type { BulkAction } from '../fee-admin.rules';

export type BulkOutcome = {
  action: BulkAction;
  results: readonly BulkResultDto[];
  /** The claims as they were listed when the step was taken, to name the ones that failed. */
  claims: ReadonlyMap<string, ClaimSummaryDto>;
};

const KNOWN_CODES = new Set([
  'FEE_CLAIM_TRANSITION',
  'FEE_CLAIM_NOT_YOURS',
  'FEE_CLAIM_NOT_FOUND',
  'FEE_NO_RATE',
  'FEE_OVER_EARNINGS_CEILING',
]);

/** What a bulk step did: how many succeeded, and each failure in words, naming the claim. */
export function BulkReport({ outcome }: { outcome: BulkOutcome }) {
  const { t } = useTranslation();
  const done = outcome.results.filter((r) => r.ok).length;
  const failed = outcome.results.filter((r) => !r.ok);
  return (
    <>
      {done > 0 ? (
        <InlineAlert status="neutral">
          {t(`feeAdmin.bulk.done.${outcome.action}`, { count: done })}
        </InlineAlert>
      ) : null}
      {failed.length > 0 ? (
        <InlineAlert status="error" labelText={t('feeAdmin.bulk.failedHeading', { count: failed.length })}>
          <ul className="fee-bulk-failures">
            {failed.map((r) => {
              const claim = outcome.claims.get(r.claimId);
              const reason =
                r.code && KNOWN_CODES.has(r.code)
                  ? t(`feeAdmin.bulk.code.${r.code}`)
                  : t('feeAdmin.bulk.code.other', { code: r.code ?? '?' });
              return (
                <li key={r.claimId}>
                  {claim
                    ? t('feeAdmin.bulk.failedClaim', {
                        number: claim.number,
                        expert: claim.expertName,
                        reason,
                      })
                    : reason}
                </li>
              );
            })}
          </ul>
        </InlineAlert>
      ) : null}
    </>
  );
}

import type { ClaimDto } from '@kokemus/api-client';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading } from 'suomifi-ui-components';
import { useClaimMutations, useReloadOnStale } from '../api/fee-claims';
import { ifMatch } from '../fees.rules';
import { FeeReasonForm } from './fee-reason-form';

type Simple = 'confirm' | 'approve' | 'reapprove';

/**
 * The orderer's, the approver's and the coordinator's steps, as the API offers them in `actions`.
 * Sending back and cancelling ask for a reason first.
 */
export function ClaimActions({
  claim,
  onDone,
  onFailed,
}: {
  claim: ClaimDto;
  onDone: (notice: string) => void;
  onFailed: (error: unknown) => void;
}) {
  const { t } = useTranslation();
  const mutations = useClaimMutations();
  const onStale = useReloadOnStale(claim.id);
  const [asking, setAsking] = useState<'return' | 'cancel' | null>(null);
  const path = { id: claim.id };
  const headers = { 'If-Match': ifMatch(claim.version) };
  const simple = (['confirm', 'approve', 'reapprove'] as const).filter((a) => claim.actions.includes(a));
  const canReturn = claim.actions.includes('return');
  const canCancel = claim.actions.includes('cancel');
  if (simple.length === 0 && !canReturn && !canCancel) return null;

  const act = (run: () => Promise<unknown>, done: string) =>
    run().then(
      () => {
        setAsking(null);
        onDone(done);
      },
      (error: unknown) => {
        onFailed(error);
        throw error;
      },
    );
  const doSimple = (action: Simple) =>
    void act(
      () => mutations[action].mutateAsync({ path, headers }).catch(onStale),
      t(`fees.actions.${action}Done`),
    ).catch(() => undefined);
  const pending = Object.values(mutations).some((m) => m.isPending);

  return (
    <section aria-labelledby="claim-actions-heading" className="panel">
      <Heading variant="h2" id="claim-actions-heading" mb="s">
        {t('fees.actions.heading')}
      </Heading>
      <div className="button-row">
        {simple.map((action) => (
          <Button key={action} type="button" disabled={pending} onClick={() => doSimple(action)}>
            {t(`fees.actions.${action}`)}
          </Button>
        ))}
        {canReturn && asking !== 'return' ? (
          <Button type="button" variant="secondary" onClick={() => setAsking('return')}>
            {t('fees.actions.return')}
          </Button>
        ) : null}
        {canCancel && asking !== 'cancel' ? (
          <Button type="button" variant="secondary" onClick={() => setAsking('cancel')}>
            {t('fees.actions.cancel')}
          </Button>
        ) : null}
      </div>
      {asking ? (
        <FeeReasonForm
          key={asking}
          id={`claim-${asking}-reason`}
          label={t(`fees.actions.${asking}Reason`)}
          confirmLabel={t(`fees.actions.${asking}Confirm`)}
          pending={pending}
          onClose={() => setAsking(null)}
          onConfirm={(reason) =>
            act(
              () => mutations[asking].mutateAsync({ path, headers, body: { reason } }).catch(onStale),
              t(`fees.actions.${asking}Done`),
            )
          }
        />
      ) : null}
    </section>
  );
}

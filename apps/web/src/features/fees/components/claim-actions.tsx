import type { ClaimDto } from '@kokemus/api-client';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dropdown, DropdownItem, Heading } from 'suomifi-ui-components';
import { ifMatchHeader } from '../../../shared/api/if-match';
import { ReasonForm } from '../../../shared/ui/reason-form';
import { useApproveClaim } from '../api/approve-claim';
import { useCancelClaim } from '../api/cancel-claim';
import { useReloadOnStale } from '../api/claim-changed';
import { useConfirmClaim } from '../api/confirm-claim';
import { useClaimAssignees } from '../api/list-claim-assignees';
import { useReapproveClaim } from '../api/reapprove-claim';
import { useReassignClaim } from '../api/reassign-claim';
import { useReturnClaim } from '../api/return-claim';

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
  const mutations = {
    confirm: useConfirmClaim(),
    approve: useApproveClaim(),
    reapprove: useReapproveClaim(),
    return: useReturnClaim(),
    cancel: useCancelClaim(),
    reassign: useReassignClaim(),
  };
  const onStale = useReloadOnStale(claim.id);
  const [asking, setAsking] = useState<'return' | 'cancel' | 'reassign' | null>(null);
  const canReassign = claim.actions.includes('reassign');
  const assignees = useClaimAssignees(claim.id, asking === 'reassign');
  const [assignee, setAssignee] = useState<string | null>(null);
  const path = { id: claim.id };
  const headers = ifMatchHeader(claim.version);
  const simple = (['confirm', 'approve', 'reapprove'] as const).filter((a) => claim.actions.includes(a));
  const canReturn = claim.actions.includes('return');
  const canCancel = claim.actions.includes('cancel');
  if (simple.length === 0 && !canReturn && !canCancel && !canReassign) return null;

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
        {canReassign && asking !== 'reassign' ? (
          <Button type="button" variant="secondary" onClick={() => setAsking('reassign')}>
            {t('fees.actions.reassign')}
          </Button>
        ) : null}
        {canCancel && asking !== 'cancel' ? (
          <Button type="button" variant="secondary" onClick={() => setAsking('cancel')}>
            {t('fees.actions.cancel')}
          </Button>
        ) : null}
      </div>
      {asking === 'reassign' ? (
        <div className="form-stack mt-m">
          {/* the design system's dropdown needs its items when it first renders */}
          {assignees.data?.items.length ? (
            <Dropdown
              id="claim-reassign-to"
              labelText={t('fees.actions.reassignTo')}
              hintText={t('fees.actions.reassignHint')}
              visualPlaceholder={t('fees.actions.reassignPlaceholder')}
              value={assignee}
              onChange={(value) => setAssignee(value)}
              fullWidth
            >
              {(assignees.data?.items ?? []).map((p) => (
                <DropdownItem key={p.userId} value={p.userId}>
                  {p.displayName}
                </DropdownItem>
              ))}
            </Dropdown>
          ) : (
            <p>{assignees.isPending ? t('common.loading') : t('fees.actions.reassignNobody')}</p>
          )}
          <div className="button-row">
            <Button
              type="button"
              disabled={pending || !assignee}
              onClick={() =>
                void act(
                  () =>
                    mutations.reassign
                      .mutateAsync({ path, headers, body: { userId: assignee! } })
                      .catch(onStale),
                  t('fees.actions.reassignDone'),
                ).catch(() => undefined)
              }
            >
              {t('fees.actions.reassignConfirm')}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setAsking(null)}>
              {t('fees.actions.keep')}
            </Button>
          </div>
        </div>
      ) : asking ? (
        <ReasonForm
          missingText={t('fees.actions.reasonMissing')}
          keepLabel={t('fees.actions.keep')}
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

import '../../features/fee-admin/fee-admin-strings';
import type { ClaimSummaryDto } from '@kokemus/api-client';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, InlineAlert, LoadingSpinner, Paragraph } from 'suomifi-ui-components';
import { useBulkApproveClaims } from '../../features/fee-admin/api/bulk-approve-claims';
import { useBulkConfirmClaims } from '../../features/fee-admin/api/bulk-confirm-claims';
import { useClaimInbox } from '../../features/fee-admin/api/list-claims';
import { BulkReport, type BulkOutcome } from '../../features/fee-admin/components/bulk-report';
import { ClaimTable } from '../../features/fee-admin/components/claim-table';
import { InboxFilters, type InboxSearch } from '../../features/fee-admin/components/inbox-filters';
import {
  type BulkAction,
  bulkActions,
  eligibleFor,
  inboxViews,
} from '../../features/fee-admin/fee-admin.rules';
import { toApiProblem } from '../../shared/api/api-problem';
import { Page } from '../../shared/ui/page';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { CLAIM_STATUSES } from '../route-enums';

const route = getRouteApi('/authenticated/fees/inbox');

/**
 * Fee claims waiting for a step: the orderer's to confirm, the approver's to approve, and for the
 * coordinator every claim by step. Overdue first; many can be confirmed or approved at once.
 */
export function FeeInboxPage() {
  const { t } = useTranslation();
  const { user } = route.useRouteContext();
  const search = route.useSearch();
  const navigate = useNavigate({ from: '/fees/inbox' });
  const views = inboxViews(user.roles);
  const view = search.view && views.includes(search.view) ? search.view : views[0];
  const query = useMemo(
    () => ({
      view,
      ...(view === 'all' && search.status ? { status: search.status } : {}),
      ...(search.overdue ? { overdue: true } : {}),
    }),
    [view, search.status, search.overdue],
  );
  const inbox = useClaimInbox(query, view !== undefined);
  const steps = { confirm: useBulkConfirmClaims(), approve: useBulkApproveClaims() };
  const claims = inbox.data?.pages.flatMap((page) => page.items) ?? [];
  const overdue = claims.filter((claim) => claim.overdue).length;
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [outcome, setOutcome] = useState<BulkOutcome | null>(null);
  const [noneChosen, setNoneChosen] = useState<BulkAction | null>(null);
  const actions = view ? bulkActions(view) : [];

  const onFilterChange = (patch: Partial<InboxSearch>) => {
    setSelected(new Set());
    void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  };

  const onToggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const run = async (action: BulkAction) => {
    const chosen = claims.filter((claim) => selected.has(claim.id) && eligibleFor(action, claim.status));
    setOutcome(null);
    if (chosen.length === 0) return setNoneChosen(action);
    setNoneChosen(null);
    const byId = new Map<string, ClaimSummaryDto>(chosen.map((claim) => [claim.id, claim]));
    try {
      const answer = await steps[action].mutateAsync({ body: { claimIds: chosen.map((claim) => claim.id) } });
      setOutcome({ action, results: answer.results, claims: byId });
      const done = new Set(answer.results.filter((r) => r.ok).map((r) => r.claimId));
      setSelected((current) => new Set([...current].filter((id) => !done.has(id))));
    } catch {
      // Shown below from the mutation's error.
    }
  };

  const failedStep = steps.confirm.error ?? steps.approve.error;
  const busy = steps.confirm.isPending || steps.approve.isPending;
  const title = view ? t(`feeAdmin.inbox.title.${view}`) : t('feeAdmin.inbox.titleNone');

  return (
    <Page title={title} lead={<Paragraph mb="m">{t(`feeAdmin.inbox.lead.${view ?? 'none'}`)}</Paragraph>}>
      {view ? (
        <InboxFilters
          views={views}
          view={view}
          statuses={CLAIM_STATUSES}
          search={search}
          onChange={onFilterChange}
        />
      ) : null}
      <p role="status" className="result-count">
        {inbox.data
          ? `${inbox.hasNextPage ? t('feeAdmin.inbox.countMore', { count: claims.length }) : t('feeAdmin.inbox.count', { count: claims.length })}${
              overdue ? ` ${t('feeAdmin.inbox.overdueCount', { count: overdue })}` : ''
            }`
          : ''}
      </p>
      {inbox.isLoading ? <LoadingSpinner text={t('common.loading')} variant="small" /> : null}
      {inbox.isError ? <ProblemAlert problem={toApiProblem(inbox.error)} /> : null}
      {inbox.data && claims.length === 0 ? <Paragraph>{t('feeAdmin.inbox.none')}</Paragraph> : null}
      {claims.length > 0 && view ? (
        <>
          <ClaimTable
            claims={claims}
            caption={t(`feeAdmin.inbox.caption.${view}`)}
            selection={{ selected, onToggle }}
            showStatus={view === 'all'}
          />
          <div className="button-row mt-m">
            {actions.map((action) => (
              <Button key={action} type="button" disabled={busy} onClick={() => void run(action)}>
                {t(`feeAdmin.bulk.${action}`, { count: selected.size })}
              </Button>
            ))}
          </div>
        </>
      ) : null}
      <div role="status" className="notice mt-m">
        {noneChosen ? (
          <InlineAlert status="error">{t(`feeAdmin.bulk.noneChosen.${noneChosen}`)}</InlineAlert>
        ) : outcome ? (
          <BulkReport outcome={outcome} />
        ) : failedStep ? (
          <ProblemAlert problem={toApiProblem(failedStep)} />
        ) : null}
      </div>
      {inbox.hasNextPage ? (
        <div className="load-more">
          <Button
            variant="secondary"
            disabled={inbox.isFetchingNextPage}
            onClick={() => void inbox.fetchNextPage()}
          >
            {t('feeAdmin.inbox.loadMore')}
          </Button>
        </div>
      ) : null}
    </Page>
  );
}

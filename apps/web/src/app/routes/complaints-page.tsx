import '../../features/feedback/complaints/complaints-strings';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Button, LoadingSpinner } from 'suomifi-ui-components';
import { useComplaints } from '../../features/feedback/complaints/api/complaints';
import { ComplaintList } from '../../features/feedback/complaints/components/complaint-list';
import { COMPLAINT_STATUSES, complaintViewer } from '../../features/feedback/complaints/complaints.rules';
import { toApiProblem } from '../../shared/api/api-problem';
import { Page } from '../../shared/ui/page';
import { ProblemAlert } from '../../shared/ui/problem-alert';

const route = getRouteApi('/authenticated/complaints');
const ALL = 'all';

/**
 * The complaints the API lets me see, the received first: every one for coordinators (in their menu),
 * the unit's own for its orderers and approvers, the expert's own (that there is feedback) for them.
 * A filter by state kept in the URL; "show more" follows the cursor and puts the focus on the first new line.
 */
export function ComplaintsPage() {
  const { t } = useTranslation();
  const { status } = route.useSearch();
  const { user } = route.useRouteContext();
  const navigate = useNavigate({ from: '/complaints' });
  const viewer = complaintViewer(user.roles);
  const list = useComplaints(status);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];

  const more = async () => {
    const before = items.length;
    await list.fetchNextPage();
    requestAnimationFrame(() =>
      document.querySelectorAll<HTMLAnchorElement>('[data-testid="complaint-list"] li a')[before]?.focus(),
    );
  };

  return (
    <Page
      title={t(viewer === 'expert' ? 'complaints.titleExpert' : 'complaints.title')}
      lead={<p>{t(`complaints.lead.${viewer}`)}</p>}
    >
      {viewer === 'expert' ? null : (
        <div className="feedback-select complaint-filter">
          <label htmlFor="complaint-status-filter">{t('complaints.filter.label')}</label>
          <select
            id="complaint-status-filter"
            value={status ?? ALL}
            onChange={(event) => {
              const next = event.target.value;
              void navigate({
                search: (prev) => ({
                  ...prev,
                  status: next === ALL ? undefined : (next as (typeof COMPLAINT_STATUSES)[number]),
                }),
                replace: true,
              });
            }}
          >
            <option value={ALL}>{t('complaints.filter.all')}</option>
            {COMPLAINT_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`complaints.filter.${s}`)}
              </option>
            ))}
          </select>
        </div>
      )}
      {list.isPending ? <LoadingSpinner text={t('common.loading')} variant="small" /> : null}
      {list.isError ? <ProblemAlert problem={toApiProblem(list.error)} /> : null}
      {list.data && items.length === 0 ? (
        <p>{status ? t('complaints.noneOfStatus') : t('complaints.none')}</p>
      ) : null}
      {items.length > 0 ? <ComplaintList items={items} viewer={viewer} /> : null}
      {list.hasNextPage ? (
        <div className="button-row mt-m">
          <Button
            type="button"
            variant="secondary"
            disabled={list.isFetchingNextPage}
            onClick={() => void more()}
          >
            {t('complaints.more')}
          </Button>
        </div>
      ) : null}
    </Page>
  );
}

import type { ClaimStatus } from '@kokemus/api-client';
import { useTranslation } from 'react-i18next';
import { Checkbox, Dropdown, DropdownItem } from 'suomifi-ui-components';
import type { InboxView } from '../fee-admin.rules';

export type InboxSearch = { view?: InboxView; status?: ClaimStatus; overdue?: true };

const ANY = 'any';

/** The inbox's view and filters; they live in the URL, so a view can be bookmarked and shared. */
export function InboxFilters({
  views,
  view,
  statuses,
  search,
  onChange,
}: {
  views: readonly InboxView[];
  statuses: readonly ClaimStatus[];
  view: InboxView;
  search: InboxSearch;
  onChange: (patch: Partial<InboxSearch>) => void;
}) {
  const { t } = useTranslation();
  return (
    <div role="search" className="fee-filters" aria-label={t('feeAdmin.inbox.filters')}>
      {views.length > 1 ? (
        <Dropdown
          id="fee-inbox-view"
          labelText={t('feeAdmin.inbox.viewLabel')}
          value={view}
          onChange={(value) => onChange({ view: value as InboxView, status: undefined })}
        >
          {views.map((v) => (
            <DropdownItem key={v} value={v}>
              {t(`feeAdmin.inbox.view.${v}`)}
            </DropdownItem>
          ))}
        </Dropdown>
      ) : null}
      {view === 'all' ? (
        <Dropdown
          id="fee-inbox-status"
          labelText={t('feeAdmin.inbox.statusFilter')}
          value={search.status ?? ANY}
          onChange={(value) =>
            onChange({ status: value === ANY ? undefined : (value as InboxSearch['status']) })
          }
        >
          <DropdownItem value={ANY}>{t('feeAdmin.inbox.statusAny')}</DropdownItem>
          {statuses.map((status) => (
            <DropdownItem key={status} value={status}>
              {t(`feeAdmin.status.${status}`)}
            </DropdownItem>
          ))}
        </Dropdown>
      ) : null}
      <Checkbox
        id="fee-inbox-overdue"
        checked={search.overdue === true}
        onClick={({ checkboxState }) => onChange({ overdue: checkboxState ? true : undefined })}
      >
        {t('feeAdmin.inbox.overdueOnly')}
      </Checkbox>
    </div>
  );
}

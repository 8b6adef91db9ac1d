import type { ClaimSummaryDto } from '@kokemus/api-client';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Checkbox } from 'suomifi-ui-components';
import { formatDate, formatDateTime } from '../../../shared/format/date';
import { formatEuros } from '../../../shared/format/money';
import { useIsSmallScreen } from '../../../shared/hooks/use-media-query';

type Props = {
  claims: readonly ClaimSummaryDto[];
  caption: string;
  /** Without it the rows have no checkboxes (nothing can be done to many at once). */
  selection?: { selected: ReadonlySet<string>; onToggle: (id: string, on: boolean) => void };
  showStatus: boolean;
};

function Due({ claim }: { claim: ClaimSummaryDto }) {
  const { t, i18n } = useTranslation();
  if (!claim.dueAt) return <>{t('feeAdmin.inbox.noDue')}</>;
  const when = formatDateTime(claim.dueAt, i18n.language);
  // Overdue in words (and bold), not only in colour.
  return claim.overdue ? (
    <strong className="fee-overdue">{t('feeAdmin.inbox.overdueAt', { when })}</strong>
  ) : (
    <>{when}</>
  );
}

function Holder({ claim }: { claim: ClaimSummaryDto }) {
  const { t } = useTranslation();
  const role = t(`feeAdmin.owner.${claim.owner}`);
  return <>{claim.ownerName ? `${claim.ownerName} (${role})` : role}</>;
}

function ClaimLink({ claim }: { claim: ClaimSummaryDto }) {
  return (
    <Link to="/fees/$claimId" params={{ claimId: claim.id }}>
      {claim.number}
    </Link>
  );
}

/**
 * Claims waiting for someone: a table on wide screens, cards on a phone (a table does not fit 360 px).
 * Each row links to the claim's own page; the checkbox names the claim it selects.
 */
export function ClaimTable({ claims, caption, selection, showStatus }: Props) {
  const { t, i18n } = useTranslation();
  const small = useIsSmallScreen();
  const lang = i18n.language;

  // On a card the checkbox says "Select" aloud and in sight; in the table its column says it.
  const checkbox = (claim: ClaimSummaryDto, visible = false) =>
    selection ? (
      <Checkbox
        id={`claim-select-${claim.id}`}
        checked={selection.selected.has(claim.id)}
        onClick={({ checkboxState }) => selection.onToggle(claim.id, checkboxState)}
      >
        {visible ? <span aria-hidden="true">{t('feeAdmin.inbox.select')}</span> : null}
        <span className="visually-hidden">
          {t('feeAdmin.inbox.selectClaim', { number: claim.number, expert: claim.expertName })}
        </span>
      </Checkbox>
    ) : null;

  if (small) {
    return (
      <ul className="fee-cards" aria-label={caption}>
        {claims.map((claim) => (
          <li key={claim.id} className={claim.overdue ? 'fee-card overdue' : 'fee-card'}>
            <h2 className="fee-card-title">
              <ClaimLink claim={claim} /> {claim.title}
            </h2>
            {checkbox(claim, true)}
            <dl className="details details-inline">
              <dt>{t('feeAdmin.inbox.due')}</dt>
              <dd>
                <Due claim={claim} />
              </dd>
              {showStatus ? (
                <>
                  <dt>{t('feeAdmin.inbox.status')}</dt>
                  <dd>{t(`feeAdmin.status.${claim.status}`)}</dd>
                </>
              ) : null}
              <dt>{t('feeAdmin.inbox.holder')}</dt>
              <dd>
                <Holder claim={claim} />
              </dd>
              <dt>{t('feeAdmin.inbox.expert')}</dt>
              <dd>{claim.expertName}</dd>
              <dt>{t('feeAdmin.inbox.order')}</dt>
              <dd>{claim.orderNumber}</dd>
              <dt>{t('feeAdmin.inbox.unit')}</dt>
              <dd>
                {claim.unitName}, {claim.costCentre}
              </dd>
              <dt>{t('feeAdmin.inbox.date')}</dt>
              <dd>{formatDate(claim.taskDate)}</dd>
              <dt>{t('feeAdmin.inbox.total')}</dt>
              <dd>{formatEuros(claim.totalCents, lang)}</dd>
            </dl>
          </li>
        ))}
      </ul>
    );
  }

  return (
    <div className="table-scroll" role="region" aria-labelledby="fee-claims-caption" tabIndex={0}>
      <table className="plain-table fee-table">
        <caption id="fee-claims-caption">{caption}</caption>
        <thead>
          <tr>
            {selection ? (
              <th scope="col">
                <span className="visually-hidden">{t('feeAdmin.inbox.select')}</span>
              </th>
            ) : null}
            <th scope="col">{t('feeAdmin.inbox.claim')}</th>
            <th scope="col">{t('feeAdmin.inbox.due')}</th>
            {showStatus ? <th scope="col">{t('feeAdmin.inbox.status')}</th> : null}
            <th scope="col">{t('feeAdmin.inbox.holder')}</th>
            <th scope="col">{t('feeAdmin.inbox.expert')}</th>
            <th scope="col">{t('feeAdmin.inbox.task')}</th>
            <th scope="col">{t('feeAdmin.inbox.unit')}</th>
            <th scope="col">{t('feeAdmin.inbox.date')}</th>
            <th scope="col" className="num">
              {t('feeAdmin.inbox.total')}
            </th>
          </tr>
        </thead>
        <tbody>
          {claims.map((claim) => (
            <tr key={claim.id} className={claim.overdue ? 'overdue' : undefined}>
              {selection ? <td>{checkbox(claim)}</td> : null}
              <th scope="row">
                <ClaimLink claim={claim} />
              </th>
              <td>
                <Due claim={claim} />
              </td>
              {showStatus ? <td>{t(`feeAdmin.status.${claim.status}`)}</td> : null}
              <td>
                <Holder claim={claim} />
              </td>
              <td>{claim.expertName}</td>
              <td>
                {claim.title} ({claim.orderNumber})
              </td>
              <td>
                {claim.unitName}, {claim.costCentre}
              </td>
              <td>{formatDate(claim.taskDate)}</td>
              <td className="num">{formatEuros(claim.totalCents, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

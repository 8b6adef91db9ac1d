import '../../features/fee-admin/fee-admin-strings';
import type { BatchStatusDto } from '@kokemus/api-client';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, InlineAlert, LoadingSpinner, Paragraph } from 'suomifi-ui-components';
import { useExportBatches } from '../../features/fee-admin/api/list-batches';
import { ReleaseDialog } from '../../features/fee-admin/components/release-dialog';
import { releasable } from '../../features/fee-admin/fee-admin.rules';
import { toApiProblem } from '../../shared/api/api-problem';
import { formatDateTime } from '../../shared/format/date';
import { formatEuros } from '../../shared/format/money';
import { useIsSmallScreen } from '../../shared/hooks/use-media-query';
import { Page } from '../../shared/ui/page';
import { ProblemAlert } from '../../shared/ui/problem-alert';

/** The payroll export batches and how far payroll has got with each; a stuck one can be released. */
export function FeeBatchesPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const small = useIsSmallScreen();
  const batches = useExportBatches();
  const items = batches.data?.pages.flatMap((page) => page.items) ?? [];
  const [releasing, setReleasing] = useState<BatchStatusDto | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement | null>());

  const close = (batch: BatchStatusDto) => {
    setReleasing(null);
    buttons.current.get(batch.id)?.focus();
  };

  const status = (batch: BatchStatusDto) =>
    batch.status === 'released' && batch.releasedAt
      ? t('feeAdmin.batches.releasedOn', {
          when: formatDateTime(batch.releasedAt, lang),
          reason: batch.releaseReason ?? '',
        })
      : t(`feeAdmin.batches.status.${batch.status}`);

  const releaseButton = (batch: BatchStatusDto) =>
    releasable(batch) ? (
      <Button
        variant="secondary"
        ref={(el) => {
          buttons.current.set(batch.id, el);
        }}
        aria-label={t('feeAdmin.batches.releaseLabel', { number: batch.number })}
        onClick={() => {
          setNotice(null);
          setReleasing(batch);
        }}
      >
        {t('feeAdmin.batches.release.open')}
      </Button>
    ) : null;

  const cells = (batch: BatchStatusDto) => ({
    channel: t(`feeAdmin.batches.channel.${batch.channel}`),
    created: t('feeAdmin.batches.createdBy', {
      when: formatDateTime(batch.createdAt, lang),
      who: batch.createdBy,
    }),
    total: formatEuros(batch.totalCents, lang),
  });

  return (
    <Page
      title={t('feeAdmin.batches.title')}
      lead={<Paragraph mb="m">{t('feeAdmin.batches.lead')}</Paragraph>}
    >
      <div role="status" className="notice">
        {notice ? <InlineAlert status="neutral">{notice}</InlineAlert> : null}
      </div>
      {releasing ? (
        <ReleaseDialog
          key={releasing.id}
          batch={releasing}
          onClose={() => close(releasing)}
          onReleased={() => {
            setNotice(t('feeAdmin.batches.release.done', { number: releasing.number }));
            setReleasing(null);
          }}
        />
      ) : null}
      {batches.isPending ? <LoadingSpinner text={t('common.loading')} variant="small" /> : null}
      {batches.isError ? <ProblemAlert problem={toApiProblem(batches.error)} /> : null}
      {batches.data && items.length === 0 ? <Paragraph>{t('feeAdmin.batches.none')}</Paragraph> : null}
      {items.length > 0 && small ? (
        <ul className="fee-cards" aria-label={t('feeAdmin.batches.caption')}>
          {items.map((batch) => {
            const c = cells(batch);
            return (
              <li key={batch.id} className="fee-card">
                <h2 className="fee-card-title">{batch.number}</h2>
                <dl className="details details-inline">
                  <dt>{t('feeAdmin.batches.statusLabel')}</dt>
                  <dd>{status(batch)}</dd>
                  <dt>{t('feeAdmin.batches.channelLabel')}</dt>
                  <dd>{c.channel}</dd>
                  <dt>{t('feeAdmin.batches.created')}</dt>
                  <dd>{c.created}</dd>
                  <dt>{t('feeAdmin.batches.lines')}</dt>
                  <dd>{batch.lineCount}</dd>
                  <dt>{t('feeAdmin.batches.paid')}</dt>
                  <dd>{batch.paidLines}</dd>
                  <dt>{t('feeAdmin.batches.rejected')}</dt>
                  <dd>{batch.rejectedLines}</dd>
                  <dt>{t('feeAdmin.batches.total')}</dt>
                  <dd>{c.total}</dd>
                </dl>
                {releaseButton(batch)}
              </li>
            );
          })}
        </ul>
      ) : null}
      {items.length > 0 && !small ? (
        <div className="table-scroll" role="region" aria-labelledby="fee-batches-caption" tabIndex={0}>
          <table className="plain-table fee-table">
            <caption id="fee-batches-caption">{t('feeAdmin.batches.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('feeAdmin.batches.number')}</th>
                <th scope="col">{t('feeAdmin.batches.statusLabel')}</th>
                <th scope="col">{t('feeAdmin.batches.channelLabel')}</th>
                <th scope="col">{t('feeAdmin.batches.created')}</th>
                <th scope="col" className="num">
                  {t('feeAdmin.batches.lines')}
                </th>
                <th scope="col" className="num">
                  {t('feeAdmin.batches.paid')}
                </th>
                <th scope="col" className="num">
                  {t('feeAdmin.batches.rejected')}
                </th>
                <th scope="col" className="num">
                  {t('feeAdmin.batches.total')}
                </th>
                <th scope="col">{t('feeAdmin.batches.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((batch) => {
                const c = cells(batch);
                return (
                  <tr key={batch.id}>
                    <th scope="row">{batch.number}</th>
                    <td>{status(batch)}</td>
                    <td>{c.channel}</td>
                    <td>{c.created}</td>
                    <td className="num">{batch.lineCount}</td>
                    <td className="num">{batch.paidLines}</td>
                    <td className="num">{batch.rejectedLines}</td>
                    <td className="num">{c.total}</td>
                    <td>{releaseButton(batch)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : null}
      {batches.hasNextPage ? (
        <div className="load-more">
          <Button
            variant="secondary"
            disabled={batches.isFetchingNextPage}
            onClick={() => void batches.fetchNextPage()}
          >
            {t('feeAdmin.inbox.loadMore')}
          </Button>
        </div>
      ) : null}
    </Page>
  );
}

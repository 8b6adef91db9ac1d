import type { ApplicationStep, BoardColumnDto } from '@kokemus/api-client';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Heading } from 'suomifi-ui-components';
import { boardGroups } from '../onboarding.rules';

/**
 * One card per step: how many are past the step's due date first (in words, not only in colour), then how
 * many wait there. A card's link filters the list below to that step.
 */
export function BoardColumns({
  columns,
  current,
}: {
  columns: readonly BoardColumnDto[];
  current: ApplicationStep | undefined;
}) {
  const { t } = useTranslation();
  const { open, ended, stalled } = boardGroups(columns);
  const card = (column: BoardColumnDto) => (
    <li
      key={column.step}
      className={`onboarding-card${column.stalled > 0 ? ' stalled' : ''}${current === column.step ? ' current' : ''}`}
    >
      <h3 className="onboarding-card-title">
        <Link to="/onboarding" search={{ step: column.step }}>
          {t(`onboarding.step.${column.step}`)}
        </Link>
      </h3>
      {column.stalled > 0 ? (
        <p className="onboarding-stalled">
          <strong>{t('onboarding.board.stalled', { count: column.stalled })}</strong>
        </p>
      ) : null}
      <p className="onboarding-count">{t('onboarding.board.count', { count: column.count })}</p>
    </li>
  );
  return (
    <>
      <p className="result-count">
        {stalled > 0
          ? t('onboarding.board.stalledTotal', { count: stalled })
          : t('onboarding.board.noneStalled')}
      </p>
      <ul className="plain-list onboarding-board" aria-label={t('onboarding.board.openLabel')}>
        {open.map(card)}
      </ul>
      {ended.length > 0 ? (
        <>
          <Heading variant="h3" mb="s" className="mt-m">
            {t('onboarding.board.endedHeading')}
          </Heading>
          <ul className="plain-list onboarding-board" aria-label={t('onboarding.board.endedHeading')}>
            {ended.map(card)}
          </ul>
        </>
      ) : null}
    </>
  );
}

import type { NextStepDto } from '@kokemus/api-client';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../shared/format/date';
import { nextStepText } from '../orders.rules';

/** "What happens next and who has it now", in plain language. */
export function NextStep({
  next,
  viewer,
  variant = 'box',
}: {
  next: NextStepDto;
  viewer: 'orderer' | 'coordinator';
  variant?: 'box' | 'inline';
}) {
  const { t, i18n } = useTranslation();
  const text = nextStepText(next, viewer);
  const due = next.dueAt ? t('orders.next.due', { date: formatDateTime(next.dueAt, i18n.language) }) : null;
  if (variant === 'inline') {
    return (
      <p className="next-step-inline">
        <strong>{t('orders.next.label')}:</strong> {t(text.step)}
        {next.step !== 'none' ? ` ${t('orders.next.ownerShort', { owner: t(text.owner) })}` : ''}
        {due ? ` ${due}` : ''}
      </p>
    );
  }
  return (
    <div className="next-step" role="region" aria-labelledby="next-step-heading">
      <h2 id="next-step-heading" className="next-step-heading">
        {t('orders.next.heading')}
      </h2>
      <p>{t(text.step)}</p>
      {next.step !== 'none' ? <p>{t('orders.next.owner', { owner: t(text.owner) })}</p> : null}
      {due ? <p>{due}</p> : null}
    </div>
  );
}

import '../../features/feedback/briefing/briefing-strings';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LoadingSpinner } from 'suomifi-ui-components';
import { useTaskBriefing } from '../../features/feedback/briefing/api/briefings';
import { BriefingAnswers } from '../../features/feedback/briefing/components/briefing-answers';
import { BriefingConfirm } from '../../features/feedback/briefing/components/briefing-confirm';
import { BriefingForm } from '../../features/feedback/briefing/components/briefing-form';
import { BriefingReaders } from '../../features/feedback/briefing/components/briefing-readers';
import { toApiProblem } from '../../shared/api/api-problem';
import { formatDateTime, formatTimeRange } from '../../shared/format/date';
import { Page } from '../../shared/ui/page';
import { ProblemAlert } from '../../shared/ui/problem-alert';

const route = getRouteApi('/authenticated/briefings/$occurrenceId');

/**
 * One task time's briefing, for both sides (the notices link here): the unit writes it, the expert reads
 * it and marks it read (with a demanding task, saying whether they would like supervision).
 */
export function BriefingPage() {
  const { t, i18n } = useTranslation();
  const { occurrenceId } = route.useParams();
  const { user } = route.useRouteContext();
  const expert = user.roles.includes('expert') && !user.roles.includes('coordinator');
  const briefing = useTaskBriefing(occurrenceId);
  if (briefing.isPending) return <LoadingSpinner text={t('common.loading')} variant="small" />;
  if (briefing.isError)
    return (
      <Page title={t('briefing.title')}>
        <ProblemAlert problem={toApiProblem(briefing.error)} />
        <p>
          <Link to={expert ? '/tasks' : '/orders'}>
            {expert ? t('briefing.backTasks') : t('briefing.back')}
          </Link>
        </p>
      </Page>
    );
  const b = briefing.data;
  const writes = b.allowedActions.includes('write');
  const over = new Date(b.endsAt) <= new Date();
  return (
    <Page title={t('briefing.pageTitle', { title: b.title })}>
      <p>
        {b.mine ? (
          <Link to="/tasks">{t('briefing.backTasks')}</Link>
        ) : (
          <Link to="/orders/$orderId" params={{ orderId: b.orderId }}>
            {t('briefing.back')}
          </Link>
        )}
      </p>
      <dl className="briefing-answers">
        <div>
          <dt>{t('briefing.facts.when')}</dt>
          <dd>{formatTimeRange(b.startsAt, b.endsAt, i18n.language)}</dd>
        </div>
        {b.place ? (
          <div>
            <dt>{t('briefing.facts.where')}</dt>
            <dd>{b.place}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('briefing.facts.unit')}</dt>
          <dd>{b.unitName}</dd>
        </div>
        <div>
          <dt>{t('briefing.facts.order')}</dt>
          <dd>{b.orderNumber}</dd>
        </div>
      </dl>
      {b.demanding ? (
        <p className="mt-m">
          <span className="briefing-badge">{t('briefing.demanding.badge')}</span>{' '}
          {b.mine ? null : t('briefing.demanding.unit')}
        </p>
      ) : null}
      {over ? <p className="notice">{t('briefing.over')}</p> : null}
      {writes ? (
        <div className="mt-m">
          <BriefingForm briefing={b} />
        </div>
      ) : b.content ? (
        <section className="mt-m" aria-labelledby="briefing-content-heading">
          <h2 id="briefing-content-heading">{t('briefing.title')}</h2>
          {b.mine ? <p>{t('briefing.intro.expert')}</p> : null}
          <BriefingAnswers content={b.content} />
        </section>
      ) : (
        <p className="mt-m">{b.mine ? t('briefing.notWrittenYet') : t(`briefing.status.${b.status}`)}</p>
      )}
      {b.writtenAt && b.writtenByName ? (
        <p className="mt-m">
          {t('briefing.writtenBy', {
            name: b.writtenByName,
            date: formatDateTime(b.writtenAt, i18n.language),
          })}
        </p>
      ) : null}
      {b.mine ? <BriefingConfirm briefing={b} /> : <BriefingReaders readers={b.experts} />}
      {b.mine ? (
        <p className="mt-m">
          {t('briefing.talkHint')} <Link to="/talk">{t('briefing.talkLink')}</Link>
        </p>
      ) : null}
    </Page>
  );
}

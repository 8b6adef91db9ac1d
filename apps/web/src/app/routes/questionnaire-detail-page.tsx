import '../../features/feedback/questionnaires/questionnaires-strings';
import type { QuestionnaireDto } from '@kokemus/api-client';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, InlineAlert, LoadingSpinner, Paragraph, RouterLink } from 'suomifi-ui-components';
import { useQuestionnaireVersions } from '../../features/feedback/questionnaires/api/questionnaires';
import { VersionReader } from '../../features/feedback/questionnaires/components/version-reader';
import { takeSavedVersionFlash } from '../../features/feedback/questionnaires/flash';
import { titleIn } from '../../features/feedback/questionnaires/questionnaires.rules';
import { toApiProblem } from '../../shared/api/api-problem';
import { formatDate } from '../../shared/format/date';
import { Page } from '../../shared/ui/page';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { NotFoundPage } from './status-pages';

const route = getRouteApi('/authenticated/questionnaires/$key');

export function QuestionnaireDetailPage() {
  const { t } = useTranslation();
  const { key } = route.useParams();
  const versions = useQuestionnaireVersions(key);
  if (versions.isPending) return <LoadingSpinner text={t('common.loading')} variant="small" />;
  if (versions.isError) return <ProblemAlert problem={toApiProblem(versions.error)} />;
  if (versions.data.length === 0) return <NotFoundPage />;
  return <QuestionnaireDetail versions={versions.data} />;
}

function QuestionnaireDetail({ versions }: { versions: QuestionnaireDto[] }) {
  const { t, i18n } = useTranslation();
  const newest = versions[0];
  const [notice, setNotice] = useState<string | null>(null);
  // Set after the page is drawn, so the status region announces it.
  useEffect(() => {
    const saved = takeSavedVersionFlash(newest.key);
    if (saved !== null) setNotice(t('questionnaires.editor.saved', { version: saved }));
  }, [newest.key, t]);

  return (
    <Page title={titleIn(newest.title, i18n.language)}>
      <Paragraph mb="m">
        <RouterLink asComponent={Link} to="/questionnaires">
          {t('questionnaires.detail.backToList')}
        </RouterLink>
      </Paragraph>
      <div role="status" className="notice">
        {notice ? <InlineAlert status="neutral">{notice}</InlineAlert> : null}
      </div>
      <section aria-labelledby="questionnaire-facts-heading" className="panel">
        <Heading variant="h2" id="questionnaire-facts-heading" mb="s">
          {t('questionnaires.detail.facts')}
        </Heading>
        <dl className="details">
          <dt>{t('questionnaires.key')}</dt>
          <dd>{newest.key}</dd>
          <dt>{t('questionnaires.audience')}</dt>
          <dd>{t(`questionnaires.audienceName.${newest.audience}`)}</dd>
          <dt>{t('questionnaires.version')}</dt>
          <dd>
            {newest.version}
            {newest.locked ? (
              <span className="questionnaire-badge">{t('questionnaires.lockedBadge')}</span>
            ) : null}
          </dd>
          {newest.source ? (
            <>
              <dt>{t('questionnaires.detail.source')}</dt>
              <dd>{newest.source}</dd>
            </>
          ) : null}
        </dl>
        {newest.locked ? (
          <InlineAlert status="neutral">{t('questionnaires.detail.lockedExplain')}</InlineAlert>
        ) : (
          <>
            <Paragraph mb="s">{t('questionnaires.detail.newVersionLead')}</Paragraph>
            <RouterLink
              asComponent={Link}
              to="/questionnaires/$key/new-version"
              params={{ key: newest.key }}
              className="button-link"
            >
              {t('questionnaires.detail.newVersion')}
            </RouterLink>
          </>
        )}
      </section>
      <section aria-labelledby="questionnaire-versions-heading" className="panel">
        <Heading variant="h2" id="questionnaire-versions-heading" mb="s">
          {t('questionnaires.detail.versionsHeading')}
        </Heading>
        <ul className="plain-list" data-testid="questionnaire-versions">
          {versions.map((v) => (
            <li key={v.id}>
              {t('questionnaires.detail.versionItem', { version: v.version, date: formatDate(v.createdAt) })}
              {v.current ? ` (${t('questionnaires.detail.current')})` : ''}
            </li>
          ))}
        </ul>
        <VersionReader versions={versions} />
      </section>
    </Page>
  );
}

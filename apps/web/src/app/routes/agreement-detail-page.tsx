import '../../features/agreements/agreements-strings';
import type { AgreementDto } from '@kokemus/api-client';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, InlineAlert, LoadingSpinner, Paragraph, RouterLink } from 'suomifi-ui-components';
import { useAgreement } from '../../features/agreements/api/get-agreement';
import { usePublishAgreementVersion } from '../../features/agreements/api/publish-agreement-version';
import { acceptanceSummary, textIn, toPublishBody } from '../../features/agreements/agreements.rules';
import { OutstandingExperts } from '../../features/agreements/components/outstanding-experts';
import { PublishVersionForm } from '../../features/agreements/components/publish-version-form';
import { VersionList } from '../../features/agreements/components/version-list';
import { clearAgreementFlash, peekAgreementFlash } from '../../features/agreements/flash';
import { toApiProblem } from '../../shared/api/api-problem';
import { Page } from '../../shared/ui/page';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { NotFoundPage } from './status-pages';

const route = getRouteApi('/authenticated/agreements/$agreementId');

export function AgreementDetailPage() {
  const { t } = useTranslation();
  const { agreementId } = route.useParams();
  const agreement = useAgreement(agreementId);

  if (agreement.isPending) return <LoadingSpinner text={t('common.loading')} variant="small" />;
  if (agreement.isError) {
    const problem = toApiProblem(agreement.error);
    return problem.status === 404 || problem.status === 400 ? (
      <NotFoundPage />
    ) : (
      <ProblemAlert problem={problem} />
    );
  }
  return <AgreementDetail agreement={agreement.data} />;
}

function AgreementDetail({ agreement }: { agreement: AgreementDto }) {
  const { t, i18n } = useTranslation();
  const publish = usePublishAgreementVersion();
  const [notice, setNotice] = useState<string | null>(() =>
    peekAgreementFlash() === 'agreement-created' ? t('agreements.admin.created') : null,
  );
  useEffect(() => clearAgreementFlash(), []);
  const noticeRef = useRef<HTMLDivElement>(null);
  const summary = acceptanceSummary(agreement);

  return (
    <Page title={textIn(agreement.current.title, i18n.language)}>
      <Paragraph mb="m">
        <RouterLink asComponent={Link} to="/agreements">
          {t('agreements.admin.backToList')}
        </RouterLink>
      </Paragraph>
      <div role="status" className="notice" ref={noticeRef} tabIndex={-1}>
        {notice ? <InlineAlert status="neutral">{notice}</InlineAlert> : null}
      </div>
      <section aria-labelledby="agreement-details-heading" className="panel">
        <Heading variant="h2" id="agreement-details-heading" mb="s">
          {t('agreements.admin.details')}
        </Heading>
        <dl className="details">
          <dt>{t('agreements.admin.code')}</dt>
          <dd>{agreement.code}</dd>
          <dt>{t('agreements.admin.requiredLabel')}</dt>
          <dd>{agreement.required ? t('agreements.admin.yes') : t('agreements.admin.no')}</dd>
          <dt>{t('agreements.admin.position')}</dt>
          <dd>{agreement.position}</dd>
          <dt>{t('agreements.admin.currentVersion')}</dt>
          <dd>{agreement.current.number}</dd>
          <dt>{t('agreements.admin.acceptances')}</dt>
          <dd>
            {summary.kind === 'counts'
              ? t('agreements.admin.counts', { accepted: summary.accepted, outstanding: summary.outstanding })
              : t('agreements.admin.notFollowed')}
          </dd>
        </dl>
      </section>
      <OutstandingExperts agreement={agreement} />
      <section aria-labelledby="agreement-versions-heading" className="panel">
        <Heading variant="h2" id="agreement-versions-heading" mb="s">
          {t('agreements.admin.versionsHeading')}
        </Heading>
        <VersionList versions={agreement.versions} />
      </section>
      <section aria-labelledby="agreement-publish-heading" className="panel">
        <Heading variant="h2" id="agreement-publish-heading" mb="s">
          {t('agreements.admin.publishHeading')}
        </Heading>
        <Paragraph mb="m">{t('agreements.admin.publishLead')}</Paragraph>
        <PublishVersionForm
          // A published version starts the form again from the new text.
          key={agreement.current.id}
          agreement={agreement}
          submitting={publish.isPending}
          onSubmit={async (values) => {
            setNotice(null);
            const updated = await publish.mutateAsync({
              path: { id: agreement.id },
              body: toPublishBody(values),
            });
            setNotice(
              t(
                updated.current.requiresReacceptance
                  ? 'agreements.admin.publishedReaccept'
                  : 'agreements.admin.published',
                { number: updated.current.number },
              ),
            );
            requestAnimationFrame(() => noticeRef.current?.focus());
          }}
        />
      </section>
    </Page>
  );
}

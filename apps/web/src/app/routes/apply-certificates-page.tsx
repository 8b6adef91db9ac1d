import '../../features/apply/apply-strings';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { InlineAlert, LoadingSpinner, Paragraph } from 'suomifi-ui-components';
import {
  useAddApplicantCertificate,
  useApplicantCertificates,
  useRemoveApplicantCertificate,
} from '../../features/apply/api/applicant-certificates';
import { toApiProblem } from '../../shared/api/api-problem';
import { AttachmentList } from '../../shared/ui/attachment-list';
import { Page } from '../../shared/ui/page';
import { ProblemAlert } from '../../shared/ui/problem-alert';

const route = getRouteApi('/apply/certificates');

const LINK_TEXT: Record<string, string> = {
  APPLICATION_LINK_INVALID: 'apply.certificates.invalid',
  APPLICATION_LINK_EXPIRED: 'apply.certificates.expired',
};

/** The applicant adds certificates of earlier training (from the confirmation page or the "received" letter). */
export function ApplyCertificatesPage() {
  const { t } = useTranslation();
  const { token = '' } = route.useSearch();
  const page = useApplicantCertificates(token);
  const add = useAddApplicantCertificate(token);
  const remove = useRemoveApplicantCertificate(token);
  const problem = page.isError ? toApiProblem(page.error) : null;
  const linkKey = token === '' ? 'apply.certificates.invalid' : problem ? LINK_TEXT[problem.code] : undefined;

  let body;
  if (linkKey) body = <InlineAlert status="error">{t(linkKey)}</InlineAlert>;
  else if (problem) body = <ProblemAlert problem={problem} />;
  else if (!page.data) body = <LoadingSpinner text={t('common.loading')} variant="small" />;
  else {
    const data = page.data;
    const full = data.items.length >= data.maxFiles;
    body = (
      <>
        <Paragraph mb="s">{t('apply.certificates.greeting', { name: data.firstName })}</Paragraph>
        <Paragraph mb="m">{t('apply.certificates.lead')}</Paragraph>
        {!data.open ? (
          <InlineAlert status="neutral" className="mb-m">
            {t('apply.certificates.closed')}
          </InlineAlert>
        ) : full ? (
          <Paragraph mb="m">{t('apply.certificates.full')}</Paragraph>
        ) : null}
        <AttachmentList
          id="certificate"
          items={data.items}
          canChange={data.open && !full}
          accept=".pdf,.png,.jpg,.jpeg"
          pending={add.isPending || remove.isPending}
          texts={{
            none: t('apply.certificates.none'),
            download: '',
            downloadNamed: () => '',
            remove: t('apply.certificates.remove'),
            removeNamed: (name) => t('apply.certificates.removeNamed', { name }),
            add: t('apply.certificates.add'),
            hint: t('apply.certificates.hint', { max: data.maxFiles }),
            added: (name) => t('apply.certificates.added', { name }),
            removed: (name) => t('apply.certificates.removed', { name }),
          }}
          onRemove={(c) => remove.mutateAsync({ path: { certificateId: c.id }, query: { token } })}
          onUpload={(file) => add.upload(file)}
        />
      </>
    );
  }

  return (
    <div className="narrow">
      <Page title={t('apply.certificates.title')}>{body}</Page>
    </div>
  );
}

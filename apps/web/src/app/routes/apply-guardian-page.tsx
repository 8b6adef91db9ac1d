import '../../features/apply/apply-strings';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, InlineAlert, LoadingSpinner, Paragraph } from 'suomifi-ui-components';
import { useGiveGuardianConsent } from '../../features/apply/api/give-guardian-consent';
import { useGuardianRequest } from '../../features/apply/api/get-guardian-request';
import { toApiProblem } from '../../shared/api/api-problem';
import { Page } from '../../shared/ui/page';
import { ProblemAlert } from '../../shared/ui/problem-alert';

const route = getRouteApi('/apply/guardian');

const LINK_TEXT: Record<string, string> = {
  APPLICATION_LINK_INVALID: 'apply.guardian.invalid',
  APPLICATION_LINK_EXPIRED: 'apply.guardian.expired',
};

/** The guardian of a minor applicant, from the link in their e-mail: what is asked, and yes or no. */
export function ApplyGuardianPage() {
  const { t } = useTranslation();
  const { token = '' } = route.useSearch();
  const request = useGuardianRequest(token);
  const answer = useGiveGuardianConsent(token);
  const resultRef = useRef<HTMLDivElement>(null);
  const answered = answer.isSuccess;

  useEffect(() => {
    if (answered) resultRef.current?.focus();
  }, [answered]);

  const requestProblem = request.isError ? toApiProblem(request.error) : null;
  const linkKey =
    token === '' ? 'apply.guardian.invalid' : requestProblem ? LINK_TEXT[requestProblem.code] : undefined;
  const answerProblem = answer.isError ? toApiProblem(answer.error) : null;

  let body;
  if (linkKey) {
    body = <InlineAlert status="error">{t(linkKey)}</InlineAlert>;
  } else if (requestProblem) {
    body = <ProblemAlert problem={requestProblem} />;
  } else if (!request.data) {
    body = <LoadingSpinner text={t('common.loading')} variant="small" />;
  } else {
    const data = request.data;
    body = (
      <>
        <div className="panel">
          {data.guardianName ? (
            <Paragraph mb="m">{t('apply.guardian.greeting', { name: data.guardianName })}</Paragraph>
          ) : null}
          <Paragraph mb="m">{t('apply.guardian.lead', { applicant: data.applicantFirstName })}</Paragraph>
          <Paragraph>{t('apply.guardian.what')}</Paragraph>
        </div>
        {data.answer === null ? (
          <>
            {answerProblem ? <ProblemAlert problem={answerProblem} className="mb-m" /> : null}
            <Paragraph mb="m">
              <strong>{t('apply.guardian.question')}</strong>
            </Paragraph>
            <div className="button-row">
              <Button
                type="button"
                disabled={answer.isPending}
                onClick={() => answer.mutate({ body: { token, consent: true } })}
              >
                {t('apply.guardian.consent')}
              </Button>
              <Button
                type="button"
                variant="secondary"
                disabled={answer.isPending}
                onClick={() => answer.mutate({ body: { token, consent: false } })}
              >
                {t('apply.guardian.decline')}
              </Button>
            </div>
          </>
        ) : (
          <div ref={resultRef} tabIndex={-1} data-testid="guardian-result">
            <InlineAlert status={data.answer ? 'neutral' : 'warning'}>
              {t(data.answer ? 'apply.guardian.consented' : 'apply.guardian.declined')}
            </InlineAlert>
          </div>
        )}
      </>
    );
  }

  return (
    <div className="narrow">
      <Page title={t('apply.guardian.title')}>{body}</Page>
    </div>
  );
}

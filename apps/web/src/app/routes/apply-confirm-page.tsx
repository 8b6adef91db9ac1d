import '../../features/apply/apply-strings';
import type { ApplicationConfirmedDto } from '@kokemus/api-client';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, InlineAlert, Paragraph } from 'suomifi-ui-components';
import { useConfirmApplication } from '../../features/apply/api/confirm-application';
import { toApiProblem } from '../../shared/api/api-problem';
import { Page } from '../../shared/ui/page';
import { ProblemAlert } from '../../shared/ui/problem-alert';

const route = getRouteApi('/apply/confirm');

const LINK_TEXT: Record<string, string> = {
  APPLICATION_LINK_INVALID: 'apply.confirm.invalid',
  APPLICATION_LINK_EXPIRED: 'apply.confirm.expired',
};

function resultText(result: ApplicationConfirmedDto): string {
  if (result.status === 'already_confirmed') return 'apply.confirm.already';
  return result.awaitingGuardian ? 'apply.confirm.doneGuardian' : 'apply.confirm.done';
}

/**
 * The page the confirmation e-mail links to. Opening it confirms nothing: mail scanners open links
 * to inspect them, so the person presses a button.
 */
export function ApplyConfirmPage() {
  const { t } = useTranslation();
  const { token = '' } = route.useSearch();
  const confirm = useConfirmApplication();
  const resultRef = useRef<HTMLDivElement>(null);
  const problem = confirm.isError ? toApiProblem(confirm.error) : null;
  const linkKey = token === '' ? 'apply.confirm.invalid' : problem ? LINK_TEXT[problem.code] : undefined;

  useEffect(() => {
    if (confirm.isSuccess || confirm.isError) resultRef.current?.focus();
  }, [confirm.isSuccess, confirm.isError]);

  return (
    <div className="narrow">
      <Page title={t('apply.confirm.title')}>
        {confirm.isSuccess ? (
          <div ref={resultRef} tabIndex={-1} className="panel" data-testid="confirm-result">
            <Heading variant="h2" mb="s">
              {t('apply.confirm.doneTitle')}
            </Heading>
            <Paragraph>{t(resultText(confirm.data))}</Paragraph>
            {confirm.data.certificateToken ? (
              <Paragraph mt="m">
                {t('apply.certificates.offer')}{' '}
                <Link to="/apply/certificates" search={{ token: confirm.data.certificateToken }}>
                  {t('apply.certificates.offerLink')}
                </Link>
              </Paragraph>
            ) : null}
          </div>
        ) : linkKey ? (
          <div ref={resultRef} tabIndex={-1}>
            <InlineAlert status="error" className="mb-m">
              {t(linkKey)}
            </InlineAlert>
            <Link to="/apply">{t('apply.confirm.again')}</Link>
          </div>
        ) : (
          <>
            <Paragraph mb="m">{t('apply.confirm.lead')}</Paragraph>
            {problem ? (
              <div ref={resultRef} tabIndex={-1} className="mb-m">
                <ProblemAlert problem={problem} />
              </div>
            ) : null}
            <Button
              type="button"
              disabled={confirm.isPending}
              onClick={() => confirm.mutate({ body: { token } })}
            >
              {confirm.isPending ? t('apply.confirm.confirming') : t('apply.confirm.button')}
            </Button>
          </>
        )}
      </Page>
    </div>
  );
}

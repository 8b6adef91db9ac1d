import type { AgreementDto } from '@kokemus/api-client';
import { useTranslation } from 'react-i18next';
import { Button, Heading, LoadingSpinner, Paragraph } from 'suomifi-ui-components';
import { toApiProblem } from '../../../shared/api/api-problem';
import { ProblemAlert } from '../../../shared/ui/problem-alert';
import { useOutstandingExperts } from '../api/list-outstanding-experts';

/** Who is behind with a required document (and so gets no new offers), by name, a page at a time. */
export function OutstandingExperts({ agreement }: { agreement: AgreementDto }) {
  const { t } = useTranslation();
  const outstanding = useOutstandingExperts(agreement.id, agreement.required);
  const people = outstanding.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section aria-labelledby="agreement-outstanding-heading" className="panel">
      <Heading variant="h2" id="agreement-outstanding-heading" mb="s">
        {t('agreements.admin.outstandingHeading')}
      </Heading>
      {!agreement.required ? (
        <Paragraph>{t('agreements.admin.outstandingOptional')}</Paragraph>
      ) : (
        <>
          <Paragraph mb="m">{t('agreements.admin.outstandingLead')}</Paragraph>
          {outstanding.isPending ? <LoadingSpinner text={t('common.loading')} variant="small" /> : null}
          {outstanding.isError ? <ProblemAlert problem={toApiProblem(outstanding.error)} /> : null}
          {outstanding.data && people.length === 0 ? (
            <Paragraph>{t('agreements.admin.outstandingNone')}</Paragraph>
          ) : null}
          {people.length > 0 ? (
            <ul className="outstanding-list" aria-labelledby="agreement-outstanding-heading">
              {people.map((person) => (
                <li key={person.expertId}>
                  <strong>{person.name}</strong>
                  <span className="agreement-meta">
                    {person.acceptedVersionNumber === null
                      ? t('agreements.admin.neverAccepted')
                      : t('agreements.admin.acceptedOlder', { number: person.acceptedVersionNumber })}
                  </span>
                </li>
              ))}
            </ul>
          ) : null}
          {outstanding.hasNextPage ? (
            <div className="load-more">
              <Button
                variant="secondary"
                disabled={outstanding.isFetchingNextPage}
                onClick={() => void outstanding.fetchNextPage()}
              >
                {t('agreements.admin.loadMore')}
              </Button>
            </div>
          ) : null}
        </>
      )}
    </section>
  );
}

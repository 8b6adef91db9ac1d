import '../../features/agreements/agreements-strings';
import type { MyAgreementDto } from '@kokemus/api-client';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Heading, InlineAlert, LoadingSpinner, Paragraph } from 'suomifi-ui-components';
import { useMyAgreements } from '../../features/agreements/api/list-my-agreements';
import { dueAfterAccepting, groupMyAgreements, textIn } from '../../features/agreements/agreements.rules';
import { AgreementCard } from '../../features/agreements/components/accepted-agreement-card';
import { DueAgreementCard } from '../../features/agreements/components/due-agreement-card';
import { toApiProblem } from '../../shared/api/api-problem';
import { Page } from '../../shared/ui/page';
import { ProblemAlert } from '../../shared/ui/problem-alert';

type Notice = { status: 'neutral' | 'warning'; text: string };

/** "My agreements": what waits to be accepted first, then what is accepted and what is only to read. */
export function MyAgreementsPage() {
  const { t, i18n } = useTranslation();
  const mine = useMyAgreements();
  const [notice, setNotice] = useState<Notice | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  // The accepted card leaves the list it was in, so the focus goes to what happened instead.
  const show = (next: Notice) => {
    setNotice(next);
    requestAnimationFrame(() => noticeRef.current?.focus());
  };

  const onAccepted = (item: MyAgreementDto) => {
    const remaining = dueAfterAccepting(mine.data?.items ?? [], item.documentId);
    const title = textIn(item.current.title, i18n.language);
    show({
      status: 'neutral',
      text:
        remaining === 0
          ? t('agreements.mine.lastAccepted')
          : `${t('agreements.mine.accepted', { title })} ${t('agreements.mine.stillDue', { count: remaining })}`,
    });
  };

  const onOutdated = () => show({ status: 'warning', text: t('agreements.mine.outdated') });

  const groups = groupMyAgreements(mine.data?.items ?? []);
  return (
    <Page title={t('agreements.mine.title')} lead={<Paragraph mb="m">{t('agreements.mine.lead')}</Paragraph>}>
      <div role="status" className="notice" ref={noticeRef} tabIndex={-1}>
        {notice ? <InlineAlert status={notice.status}>{notice.text}</InlineAlert> : null}
      </div>
      {mine.isPending ? <LoadingSpinner text={t('common.loading')} variant="small" /> : null}
      {mine.isError ? <ProblemAlert problem={toApiProblem(mine.error)} /> : null}
      {mine.data && mine.data.items.length === 0 ? <Paragraph>{t('agreements.mine.none')}</Paragraph> : null}
      {groups.due.length > 0 ? (
        <section aria-labelledby="agreements-due-heading" className="agreement-section">
          <Heading variant="h2" id="agreements-due-heading" mb="s">
            {t('agreements.mine.dueHeading')}
          </Heading>
          <Paragraph mb="m">{t('agreements.mine.dueLead', { count: groups.due.length })}</Paragraph>
          <ul className="agreement-list">
            {groups.due.map((item) => (
              // A new version replaces the card (and its tick): it is another text to read.
              <DueAgreementCard
                key={`${item.documentId}-${item.current.id}`}
                item={item}
                onAccepted={onAccepted}
                onOutdated={onOutdated}
              />
            ))}
          </ul>
        </section>
      ) : mine.data && mine.data.items.length > 0 && !notice ? (
        <Paragraph mb="m">{t('agreements.mine.allDone')}</Paragraph>
      ) : null}
      {groups.accepted.length > 0 ? (
        <section aria-labelledby="agreements-accepted-heading" className="agreement-section">
          <Heading variant="h2" id="agreements-accepted-heading" mb="s">
            {t('agreements.mine.acceptedHeading')}
          </Heading>
          <ul className="agreement-list">
            {groups.accepted.map((item) => (
              <AgreementCard key={item.documentId} item={item} />
            ))}
          </ul>
        </section>
      ) : null}
      {groups.info.length > 0 ? (
        <section aria-labelledby="agreements-info-heading" className="agreement-section">
          <Heading variant="h2" id="agreements-info-heading" mb="s">
            {t('agreements.mine.infoHeading')}
          </Heading>
          <Paragraph mb="m">{t('agreements.mine.infoLead')}</Paragraph>
          <ul className="agreement-list">
            {groups.info.map((item) => (
              <AgreementCard key={item.documentId} item={item} />
            ))}
          </ul>
        </section>
      ) : null}
    </Page>
  );
}

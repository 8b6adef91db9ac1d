import type { MyAgreementDto } from '@kokemus/api-client';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, InlineAlert } from 'suomifi-ui-components';
import { type ApiProblem, toApiProblem } from '../../../shared/api/api-problem';
import { ProblemAlert } from '../../../shared/ui/problem-alert';
import { useAcceptAgreement } from '../api/accept-agreement';
import { dayOf, isReacceptance, localeOf, textIn } from '../agreements.rules';
import { AgreementText } from './agreement-text';

type Props = {
  item: MyAgreementDto;
  onAccepted: (item: MyAgreementDto) => void;
  /** A newer version was published while the person read this one: the list now shows it. */
  onOutdated: () => void;
};

/**
 * A document waiting for the person: its whole text to read, then "I have read and accept" and one
 * button. The button is never disabled (a disabled button cannot be reached or explained): pressing it
 * without the tick says what is missing.
 */
export function DueAgreementCard({ item, onAccepted, onOutdated }: Props) {
  const { t, i18n } = useTranslation();
  const accept = useAcceptAgreement();
  const [confirmed, setConfirmed] = useState(false);
  const [missing, setMissing] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const checkboxRef = useRef<HTMLInputElement>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  const id = `agreement-${item.documentId}`;
  const title = textIn(item.current.title, i18n.language);

  const onAccept = async () => {
    if (accept.isPending) return;
    setProblem(null);
    if (!confirmed) {
      setMissing(true);
      checkboxRef.current?.focus();
      return;
    }
    try {
      await accept.mutateAsync({
        path: { id: item.documentId },
        // The version read and the language it was read in are what the acceptance records.
        body: { versionId: item.current.id, locale: localeOf(i18n.language) },
      });
      onAccepted(item);
    } catch (error) {
      const p = toApiProblem(error);
      if (p.code === 'AGREEMENT_VERSION_OUTDATED') {
        onOutdated();
        return;
      }
      setProblem(p);
      requestAnimationFrame(() => problemRef.current?.focus());
    }
  };

  return (
    <li className="agreement-card agreement-due">
      <article aria-labelledby={`${id}-title`}>
        <h3 id={`${id}-title`} className="agreement-title">
          {title}
        </h3>
        <p className="agreement-meta">
          {t('agreements.mine.version', {
            number: item.current.number,
            date: dayOf(item.current.publishedAt),
          })}
        </p>
        {isReacceptance(item) ? (
          <InlineAlert status="warning" className="mb-m">
            {t('agreements.mine.changed', { date: item.acceptedAt ? dayOf(item.acceptedAt) : '' })}
            {item.current.changeNote ? (
              <> {t('agreements.mine.changeNote', { note: item.current.changeNote })}</>
            ) : null}
          </InlineAlert>
        ) : null}
        <AgreementText body={textIn(item.current.body, i18n.language)} />
        <div className="agreement-accept">
          <Checkbox
            id={`${id}-confirm`}
            ref={checkboxRef}
            checked={confirmed}
            onClick={({ checkboxState }) => {
              setConfirmed(checkboxState);
              if (checkboxState) setMissing(false);
            }}
            status={missing ? 'error' : 'default'}
            statusText={missing ? t('agreements.mine.confirmMissing') : undefined}
          >
            {t('agreements.mine.confirm')}
            <span className="visually-hidden">: {title}</span>
          </Checkbox>
          <Button
            onClick={() => void onAccept()}
            aria-disabled={accept.isPending}
            aria-describedby={problem ? `${id}-problem` : undefined}
          >
            {accept.isPending ? t('agreements.mine.accepting') : t('agreements.mine.accept')}
            <span className="visually-hidden">: {title}</span>
          </Button>
          {problem ? (
            <div id={`${id}-problem`}>
              <ProblemAlert problem={problem} ref={problemRef} />
            </div>
          ) : null}
        </div>
      </article>
    </li>
  );
}

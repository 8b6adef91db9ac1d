import type { ItemTextDto, ScreeningDecision, ScreeningItemDto } from '@kokemus/api-client';
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from 'suomifi-ui-components';
import type { ApiProblem } from '../../../../shared/api/api-problem';
import { formatDateTime } from '../../../../shared/format/date';
import { ProblemAlert } from '../../../../shared/ui/problem-alert';
import { decisionsFor, textLanguage } from '../screening.rules';

export const itemHeadingId = (id: string) => `screening-item-${id}`;

type Props = {
  item: ScreeningItemDto;
  /** The wording of the participants' questions by item id, when it could be read. */
  questions: Map<string, ItemTextDto> | undefined;
  busy: boolean;
  problem: ApiProblem | null;
  onDecide: (item: ScreeningItemDto, decision: ScreeningDecision) => void;
};

/**
 * One participant's answer to screen: the task and its time, when and in which language it was answered,
 * each free text as a quotation under its question, and the decisions that would change something.
 * The heading takes the focus when the answer before it has been decided, so it can be focused.
 */
export const ScreeningItem = forwardRef<HTMLDivElement, Props>(function ScreeningItem(
  { item, questions, busy, problem, onDecide },
  problemRef,
) {
  const { t, i18n } = useTranslation();
  const language = (i18n.language === 'sv' || i18n.language === 'en' ? i18n.language : 'fi') as
    'fi' | 'sv' | 'en';
  const when = (iso: string) => formatDateTime(iso, i18n.language);
  const headingId = itemHeadingId(item.id);
  return (
    <li className="screening-item" data-testid="screening-item">
      <h3 id={headingId} className="screening-item-heading" tabIndex={-1}>
        {item.title}
      </h3>
      <p className="hint">{t('screening.line.task', { at: when(item.startsAt) })}</p>
      <p className="hint">
        {t('screening.line.answered', { at: when(item.answeredAt) })} ·{' '}
        {t('screening.line.locale', { language: t(`screening.locale.${item.locale}`) })}
      </p>
      {item.screening !== 'pending' ? (
        <p>
          <strong>{t(`screening.status.${item.screening}`)}</strong>
        </p>
      ) : null}
      {item.texts.map((text) => {
        const question = questions?.get(text.itemId)?.[language];
        return (
          <figure key={text.itemId} className="screening-figure">
            {question ? (
              <figcaption className="screening-question">{t('screening.question', { question })}</figcaption>
            ) : null}
            <blockquote className="screening-text" lang={textLanguage(item.locale)}>
              {text.text}
            </blockquote>
          </figure>
        );
      })}
      {problem ? <ProblemAlert ref={problemRef} problem={problem} /> : null}
      <div className="button-row screening-decisions">
        {decisionsFor(item.screening).map((decision) => (
          <Button
            key={decision}
            type="button"
            variant={decision === 'approve' ? 'default' : 'secondary'}
            aria-describedby={headingId}
            // Not disabled while the decision is on its way: the button keeps the keyboard focus.
            onClick={() => {
              if (!busy) onDecide(item, decision);
            }}
          >
            {t(`screening.decision.${decision}`)}
          </Button>
        ))}
      </div>
    </li>
  );
});

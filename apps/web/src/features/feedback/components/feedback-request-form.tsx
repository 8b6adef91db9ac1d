import type { DebriefContact, FeedbackRequestDto } from '@kokemus/api-client';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, RadioButton, RadioButtonGroup, Textarea } from 'suomifi-ui-components';
import { type ApiProblem, toApiProblem } from '../../../shared/api/api-problem';
import { ProblemAlert } from '../../../shared/ui/problem-alert';
import type { useAnswerFeedbackRequest } from '../api/feedback-requests';
import {
  answersBody,
  type Draft,
  type ItemProblem,
  itemProblems,
  itemText,
  missingRequired,
} from '../feedback-answers.rules';
import { FeedbackItemField, itemInputId } from './feedback-item-field';

const CONTACTS: DebriefContact[] = ['phone', 'meeting', 'message'];

/**
 * "How did it go?": the questionnaire version the request asks, in the UI's language. Required questions
 * are checked before sending; what the API rejects is shown beside its question. The expert may also ask
 * to talk to someone about the task (the crisis numbers are always in sight); the orderer may say that
 * something went wrong, in a few words, which opens a complaint for the coordinators.
 */
export function FeedbackRequestForm({
  request,
  answer,
  onAnswered,
  onAlreadyAnswered,
}: {
  request: FeedbackRequestDto;
  /**
   * The page's mutation: answering replaces this form with the answers, so the callbacks must belong to
   * something that stays (a mutation's own callbacks are dropped when its component goes).
   */
  answer: ReturnType<typeof useAnswerFeedbackRequest>;
  onAnswered: (answered: FeedbackRequestDto) => void;
  /** Answered meanwhile (409): the request is read again and shown as answered. */
  onAlreadyAnswered: () => void;
}) {
  const { t, i18n } = useTranslation();
  const items = request.questionnaire.items;
  const expert = request.respondent === 'expert';
  const [draft, setDraft] = useState<Draft>({});
  const [problems, setProblems] = useState<Record<string, ItemProblem>>({});
  const [wantsToTalk, setWantsToTalk] = useState(false);
  const [contact, setContact] = useState<DebriefContact | ''>('');
  const [contactError, setContactError] = useState<string | null>(null);
  const [wrong, setWrong] = useState(false);
  const [wrongText, setWrongText] = useState('');
  const [wrongError, setWrongError] = useState<string | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const problemRef = useRef<HTMLDivElement>(null);

  const focusFirst = (found: Record<string, ItemProblem>, contactMissing: boolean, wrongMissing = false) => {
    const first = items.find((item) => found[item.id]);
    const target = first
      ? itemInputId(first.id)
      : contactMissing
        ? 'feedback-contact-phone'
        : wrongMissing
          ? 'feedback-something-wrong-text'
          : null;
    requestAnimationFrame(() =>
      target ? document.getElementById(target)?.focus() : problemRef.current?.focus(),
    );
  };

  const submit = () => {
    setProblem(null);
    const missing = Object.fromEntries(missingRequired(items, draft).map((id) => [id, 'required' as const]));
    const contactMissing = expert && wantsToTalk && !contact;
    const wrongMissing = !expert && wrong && !wrongText.trim();
    setProblems(missing);
    setContactError(contactMissing ? t('feedback.talk.validation.contact') : null);
    setWrongError(wrongMissing ? t('feedback.answer.validation.somethingWrong') : null);
    if (Object.keys(missing).length || contactMissing || wrongMissing) {
      focusFirst(missing, contactMissing, wrongMissing);
      return;
    }
    const answers = answersBody(items, draft);
    const talk = expert && wantsToTalk && contact ? { wantsToTalk: true, contact } : {};
    const complaint = !expert && wrong ? { somethingWrong: wrongText.trim() } : {};
    answer.mutate(
      { path: { id: request.id }, body: { answers, ...talk, ...complaint } },
      {
        onSuccess: onAnswered,
        onError: (error) => {
          const p = toApiProblem(error);
          if (p.status === 409) return onAlreadyAnswered();
          const found = itemProblems(p.errors, answers);
          setProblems(found);
          setProblem(p);
          const wrongRejected = p.errors?.somethingWrong?.length
            ? t('feedback.answer.validation.invalid')
            : null;
          setWrongError(wrongRejected);
          focusFirst(found, false, Boolean(wrongRejected));
        },
      },
    );
  };

  const change = (itemId: string, value: number | boolean | string) => {
    setDraft((d) => ({ ...d, [itemId]: value }));
    if (problems[itemId])
      setProblems((found) => Object.fromEntries(Object.entries(found).filter(([id]) => id !== itemId)));
  };

  return (
    <form
      noValidate
      aria-label={itemText(request.questionnaire.title, i18n.language, expert)}
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <div className="form-stack">
        {problem ? <ProblemAlert problem={problem} ref={problemRef} /> : null}
        <p className="hint">{t('feedback.answer.requiredLead')}</p>
        {items.map((item) => (
          <FeedbackItemField
            key={item.id}
            item={item}
            text={itemText(item.text, i18n.language, expert)}
            value={draft[item.id]}
            onChange={(value) => change(item.id, value)}
            error={problems[item.id] ? t(`feedback.answer.validation.${problems[item.id]}`) : undefined}
          />
        ))}
        {expert ? (
          <div className="feedback-talk">
            <Checkbox
              id="feedback-wants-to-talk"
              checked={wantsToTalk}
              hintText={t('feedback.answer.wantsToTalkHint')}
              onClick={({ checkboxState }) => {
                setWantsToTalk(checkboxState);
                if (!checkboxState) setContactError(null);
              }}
            >
              {t('feedback.answer.wantsToTalk')}
            </Checkbox>
            {wantsToTalk ? (
              <RadioButtonGroup
                id="feedback-contact"
                name="feedback-contact"
                labelText={t('feedback.talk.contactLabel')}
                value={contact}
                onChange={(value) => {
                  setContact(value as DebriefContact);
                  setContactError(null);
                }}
                groupStatus={contactError ? 'error' : 'default'}
                groupStatusText={contactError ?? ''}
              >
                {CONTACTS.map((c) => (
                  <RadioButton key={c} value={c} id={`feedback-contact-${c}`}>
                    {t(`feedback.talk.contact.${c}`)}
                  </RadioButton>
                ))}
              </RadioButtonGroup>
            ) : null}
            <p className="debrief-urgent">{t('feedback.talk.urgent')}</p>
          </div>
        ) : (
          <div className="feedback-talk">
            <Checkbox
              id="feedback-something-wrong"
              checked={wrong}
              hintText={t('feedback.answer.somethingWrongHint')}
              onClick={({ checkboxState }) => {
                setWrong(checkboxState);
                if (!checkboxState) setWrongError(null);
              }}
            >
              {t('feedback.answer.somethingWrong')}
            </Checkbox>
            {wrong ? (
              <Textarea
                id="feedback-something-wrong-text"
                labelText={t('feedback.answer.somethingWrongText')}
                value={wrongText}
                maxLength={4000}
                onChange={(event) => {
                  setWrongText(event.target.value);
                  setWrongError(null);
                }}
                status={wrongError ? 'error' : 'default'}
                statusText={wrongError ?? ''}
                resize="vertical"
                fullWidth
              />
            ) : null}
          </div>
        )}
        <div className="button-row">
          <Button type="submit" disabled={answer.isPending}>
            {answer.isPending ? t('feedback.answer.sending') : t('feedback.answer.send')}
          </Button>
        </div>
      </div>
    </form>
  );
}

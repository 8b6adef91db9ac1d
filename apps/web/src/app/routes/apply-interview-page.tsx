import '../../features/apply/apply-strings';
import type { InterviewAnswer } from '@kokemus/api-client';
import { getRouteApi } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, InlineAlert, LoadingSpinner, Paragraph, Textarea } from 'suomifi-ui-components';
import { useAnswerInterview } from '../../features/apply/api/answer-interview';
import { useInterviewInvitation } from '../../features/apply/api/get-interview-invitation';
import { toApiProblem } from '../../shared/api/api-problem';
import { formatDateTime } from '../../shared/format/date';
import { Page } from '../../shared/ui/page';
import { ProblemAlert } from '../../shared/ui/problem-alert';

const route = getRouteApi('/apply/interview');

const LINK_TEXT: Record<string, string> = {
  APPLICATION_LINK_INVALID: 'apply.interview.invalid',
  APPLICATION_LINK_EXPIRED: 'apply.interview.expired',
};

/** The applicant, from the interview letter's link: does the time suit, or is another needed. */
export function ApplyInterviewPage() {
  const { t, i18n } = useTranslation();
  const { token = '' } = route.useSearch();
  const invitation = useInterviewInvitation(token);
  const answer = useAnswerInterview(token);
  const [message, setMessage] = useState('');
  const [askingOther, setAskingOther] = useState(false);
  const resultRef = useRef<HTMLDivElement>(null);
  const answered = answer.isSuccess;

  useEffect(() => {
    if (answered) resultRef.current?.focus();
  }, [answered]);

  const problem = invitation.isError ? toApiProblem(invitation.error) : null;
  const linkKey = token === '' ? 'apply.interview.invalid' : problem ? LINK_TEXT[problem.code] : undefined;
  const answerProblem = answer.isError ? toApiProblem(answer.error) : null;

  const send = (value: InterviewAnswer, interviewAt: string) =>
    answer.mutate({
      body: {
        token,
        interviewAt,
        answer: value,
        message: value === 'other_time' ? message.trim() || null : null,
      },
    });

  let body;
  if (linkKey) {
    body = <InlineAlert status="error">{t(linkKey)}</InlineAlert>;
  } else if (problem) {
    body = <ProblemAlert problem={problem} />;
  } else if (!invitation.data) {
    body = <LoadingSpinner text={t('common.loading')} variant="small" />;
  } else {
    const data = invitation.data;
    body = (
      <>
        <div className="panel">
          <Paragraph mb="m">{t('apply.interview.greeting', { name: data.firstName })}</Paragraph>
          <Paragraph mb="s">
            <strong>{t('apply.interview.when')}</strong> {formatDateTime(data.interviewAt, i18n.language)}
          </Paragraph>
          {data.interviewPlace ? (
            <Paragraph>
              <strong>{t('apply.interview.where')}</strong> {data.interviewPlace}
            </Paragraph>
          ) : null}
        </div>
        {answered || data.answer ? (
          <div ref={resultRef} tabIndex={-1} data-testid="interview-result" className="mb-m">
            <InlineAlert status="neutral">
              {t(data.answer === 'other_time' ? 'apply.interview.askedOther' : 'apply.interview.confirmed')}
            </InlineAlert>
          </div>
        ) : null}
        {answerProblem ? (
          <InlineAlert status="warning" className="mb-m">
            {answerProblem.code === 'APPLICATION_INTERVIEW_CHANGED'
              ? t('apply.interview.changed')
              : t('apply.interview.failed')}
          </InlineAlert>
        ) : null}
        <Paragraph mb="m">
          <strong>{data.answer ? t('apply.interview.change') : t('apply.interview.question')}</strong>
        </Paragraph>
        {askingOther ? (
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              send('other_time', data.interviewAt);
            }}
          >
            <div className="form-stack">
              <Textarea
                id="interview-message"
                labelText={t('apply.interview.message')}
                hintText={t('apply.interview.messageHint')}
                optionalText={t('form.optional')}
                value={message}
                maxLength={1000}
                onChange={(event) => setMessage(event.target.value)}
                fullWidth
              />
              <div className="button-row">
                <Button type="submit" disabled={answer.isPending}>
                  {t('apply.interview.sendOther')}
                </Button>
                <Button type="button" variant="secondary" onClick={() => setAskingOther(false)}>
                  {t('apply.interview.back')}
                </Button>
              </div>
            </div>
          </form>
        ) : (
          <div className="button-row">
            <Button
              type="button"
              disabled={answer.isPending}
              onClick={() => send('confirmed', data.interviewAt)}
            >
              {t('apply.interview.suits')}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setAskingOther(true)}>
              {t('apply.interview.other')}
            </Button>
          </div>
        )}
      </>
    );
  }

  return (
    <div className="narrow">
      <Page title={t('apply.interview.title')}>{body}</Page>
    </div>
  );
}

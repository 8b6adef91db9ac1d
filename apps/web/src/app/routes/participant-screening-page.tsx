import '../../features/feedback/screening/screening-strings';
import type { ScreeningDecision, ScreeningItemDto } from '@kokemus/api-client';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, LoadingSpinner } from 'suomifi-ui-components';
import {
  useParticipantQuestions,
  useScreenAnswer,
  useScreening,
} from '../../features/feedback/screening/api/screening';
import { itemHeadingId, ScreeningItem } from '../../features/feedback/screening/components/screening-item';
import { focusAfterRemoving, SCREENING_STATUSES } from '../../features/feedback/screening/screening.rules';
import { type ApiProblem, toApiProblem } from '../../shared/api/api-problem';
import { formatDateTime } from '../../shared/format/date';
import { useIsSmallScreen } from '../../shared/hooks/use-media-query';
import { Page } from '../../shared/ui/page';
import { ProblemAlert } from '../../shared/ui/problem-alert';

const route = getRouteApi('/authenticated/participant-feedback/screening');
const LIST_HEADING = 'screening-list-heading';

/** Where the focus goes after the next render: an answer's heading, or (none left) the list's heading. */
type FocusTarget = { id: string | null } | null;

/**
 * The coordinators' screening of the participants' free text (the QR code form): the pending first by
 * default, the oldest first as the API gives them; each answer is approved (it may be shown) or rejected
 * (it never is). A decided answer leaves the list, a polite message says what was done and the focus goes
 * to the next answer's heading, or to the list's heading when none is left. The filter is kept in the URL.
 */
export function ParticipantScreeningPage() {
  const { t, i18n } = useTranslation();
  const small = useIsSmallScreen();
  const { status: chosen } = route.useSearch();
  const status = chosen ?? 'pending';
  const navigate = useNavigate({ from: '/participant-feedback/screening' });
  const list = useScreening(status);
  const questions = useParticipantQuestions();
  const screen = useScreenAnswer(status);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];

  const [done, setDone] = useState('');
  const [failed, setFailed] = useState<{ id: string; problem: ApiProblem } | null>(null);
  const [focus, setFocus] = useState<FocusTarget>(null);
  const problemRef = useRef<HTMLDivElement>(null);

  // After the list has been drawn without the decided answer: the next one's heading, else the list's.
  useEffect(() => {
    if (!focus) return;
    document.getElementById(focus.id ? itemHeadingId(focus.id) : LIST_HEADING)?.focus();
    setFocus(null);
  }, [focus, list.data]);

  useEffect(() => {
    if (failed) problemRef.current?.focus();
  }, [failed]);

  const decide = (item: ScreeningItemDto, decision: ScreeningDecision) => {
    const ids = items.map((i) => i.id);
    setFailed(null);
    setDone('');
    screen.mutate(
      { path: { id: item.id }, body: { decision } },
      {
        onSuccess: () => {
          setDone(
            t(`screening.done.${decision}`, {
              title: item.title,
              at: formatDateTime(item.startsAt, i18n.language),
            }),
          );
          setFocus({ id: focusAfterRemoving(ids, item.id) });
        },
        onError: (error) => setFailed({ id: item.id, problem: toApiProblem(error) }),
      },
    );
  };

  const more = async () => {
    const before = items.length;
    await list.fetchNextPage();
    requestAnimationFrame(() =>
      document.querySelectorAll<HTMLElement>('[data-testid="screening-item"] h3')[before]?.focus(),
    );
  };

  return (
    <Page
      title={t('screening.title')}
      lead={
        <>
          <p>{t('screening.lead')}</p>
          <ul className="screening-how">
            <li>{t('screening.how.approve')}</li>
            <li>{t('screening.how.reject')}</li>
            <li>{t('screening.how.change')}</li>
          </ul>
        </>
      }
    >
      <div className="feedback-select screening-filter">
        <label htmlFor="screening-status-filter">{t('screening.filter.label')}</label>
        <select
          id="screening-status-filter"
          value={status}
          onChange={(event) => {
            const next = event.target.value as (typeof SCREENING_STATUSES)[number];
            setDone('');
            setFailed(null);
            void navigate({
              search: (prev) => ({ ...prev, status: next === 'pending' ? undefined : next }),
              replace: true,
            });
          }}
        >
          {SCREENING_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`screening.filter.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div role="status" aria-live="polite" className="screening-done">
        {done}
      </div>
      <Heading
        variant="h2"
        id={LIST_HEADING}
        tabIndex={-1}
        smallScreen={small}
        mb="s"
        className="screening-list-heading"
      >
        {t(`screening.listHeading.${status}`)}
      </Heading>
      {list.isPending ? <LoadingSpinner text={t('common.loading')} variant="small" /> : null}
      {list.isError ? <ProblemAlert problem={toApiProblem(list.error)} /> : null}
      {list.data && items.length === 0 ? <p>{t(`screening.none.${status}`)}</p> : null}
      {items.length > 0 ? (
        <ul className="plain-list" data-testid="screening-list" aria-labelledby={LIST_HEADING}>
          {items.map((item) => (
            <ScreeningItem
              key={item.id}
              ref={failed?.id === item.id ? problemRef : undefined}
              item={item}
              questions={questions.data}
              busy={screen.isPending}
              problem={failed?.id === item.id ? failed.problem : null}
              onDecide={decide}
            />
          ))}
        </ul>
      ) : null}
      {list.hasNextPage ? (
        <div className="button-row mt-m">
          <Button
            type="button"
            variant="secondary"
            disabled={list.isFetchingNextPage}
            onClick={() => void more()}
          >
            {t('screening.more')}
          </Button>
        </div>
      ) : null}
    </Page>
  );
}

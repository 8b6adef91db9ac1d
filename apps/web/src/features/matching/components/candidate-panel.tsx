import type { CandidateDto, OfferMode, OrderDto } from '@kokemus/api-client';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Checkbox,
  Dropdown,
  DropdownItem,
  Heading,
  InlineAlert,
  LoadingSpinner,
  RadioButton,
  RadioButtonGroup,
  Textarea,
  TextInput,
} from 'suomifi-ui-components';
import { type ApiProblem, toApiProblem } from '../../../shared/api/api-problem';
import { formatTimeRange } from '../../../shared/format/date';
import { ProblemAlert } from '../../../shared/ui/problem-alert';
import { useCreateOffers } from '../api/create-offers';
import { useCandidates } from '../api/list-candidates';
import { useExpertSearch } from '../api/search-experts';
import { OFFER_MODES, points } from '../matching.rules';

const ALL = 'all';

/** The ranked candidates of an order with their reasons, the offer form and "why is X not on the list?". */
export function CandidatePanel({ order }: { order: OrderDto }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [occurrenceId, setOccurrenceId] = useState<string>(ALL);
  const [explainId, setExplainId] = useState<string | undefined>();
  const candidates = useCandidates(order.id, occurrenceId === ALL ? undefined : occurrenceId, explainId);
  const [chosen, setChosen] = useState<string[]>([]);
  const [mode, setMode] = useState<OfferMode>('single');
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const createOffers = useCreateOffers();
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const openTimes = order.occurrences.filter((o) => o.status === 'planned');

  const toggle = (id: string, on: boolean) =>
    setChosen((current) => (on ? [...current, id] : current.filter((c) => c !== id)));

  const send = () => {
    setNotice(null);
    setProblem(null);
    setFormError(null);
    if (chosen.length === 0) return setFormError(t('matching.offer.noneChosen'));
    if (mode === 'single' && chosen.length !== 1) return setFormError(t('matching.offer.singleNeedsOne'));
    createOffers.mutate(
      {
        path: { id: order.id },
        body: {
          expertIds: chosen,
          mode,
          ...(occurrenceId === ALL ? {} : { occurrenceIds: [occurrenceId] }),
          ...(reason.trim() ? { reason: reason.trim() } : {}),
        },
      },
      {
        onSuccess: (offers) => {
          setNotice(t('matching.offer.sent', { count: new Set(offers.map((o) => o.expertId)).size }));
          setChosen([]);
          setReason('');
          setReasonError(null);
        },
        onError: (error) => {
          const p = toApiProblem(error);
          if (p.code === 'FAIRNESS_REASON_REQUIRED') {
            setReasonError(t('matching.offer.reasonRequired'));
            reasonRef.current?.focus();
          }
          setProblem(p);
        },
      },
    );
  };

  return (
    <>
      <section aria-labelledby="candidates-heading" className="panel">
        <Heading variant="h2" id="candidates-heading" mb="s">
          {t('matching.find.heading')}
        </Heading>
        <Dropdown
          id="candidate-time"
          labelText={t('matching.find.time')}
          hintText={t('matching.find.timeHint')}
          value={occurrenceId}
          onChange={(value) => {
            setOccurrenceId(value);
            setChosen([]);
          }}
        >
          {[
            <DropdownItem key={ALL} value={ALL}>
              {t('matching.find.allTimes')}
            </DropdownItem>,
            ...openTimes.map((o) => (
              <DropdownItem key={o.id} value={o.id}>
                {`${formatTimeRange(o.startsAt, o.endsAt, lang)}${o.place ? `, ${o.place}` : ''}`}
              </DropdownItem>
            )),
          ]}
        </Dropdown>
        <div className="mt-m">
          {candidates.isPending ? (
            <LoadingSpinner text={t('common.loading')} variant="small" />
          ) : candidates.isError ? (
            <ProblemAlert problem={toApiProblem(candidates.error)} />
          ) : (
            <>
              <p>
                {candidates.data.eligibleCount === 0
                  ? t('matching.find.none')
                  : t('matching.find.eligible', { count: candidates.data.eligibleCount })}
              </p>
              <ul className="candidate-list">
                {candidates.data.items.map((c) => (
                  <CandidateCard
                    key={c.expertId}
                    candidate={c}
                    chosen={chosen.includes(c.expertId)}
                    onToggle={(on) => toggle(c.expertId, on)}
                  />
                ))}
              </ul>
            </>
          )}
        </div>
      </section>

      <section aria-labelledby="offer-heading" className="panel">
        <Heading variant="h2" id="offer-heading" mb="s">
          {t('matching.offer.heading')}
        </Heading>
        <p>{t('matching.offer.chosen', { count: chosen.length })}</p>
        <div className="form-stack">
          <RadioButtonGroup
            id="offer-mode-group"
            name="offer-mode"
            labelText={t('matching.offer.mode')}
            value={mode}
            onChange={(value) => setMode(value as OfferMode)}
          >
            {OFFER_MODES.map((m, i) => (
              <RadioButton key={m} value={m} id={i === 0 ? 'offer-mode' : `offer-mode-${m}`}>
                {t(`matching.offer.modeValue.${m}`)}
              </RadioButton>
            ))}
          </RadioButtonGroup>
          <Textarea
            id="offer-reason"
            ref={reasonRef}
            labelText={t('matching.offer.reason')}
            hintText={t('matching.offer.reasonHint')}
            optionalText={reasonError ? undefined : t('form.optional')}
            value={reason}
            onChange={(event) => {
              setReason(event.target.value);
              if (event.target.value.trim()) setReasonError(null);
            }}
            status={reasonError ? 'error' : 'default'}
            statusText={reasonError ?? undefined}
            resize="vertical"
            fullWidth
          />
          <div role="status" className="notice">
            {notice ? <InlineAlert status="neutral">{notice}</InlineAlert> : null}
            {formError ? <InlineAlert status="error">{formError}</InlineAlert> : null}
          </div>
          {problem ? <ProblemAlert problem={problem} /> : null}
          <div>
            <Button type="button" disabled={createOffers.isPending} onClick={send}>
              {t('matching.offer.send')}
            </Button>
          </div>
        </div>
      </section>

      <ExplainSection
        explanation={candidates.data?.explanation ?? null}
        eligible={candidates.data?.items.some((c) => c.expertId === explainId) ?? false}
        onExplain={setExplainId}
      />
    </>
  );
}

function CandidateCard({
  candidate: c,
  chosen,
  onToggle,
}: {
  candidate: CandidateDto;
  chosen: boolean;
  onToggle: (on: boolean) => void;
}) {
  const { t } = useTranslation();
  const name = `${c.firstName} ${c.lastName}`;
  const dash = '–';
  return (
    <li className="candidate-card">
      <h3>
        {t('matching.candidate.rank', { rank: c.rank })}: {name}
      </h3>
      <Checkbox
        id={`candidate-${c.expertId}`}
        checked={chosen}
        onClick={({ checkboxState }) => onToggle(checkboxState)}
      >
        {t('matching.candidate.choose', { name })}
      </Checkbox>
      <dl className="details-inline mt-m">
        <dt>{t('matching.candidate.municipality')}</dt>
        <dd>{c.municipalityName ?? dash}</dd>
        <dt>{t('matching.candidate.tier')}</dt>
        <dd>{c.tier ?? t('matching.candidate.noTier')}</dd>
        <dt>{t('matching.candidate.languages')}</dt>
        <dd>{c.languages.join(', ') || dash}</dd>
        <dt>{t('matching.candidate.score')}</dt>
        <dd>{points(c.score)}</dd>
        <dt>{t('matching.candidate.recent')}</dt>
        <dd>{t('matching.candidate.recentValue', { hours: points(c.recentHours), tasks: c.recentTasks })}</dd>
      </dl>
      <p className="mt-m">
        <strong>{t('matching.candidate.why')}</strong>
      </p>
      <ul className="terms">
        {c.terms
          .filter((term) => term.weight > 0)
          .map((term) => (
            <li key={term.term}>
              {t(`matching.term.${term.term}`)}:{' '}
              {t('matching.candidate.points', { points: points(term.points) })}
            </li>
          ))}
      </ul>
    </li>
  );
}

function ExplainSection({
  explanation,
  eligible,
  onExplain,
}: {
  explanation: import('@kokemus/api-client').CandidateExplanationDto | null;
  eligible: boolean;
  onExplain: (id: string) => void;
}) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [search, setSearch] = useState('');
  const people = useExpertSearch(search);
  return (
    <section aria-labelledby="explain-heading" className="panel">
      <Heading variant="h2" id="explain-heading" mb="s">
        {t('matching.explain.heading')}
      </Heading>
      <form
        className="form-stack"
        onSubmit={(event) => {
          event.preventDefault();
          setSearch(q.trim());
        }}
      >
        <TextInput
          id="explain-search"
          labelText={t('matching.explain.search')}
          value={q}
          onChange={(v) => setQ(String(v ?? ''))}
        />
        <div>
          <Button type="submit" variant="secondary">
            {t('matching.explain.searchButton')}
          </Button>
        </div>
      </form>
      {search && people.data ? (
        people.data.length === 0 ? (
          <p className="mt-m">{t('matching.explain.noMatches')}</p>
        ) : (
          <ul className="staffing-list mt-m">
            {people.data.map((p) => (
              <li key={p.id}>
                <Button type="button" variant="secondaryNoBorder" onClick={() => onExplain(p.id)}>
                  {t('matching.explain.pick', { name: `${p.firstName} ${p.lastName}` })}
                </Button>
              </li>
            ))}
          </ul>
        )
      ) : null}
      <div role="status" className="mt-m">
        {explanation ? (
          <div className="panel">
            <Heading variant="h3" mb="xs">
              {`${explanation.firstName} ${explanation.lastName}`}
            </Heading>
            {explanation.rank !== null ? (
              <p>{t('matching.explain.onList', { rank: explanation.rank })}</p>
            ) : null}
            {explanation.alreadyInvolved ? <p>{t('matching.explain.involved')}</p> : null}
            {explanation.failed.length > 0 ? (
              <>
                <p>{t('matching.explain.failed')}</p>
                <ul>
                  {explanation.failed.map((f) => (
                    <li key={f.constraint}>
                      {t(`matching.constraint.${f.constraint}`)} (
                      {t('matching.explain.times', { count: f.occurrences })})
                    </li>
                  ))}
                </ul>
              </>
            ) : explanation.rank === null && !explanation.alreadyInvolved && !eligible ? (
              <p>{t('matching.explain.eligibleNotShown')}</p>
            ) : null}
          </div>
        ) : null}
      </div>
    </section>
  );
}

import type { AssignmentDto, CancellationCause } from '@kokemus/api-client';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  Heading,
  InlineAlert,
  LoadingSpinner,
  RadioButton,
  RadioButtonGroup,
} from 'suomifi-ui-components';
import { type ApiProblem, toApiProblem } from '../../../shared/api/api-problem';
import { ifMatchHeader } from '../../../shared/api/if-match';
import { formatDateTime, formatTimeRange } from '../../../shared/format/date';
import { ProblemAlert } from '../../../shared/ui/problem-alert';
import { ReasonForm } from '../../../shared/ui/reason-form';
import { useCancelAssignment } from '../api/cancel-assignment';
import { useCompleteAssignment } from '../api/complete-assignment';
import { useConfirmAssignment } from '../api/confirm-assignment';
import { useAssignments } from '../api/list-assignments';
import { useOffers } from '../api/list-offers';
import { useMarkAssignmentNoShow } from '../api/mark-assignment-no-show';
import { type AssignmentAction, assignmentActions } from '../matching.rules';

const ACTION_LABEL: Record<Exclude<AssignmentAction, 'cancel'>, string> = {
  confirm: 'matching.assignment.confirmLabel',
  complete: 'matching.assignment.completeLabel',
  no_show: 'matching.assignment.noShowLabel',
};
const ACTION_TEXT: Record<Exclude<AssignmentAction, 'cancel'>, string> = {
  confirm: 'matching.assignment.confirm',
  complete: 'matching.assignment.complete',
  no_show: 'matching.assignment.noShow',
};

/** Whose a coordinator's cancellation is: it decides whether a late one pays the expert (docs/fees.md). */
const CAUSES: CancellationCause[] = ['orderer', 'expert', 'county'];

/** The coordinator's view of an order's offers and assignments, with the assignments' state changes. */
export function OrderStaffing({ orderId }: { orderId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const offers = useOffers({ orderId });
  const assignments = useAssignments({ orderId });
  const actions = {
    confirm: useConfirmAssignment(),
    complete: useCompleteAssignment(),
    no_show: useMarkAssignmentNoShow(),
    cancel: useCancelAssignment(),
  };
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [cancelling, setCancelling] = useState<string | null>(null);
  const [cause, setCause] = useState<CancellationCause | null>(null);
  const [causeMissing, setCauseMissing] = useState(false);
  const startCancelling = (id: string | null) => {
    setCancelling(id);
    setCause(null);
    setCauseMissing(false);
  };

  const run = (
    a: AssignmentDto,
    action: AssignmentAction,
    reason?: string,
    onBehalfOf?: CancellationCause,
  ) => {
    setNotice(null);
    setProblem(null);
    const options = { path: { id: a.id }, headers: ifMatchHeader(a.version) };
    const done = () => setNotice(t(`matching.assignment.done.${action}`));
    const failed = (error: unknown) => {
      setProblem(toApiProblem(error));
      throw error;
    };
    return action === 'cancel'
      ? actions.cancel
          .mutateAsync({ ...options, body: { reason: reason ?? '', onBehalfOf } })
          .then(done, failed)
      : actions[action].mutateAsync(options).then(done, failed);
  };
  const pending = Object.values(actions).some((m) => m.isPending);

  return (
    <>
      <section aria-labelledby="staffing-assignments-heading" className="panel">
        <Heading variant="h2" id="staffing-assignments-heading" mb="s">
          {t('matching.staffing.assignmentsHeading')}
        </Heading>
        <div role="status" className="notice">
          {notice ? <InlineAlert status="neutral">{notice}</InlineAlert> : null}
        </div>
        {problem ? <ProblemAlert problem={problem} /> : null}
        {assignments.isPending ? (
          <LoadingSpinner text={t('common.loading')} variant="small" />
        ) : assignments.isError ? (
          <ProblemAlert problem={toApiProblem(assignments.error)} />
        ) : assignments.data.items.length === 0 ? (
          <p>{t('matching.staffing.noAssignments')}</p>
        ) : (
          <ul className="staffing-list">
            {assignments.data.items.map((a) => {
              const time = formatTimeRange(a.startsAt, a.endsAt, lang);
              const can = assignmentActions(a.status);
              return (
                <li key={a.id}>
                  <p>
                    <strong>{a.expertName}</strong> – {time}
                    {a.place ? `, ${a.place}` : ''} – {t(`matching.assignmentStatus.${a.status}`)}
                    {a.lateCancellation ? ` (${t('matching.assignment.late')})` : ''}
                  </p>
                  {can.length > 0 ? (
                    <div className="button-row">
                      {can
                        .filter((c): c is Exclude<AssignmentAction, 'cancel'> => c !== 'cancel')
                        .map((c) => (
                          <Button
                            key={c}
                            type="button"
                            variant={c === 'confirm' ? 'default' : 'secondary'}
                            disabled={pending}
                            aria-label={t(ACTION_LABEL[c], { name: a.expertName, time })}
                            onClick={() => void run(a, c).catch(() => undefined)}
                          >
                            {t(ACTION_TEXT[c])}
                          </Button>
                        ))}
                      {can.includes('cancel') && cancelling !== a.id ? (
                        <Button
                          type="button"
                          variant="secondary"
                          aria-label={t('matching.assignment.cancelLabel', { name: a.expertName, time })}
                          onClick={() => startCancelling(a.id)}
                        >
                          {t('matching.assignment.cancel')}
                        </Button>
                      ) : null}
                    </div>
                  ) : null}
                  {cancelling === a.id ? (
                    <ReasonForm
                      missingText={t('orders.cancel.reasonMissing')}
                      keepLabel={t('orders.cancel.keep')}
                      id={`assignment-cancel-${a.id}`}
                      label={t('matching.assignment.cancelReason')}
                      confirmLabel={t('matching.assignment.cancelConfirm')}
                      pending={actions.cancel.isPending}
                      onClose={() => startCancelling(null)}
                      onConfirm={async (reason) => {
                        if (!cause) {
                          setCauseMissing(true);
                          document.getElementById(`assignment-cause-${a.id}-orderer`)?.focus();
                          return;
                        }
                        await run(a, 'cancel', reason, cause);
                        startCancelling(null);
                      }}
                    >
                      <RadioButtonGroup
                        id={`assignment-cause-${a.id}`}
                        name={`assignment-cause-${a.id}`}
                        labelText={t('matching.assignment.cause.label')}
                        groupHintText={t('matching.assignment.cause.hint')}
                        groupStatus={causeMissing ? 'error' : 'default'}
                        groupStatusText={causeMissing ? t('matching.assignment.cause.missing') : undefined}
                        value={cause ?? ''}
                        onChange={(value) => {
                          setCause(value as CancellationCause);
                          setCauseMissing(false);
                        }}
                      >
                        {CAUSES.map((c) => (
                          <RadioButton key={c} value={c} id={`assignment-cause-${a.id}-${c}`}>
                            {t(`matching.assignment.cause.${c}`)}
                          </RadioButton>
                        ))}
                      </RadioButtonGroup>
                    </ReasonForm>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="staffing-offers-heading" className="panel">
        <Heading variant="h2" id="staffing-offers-heading" mb="s">
          {t('matching.staffing.offersHeading')}
        </Heading>
        {offers.isPending ? (
          <LoadingSpinner text={t('common.loading')} variant="small" />
        ) : offers.isError ? (
          <ProblemAlert problem={toApiProblem(offers.error)} />
        ) : offers.data.items.length === 0 ? (
          <p>{t('matching.staffing.noOffers')}</p>
        ) : (
          <ul className="staffing-list">
            {offers.data.items.map((o) => (
              <li key={o.id}>
                <strong>{o.expertName}</strong> – {t(`matching.offerStatus.${o.status}`)} –{' '}
                {t(`matching.mode.${o.offerMode}`)} –{' '}
                {t('matching.staffing.times', { count: o.times.length })}
                {o.status === 'open'
                  ? ` – ${t('matching.staffing.answerBy', { date: formatDateTime(o.answerDueAt, lang) })}`
                  : ''}
                {o.declineReason
                  ? ` – ${t('matching.staffing.declineReason', { reason: o.declineReason })}`
                  : ''}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

/** The experts confirmed on an order (names only), for everyone who reads the order. */
export function ConfirmedExperts({ orderId }: { orderId: string }) {
  const { t, i18n } = useTranslation();
  const assignments = useAssignments({ orderId, status: ['confirmed', 'completed'] });
  return (
    <section aria-labelledby="order-experts-heading" className="panel">
      <Heading variant="h2" id="order-experts-heading" mb="s">
        {t('matching.orderExperts.heading')}
      </Heading>
      {assignments.isPending ? (
        <LoadingSpinner text={t('common.loading')} variant="small" />
      ) : assignments.isError ? (
        <ProblemAlert problem={toApiProblem(assignments.error)} />
      ) : assignments.data.items.length === 0 ? (
        <p>{t('matching.orderExperts.none')}</p>
      ) : (
        <ul className="staffing-list">
          {assignments.data.items.map((a) => (
            <li key={a.id}>
              <strong>{a.expertName}</strong> – {formatTimeRange(a.startsAt, a.endsAt, i18n.language)}
              {a.place ? `, ${a.place}` : ''} – {t(`matching.assignmentStatus.${a.status}`)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

// The orders' strings first: the matching pages reuse parts of them.
import '../../features/orders/orders-strings';
import '../../features/matching/matching-strings';
import '../../features/feedback/participant/participant-strings';
import type { OrderDto } from '@kokemus/api-client';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, InlineAlert, LoadingSpinner, Paragraph, RouterLink } from 'suomifi-ui-components';
import { useOrderAreas } from '../../features/orders/api/list-experience-areas';
import { useOrderLanguages } from '../../features/orders/api/list-languages';
import { useOrderMunicipalities } from '../../features/orders/api/list-municipalities';
import { useProducts } from '../../features/orders/api/list-products';
import { useOrderTiers } from '../../features/orders/api/list-training-tiers';
import { useCancelOrder } from '../../features/orders/api/cancel-order';
import { useCancelOccurrence } from '../../features/orders/api/cancel-order-occurrence';
import { useCloseOrder } from '../../features/orders/api/close-order';
import { useDeliverOrder } from '../../features/orders/api/deliver-order';
import { useReloadOnStale } from '../../features/orders/api/order-changed';
import { useStartMatching } from '../../features/orders/api/start-order-matching';
import { useSubmitOrder } from '../../features/orders/api/submit-order';
import { ConfirmedExperts } from '../../features/matching/components/order-staffing';
import '../../features/feedback/briefing/briefing-strings';
import { BriefingTimeLink } from '../../features/feedback/briefing/components/briefing-time-link';
import { ParticipantSheetLink } from '../../features/feedback/participant/components/participant-sheet-link';
import { participantSheetAvailable } from '../../features/feedback/participant/participant-feedback.rules';
import { useOrder } from '../../features/orders/api/get-order';
import { NextStep } from '../../features/orders/components/next-step';
import { OccurrenceList } from '../../features/orders/components/occurrence-list';
import { OrderAttachments } from '../../features/orders/components/order-attachments';
import { OrderMessages } from '../../features/orders/components/order-messages';
import { OrderTimeline } from '../../features/orders/components/order-timeline';
import { StatusTag } from '../../features/orders/components/status-tag';
import { takeOrderFlash } from '../../features/orders/flash';
import { actionsFor, viewerOf } from '../../features/orders/orders.rules';
import { type ApiProblem, toApiProblem } from '../../shared/api/api-problem';
import { ifMatchHeader } from '../../shared/api/if-match';
import { formatDateTime } from '../../shared/format/date';
import { Page } from '../../shared/ui/page';
import { ProblemAlert } from '../../shared/ui/problem-alert';
import { ReasonForm } from '../../shared/ui/reason-form';
import { NotFoundPage } from './status-pages';
import { labelFor, municipalityName } from '../../shared/format/catalog-label';

const route = getRouteApi('/authenticated/orders/$orderId');

export function OrderDetailPage() {
  const { t } = useTranslation();
  const { orderId } = route.useParams();
  const order = useOrder(orderId);
  if (order.isPending) return <LoadingSpinner text={t('common.loading')} variant="small" />;
  if (order.isError) {
    const problem = toApiProblem(order.error);
    return problem.status === 404 ? <NotFoundPage /> : <ProblemAlert problem={problem} />;
  }
  return <OrderDetail order={order.data} />;
}

function OrderDetail({ order }: { order: OrderDto }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { user } = route.useRouteContext();
  const viewer = viewerOf(user.roles);
  const products = useProducts();
  const areas = useOrderAreas();
  const languages = useOrderLanguages();
  const municipalities = useOrderMunicipalities();
  const tiers = useOrderTiers();
  const submit = useSubmitOrder();
  const startMatching = useStartMatching();
  const deliver = useDeliverOrder();
  const close = useCloseOrder();
  const cancel = useCancelOrder();
  const cancelOccurrence = useCancelOccurrence();
  const onStale = useReloadOnStale()(order.id);
  const [notice, setNotice] = useState<string | null>(() => {
    const flash = takeOrderFlash();
    return flash ? t(`orders.flash.${flash}`) : null;
  });
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [cancelling, setCancelling] = useState(false);
  const actions = actionsFor(order.status, user.roles);
  const canChange =
    !['delivered', 'closed', 'cancelled'].includes(order.status) &&
    (user.roles.includes('orderer') || user.roles.includes('coordinator'));
  // The ordering unit and coordinators print the participants' QR sheet of a time (the API decides).
  const mayPrintSheet = user.roles.includes('orderer') || user.roles.includes('coordinator');
  // the briefing before each staffed time: the unit writes it, coordinators follow it
  const mayBrief = mayPrintSheet || user.roles.includes('approver');
  const headers = ifMatchHeader(order.version);
  const path = { id: order.id };
  const municipality = municipalities.data?.find((m) => m.code === order.municipalityCode);
  const dash = '–';

  const act = (run: () => Promise<unknown>, done: string) => {
    setNotice(null);
    setProblem(null);
    return run()
      .then(() => setNotice(done))
      .catch((error: unknown) => {
        setProblem(toApiProblem(error));
        throw error;
      });
  };
  const simple = (action: 'submit' | 'startMatching' | 'deliver' | 'close') => {
    const mutation = { submit, startMatching, deliver, close }[action];
    void act(
      () => mutation.mutateAsync({ path, headers }).catch(onStale),
      t(`orders.actions.${action}Done`),
    ).catch(() => undefined);
  };

  return (
    <Page title={order.title}>
      <Paragraph mb="m">
        {viewer === 'coordinator' ? (
          <RouterLink asComponent={Link} to="/orders/inbox" search={{}}>
            {t('orders.detail.backToInbox')}
          </RouterLink>
        ) : (
          <RouterLink asComponent={Link} to="/orders" search={{}}>
            {t('orders.detail.backToList')}
          </RouterLink>
        )}
      </Paragraph>
      <p>
        <span className="meta">{order.number}</span> <StatusTag status={order.status} />
        {order.lateCancellation ? (
          <>
            {' '}
            <span className="late-flag">{t('orders.late')}</span>
          </>
        ) : null}
      </p>
      <div role="status" className="notice">
        {notice ? <InlineAlert status="neutral">{notice}</InlineAlert> : null}
      </div>
      {problem ? <ProblemAlert problem={problem} /> : null}
      <NextStep next={order.nextStep} viewer={viewer} />

      {actions.length > 0 ? (
        <section aria-labelledby="order-actions-heading" className="panel">
          <Heading variant="h2" id="order-actions-heading" mb="s">
            {t('orders.actions.heading')}
          </Heading>
          <div className="button-row">
            {actions.includes('edit') ? (
              <RouterLink
                asComponent={Link}
                to="/orders/$orderId/edit"
                params={{ orderId: order.id }}
                className="button-link"
              >
                {t('orders.actions.edit')}
              </RouterLink>
            ) : null}
            {actions.includes('submit') ? (
              <Button type="button" disabled={submit.isPending} onClick={() => simple('submit')}>
                {t('orders.actions.submit')}
              </Button>
            ) : null}
            {actions.includes('startMatching') ? (
              <Button
                type="button"
                disabled={startMatching.isPending}
                onClick={() => simple('startMatching')}
              >
                {t('orders.actions.startMatching')}
              </Button>
            ) : null}
            {actions.includes('deliver') ? (
              <Button type="button" disabled={deliver.isPending} onClick={() => simple('deliver')}>
                {t('orders.actions.deliver')}
              </Button>
            ) : null}
            {actions.includes('close') ? (
              <Button type="button" disabled={close.isPending} onClick={() => simple('close')}>
                {t('orders.actions.close')}
              </Button>
            ) : null}
            {actions.includes('cancel') && !cancelling ? (
              <Button type="button" variant="secondary" onClick={() => setCancelling(true)}>
                {t('orders.actions.cancel')}
              </Button>
            ) : null}
          </div>
          {cancelling ? (
            <ReasonForm
              missingText={t('orders.cancel.reasonMissing')}
              keepLabel={t('orders.cancel.keep')}
              id="order-cancel-reason"
              label={t('orders.cancel.reasonLabel')}
              confirmLabel={t('orders.cancel.confirm')}
              pending={cancel.isPending}
              onClose={() => setCancelling(false)}
              onConfirm={async (reason) => {
                await act(
                  () => cancel.mutateAsync({ path, headers, body: { reason } }).catch(onStale),
                  t('orders.actions.cancelDone'),
                );
                setCancelling(false);
              }}
            />
          ) : null}
          {actions.includes('cancel') ? <p className="hint mt-m">{t('orders.cancel.lateHint')}</p> : null}
        </section>
      ) : null}

      {viewer === 'coordinator' && ['in_matching', 'partly_staffed', 'staffed'].includes(order.status) ? (
        <p>
          <RouterLink
            asComponent={Link}
            to="/orders/$orderId/experts"
            params={{ orderId: order.id }}
            className="button-link"
          >
            {t('matching.find.link')}
          </RouterLink>
        </p>
      ) : null}
      {['in_matching', 'partly_staffed', 'staffed', 'delivered', 'closed'].includes(order.status) ? (
        <ConfirmedExperts orderId={order.id} />
      ) : null}

      <section aria-labelledby="order-details-heading" className="panel">
        <Heading variant="h2" id="order-details-heading" mb="s">
          {t('orders.detail.detailsHeading')}
        </Heading>
        <dl className="details order-details">
          <dt>{t('orders.field.product')}</dt>
          <dd>{labelFor(products.data, order.productCode, lang)}</dd>
          <dt>{t('orders.field.unit')}</dt>
          <dd>
            {order.unit.name}
            {order.costCentre ? ` (${order.costCentre})` : ''}
          </dd>
          <dt>{t('orders.field.description')}</dt>
          <dd>{order.description ?? dash}</dd>
          <dt>{t('orders.field.purpose')}</dt>
          <dd>{order.purpose ?? dash}</dd>
          <dt>{t('orders.field.audience')}</dt>
          <dd>
            {order.audience ?? dash}
            {order.audienceSize !== null
              ? ` (${t('orders.review.people', { count: order.audienceSize })})`
              : ''}
          </dd>
          <dt>{t('orders.field.mode')}</dt>
          <dd>{t(`orders.mode.${order.mode}`)}</dd>
          <dt>{t('orders.field.place')}</dt>
          <dd>{order.place ?? dash}</dd>
          {order.remoteLink ? (
            <>
              <dt>{t('orders.field.remoteLink')}</dt>
              <dd>{order.remoteLink}</dd>
            </>
          ) : null}
          <dt>{t('orders.field.municipality')}</dt>
          <dd>{municipality ? municipalityName(municipality, lang) : (order.municipalityCode ?? dash)}</dd>
          <dt>{t('orders.field.language')}</dt>
          <dd>{order.languageCode ? labelFor(languages.data, order.languageCode, lang) : dash}</dd>
          <dt>{t('orders.field.areas')}</dt>
          <dd>
            {order.areas.length === 0
              ? t('orders.review.noAreas')
              : order.areas
                  .map(
                    (a) =>
                      `${labelFor(areas.data, a.code, lang)} (${t(`orders.areaWish.${a.required ? 'required' : 'preferred'}`)})`,
                  )
                  .join(', ')}
          </dd>
          <dt>{t('orders.field.expertCount')}</dt>
          <dd>{order.expertCount}</dd>
          <dt>{t('orders.field.tier')}</dt>
          <dd>
            {order.wishedTierCode
              ? labelFor(tiers.data, order.wishedTierCode, lang)
              : t('orders.form.noTierWish')}
          </dd>
          <dt>{t('orders.field.preparation')}</dt>
          <dd>{order.preparationNeeds ?? dash}</dd>
          <dt>{t('orders.field.accessibility')}</dt>
          <dd>{order.accessibilityNeeds ?? dash}</dd>
          <dt>{t('orders.field.suitableForMinors')}</dt>
          <dd>{t(order.suitableForMinors ? 'orders.review.yes' : 'orders.review.no')}</dd>
          <dt>{t('orders.field.worksWithMinors')}</dt>
          <dd>{t(order.worksWithMinors ? 'orders.review.yes' : 'orders.review.no')}</dd>
          <dt>{t('orders.field.demanding')}</dt>
          <dd>{t(order.demanding ? 'orders.review.yes' : 'orders.review.no')}</dd>
          <dt>{t('orders.field.resultsReturn')}</dt>
          <dd>{order.resultsReturn ?? dash}</dd>
          <dt>{t('orders.field.contact')}</dt>
          <dd>{[order.contactName, order.contactPhone, order.contactEmail].filter(Boolean).join(', ')}</dd>
          <dt>{t('orders.field.submittedAt')}</dt>
          <dd>{order.submittedAt ? formatDateTime(order.submittedAt, lang) : t('orders.detail.notSent')}</dd>
          {order.cancelledAt ? (
            <>
              <dt>{t('orders.field.cancelled')}</dt>
              <dd>
                {formatDateTime(order.cancelledAt, lang)}
                {order.cancelReason ? ` – ${order.cancelReason}` : ''}
                {order.lateCancellation ? ` (${t('orders.late')})` : ''}
              </dd>
            </>
          ) : null}
        </dl>
      </section>

      <section aria-labelledby="order-times-heading" className="panel">
        <Heading variant="h2" id="order-times-heading" mb="s">
          {t('orders.occurrences.heading')}
        </Heading>
        {order.series ? (
          <p>
            {t('orders.review.series', {
              weekdays: order.series.weekdays.map((d) => t(`orders.weekday.${d}`)).join(', '),
              start: order.series.startTime,
              end: order.series.endTime,
              weeks: order.series.weeks,
            })}
            {order.series.places.length
              ? ` ${t('orders.review.places', { places: order.series.places.join(', ') })}`
              : ''}
          </p>
        ) : null}
        <OccurrenceList
          order={order}
          canChange={canChange}
          pending={cancelOccurrence.isPending}
          timeAction={(occurrence, name) => (
            <>
              {mayBrief && occurrence.status !== 'cancelled' ? (
                <BriefingTimeLink orderId={order.id} occurrenceId={occurrence.id} what={name} />
              ) : null}
              {mayPrintSheet && participantSheetAvailable(order.status, occurrence) ? (
                <ParticipantSheetLink occurrenceId={occurrence.id} what={name} />
              ) : null}
            </>
          )}
          onCancel={(occurrence, reason) =>
            act(
              () =>
                cancelOccurrence
                  .mutateAsync({
                    path: { id: order.id, occurrenceId: occurrence.id },
                    headers,
                    body: { reason },
                  })
                  .catch(onStale),
              t('orders.occurrences.cancelled'),
            )
          }
        />
      </section>

      <section aria-labelledby="order-timeline-heading" className="panel">
        <Heading variant="h2" id="order-timeline-heading" mb="s">
          {t('orders.timeline.heading')}
        </Heading>
        <OrderTimeline orderId={order.id} />
      </section>

      <section aria-labelledby="order-messages-heading" className="panel">
        <Heading variant="h2" id="order-messages-heading" mb="s">
          {t('orders.messages.heading')}
        </Heading>
        <OrderMessages
          orderId={order.id}
          canWrite={user.roles.includes('orderer') || user.roles.includes('coordinator')}
        />
      </section>

      <section aria-labelledby="order-attachments-heading" className="panel">
        <Heading variant="h2" id="order-attachments-heading" mb="s">
          {t('orders.attachments.heading')}
        </Heading>
        <OrderAttachments order={order} canChange={canChange} />
      </section>
    </Page>
  );
}

import type { MeDto, Role } from '@kokemus/api-client';
import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  redirect,
  type SearchSchemaInput,
} from '@tanstack/react-router';
import { RootLayout } from './layout/root-layout';
import { type Area, canUse, NoAccessError, safeRedirect } from './navigation.rules';
import {
  APPLICATION_STEPS,
  CLAIM_STATUSES,
  COURSE_KINDS,
  EXPERT_STATUSES,
  MENTORSHIP_STATUSES,
  ORDER_STATUSES,
  UNIT_KINDS,
} from './route-enums';
import { COMPLAINT_STATUSES } from '../features/feedback/complaints/complaints.rules';
import { SCREENING_STATUSES } from '../features/feedback/screening/screening.rules';
import { compact, int, isoDate, list, oneOf, type Search, text, uuid } from './search-params';
import { NotFoundPage, RouteErrorPage } from './routes/status-pages';

export interface RouterContext {
  queryClient: QueryClient;
  /** The signed-in person, restoring the session from the refresh cookie after a reload. */
  loadUser: () => Promise<MeDto | null>;
}

const PARTICIPANT_SHEET_ROLES: readonly Role[] = ['coordinator', 'orderer', 'expert'];

function requireArea(user: MeDto, area: Area) {
  if (!canUse(user.roles, area)) throw new NoAccessError();
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: RootLayout,
  notFoundComponent: NotFoundPage,
  errorComponent: RouteErrorPage,
});

/** A route's search validator from a parser; links may leave out any parameter (defaults fill them). */
function searchOf<T extends object>(parse: (search: Search) => T) {
  return (search: Partial<T> & SearchSchemaInput): T => compact(parse(search as Search));
}

export const signInSearchSchema = searchOf((s) => ({
  redirect: text(s.redirect, 2000),
  reason: oneOf(s.reason, ['signed-out', 'expired'] as const),
}));

const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'sign-in',
  validateSearch: signInSearchSchema,
  beforeLoad: async ({ context, search }) => {
    if (await context.loadUser()) throw redirect({ href: safeRedirect(search.redirect) });
  },
  component: lazyRouteComponent(() => import('./routes/sign-in-page'), 'SignInPage'),
});

// The invitation e-mail's link (public): the new expert creates a password and is signed in.
export const invitationSearchSchema = searchOf((s) => ({ token: text(s.token, 200) }));

const invitationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'invitation',
  validateSearch: invitationSearchSchema,
  component: lazyRouteComponent(() => import('./routes/invitation-page'), 'InvitationPage'),
});

// The public application pages (no sign-in): the form, "check your e-mail", and the two e-mail links.
const applyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'apply',
  component: lazyRouteComponent(() => import('./routes/apply-page'), 'ApplyPage'),
});

export const applySentSearchSchema = searchOf((s) => ({ hours: int(s.hours, 1, 1000) }));

const applySentRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'apply/sent',
  validateSearch: applySentSearchSchema,
  component: lazyRouteComponent(() => import('./routes/apply-sent-page'), 'ApplySentPage'),
});

export const applyTokenSearchSchema = searchOf((s) => ({ token: text(s.token, 300) }));

const applyConfirmRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'apply/confirm',
  validateSearch: applyTokenSearchSchema,
  component: lazyRouteComponent(() => import('./routes/apply-confirm-page'), 'ApplyConfirmPage'),
});

const applyCertificatesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'apply/certificates',
  validateSearch: applyTokenSearchSchema,
  component: lazyRouteComponent(() => import('./routes/apply-certificates-page'), 'ApplyCertificatesPage'),
});

const applyInterviewRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'apply/interview',
  validateSearch: applyTokenSearchSchema,
  component: lazyRouteComponent(() => import('./routes/apply-interview-page'), 'ApplyInterviewPage'),
});

const applyGuardianRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'apply/guardian',
  validateSearch: applyTokenSearchSchema,
  component: lazyRouteComponent(() => import('./routes/apply-guardian-page'), 'ApplyGuardianPage'),
});

// The participants' form behind a task time's QR code (public, no app shell: see RootLayout).
const participantFeedbackRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'p/$token',
  staticData: { bare: true },
  component: lazyRouteComponent(
    () => import('./routes/participant-feedback-page'),
    'ParticipantFeedbackPage',
  ),
});

const authenticatedRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'authenticated',
  beforeLoad: async ({ context, location }) => {
    const user = await context.loadUser();
    if (!user) throw redirect({ to: '/sign-in', search: { redirect: location.href } });
    return { user };
  },
});

const homeRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/',
  component: lazyRouteComponent(() => import('./routes/home-page'), 'HomePage'),
});

const accountRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'account',
  component: lazyRouteComponent(() => import('./routes/account-page'), 'AccountPage'),
});

const LIST_STATUSES = ['all', 'active', 'inactive'] as const;

export const unitListSearchSchema = searchOf((s) => ({
  q: typeof s.q === 'string' ? text(s.q, 100) : undefined,
  kind: oneOf(s.kind, UNIT_KINDS),
  status: oneOf(s.status, LIST_STATUSES) ?? 'all',
}));

const unitsRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'units',
  validateSearch: unitListSearchSchema,
  beforeLoad: ({ context }) => requireArea(context.user, 'units'),
  component: lazyRouteComponent(() => import('./routes/units-page'), 'UnitsPage'),
});

export const unitNewSearchSchema = searchOf((s) => ({ parentId: uuid(s.parentId) }));

const unitNewRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'units/new',
  validateSearch: unitNewSearchSchema,
  beforeLoad: ({ context }) => requireArea(context.user, 'unitAdmin'),
  component: lazyRouteComponent(() => import('./routes/unit-new-page'), 'UnitNewPage'),
});

const unitDetailRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'units/$unitId',
  beforeLoad: ({ context }) => requireArea(context.user, 'units'),
  component: lazyRouteComponent(() => import('./routes/unit-detail-page'), 'UnitDetailPage'),
});

export const productListSearchSchema = searchOf((s) => ({
  status: oneOf(s.status, LIST_STATUSES) ?? 'all',
}));

const productsRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'products',
  validateSearch: productListSearchSchema,
  beforeLoad: ({ context }) => requireArea(context.user, 'products'),
  component: lazyRouteComponent(() => import('./routes/products-page'), 'ProductsPage'),
});

const productNewRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'products/new',
  beforeLoad: ({ context }) => requireArea(context.user, 'products'),
  component: lazyRouteComponent(() => import('./routes/product-new-page'), 'ProductNewPage'),
});

const productDetailRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'products/$productCode',
  beforeLoad: ({ context }) => requireArea(context.user, 'products'),
  component: lazyRouteComponent(() => import('./routes/product-detail-page'), 'ProductDetailPage'),
});

const codeList = (value: unknown) => list(value, 10, (v) => text(v, 60));

export const registrySearchSchema = searchOf((s) => ({
  q: text(s.q, 100),
  area: codeList(s.area),
  language: codeList(s.language),
  municipality: text(s.municipality, 60),
  maxDistanceKm: int(s.maxDistanceKm, 0, 1000),
  tier: text(s.tier, 60),
  status: oneOf(s.status, EXPERT_STATUSES),
  availableFrom: isoDate(s.availableFrom),
  availableTo: isoDate(s.availableTo),
  taxCardMissing: s.taxCardMissing === true ? (true as const) : undefined,
}));

const registryRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'registry',
  validateSearch: registrySearchSchema,
  beforeLoad: ({ context }) => requireArea(context.user, 'registry'),
  component: lazyRouteComponent(() => import('./routes/registry-page'), 'RegistryPage'),
});

export const registryImportSearchSchema = searchOf((s) => ({ id: uuid(s.id) }));

const registryImportRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'registry/import',
  validateSearch: registryImportSearchSchema,
  beforeLoad: ({ context }) => requireArea(context.user, 'registry'),
  component: lazyRouteComponent(() => import('./routes/registry-import-page'), 'RegistryImportPage'),
});

const expertNewRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'registry/new',
  beforeLoad: ({ context }) => requireArea(context.user, 'registry'),
  component: lazyRouteComponent(() => import('./routes/expert-new-page'), 'ExpertNewPage'),
});

const expertDetailRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'registry/$expertId',
  beforeLoad: ({ context }) => requireArea(context.user, 'registry'),
  component: lazyRouteComponent(() => import('./routes/expert-detail-page'), 'ExpertDetailPage'),
});

export const courseListSearchSchema = searchOf((s) => ({ kind: oneOf(s.kind, COURSE_KINDS) }));

const coursesRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'courses',
  validateSearch: courseListSearchSchema,
  beforeLoad: ({ context }) => requireArea(context.user, 'courses'),
  component: lazyRouteComponent(() => import('./routes/courses-page'), 'CoursesPage'),
});

const courseNewRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'courses/new',
  beforeLoad: ({ context }) => requireArea(context.user, 'courses'),
  component: lazyRouteComponent(() => import('./routes/course-new-page'), 'CourseNewPage'),
});

const courseDetailRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'courses/$courseId',
  beforeLoad: ({ context }) => requireArea(context.user, 'courses'),
  component: lazyRouteComponent(() => import('./routes/course-detail-page'), 'CourseDetailPage'),
});

export const mentorshipListSearchSchema = searchOf((s) => ({ status: oneOf(s.status, MENTORSHIP_STATUSES) }));

// From a past task's "I would like to talk about this": the task is chosen already.
export const talkSearchSchema = searchOf((s) => ({ task: uuid(s.task) }));

const talkRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'talk',
  validateSearch: talkSearchSchema,
  beforeLoad: ({ context }) => requireArea(context.user, 'talk'),
  component: lazyRouteComponent(() => import('./routes/talk-page'), 'TalkPage'),
});

const debriefsRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'debriefs',
  beforeLoad: ({ context }) => requireArea(context.user, 'debriefs'),
  component: lazyRouteComponent(() => import('./routes/debriefs-page'), 'DebriefsPage'),
});

const debriefDetailRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'debriefs/$debriefId',
  beforeLoad: ({ context }) => requireArea(context.user, 'debriefs'),
  component: lazyRouteComponent(() => import('./routes/debrief-detail-page'), 'DebriefDetailPage'),
});

// Supervision (työnohjaus): an expert's own sessions, the coordinators' plan; the invitations link to /supervision/{id}.
const supervisionRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'supervision',
  beforeLoad: ({ context }) => requireArea(context.user, 'supervision'),
  component: lazyRouteComponent(() => import('./routes/supervision-page'), 'SupervisionPage'),
});

const supervisionNewRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'supervision/new',
  beforeLoad: ({ context }) => requireArea(context.user, 'supervisionAdmin'),
  component: lazyRouteComponent(() => import('./routes/supervision-new-page'), 'SupervisionNewPage'),
});

// The briefing before a task time, for both sides (the notices link to /briefings/{occurrenceId}).
const briefingRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'briefings/$occurrenceId',
  beforeLoad: ({ context }) => requireArea(context.user, 'briefings'),
  component: lazyRouteComponent(() => import('./routes/briefing-page'), 'BriefingPage'),
});

const supervisionDetailRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'supervision/$sessionId',
  beforeLoad: ({ context }) => requireArea(context.user, 'supervision'),
  component: lazyRouteComponent(() => import('./routes/supervision-detail-page'), 'SupervisionDetailPage'),
});

// Complaints (the notifications link to /complaints/{id}): the coordinators' list, the unit's and the expert's own.
export const complaintListSearchSchema = searchOf((s) => ({ status: oneOf(s.status, COMPLAINT_STATUSES) }));

const complaintsRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'complaints',
  validateSearch: complaintListSearchSchema,
  beforeLoad: ({ context }) => requireArea(context.user, 'complaints'),
  component: lazyRouteComponent(() => import('./routes/complaints-page'), 'ComplaintsPage'),
});

const complaintDetailRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'complaints/$complaintId',
  beforeLoad: ({ context }) => requireArea(context.user, 'complaints'),
  component: lazyRouteComponent(() => import('./routes/complaint-detail-page'), 'ComplaintDetailPage'),
});

// Screening the participants' free text (the QR code form) for personal data: the coordinators'.
export const screeningSearchSchema = searchOf((s) => ({ status: oneOf(s.status, SCREENING_STATUSES) }));

const participantScreeningRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'participant-feedback/screening',
  validateSearch: screeningSearchSchema,
  beforeLoad: ({ context }) => requireArea(context.user, 'screening'),
  component: lazyRouteComponent(
    () => import('./routes/participant-screening-page'),
    'ParticipantScreeningPage',
  ),
});

// "How did it go?" after a delivered task: my requests, and one to answer (a notification's link).
const feedbackRequestsRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'feedback',
  beforeLoad: ({ context }) => requireArea(context.user, 'myFeedback'),
  component: lazyRouteComponent(() => import('./routes/feedback-requests-page'), 'FeedbackRequestsPage'),
});

const feedbackRequestRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'feedback/$feedbackRequestId',
  beforeLoad: ({ context }) => requireArea(context.user, 'myFeedback'),
  component: lazyRouteComponent(() => import('./routes/feedback-request-page'), 'FeedbackRequestPage'),
});

// THL's participation indicator (a notification's link, the card on the feedback page): the expert's own.
const indicatorRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'participation/$indicatorRequestId',
  beforeLoad: ({ context }) => requireArea(context.user, 'participation'),
  component: lazyRouteComponent(() => import('./routes/indicator-page'), 'IndicatorPage'),
});

// The printable QR sheet of a task time: the people the API lets make its link (the unit, the expert, coordinators).
const participantSheetRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'participant-feedback/$occurrenceId/sheet',
  beforeLoad: ({ context }) => {
    if (!PARTICIPANT_SHEET_ROLES.some((role) => context.user.roles.includes(role))) throw new NoAccessError();
  },
  component: lazyRouteComponent(() => import('./routes/participant-sheet-page'), 'ParticipantSheetPage'),
});

// "What my tasks gave": the report-backs (a notification's link), for the expert and the coordinators.
const reportBacksRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'what-my-tasks-gave',
  beforeLoad: ({ context }) => requireArea(context.user, 'reportBacks'),
  component: lazyRouteComponent(() => import('./routes/report-backs-page'), 'ReportBacksPage'),
});

const reportBackRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'what-my-tasks-gave/$reportBackId',
  beforeLoad: ({ context }) => requireArea(context.user, 'reportBacks'),
  component: lazyRouteComponent(() => import('./routes/report-back-page'), 'ReportBackPage'),
});

const mentorshipsRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'mentorships',
  validateSearch: mentorshipListSearchSchema,
  beforeLoad: ({ context }) => requireArea(context.user, 'mentorships'),
  component: lazyRouteComponent(() => import('./routes/mentorships-page'), 'MentorshipsPage'),
});

const mentorshipDetailRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'mentorships/$mentorshipId',
  beforeLoad: ({ context }) => requireArea(context.user, 'mentorships'),
  component: lazyRouteComponent(() => import('./routes/mentorship-detail-page'), 'MentorshipDetailPage'),
});

const myTrainingRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'my-training',
  beforeLoad: ({ context }) => requireArea(context.user, 'myTraining'),
  component: lazyRouteComponent(() => import('./routes/my-training-page'), 'MyTrainingPage'),
});

const myProfileRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'my-profile',
  beforeLoad: ({ context }) => requireArea(context.user, 'myProfile'),
  component: lazyRouteComponent(() => import('./routes/my-profile-page'), 'MyProfilePage'),
});

// Agreements: an expert reads and accepts their own (the invitation page leads here); admins keep them.
const myAgreementsRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'my-agreements',
  beforeLoad: ({ context }) => requireArea(context.user, 'myAgreements'),
  component: lazyRouteComponent(() => import('./routes/my-agreements-page'), 'MyAgreementsPage'),
});

const agreementsRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'agreements',
  beforeLoad: ({ context }) => requireArea(context.user, 'agreementAdmin'),
  component: lazyRouteComponent(() => import('./routes/agreements-page'), 'AgreementsPage'),
});

const agreementNewRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'agreements/new',
  beforeLoad: ({ context }) => requireArea(context.user, 'agreementAdmin'),
  component: lazyRouteComponent(() => import('./routes/agreement-new-page'), 'AgreementNewPage'),
});

const agreementDetailRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'agreements/$agreementId',
  beforeLoad: ({ context }) => requireArea(context.user, 'agreementAdmin'),
  component: lazyRouteComponent(() => import('./routes/agreement-detail-page'), 'AgreementDetailPage'),
});

// Questionnaires (the instruments as versions): the admin's list, one instrument, a new one, its next version.
const questionnairesRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'questionnaires',
  beforeLoad: ({ context }) => requireArea(context.user, 'questionnaires'),
  component: lazyRouteComponent(() => import('./routes/questionnaires-page'), 'QuestionnairesPage'),
});

const questionnaireNewRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'questionnaires/new',
  beforeLoad: ({ context }) => requireArea(context.user, 'questionnaires'),
  component: lazyRouteComponent(() => import('./routes/questionnaire-new-page'), 'QuestionnaireNewPage'),
});

const questionnaireDetailRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'questionnaires/$key',
  beforeLoad: ({ context }) => requireArea(context.user, 'questionnaires'),
  component: lazyRouteComponent(
    () => import('./routes/questionnaire-detail-page'),
    'QuestionnaireDetailPage',
  ),
});

const questionnaireVersionRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'questionnaires/$key/new-version',
  beforeLoad: ({ context }) => requireArea(context.user, 'questionnaires'),
  component: lazyRouteComponent(
    () => import('./routes/questionnaire-version-page'),
    'QuestionnaireVersionPage',
  ),
});

const notificationsRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'notifications',
  component: lazyRouteComponent(() => import('./routes/notifications-page'), 'NotificationsPage'),
});

const emailLogRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'email-log',
  beforeLoad: ({ context }) => requireArea(context.user, 'emailLog'),
  component: lazyRouteComponent(() => import('./routes/email-log-page'), 'EmailLogPage'),
});

const emailMessageRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'email-log/$messageId',
  beforeLoad: ({ context }) => requireArea(context.user, 'emailLog'),
  component: lazyRouteComponent(() => import('./routes/email-message-page'), 'EmailMessagePage'),
});

export const ordersSearchSchema = searchOf((s) => ({
  status: list(s.status, 8, (v) => oneOf(v, ORDER_STATUSES)),
  period: oneOf(s.period, ['all', 'upcoming', 'next30', 'past'] as const),
  q: text(s.q, 100),
}));

const ordersRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'orders',
  validateSearch: ordersSearchSchema,
  beforeLoad: ({ context }) => requireArea(context.user, 'orders'),
  component: lazyRouteComponent(() => import('./routes/orders-page'), 'OrdersPage'),
});

export const orderNewSearchSchema = searchOf((s) => ({ product: text(s.product, 60) }));

const orderNewRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'orders/new',
  validateSearch: orderNewSearchSchema,
  beforeLoad: ({ context }) => requireArea(context.user, 'orderNew'),
  component: lazyRouteComponent(() => import('./routes/order-new-page'), 'OrderNewPage'),
});

export const inboxSearchSchema = searchOf((s) => ({
  status: oneOf(s.status, ['submitted', 'in_matching', 'partly_staffed'] as const),
  product: text(s.product, 60),
}));

const orderInboxRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'orders/inbox',
  validateSearch: inboxSearchSchema,
  beforeLoad: ({ context }) => requireArea(context.user, 'orderInbox'),
  component: lazyRouteComponent(() => import('./routes/orders-inbox-page'), 'OrdersInboxPage'),
});

const orderDetailRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'orders/$orderId',
  beforeLoad: ({ context }) => requireArea(context.user, 'orders'),
  component: lazyRouteComponent(() => import('./routes/order-detail-page'), 'OrderDetailPage'),
});

const orderEditRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'orders/$orderId/edit',
  beforeLoad: ({ context }) => requireArea(context.user, 'orders'),
  component: lazyRouteComponent(() => import('./routes/order-edit-page'), 'OrderEditPage'),
});

const orderExpertsRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'orders/$orderId/experts',
  beforeLoad: ({ context }) => requireArea(context.user, 'matching'),
  component: lazyRouteComponent(() => import('./routes/order-experts-page'), 'OrderExpertsPage'),
});

const suggestionsRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'matching/suggestions',
  beforeLoad: ({ context }) => requireArea(context.user, 'matching'),
  component: lazyRouteComponent(() => import('./routes/suggestions-page'), 'SuggestionsPage'),
});

const fairnessRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'matching/fairness',
  beforeLoad: ({ context }) => requireArea(context.user, 'matching'),
  component: lazyRouteComponent(() => import('./routes/fairness-page'), 'FairnessPage'),
});

const myOffersRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'offers',
  beforeLoad: ({ context }) => requireArea(context.user, 'myOffers'),
  component: lazyRouteComponent(() => import('./routes/my-offers-page'), 'MyOffersPage'),
});

const myTasksRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'tasks',
  beforeLoad: ({ context }) => requireArea(context.user, 'myTasks'),
  component: lazyRouteComponent(() => import('./routes/my-tasks-page'), 'MyTasksPage'),
});

const myFeesRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'fees',
  beforeLoad: ({ context }) => requireArea(context.user, 'myFees'),
  component: lazyRouteComponent(() => import('./routes/my-fees-page'), 'MyFeesPage'),
});

export const feeInboxSearchSchema = searchOf((s) => ({
  view: oneOf(s.view, ['to_confirm', 'to_approve', 'all'] as const),
  status: oneOf(s.status, CLAIM_STATUSES),
  overdue: s.overdue === true ? (true as const) : undefined,
}));

const feeInboxRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'fees/inbox',
  validateSearch: feeInboxSearchSchema,
  beforeLoad: ({ context }) => requireArea(context.user, 'feeInbox'),
  component: lazyRouteComponent(() => import('./routes/fee-inbox-page'), 'FeeInboxPage'),
});

const feeBatchesRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'fees/batches',
  beforeLoad: ({ context }) => requireArea(context.user, 'feeBatches'),
  component: lazyRouteComponent(() => import('./routes/fee-batches-page'), 'FeeBatchesPage'),
});

export const feeSchedulesSearchSchema = searchOf((s) => ({
  schedule: s.schedule === 'new' ? ('new' as const) : uuid(s.schedule),
}));

const feeSchedulesRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'fees/schedules',
  validateSearch: feeSchedulesSearchSchema,
  beforeLoad: ({ context }) => requireArea(context.user, 'feeAdmin'),
  component: lazyRouteComponent(() => import('./routes/fee-schedules-page'), 'FeeSchedulesPage'),
});

const feeClaimRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'fees/$claimId',
  beforeLoad: ({ context }) => requireArea(context.user, 'feeClaims'),
  component: lazyRouteComponent(() => import('./routes/fee-claim-page'), 'FeeClaimPage'),
});

// Onboarding (coordinators): the board and the applications, the recruitment rounds, one application.
export const onboardingSearchSchema = searchOf((s) => ({
  step: oneOf(s.step, APPLICATION_STEPS),
  stalled: s.stalled === true ? (true as const) : undefined,
}));

const onboardingRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'onboarding',
  validateSearch: onboardingSearchSchema,
  beforeLoad: ({ context }) => requireArea(context.user, 'onboarding'),
  component: lazyRouteComponent(() => import('./routes/onboarding-page'), 'OnboardingPage'),
});

const onboardingRoundsRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'onboarding/rounds',
  beforeLoad: ({ context }) => requireArea(context.user, 'onboarding'),
  component: lazyRouteComponent(() => import('./routes/onboarding-rounds-page'), 'OnboardingRoundsPage'),
});

const onboardingApplicationRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'onboarding/$applicationId',
  beforeLoad: ({ context }) => requireArea(context.user, 'onboarding'),
  component: lazyRouteComponent(
    () => import('./routes/onboarding-application-page'),
    'OnboardingApplicationPage',
  ),
});

// The step reminders' links (notifications, e-mails) name the application as /onboarding/applications/{id}.
const onboardingApplicationLinkRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'onboarding/applications/$applicationId',
  beforeLoad: ({ params }) => {
    throw redirect({
      to: '/onboarding/$applicationId',
      params: { applicationId: params.applicationId },
      replace: true,
    });
  },
});

export const routeTree = rootRoute.addChildren([
  signInRoute,
  invitationRoute,
  applyRoute,
  applySentRoute,
  applyConfirmRoute,
  applyCertificatesRoute,
  applyGuardianRoute,
  applyInterviewRoute,
  participantFeedbackRoute,
  authenticatedRoute.addChildren([
    homeRoute,
    accountRoute,
    unitsRoute,
    unitNewRoute,
    unitDetailRoute,
    productsRoute,
    productNewRoute,
    productDetailRoute,
    registryRoute,
    registryImportRoute,
    expertNewRoute,
    expertDetailRoute,
    coursesRoute,
    courseNewRoute,
    courseDetailRoute,
    mentorshipsRoute,
    talkRoute,
    debriefsRoute,
    debriefDetailRoute,
    supervisionRoute,
    supervisionNewRoute,
    supervisionDetailRoute,
    briefingRoute,
    complaintsRoute,
    complaintDetailRoute,
    participantScreeningRoute,
    feedbackRequestsRoute,
    feedbackRequestRoute,
    indicatorRoute,
    reportBacksRoute,
    reportBackRoute,
    participantSheetRoute,
    mentorshipDetailRoute,
    myTrainingRoute,
    myProfileRoute,
    myAgreementsRoute,
    agreementsRoute,
    agreementNewRoute,
    agreementDetailRoute,
    questionnairesRoute,
    questionnaireNewRoute,
    questionnaireDetailRoute,
    questionnaireVersionRoute,
    notificationsRoute,
    emailLogRoute,
    emailMessageRoute,
    ordersRoute,
    orderNewRoute,
    orderInboxRoute,
    orderDetailRoute,
    orderEditRoute,
    orderExpertsRoute,
    suggestionsRoute,
    fairnessRoute,
    myOffersRoute,
    myTasksRoute,
    myFeesRoute,
    feeInboxRoute,
    feeBatchesRoute,
    feeSchedulesRoute,
    feeClaimRoute,
    onboardingRoute,
    onboardingRoundsRoute,
    onboardingApplicationRoute,
    onboardingApplicationLinkRoute,
  ]),
]);

export function createAppRouter(
  context: RouterContext,
  history?: Parameters<typeof createRouter>[0]['history'],
) {
  return createRouter({
    routeTree,
    context,
    history,
    // A route that fails (no access, a failed request) is shown inside the shell, so the navigation and
    // the user menu (sign out) stay within reach; the root route's own pages cover a failing shell.
    defaultErrorComponent: RouteErrorPage,
    defaultNotFoundComponent: NotFoundPage,
    defaultPreload: 'intent',
    defaultPendingMinMs: 0,
    scrollRestoration: true,
  });
}

export type AppRouter = ReturnType<typeof createAppRouter>;

declare module '@tanstack/react-router' {
  interface Register {
    router: AppRouter;
  }
}

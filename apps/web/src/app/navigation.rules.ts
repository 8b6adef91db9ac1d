import type { Role } from '@kokemus/api-client';

/** What a person can reach in the app. The API decides what they may do; this only hides dead ends. */
export type Area =
  | 'home'
  | 'account'
  | 'units'
  | 'unitAdmin'
  | 'products'
  | 'registry'
  | 'courses'
  | 'myTraining'
  | 'myProfile'
  | 'myAgreements'
  | 'agreementAdmin'
  | 'questionnaires'
  | 'notifications'
  | 'emailLog'
  | 'orderNew'
  | 'myOrders'
  | 'orderInbox'
  | 'allOrders'
  | 'orders'
  | 'matching'
  | 'myOffers'
  | 'myTasks'
  | 'myFees'
  | 'feeClaims'
  | 'feeInbox'
  | 'feeAdmin'
  | 'feeBatches'
  | 'onboarding'
  | 'mentorships'
  | 'mentorshipAdmin'
  | 'talk'
  | 'debriefs'
  | 'supervision'
  | 'supervisionAdmin'
  | 'mySupervision'
  | 'complaints'
  | 'complaintInbox'
  | 'screening'
  | 'myFeedback'
  | 'participation'
  | 'reportBacks'
  | 'briefings';

const AREA_ROLES: Record<Area, 'everyone' | readonly Role[]> = {
  home: 'everyone',
  account: 'everyone',
  // Coordinators and reporters see every unit; orderers and approvers their own subtree; experts none.
  units: ['admin', 'coordinator', 'reporter', 'orderer', 'approver'],
  unitAdmin: ['admin'],
  // The product catalogue the order form starts from: admins keep it.
  products: ['admin'],
  // The registry holds special-category data (experience areas): coordinators only.
  registry: ['coordinator'],
  // Training: coordinators run the courses; an expert follows their own.
  courses: ['coordinator'],
  myTraining: ['expert'],
  myProfile: ['expert'],
  // Agreements: an expert reads and accepts their own; admins keep the documents and their versions.
  myAgreements: ['expert'],
  agreementAdmin: ['admin'],
  // The questionnaires (versioned instruments, THL's indicator locked): admins keep them.
  questionnaires: ['admin'],
  notifications: 'everyone',
  // The outgoing e-mail log shows other people's addresses and messages: admins only.
  emailLog: ['admin'],
  // Orders: an orderer orders and follows their units' orders; coordinators answer them from the inbox.
  orderNew: ['orderer'],
  myOrders: ['orderer'],
  orderInbox: ['coordinator'],
  allOrders: ['coordinator'],
  // Reading an order (a link from a notification): everyone the API lets read orders.
  orders: ['orderer', 'coordinator', 'approver', 'admin', 'reporter'],
  // Matching: coordinators find experts, send offers, review batch suggestions and watch fairness.
  matching: ['coordinator'],
  // An expert answers their offers and follows their own tasks.
  myOffers: ['expert'],
  myTasks: ['expert'],
  // Fees: an expert follows their own money; a claim page opens for everyone the API lets read it.
  myFees: ['expert'],
  feeClaims: ['expert', 'orderer', 'approver', 'coordinator', 'admin'],
  // The orderer confirms, the approver approves, the coordinator follows every claim by step.
  feeInbox: ['orderer', 'approver', 'coordinator'],
  // Fee schedules, kilometre rates and the payroll batches: coordinators and admins.
  feeAdmin: ['coordinator', 'admin'],
  // The payroll batches (and releasing one): coordinators.
  feeBatches: ['coordinator'],
  // Onboarding: applications hold experience areas (special-category data), so coordinators only.
  onboarding: ['coordinator'],
  // Mentoring: a mentorship's page opens for coordinators and for its own mentor and trainee (the API
  // decides whose); the list in the menu and pairing people are the coordinators'.
  mentorships: ['coordinator', 'expert'],
  mentorshipAdmin: ['coordinator'],
  // "I would like to talk to someone": an expert asks; the coordinators answer (the words may tell of health).
  talk: ['expert'],
  debriefs: ['coordinator'],
  // Supervision (työnohjaus): an expert sees her own sessions, coordinators plan them and mark who came.
  supervision: ['expert', 'coordinator'],
  supervisionAdmin: ['coordinator'],
  mySupervision: ['expert'],
  // Complaints: a page opens for everyone the API shows some to (coordinators all, the unit its own, the
  // expert that one exists); the list in the menu is the coordinators'.
  complaints: ['coordinator', 'orderer', 'approver', 'expert'],
  complaintInbox: ['coordinator'],
  // The participants' free text is read for personal data (names, health) before anyone sees it: coordinators.
  screening: ['coordinator'],
  // "How did it go?" after a delivered task: its expert and its orderer are asked (each their own).
  myFeedback: ['expert', 'orderer', 'approver', 'coordinator'],
  reportBacks: ['expert', 'coordinator'],
  // THL's participation indicator, asked of the expert at joining and yearly (the expert's own).
  participation: ['expert'],
  // The briefing before a task: the ordering unit writes it, its experts read it, coordinators see all.
  briefings: ['expert', 'orderer', 'approver', 'coordinator'],
};

export function canUse(roles: readonly Role[], area: Area): boolean {
  const allowed = AREA_ROLES[area];
  return allowed === 'everyone' || roles.some((role) => allowed.includes(role));
}

export type NavItem = {
  area: Area;
  to:
    | '/'
    | '/units'
    | '/products'
    | '/registry'
    | '/courses'
    | '/my-training'
    | '/my-profile'
    | '/my-agreements'
    | '/agreements'
    | '/questionnaires'
    | '/notifications'
    | '/email-log'
    | '/account'
    | '/orders/new'
    | '/orders'
    | '/orders/inbox'
    | '/matching/suggestions'
    | '/matching/fairness'
    | '/offers'
    | '/tasks'
    | '/fees'
    | '/fees/inbox'
    | '/fees/batches'
    | '/fees/schedules'
    | '/onboarding'
    | '/mentorships'
    | '/talk'
    | '/debriefs'
    | '/supervision'
    | '/complaints'
    | '/participant-feedback/screening'
    | '/feedback';
  labelKey: string;
};

const NAV_ITEMS: readonly NavItem[] = [
  { area: 'home', to: '/', labelKey: 'nav.home' },
  { area: 'debriefs', to: '/debriefs', labelKey: 'nav.debriefs' },
  { area: 'supervisionAdmin', to: '/supervision', labelKey: 'nav.supervision' },
  { area: 'complaintInbox', to: '/complaints', labelKey: 'nav.complaints' },
  { area: 'screening', to: '/participant-feedback/screening', labelKey: 'nav.screening' },
  { area: 'orderNew', to: '/orders/new', labelKey: 'nav.orderNew' },
  { area: 'myOrders', to: '/orders', labelKey: 'nav.myOrders' },
  { area: 'orderInbox', to: '/orders/inbox', labelKey: 'nav.orderInbox' },
  { area: 'allOrders', to: '/orders', labelKey: 'nav.orders' },
  { area: 'matching', to: '/matching/suggestions', labelKey: 'nav.suggestions' },
  { area: 'matching', to: '/matching/fairness', labelKey: 'nav.fairness' },
  { area: 'myOffers', to: '/offers', labelKey: 'nav.myOffers' },
  { area: 'myTasks', to: '/tasks', labelKey: 'nav.myTasks' },
  { area: 'talk', to: '/talk', labelKey: 'nav.talk' },
  { area: 'mySupervision', to: '/supervision', labelKey: 'nav.supervision' },
  { area: 'myFeedback', to: '/feedback', labelKey: 'nav.myFeedback' },
  { area: 'myFees', to: '/fees', labelKey: 'nav.myFees' },
  { area: 'myAgreements', to: '/my-agreements', labelKey: 'nav.myAgreements' },
  { area: 'feeInbox', to: '/fees/inbox', labelKey: 'nav.feeInbox' },
  { area: 'feeBatches', to: '/fees/batches', labelKey: 'nav.feeBatches' },
  { area: 'feeAdmin', to: '/fees/schedules', labelKey: 'nav.feeSchedules' },
  { area: 'units', to: '/units', labelKey: 'nav.units' },
  { area: 'products', to: '/products', labelKey: 'nav.products' },
  { area: 'agreementAdmin', to: '/agreements', labelKey: 'nav.agreements' },
  { area: 'questionnaires', to: '/questionnaires', labelKey: 'nav.questionnaires' },
  { area: 'registry', to: '/registry', labelKey: 'nav.registry' },
  { area: 'onboarding', to: '/onboarding', labelKey: 'nav.onboarding' },
  { area: 'courses', to: '/courses', labelKey: 'nav.courses' },
  { area: 'mentorshipAdmin', to: '/mentorships', labelKey: 'nav.mentorships' },
  { area: 'myProfile', to: '/my-profile', labelKey: 'nav.myProfile' },
  { area: 'myTraining', to: '/my-training', labelKey: 'nav.myTraining' },
  { area: 'notifications', to: '/notifications', labelKey: 'nav.notifications' },
  { area: 'emailLog', to: '/email-log', labelKey: 'nav.emailLog' },
  { area: 'account', to: '/account', labelKey: 'nav.account' },
];

export function navigationFor(roles: readonly Role[]): NavItem[] {
  // One link per address: for an orderer who also coordinates, "My orders" stands for the orders list.
  return NAV_ITEMS.filter(
    (item, i) =>
      canUse(roles, item.area) &&
      !NAV_ITEMS.slice(0, i).some((o) => o.to === item.to && canUse(roles, o.area)),
  );
}

/** Only a path inside this app may be a return address after signing in (no open redirects). */
export function safeRedirect(target: string | undefined): string {
  if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) return '/';
  if (target.startsWith('/sign-in')) return '/';
  return target;
}

export class NoAccessError extends Error {
  constructor() {
    super('No access');
    this.name = 'NoAccessError';
  }
}

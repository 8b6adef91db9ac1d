import type { Role } from '@kokemus/api-client';
import { canUse, navigationFor, safeRedirect } from './navigation.rules';

describe('navigation by role', () => {
  const links = (roles: Role[]) => navigationFor(roles).map((item) => item.to);

  it.each([
    [
      ['coordinator'],
      [
        '/',
        '/debriefs',
        '/supervision',
        '/complaints',
        '/participant-feedback/screening',
        '/orders/inbox',
        '/orders',
        '/matching/suggestions',
        '/matching/fairness',
        '/feedback',
        '/fees/inbox',
        '/fees/batches',
        '/fees/schedules',
        '/units',
        '/registry',
        '/onboarding',
        '/courses',
        '/mentorships',
        '/notifications',
        '/account',
      ],
    ],
    [
      ['orderer'],
      ['/', '/orders/new', '/orders', '/feedback', '/fees/inbox', '/units', '/notifications', '/account'],
    ],
    [
      ['orderer', 'coordinator'],
      [
        '/',
        '/debriefs',
        '/supervision',
        '/complaints',
        '/participant-feedback/screening',
        '/orders/new',
        '/orders',
        '/orders/inbox',
        '/matching/suggestions',
        '/matching/fairness',
        '/feedback',
        '/fees/inbox',
        '/fees/batches',
        '/fees/schedules',
        '/units',
        '/registry',
        '/onboarding',
        '/courses',
        '/mentorships',
        '/notifications',
        '/account',
      ],
    ],
    [['approver'], ['/', '/feedback', '/fees/inbox', '/units', '/notifications', '/account']],
    [['reporter'], ['/', '/units', '/notifications', '/account']],
    [
      ['admin'],
      [
        '/',
        '/fees/schedules',
        '/units',
        '/products',
        '/agreements',
        '/questionnaires',
        '/notifications',
        '/email-log',
        '/account',
      ],
    ],
    [
      ['expert'],
      [
        '/',
        '/offers',
        '/tasks',
        '/talk',
        '/supervision',
        '/feedback',
        '/fees',
        '/my-agreements',
        '/my-profile',
        '/my-training',
        '/notifications',
        '/account',
      ],
    ],
  ] as Array<[Role[], string[]]>)('%j sees %j', (roles, expected) => {
    expect(links(roles)).toEqual(expected);
  });

  it('lets only admins manage units', () => {
    expect(canUse(['admin'], 'unitAdmin')).toBe(true);
    expect(canUse(['coordinator', 'reporter', 'orderer', 'approver', 'expert'], 'unitAdmin')).toBe(false);
  });

  it('shows the e-mail log to admins only', () => {
    expect(canUse(['admin'], 'emailLog')).toBe(true);
    expect(canUse(['coordinator', 'reporter', 'orderer', 'approver', 'expert'], 'emailLog')).toBe(false);
  });
});

describe('orders by role', () => {
  it('lets orderers order and coordinators use the inbox; every reader may open an order', () => {
    expect(canUse(['orderer'], 'orderNew')).toBe(true);
    expect(canUse(['coordinator', 'approver', 'reporter', 'admin', 'expert'], 'orderNew')).toBe(false);
    expect(canUse(['coordinator'], 'orderInbox')).toBe(true);
    expect(canUse(['orderer', 'approver', 'reporter', 'admin', 'expert'], 'orderInbox')).toBe(false);
    expect(canUse(['approver'], 'orders')).toBe(true);
    expect(canUse(['expert'], 'orders')).toBe(false);
  });
});

describe('onboarding by role', () => {
  it('shows the applications (special-category data) to coordinators only', () => {
    expect(canUse(['coordinator'], 'onboarding')).toBe(true);
    expect(canUse(['admin', 'reporter', 'orderer', 'approver', 'expert'], 'onboarding')).toBe(false);
  });
});

describe('mentoring by role', () => {
  it('opens mentorships to coordinators and experts, and puts the list in the menu for coordinators only', () => {
    expect(canUse(['coordinator'], 'mentorships')).toBe(true);
    expect(canUse(['expert'], 'mentorships')).toBe(true);
    expect(canUse(['admin', 'reporter', 'orderer', 'approver'], 'mentorships')).toBe(false);
    expect(canUse(['coordinator'], 'mentorshipAdmin')).toBe(true);
    expect(canUse(['expert', 'admin'], 'mentorshipAdmin')).toBe(false);
    expect(navigationFor(['expert']).some((item) => item.to === '/mentorships')).toBe(false);
  });
});

describe('agreements by role', () => {
  it('lets experts accept their own and only admins keep the documents', () => {
    expect(canUse(['expert'], 'myAgreements')).toBe(true);
    expect(canUse(['coordinator', 'admin', 'orderer'], 'myAgreements')).toBe(false);
    expect(canUse(['admin'], 'agreementAdmin')).toBe(true);
    expect(canUse(['coordinator', 'expert', 'reporter'], 'agreementAdmin')).toBe(false);
  });
});

describe('questionnaires by role', () => {
  it('lets only admins edit the questionnaires', () => {
    expect(canUse(['admin'], 'questionnaires')).toBe(true);
    expect(canUse(['coordinator', 'reporter', 'orderer', 'approver', 'expert'], 'questionnaires')).toBe(
      false,
    );
  });
});

describe('products by role', () => {
  it('lets only admins keep the product catalogue', () => {
    expect(canUse(['admin'], 'products')).toBe(true);
    expect(canUse(['coordinator', 'reporter', 'orderer', 'approver', 'expert'], 'products')).toBe(false);
  });
});

describe('feedback by role', () => {
  it('asks experts, orderers, approvers and coordinators, each about their own tasks', () => {
    expect(canUse(['expert'], 'myFeedback')).toBe(true);
    expect(canUse(['orderer'], 'myFeedback')).toBe(true);
    expect(canUse(['approver'], 'myFeedback')).toBe(true);
    expect(canUse(['coordinator'], 'myFeedback')).toBe(true);
    expect(canUse(['admin', 'reporter'], 'myFeedback')).toBe(false);
  });
});

describe('complaints by role', () => {
  it('opens a complaint to everyone the API shows one to, and puts the list in the coordinators’ menu only', () => {
    expect(canUse(['coordinator'], 'complaints')).toBe(true);
    expect(canUse(['orderer'], 'complaints')).toBe(true);
    expect(canUse(['approver'], 'complaints')).toBe(true);
    expect(canUse(['expert'], 'complaints')).toBe(true);
    expect(canUse(['admin', 'reporter'], 'complaints')).toBe(false);
    expect(canUse(['coordinator'], 'complaintInbox')).toBe(true);
    expect(canUse(['orderer', 'approver', 'expert', 'admin'], 'complaintInbox')).toBe(false);
    for (const roles of [['orderer'], ['approver'], ['expert']] as Role[][])
      expect(navigationFor(roles).some((item) => item.to === '/complaints')).toBe(false);
  });
});

describe('screening by role', () => {
  it('lets only coordinators screen the participants’ free text', () => {
    expect(canUse(['coordinator'], 'screening')).toBe(true);
    expect(canUse(['admin', 'reporter', 'orderer', 'approver', 'expert'], 'screening')).toBe(false);
  });
});

describe('safeRedirect', () => {
  it.each([
    ['/units?q=koulu', '/units?q=koulu'],
    [undefined, '/'],
    ['https://evil.example', '/'],
    ['//evil.example', '/'],
    ['/\\evil.example', '/'],
    ['/sign-in?redirect=/units', '/'],
  ])('%s → %s', (target, expected) => {
    expect(safeRedirect(target)).toBe(expected);
  });
});

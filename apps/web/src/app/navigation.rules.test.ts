import type { Role } from '@kokemus/api-client';
import { canUse, navigationFor, safeRedirect } from './navigation.rules';

describe('navigation by role', () => {
  const links = (roles: Role[]) => navigationFor(roles).map((item) => item.to);

  it.each([
    [
      ['coordinator'],
      [
        '/',
        '/orders/inbox',
        '/orders',
        '/matching/suggestions',
        '/matching/fairness',
        '/fees/inbox',
        '/fees/batches',
        '/fees/schedules',
        '/units',
        '/registry',
        '/notifications',
        '/account',
      ],
    ],
    [['orderer'], ['/', '/orders/new', '/orders', '/fees/inbox', '/units', '/notifications', '/account']],
    [
      ['orderer', 'coordinator'],
      [
        '/',
        '/orders/new',
        '/orders',
        '/orders/inbox',
        '/matching/suggestions',
        '/matching/fairness',
        '/fees/inbox',
        '/fees/batches',
        '/fees/schedules',
        '/units',
        '/registry',
        '/notifications',
        '/account',
      ],
    ],
    [['approver'], ['/', '/fees/inbox', '/units', '/notifications', '/account']],
    [['reporter'], ['/', '/units', '/notifications', '/account']],
    [
      ['admin'],
      [
        '/',
        '/fees/schedules',
        '/units',
        '/products',
        '/notifications',
        '/email-log',
        '/account',
      ],
    ],
    [['expert'], ['/', '/offers', '/tasks', '/fees', '/my-profile', '/notifications', '/account']],
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

describe('products by role', () => {
  it('lets only admins keep the product catalogue', () => {
    expect(canUse(['admin'], 'products')).toBe(true);
    expect(canUse(['coordinator', 'reporter', 'orderer', 'approver', 'expert'], 'products')).toBe(false);
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

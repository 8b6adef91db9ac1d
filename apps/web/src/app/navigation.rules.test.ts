import type { Role } from '@kokemus/api-client';
import { canUse, navigationFor, safeRedirect } from './navigation.rules';

describe('navigation by role', () => {
  const links = (roles: Role[]) => navigationFor(roles).map((item) => item.to);

  it.each([
    [['coordinator'], ['/', '/units', '/registry', '/notifications', '/account']],
    [['orderer'], ['/', '/units', '/notifications', '/account']],
    [['approver'], ['/', '/units', '/notifications', '/account']],
    [['reporter'], ['/', '/units', '/notifications', '/account']],
    [['admin'], ['/', '/units', '/notifications', '/email-log', '/account']],
    [['expert'], ['/', '/my-profile', '/notifications', '/account']],
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

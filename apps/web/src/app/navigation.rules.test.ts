import type { Role } from '@kokemus/api-client';
import { canUse, navigationFor, safeRedirect } from './navigation.rules';

describe('navigation by role', () => {
  const links = (roles: Role[]) => navigationFor(roles).map((item) => item.to);

  it.each([
    [['coordinator'], ['/', '/units', '/account']],
    [['orderer'], ['/', '/units', '/account']],
    [['approver'], ['/', '/units', '/account']],
    [['reporter'], ['/', '/units', '/account']],
    [['admin'], ['/', '/units', '/account']],
    [['expert'], ['/', '/account']],
  ] as Array<[Role[], string[]]>)('%j sees %j', (roles, expected) => {
    expect(links(roles)).toEqual(expected);
  });

  it('lets only admins manage units', () => {
    expect(canUse(['admin'], 'unitAdmin')).toBe(true);
    expect(canUse(['coordinator', 'reporter', 'orderer', 'approver', 'expert'], 'unitAdmin')).toBe(false);
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

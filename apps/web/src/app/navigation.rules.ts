import type { Role } from '@kokemus/api-client';

/** What a person can reach in the app. The API decides what they may do; this only hides dead ends. */
export type Area =
  'home' | 'account' | 'units' | 'unitAdmin' | 'registry' | 'myProfile' | 'notifications' | 'emailLog';

const AREA_ROLES: Record<Area, 'everyone' | readonly Role[]> = {
  home: 'everyone',
  account: 'everyone',
  // Coordinators and reporters see every unit; orderers and approvers their own subtree; experts none.
  units: ['admin', 'coordinator', 'reporter', 'orderer', 'approver'],
  unitAdmin: ['admin'],
  // The registry holds special-category data (experience areas): coordinators only.
  registry: ['coordinator'],
  myProfile: ['expert'],
  notifications: 'everyone',
  // The outgoing e-mail log shows other people's addresses and messages: admins only.
  emailLog: ['admin'],
};

export function canUse(roles: readonly Role[], area: Area): boolean {
  const allowed = AREA_ROLES[area];
  return allowed === 'everyone' || roles.some((role) => allowed.includes(role));
}

export type NavItem = {
  area: Area;
  to: '/' | '/units' | '/registry' | '/my-profile' | '/notifications' | '/email-log' | '/account';
  labelKey: string;
};

const NAV_ITEMS: readonly NavItem[] = [
  { area: 'home', to: '/', labelKey: 'nav.home' },
  { area: 'units', to: '/units', labelKey: 'nav.units' },
  { area: 'registry', to: '/registry', labelKey: 'nav.registry' },
  { area: 'myProfile', to: '/my-profile', labelKey: 'nav.myProfile' },
  { area: 'notifications', to: '/notifications', labelKey: 'nav.notifications' },
  { area: 'emailLog', to: '/email-log', labelKey: 'nav.emailLog' },
  { area: 'account', to: '/account', labelKey: 'nav.account' },
];

export function navigationFor(roles: readonly Role[]): NavItem[] {
  return NAV_ITEMS.filter((item) => canUse(roles, item.area));
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

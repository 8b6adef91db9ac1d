import type { Locale, Role, Scope } from './roles';

export interface UserPrincipal {
  kind: 'user';
  userId: string;
  email: string;
  displayName: string;
  locale: Locale;
  roles: Role[];
  unitIds: string[];
}

export interface ClientPrincipal {
  kind: 'client';
  clientId: string;
  scopes: Scope[];
}

export type Principal = UserPrincipal | ClientPrincipal;

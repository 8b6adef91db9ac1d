export enum Role {
  Admin = 'admin',
  Coordinator = 'coordinator',
  Orderer = 'orderer',
  Approver = 'approver',
  Expert = 'expert',
  Reporter = 'reporter',
}

export const ALL_ROLES: Role[] = Object.values(Role);

/** OAuth2 scopes for machine clients (payroll systems). */
export enum Scope {
  PayrollRead = 'payroll:read',
  PayrollWrite = 'payroll:write',
}

export const ALL_SCOPES: Scope[] = Object.values(Scope);

export enum Locale {
  Fi = 'fi',
  Sv = 'sv',
  En = 'en',
}

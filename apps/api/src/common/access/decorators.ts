import { applyDecorators, createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import { ApiBearerAuth, ApiOAuth2, ApiSecurity } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { ApiProblems } from '../openapi-decorators';
import type { ClientPrincipal, Principal, UserPrincipal } from './principal';
import { Role, Scope } from './roles';

export const IS_PUBLIC = 'kokemus:public';
export const ROLES = 'kokemus:roles';
export const SCOPES = 'kokemus:scopes';
export const ANY_USER = 'kokemus:any-user';

/** Open to anyone, signed in or not. Every route declares this, or who may call it. */
export const Public = () => applyDecorators(SetMetadata(IS_PUBLIC, true), ApiSecurity({}));

/** Signed-in people holding one of these roles. */
export const Roles = (...roles: Role[]) =>
  applyDecorators(SetMetadata(ROLES, roles), ApiBearerAuth('bearer'), ApiProblems(401, 403));

/** Machine clients holding one of these OAuth2 scopes. */
export const Scopes = (...scopes: Scope[]) =>
  applyDecorators(SetMetadata(SCOPES, scopes), ApiOAuth2(scopes, 'clientCredentials'), ApiProblems(401, 403));

/** Any signed-in person, whatever their roles (their own account, their own notifications). */
export const AnyUser = () => applyDecorators(SetMetadata(ANY_USER, true), ApiBearerAuth('bearer'), ApiProblems(401));

export type AuthedRequest = FastifyRequest & { user?: Principal };

export const CurrentPrincipal = createParamDecorator((_: unknown, ctx: ExecutionContext): Principal => {
  const principal = ctx.switchToHttp().getRequest<AuthedRequest>().user;
  if (!principal) throw new Error('CurrentPrincipal used on a route without authentication');
  return principal;
});

export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): UserPrincipal => {
  const principal = ctx.switchToHttp().getRequest<AuthedRequest>().user;
  if (principal?.kind !== 'user') throw new Error('CurrentUser used on a route open to machine clients');
  return principal;
});

export const CurrentClient = createParamDecorator((_: unknown, ctx: ExecutionContext): ClientPrincipal => {
  const principal = ctx.switchToHttp().getRequest<AuthedRequest>().user;
  if (principal?.kind !== 'client') throw new Error('CurrentClient used on a route open to people');
  return principal;
});

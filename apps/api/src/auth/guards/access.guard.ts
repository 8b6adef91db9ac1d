import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { AuditActorType, AuditOutcome } from '../../audit/audit-event.entity';
import { AuditService } from '../../audit/audit.service';
import { AuthErrorCode, authProblem } from '../auth.exception';
import { ANY_USER, AuthedRequest, IS_PUBLIC, ROLES, SCOPES } from '../../common/access/decorators';
import { Role, Scope } from '../../common/access/roles';

export interface AccessDeclaration {
  isPublic: boolean;
  anyUser: boolean;
  roles: Role[];
  scopes: Scope[];
}

export function accessDeclaration(reflector: Reflector, targets: Array<object>): AccessDeclaration {
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  const t = targets as Array<Function>;
  return {
    isPublic: !!reflector.getAllAndOverride<boolean>(IS_PUBLIC, t),
    anyUser: !!reflector.getAllAndOverride<boolean>(ANY_USER, t),
    roles: reflector.getAllAndOverride<Role[]>(ROLES, t) ?? [],
    scopes: reflector.getAllAndOverride<Scope[]>(SCOPES, t) ?? [],
  };
}

export function declaresAccess(d: AccessDeclaration): boolean {
  return d.isPublic || d.anyUser || d.roles.length > 0 || d.scopes.length > 0;
}

/**
 * Global, after authentication: deny by default. A route is reachable only through what it declares:
 * @Public(), @AnyUser(), @Roles(...) for people, @Scopes(...) for machine clients.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger('AccessGuard');

  constructor(
    private readonly reflector: Reflector,
    private readonly audit: AuditService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthedRequest>();
    const decl = accessDeclaration(this.reflector, [context.getHandler(), context.getClass()]);
    if (decl.isPublic) return true;
    const principal = request.user;
    const route = `${context.getClass().name}.${context.getHandler().name}`;
    if (!declaresAccess(decl)) {
      this.logger.error({ route }, 'Route declares no access rule; denied');
      throw authProblem(AuthErrorCode.AccessNotDeclared, 'Not allowed');
    }
    if (principal?.kind === 'user') {
      const acting = decl.roles.find((r) => principal.roles.includes(r));
      if (acting || decl.anyUser) {
        this.setActingRole(request, acting ?? principal.roles[0]);
        return true;
      }
      await this.denied(request, route, principal.userId);
      throw authProblem(AuthErrorCode.RoleRequired, 'Not allowed', 'Your role does not allow this.');
    }
    if (principal?.kind === 'client') {
      const scope = decl.scopes.find((s) => principal.scopes.includes(s));
      if (scope) {
        this.setActingRole(request, scope);
        return true;
      }
      await this.denied(request, route, principal.clientId);
      throw authProblem(AuthErrorCode.ScopeRequired, 'Not allowed', 'The token does not carry the scope this needs.');
    }
    throw authProblem(AuthErrorCode.InvalidToken, 'Sign-in required');
  }

  private setActingRole(request: AuthedRequest, role: string | undefined) {
    (request as AuthedRequest & { actingRole?: string }).actingRole = role;
  }

  private async denied(request: AuthedRequest, route: string, actorId: string) {
    const principal = request.user!;
    await this.audit.record({
      action: 'access.denied',
      outcome: AuditOutcome.Denied,
      subjectType: 'route',
      subjectId: route,
      requestId: String(request.id),
      actor: { type: principal.kind === 'user' ? AuditActorType.User : AuditActorType.Client, id: actorId },
    });
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AuditActorType, AuditOutcome } from '../audit/audit-event.entity';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { AuthErrorCode, authProblem } from './auth.exception';
import {
  AcceptInvitationDto,
  AccessTokenDto,
  ClientTokenDto,
  ClientTokenRequestDto,
  isScope,
  LoginDto,
  mapMe,
  MeDto,
  UpdateMeDto,
} from './dto/auth.dto';
import { ApiClientEntity } from './entities/api-client.entity';
import { RefreshTokenEntity } from './entities/refresh-token.entity';
import { UserEntity } from './entities/user.entity';
import { LoginThrottleService } from './login-throttle.service';
import { hashPassword, verifyPassword } from './password';
import { UserInvitationEntity } from './entities/user-invitation.entity';
import { InvitationsService } from './invitations.service';
import type { UserPrincipal } from '../common/access/principal';
import { hashToken, TokenService } from './token.service';
import { UsersService } from './users.service';

export interface SessionResult {
  body: AccessTokenDto;
  refreshToken: string;
  refreshExpiresAt: Date;
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly tokens: TokenService,
    private readonly throttle: LoginThrottleService,
    private readonly audit: AuditService,
    private readonly users: UsersService,
    private readonly invitations: InvitationsService,
    private readonly clock: Clock,
  ) {}

  /**
   * Sets the password of an invited account with the one-time link and signs the person in. A bad link
   * counts as a failed sign-in for the address (the same throttle), so links cannot be guessed at speed.
   */
  async acceptInvitation(dto: AcceptInvitationDto, address: string): Promise<SessionResult> {
    const id = this.invitations.verify(dto.token);
    await this.throttle.assertAllowed(`invitation:${id ?? 'invalid'}`, address);
    if (!id) {
      await this.throttle.record('invitation:invalid', address, false);
      throw authProblem(
        AuthErrorCode.InvitationInvalid,
        'The link is not valid',
        'Check that the whole link was copied.',
      );
    }
    const passwordHash = await hashPassword(dto.password);
    return this.dataSource.transaction(async (manager) => {
      const invitation = await manager.findOne(UserInvitationEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!invitation) {
        await this.throttle.record(`invitation:${id}`, address, false);
        throw authProblem(AuthErrorCode.InvitationInvalid, 'The link is not valid');
      }
      if (invitation.usedAt)
        throw authProblem(
          AuthErrorCode.InvitationUsed,
          'The link has been used',
          'Sign in with your e-mail address and password, or ask the coordinator for a new link.',
        );
      if (invitation.expiresAt.getTime() <= this.clock.now().getTime())
        throw authProblem(
          AuthErrorCode.InvitationExpired,
          'The link has expired',
          'Ask the coordinator for a new link.',
        );
      await manager.update(UserInvitationEntity, { id }, { usedAt: this.clock.now() });
      await manager.query(
        'UPDATE user_account SET password_hash = $2, last_login_at = now(), active = true WHERE id = $1',
        [invitation.userId, passwordHash],
      );
      await this.throttle.record(`invitation:${id}`, address, true);
      const refresh = await this.tokens.issueRefreshToken(manager, invitation.userId);
      await this.audit.record(
        {
          action: 'auth.invitation_accepted',
          subjectType: 'user',
          subjectId: invitation.userId,
          actor: { type: AuditActorType.User, id: invitation.userId },
        },
        manager,
      );
      return this.session(manager, invitation.userId, refresh);
    });
  }

  async login(dto: LoginDto, address: string): Promise<SessionResult> {
    const email = dto.email;
    await this.throttle.assertAllowed(email, address);
    const user = await this.dataSource.getRepository(UserEntity).findOne({ where: { email } });
    const ok = (await verifyPassword(user?.passwordHash, dto.password)) && !!user?.active;
    await this.throttle.record(email, address, ok);
    if (!ok || !user) {
      await this.audit.record({
        action: 'auth.login',
        outcome: AuditOutcome.Failure,
        subjectType: user ? 'user' : undefined,
        subjectId: user?.id,
        actor: { type: AuditActorType.Anonymous },
      });
      throw authProblem(
        AuthErrorCode.InvalidCredentials,
        'Wrong e-mail or password',
        'Check your e-mail address and password and try again.',
      );
    }
    return this.dataSource.transaction(async (manager) => {
      await manager.query('UPDATE user_account SET last_login_at = now() WHERE id = $1', [user.id]);
      const refresh = await this.tokens.issueRefreshToken(manager, user.id);
      await this.audit.record(
        {
          action: 'auth.login',
          subjectType: 'user',
          subjectId: user.id,
          actor: { type: AuditActorType.User, id: user.id },
        },
        manager,
      );
      return this.session(manager, user.id, refresh);
    });
  }

  async refresh(token: string | undefined): Promise<SessionResult> {
    if (!token)
      throw authProblem(AuthErrorCode.RefreshTokenMissing, 'Sign-in required', 'Please sign in again.');
    const outcome = await this.dataSource.transaction(async (manager) => {
      const row = await manager.findOne(RefreshTokenEntity, {
        where: { tokenHash: hashToken(token) },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row || row.revokedAt || row.expiresAt.getTime() <= Date.now()) return { kind: 'invalid' as const };
      if (row.usedAt) {
        await this.revokeFamily(manager, row.familyId, 'reuse');
        await this.audit.record(
          {
            action: 'auth.refresh_reuse',
            outcome: AuditOutcome.Denied,
            subjectType: 'user',
            subjectId: row.userId,
            actor: { type: AuditActorType.Anonymous },
          },
          manager,
        );
        return { kind: 'reused' as const };
      }
      const user = await manager.findOne(UserEntity, { where: { id: row.userId, active: true } });
      if (!user) {
        await this.revokeFamily(manager, row.familyId, 'user_inactive');
        return { kind: 'invalid' as const };
      }
      await manager.update(RefreshTokenEntity, { id: row.id }, { usedAt: new Date() });
      const next = await this.tokens.issueRefreshToken(manager, row.userId, row.familyId);
      return { kind: 'ok' as const, session: await this.session(manager, row.userId, next) };
    });
    if (outcome.kind === 'reused') {
      throw authProblem(
        AuthErrorCode.RefreshTokenReused,
        'Session ended',
        'This session was ended for your safety. Please sign in again.',
      );
    }
    if (outcome.kind === 'invalid') {
      throw authProblem(AuthErrorCode.RefreshTokenInvalid, 'Sign-in required', 'Please sign in again.');
    }
    return outcome.session;
  }

  async logout(token: string | undefined): Promise<void> {
    if (!token) return;
    await this.dataSource.transaction(async (manager) => {
      const row = await manager.findOne(RefreshTokenEntity, { where: { tokenHash: hashToken(token) } });
      if (!row) return;
      await this.revokeFamily(manager, row.familyId, 'logout');
      await this.audit.record(
        {
          action: 'auth.logout',
          subjectType: 'user',
          subjectId: row.userId,
          actor: { type: AuditActorType.User, id: row.userId },
        },
        manager,
      );
    });
  }

  async me(principal: UserPrincipal): Promise<MeDto> {
    return mapMe(principal);
  }

  async updateMe(principal: UserPrincipal, dto: UpdateMeDto): Promise<MeDto> {
    await this.dataSource.transaction(async (manager) => {
      if (dto.locale) await manager.update(UserEntity, { id: principal.userId }, { locale: dto.locale });
      await this.audit.record(
        { action: 'user.update_own', subjectType: 'user', subjectId: principal.userId },
        manager,
      );
    });
    const fresh = await this.users.loadPrincipal(principal.userId);
    if (!fresh) throw authProblem(AuthErrorCode.InvalidToken, 'Sign-in required');
    return mapMe(fresh);
  }

  async clientCredentials(
    dto: ClientTokenRequestDto,
    basic: { id: string; secret: string } | undefined,
    address: string,
  ): Promise<ClientTokenDto> {
    if (dto.grant_type !== 'client_credentials') {
      throw authProblem(
        AuthErrorCode.UnsupportedGrantType,
        'Unsupported grant type',
        'Only client_credentials is supported.',
      );
    }
    const clientId = (basic?.id ?? dto.client_id ?? '').trim();
    const secret = basic?.secret ?? dto.client_secret ?? '';
    const account = `client:${clientId.toLowerCase()}`;
    await this.throttle.assertAllowed(account, address);
    const client = clientId
      ? await this.dataSource.getRepository(ApiClientEntity).findOne({ where: { clientId } })
      : null;
    const ok = (await verifyPassword(client?.secretHash, secret)) && !!client?.active;
    await this.throttle.record(account, address, ok);
    if (!ok || !client) {
      await this.audit.record({
        action: 'auth.client_token',
        outcome: AuditOutcome.Failure,
        actor: { type: AuditActorType.Anonymous },
      });
      throw authProblem(AuthErrorCode.InvalidClient, 'Client authentication failed');
    }
    const requested = dto.scope ? dto.scope.split(/\s+/).filter(Boolean) : client.scopes;
    const unknown = requested.filter((s) => !isScope(s) || !client.scopes.includes(s));
    if (unknown.length > 0 || requested.length === 0) {
      throw authProblem(
        AuthErrorCode.InvalidScope,
        'Scope not granted',
        `Not granted: ${unknown.join(' ') || '(none)'}`,
      );
    }
    const scopes = requested.filter(isScope);
    const { token, expiresIn } = this.tokens.clientTokenFor(client.clientId, scopes);
    await this.audit.record({
      action: 'auth.client_token',
      subjectType: 'api_client',
      subjectId: client.id,
      actor: { type: AuditActorType.Client, id: client.clientId },
    });
    return { access_token: token, token_type: 'Bearer', expires_in: expiresIn, scope: scopes.join(' ') };
  }

  private async revokeFamily(manager: EntityManager, familyId: string, reason: string): Promise<void> {
    await manager.update(
      RefreshTokenEntity,
      { familyId, revokedAt: IsNull() },
      { revokedAt: new Date(), revokedReason: reason },
    );
  }

  private async session(
    manager: EntityManager,
    userId: string,
    refresh: { token: string; expiresAt: Date },
  ): Promise<SessionResult> {
    const principal = await this.users.loadPrincipal(userId, manager);
    if (!principal) throw authProblem(AuthErrorCode.InvalidCredentials, 'Wrong e-mail or password');
    const access = this.tokens.accessTokenFor(userId);
    return {
      body: {
        accessToken: access.token,
        tokenType: 'Bearer',
        expiresIn: access.expiresIn,
        user: mapMe(principal),
      },
      refreshToken: refresh.token,
      refreshExpiresAt: refresh.expiresAt,
    };
  }

  refreshCookieMaxAge(): number {
    return this.config.REFRESH_TOKEN_TTL_DAYS * 86_400;
  }
}

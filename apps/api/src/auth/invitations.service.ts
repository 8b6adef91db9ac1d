import { Inject, Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { Locale, Role } from '../common/access/roles';
import { Clock } from '../common/clock';
import { SignedLinks } from '../common/signed-links';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { UserInvitationEntity } from './entities/user-invitation.entity';
import { UserEntity } from './entities/user.entity';

export interface Invitation {
  userId: string;
  invitationId: string;
  expiresAt: Date;
}

/**
 * Accounts for people the county takes in (a new expert): the account is made without a password and
 * the person sets one with a one-time signed link (`POST /auth/invitations/accept`).
 */
@Injectable()
export class InvitationsService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly links: SignedLinks,
  ) {}

  /**
   * The account for this address gets the role (made when there is none) and a new invitation; an
   * earlier unused invitation stops working. In the caller's transaction.
   */
  async invite(
    manager: EntityManager,
    p: { email: string; displayName: string; locale: Locale; role: Role },
  ): Promise<Invitation> {
    const email = p.email.trim().toLowerCase();
    let user = await manager.findOne(UserEntity, { where: { email }, lock: { mode: 'pessimistic_write' } });
    if (!user) {
      user = await manager.save(
        manager.create(UserEntity, {
          email,
          displayName: p.displayName,
          passwordHash: null,
          locale: p.locale,
          roles: [p.role],
          active: true,
        }),
      );
    } else {
      // a returning person's closed account opens again with the role
      const roles = user.roles.includes(p.role) ? user.roles : [...user.roles, p.role];
      await manager.update(UserEntity, { id: user.id }, { roles, active: true });
    }
    const now = this.clock.now();
    await manager.update(UserInvitationEntity, { userId: user.id, usedAt: IsNull() }, { usedAt: now });
    const expiresAt = new Date(now.getTime() + this.config.INVITATION_TTL_DAYS * 86_400_000);
    const saved = await manager.save(
      manager.create(UserInvitationEntity, { userId: user.id, expiresAt, usedAt: null }),
    );
    return { userId: user.id, invitationId: saved.id, expiresAt };
  }

  /** The path of the page where the invited person sets their password. */
  link(invitationId: string): string {
    return `/invitation?token=${this.links.sign('invitation', invitationId)}`;
  }

  /** The invitation a token was signed for, or null. */
  verify(token: string): string | null {
    return this.links.verify('invitation', token);
  }
}

import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { UserPrincipal } from '../common/access/principal';
import { addBusinessDays, helsinkiDate, helsinkiInstant } from '../common/business-days';
import { Clock } from '../common/clock';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { EventBus } from '../events/event-bus';
import { ReminderStatus } from '../notifications/entities/reminder.entity';
import { Delivery, NotificationsService } from '../notifications/notifications.service';
import { RemindersService } from '../notifications/reminders.service';
import { FeeClaimEntity, FeeClaimEventEntity } from './entities/fees.entities';
import { FeesErrorCode, feesProblem } from './fees.exception';
import {
  allowedClaimCommands,
  ClaimCommand,
  ClaimOwner,
  ClaimStatus,
  nextClaimStatus,
  ownerOf,
  stepBusinessDays,
} from './fees.rules';

export const REMINDER_KIND = 'fee_claim';

/** The reminder of a claim's step, in the owner's language. */
export const claimReminderTitle = (number: string) => ({
  fi: `Palkkiolomake ${number} odottaa sinua`,
  sv: `Arvodesblanketten ${number} väntar på dig`,
  en: `Fee claim ${number} is waiting for you`,
});

export type ClaimTemplate =
  | 'fee.claim_ready'
  | 'fee.claim_to_confirm'
  | 'fee.claim_to_approve'
  | 'fee.claim_returned'
  | 'fee.claim_paid';

/**
 * What every step of a claim does besides its own change: the new status, owner and due moment, the
 * claim's timeline, the audit trail, the owner's reminder, and the `fee.claim_step` fact (whose notices
 * are planned here).
 */
@Injectable()
export class ClaimStepsService implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
    private readonly notifications: NotificationsService,
    private readonly reminders: RemindersService,
    private readonly bus: EventBus,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.notifications.registerPlanner('fee.claim_step', async (event, manager) => {
      const p = event.payload as { claimId: string; template: ClaimTemplate };
      return this.plan(manager, p.claimId, p.template);
    });
  }

  async move(
    manager: EntityManager,
    user: UserPrincipal,
    c: FeeClaimEntity,
    command: ClaimCommand,
    changes: Partial<FeeClaimEntity>,
    note: string | null = null,
  ): Promise<void> {
    const next = nextClaimStatus(c.status, command)!;
    const owner = ownerOf(next);
    await manager.update(
      FeeClaimEntity,
      { id: c.id },
      {
        status: next,
        owner,
        dueAt: this.dueFor(next),
        remindedAt: null,
        escalatedAt: null,
        ...(owner === ClaimOwner.Nobody ? { ownerUserId: null } : {}),
        ...changes,
      },
    );
    await this.recordEvent(manager, c.id, user.userId, user.displayName, command, c.status, next, note);
    await this.audit.record(
      { action: `fee_claim.${command}`, subjectType: 'fee_claim', subjectId: c.id },
      manager,
    );
    if (owner === ClaimOwner.Nobody)
      await this.reminders.close(manager, REMINDER_KIND, 'fee_claim', c.id, ReminderStatus.Done);
    else await this.openReminder(manager, c.id);
  }

  assertStep(status: ClaimStatus, command: ClaimCommand): void {
    if (!nextClaimStatus(status, command)) {
      throw feesProblem(
        FeesErrorCode.Transition,
        `A ${status} claim cannot take the step ${command}.`,
        undefined,
        {
          claimStatus: status,
          allowed: allowedClaimCommands(status),
        },
      );
    }
  }

  dueFor(status: ClaimStatus): Date | null {
    const days = stepBusinessDays(status, {
      expert: this.config.FEE_EXPERT_BUSINESS_DAYS,
      orderer: this.config.FEE_ORDERER_BUSINESS_DAYS,
      approver: this.config.FEE_APPROVER_BUSINESS_DAYS,
      payroll: this.config.FEE_PAYROLL_BUSINESS_DAYS,
      coordinator: this.config.FEE_COORDINATOR_BUSINESS_DAYS,
    });
    return days === null ? null : this.dueFrom(days);
  }

  /** 16:00 Helsinki time on the Nth business day from today. */
  dueFrom(businessDays: number): Date {
    return helsinkiInstant(addBusinessDays(helsinkiDate(this.clock.now()), businessDays), 16, 0);
  }

  async openReminder(manager: EntityManager, id: string): Promise<void> {
    const [c] = await manager.query<
      Array<{ owner_user_id: string | null; due_at: Date | null; number: string }>
    >('SELECT owner_user_id, due_at, number FROM fee_claim WHERE id = $1', [id]);
    if (!c?.owner_user_id || !c.due_at) {
      await this.reminders.close(manager, REMINDER_KIND, 'fee_claim', id, ReminderStatus.Cancelled);
      return;
    }
    await this.reminders.open(manager, {
      kind: REMINDER_KIND,
      subjectType: 'fee_claim',
      subjectId: id,
      ownerUserId: c.owner_user_id,
      dueAt: new Date(c.due_at),
      title: claimReminderTitle(c.number),
      link: `/fees/${id}`,
    });
  }

  /** A line of the claim's timeline. */
  async recordEvent(
    manager: EntityManager,
    claimId: string,
    actor: string,
    actorName: string | null,
    action: string,
    fromStatus: string | null,
    toStatus: string | null,
    note: string | null,
  ): Promise<void> {
    await manager.insert(FeeClaimEventEntity, {
      claimId,
      actor,
      actorName,
      action,
      fromStatus,
      toStatus,
      note,
    });
  }

  async notify(manager: EntityManager, claimId: string, template: ClaimTemplate): Promise<void> {
    await this.bus.publish(manager, {
      type: 'fee.claim_step',
      aggregateType: 'fee_claim',
      aggregateId: claimId,
      payload: { claimId, template },
    });
  }

  private async plan(manager: EntityManager, claimId: string, template: ClaimTemplate): Promise<Delivery[]> {
    const [c] = await manager.query<
      Array<{
        number: string;
        title: string;
        owner_user_id: string | null;
        expert_user_id: string | null;
        return_reason: string | null;
        total_cents: number;
      }>
    >(
      `SELECT c.number, o.title, c.owner_user_id, e.user_id AS expert_user_id, c.return_reason, c.total_cents
         FROM fee_claim c JOIN orders.orders o ON o.id = c.order_id JOIN registry.experts e ON e.id = c.expert_id WHERE c.id = $1`,
      [claimId],
    );
    if (!c) return [];
    const to =
      template === 'fee.claim_paid' || template === 'fee.claim_ready' || template === 'fee.claim_returned'
        ? c.expert_user_id
        : c.owner_user_id;
    if (!to) return [];
    return [
      {
        userId: to,
        template,
        params: {
          number: c.number,
          title: c.title,
          link: `/fees/${claimId}`,
          reason: c.return_reason ?? '',
          totalCents: c.total_cents,
        },
      },
    ];
  }
}

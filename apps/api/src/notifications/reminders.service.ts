import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { ReminderEntity, ReminderStatus } from './entities/reminder.entity';
import { NotificationsService } from './notifications.service';
import { EventBus } from '../events/event-bus';
import { nextStep, remindAt } from './reminders.rules';
import type { Localized } from './templates/templates';

export interface OpenReminder {
  kind: string;
  subjectType: string;
  subjectId: string;
  ownerUserId: string;
  dueAt: Date;
  /** Remind this many business days before the due day (default 1). */
  remindBusinessDaysBefore?: number;
  title: Localized;
  link: string;
}

/**
 * The reminder engine every module uses for a step with an owner and a due date: remind the owner
 * N business days before, and when the due moment passes, tell the owner and escalate to the
 * coordinators. Reminders travel through the outbox like any other event.
 */
@Injectable()
export class RemindersService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly bus: EventBus,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.notifications.registerPlanner('reminder.due', async (event) => {
      const p = event.payload as { ownerUserId: string; title: Localized; link: string; dueAt: string };
      return [{ userId: p.ownerUserId, template: 'reminder.due', params: { title: p.title, link: p.link, dueAt: p.dueAt } }];
    });
    this.notifications.registerPlanner('reminder.overdue', async (event, manager) => {
      const p = event.payload as { ownerUserId: string; title: Localized; link: string; dueAt: string };
      const [owner] = await manager.query<Array<{ display_name: string }>>(
        'SELECT display_name FROM auth.users WHERE id = $1',
        [p.ownerUserId],
      );
      const coordinators = await manager.query<Array<{ id: string }>>(
        `SELECT id FROM auth.users WHERE active AND 'coordinator' = ANY(roles) AND id <> $1`,
        [p.ownerUserId],
      );
      const params = { title: p.title, link: p.link, dueAt: p.dueAt };
      return [
        { userId: p.ownerUserId, template: 'reminder.overdue' as const, params },
        ...coordinators.map((c) => ({
          userId: c.id,
          template: 'reminder.escalated' as const,
          params: { ...params, ownerName: owner?.display_name ?? '?' },
        })),
      ];
    });
  }

  /** Opens (or replaces) the reminder of a step, inside the transaction that gave the step its owner. */
  async open(manager: EntityManager, r: OpenReminder): Promise<void> {
    await this.close(manager, r.kind, r.subjectType, r.subjectId, ReminderStatus.Cancelled);
    await manager.insert(ReminderEntity, {
      kind: r.kind,
      subjectType: r.subjectType,
      subjectId: r.subjectId,
      ownerUserId: r.ownerUserId,
      dueAt: r.dueAt,
      remindAt: remindAt(r.dueAt, r.remindBusinessDaysBefore ?? 1),
      params: { title: r.title, link: r.link },
    });
  }

  /**
   * Opens a standing reminder unless the same one is already open (e.g. "enter next year's kilometre
   * rate", asked for by every claim that needs it). Returns whether it was opened now.
   */
  async openOnce(manager: EntityManager, r: OpenReminder): Promise<boolean> {
    const rows = await manager.query<Array<{ id: string }>>(
      `INSERT INTO reminder (kind, subject_type, subject_id, owner_user_id, due_at, remind_at, params)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (kind, subject_type, subject_id) WHERE status = 'open' DO NOTHING
       RETURNING id`,
      [
        r.kind,
        r.subjectType,
        r.subjectId,
        r.ownerUserId,
        r.dueAt,
        remindAt(r.dueAt, r.remindBusinessDaysBefore ?? 1),
        JSON.stringify({ title: r.title, link: r.link }),
      ],
    );
    return rows.length > 0;
  }

  /** Closes the open reminders of many subjects of one kind in one statement (a payroll batch). */
  async closeMany(
    manager: EntityManager,
    kind: string,
    subjectType: string,
    subjectIds: string[],
    status: ReminderStatus.Done | ReminderStatus.Cancelled = ReminderStatus.Done,
  ): Promise<void> {
    if (!subjectIds.length) return;
    await manager.query(
      `UPDATE reminder SET status = $4 WHERE kind = $1 AND subject_type = $2 AND subject_id = ANY($3::text[]) AND status = 'open'`,
      [kind, subjectType, subjectIds, status],
    );
  }

  /** Opens the reminders of many steps in one statement (each subject's open one must be closed first). */
  async openMany(manager: EntityManager, reminders: OpenReminder[]): Promise<void> {
    if (!reminders.length) return;
    await manager.query(
      `INSERT INTO reminder (kind, subject_type, subject_id, owner_user_id, due_at, remind_at, params)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::uuid[], $5::timestamptz[], $6::timestamptz[], $7::jsonb[])`,
      [
        reminders.map((r) => r.kind),
        reminders.map((r) => r.subjectType),
        reminders.map((r) => r.subjectId),
        reminders.map((r) => r.ownerUserId),
        reminders.map((r) => r.dueAt),
        reminders.map((r) => remindAt(r.dueAt, r.remindBusinessDaysBefore ?? 1)),
        reminders.map((r) => JSON.stringify({ title: r.title, link: r.link })),
      ],
    );
  }

  /** Closes the open reminder of a step (done, or cancelled when the step went away). */
  async close(
    manager: EntityManager,
    kind: string,
    subjectType: string,
    subjectId: string,
    status: ReminderStatus.Done | ReminderStatus.Cancelled = ReminderStatus.Done,
  ): Promise<void> {
    await manager.update(ReminderEntity, { kind, subjectType, subjectId, status: ReminderStatus.Open }, { status });
  }

  /** One pass: sends what is due now. Safe to run in several workers at once. Returns events recorded. */
  async scan(limit = 500): Promise<number> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const rows = await manager
        .createQueryBuilder(ReminderEntity, 'r')
        .where('r.status = :open', { open: ReminderStatus.Open })
        .andWhere(
          '((r.reminded_at IS NULL AND r.escalated_at IS NULL AND r.remind_at <= :now) OR (r.escalated_at IS NULL AND r.due_at <= :now))',
          { now },
        )
        .orderBy('r.due_at', 'ASC')
        .limit(limit)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      let recorded = 0;
      for (const r of rows) {
        const step = nextStep(r, now);
        if (step === 'none') continue;
        const payload = { ownerUserId: r.ownerUserId, title: r.params.title, link: r.params.link, dueAt: r.dueAt.toISOString() };
        await this.bus.publish(manager, {
          type: step === 'remind' ? 'reminder.due' : 'reminder.overdue',
          aggregateType: r.subjectType,
          aggregateId: r.subjectId,
          payload: { ...payload, reminderId: r.id, kind: r.kind },
        });
        await manager.update(
          ReminderEntity,
          { id: r.id },
          step === 'remind' ? { remindedAt: now } : { escalatedAt: now, remindedAt: r.remindedAt ?? now },
        );
        recorded++;
      }
      return recorded;
    });
  }
}

import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { UserPrincipal } from '../common/access/principal';
import { Locale } from '../common/access/roles';
import { decodeCursor, DEFAULT_PAGE_SIZE, pageOf } from '../common/pagination';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { JobsService } from '../jobs/jobs.service';
import { ALL_CATEGORIES, LOCKED_CATEGORIES, NotificationCategory } from './categories';
import {
  EmailMessageDto,
  EmailMessagePageDto,
  ListNotificationsQueryDto,
  mapEmail,
  mapEmailSummary,
  mapNotification,
  NotificationDto,
  NotificationPageDto,
  NotificationPreferencesDto,
  UpdateNotificationPreferencesDto,
} from './dto/notification.dto';
import { EmailMessageEntity, EmailStatus } from './entities/email-message.entity';
import { NotificationPreferenceEntity } from './entities/notification-preference.entity';
import { NotificationEntity } from './entities/notification.entity';
import { MailerService } from './mailer.service';
import { NotificationsErrorCode, notificationsProblem } from './notifications.exception';
import { EventBus } from '../events/event-bus';
import { renderTemplate } from './templates/render';
import { TemplateKey, TemplateParams, TEMPLATES } from './templates/templates';

export const SEND_EMAIL_QUEUE = 'email-send';

/** What the log keeps of a sent message that held a one-time link. */
export const REMOVED_AFTER_SENDING = '(The message held a one-time link and was removed from the log after sending.)';

/** Someone without an account yet (an applicant, a guardian): e-mail only, no in-app note, no opt-outs. */
export interface Recipient {
  address: string;
  locale: Locale;
  name: string;
}

/** One message for one person (an account holder, or a recipient by address), as an event's planner decides. */
export type Delivery<K extends TemplateKey = TemplateKey> = {
  template: K;
  params: TemplateParams<K>;
  /** The message holds a one-time link: its body is blanked in the log once it has been sent. */
  sensitive?: boolean;
} & ({ userId: string; to?: never } | { to: Recipient; userId?: never });

/** Decides who hears about an event and what they are told. */
/** The fact a planner turns into messages: its outbox id, type and payload. */
export interface PlannedEvent {
  id: string;
  type: string;
  payload: Record<string, unknown>;
}

export type Planner = (event: PlannedEvent, manager: EntityManager) => Promise<Delivery[]>;

@Injectable()
export class NotificationsService {
  private readonly planners = new Map<string, Planner[]>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly jobs: JobsService,
    private readonly mailer: MailerService,
    private readonly bus: EventBus,
    private readonly audit: AuditService,
  ) {
    this.bus.subscribeAfterCommit((eventId) => this.deliverEvent(eventId));
    this.registerPlanner('system.test', async (event) => [
      {
        userId: String(event.payload.userId),
        template: 'system.test',
        params: { requestedBy: String(event.payload.requestedBy) },
      },
    ]);
  }

  /** Several modules may plan for one event (e.g. a cancelled task: notices, and a late-cancellation fee). */
  registerPlanner(eventType: string, planner: Planner): void {
    this.planners.set(eventType, [...(this.planners.get(eventType) ?? []), planner]);
  }

  /**
   * Turns one event into in-app notifications and e-mails. Idempotent: a second run for the same event
   * finds the rows in place (unique per event, person and template) and sends nothing new.
   */
  async deliverEvent(eventId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const event = await this.bus.find(manager, eventId);
      const planners = event && this.planners.get(event.type);
      if (!event || !planners) return;
      const deliveries: Delivery[] = [];
      for (const planner of planners) deliveries.push(...(await planner(event, manager)));
      if (deliveries.length === 0) return;
      for (const d of deliveries) if (d.to) await this.queueToAddress(manager, event.id, d.to, d);
      const people = await manager.query<Array<{ id: string; email: string; display_name: string; locale: Locale }>>(
        `SELECT id, email, display_name, locale FROM auth.users WHERE id = ANY($1::uuid[]) AND active`,
        [[...new Set(deliveries.flatMap((d) => (d.userId ? [d.userId] : [])))]],
      );
      const byId = new Map(people.map((p) => [p.id, p]));
      const optedOut = await this.optedOut(manager, people.map((p) => p.id));
      for (const d of deliveries) {
        const person = d.userId ? byId.get(d.userId) : undefined;
        if (!person) continue;
        const category = TEMPLATES[d.template].category;
        const m = renderTemplate(d.template, person.locale, d.params as never, person.display_name, this.config.PUBLIC_URL);
        await manager.query(
          `INSERT INTO notification (user_id, event_id, template, category, title, body, link)
           VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING`,
          [person.id, event.id, d.template, category, m.subject, m.summary, m.link],
        );
        const emailAllowed = LOCKED_CATEGORIES.includes(category) || !optedOut.has(`${person.id}:${category}`);
        if (!emailAllowed) continue;
        const inserted = await manager.query<Array<{ id: string }>>(
          `INSERT INTO email_message (event_id, user_id, template, category, to_address, locale, subject, text_body, html_body, sensitive)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT DO NOTHING RETURNING id`,
          [event.id, person.id, d.template, category, person.email, person.locale, m.subject, m.text, m.html, d.sensitive ?? false],
        );
        if (inserted[0]) {
          await this.jobs.send(SEND_EMAIL_QUEUE, { emailId: inserted[0].id }, manager, { singletonKey: `email:${inserted[0].id}` });
        }
      }
    });
  }

  /** An e-mail to an address with no account behind it; once per event, address and template. */
  private async queueToAddress(manager: EntityManager, eventId: string, to: Recipient, d: Delivery): Promise<void> {
    const category = TEMPLATES[d.template].category;
    const m = renderTemplate(d.template, to.locale, d.params as never, to.name, this.config.PUBLIC_URL, { settingsLink: false });
    const inserted = await manager.query<Array<{ id: string }>>(
      `INSERT INTO email_message (event_id, user_id, template, category, to_address, locale, subject, text_body, html_body, sensitive)
       VALUES ($1, NULL, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (event_id, to_address, template) WHERE user_id IS NULL DO NOTHING RETURNING id`,
      [eventId, d.template, category, to.address, to.locale, m.subject, m.text, m.html, d.sensitive ?? false],
    );
    if (inserted[0]) {
      await this.jobs.send(SEND_EMAIL_QUEUE, { emailId: inserted[0].id }, manager, { singletonKey: `email:${inserted[0].id}` });
    }
  }

  /** Sends one e-mail; a message already sent is never sent again. Failures are retried by the queue. */
  async sendEmail(emailId: string): Promise<void> {
    const repo = this.dataSource.getRepository(EmailMessageEntity);
    const email = await repo.findOne({ where: { id: emailId } });
    if (!email || email.status === EmailStatus.Sent) return;
    try {
      await this.mailer.send({
        id: email.id,
        to: email.toAddress,
        subject: email.subject,
        text: email.textBody,
        html: email.htmlBody,
        locale: email.locale,
      });
    } catch (err) {
      await repo.update(
        { id: email.id },
        { attempts: () => 'attempts + 1', lastError: err instanceof Error ? err.message.slice(0, 300) : 'send failed' },
      );
      throw err;
    }
    const blanked = email.sensitive
      ? { textBody: REMOVED_AFTER_SENDING, htmlBody: `<p>${REMOVED_AFTER_SENDING}</p>` }
      : {};
    await repo.update(
      { id: email.id, status: EmailStatus.Pending },
      { status: EmailStatus.Sent, sentAt: new Date(), attempts: () => 'attempts + 1', lastError: null, ...blanked },
    );
  }

  async listMine(user: UserPrincipal, query: ListNotificationsQueryDto): Promise<NotificationPageDto> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(query.cursor, 3);
    const qb = this.dataSource
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .where('n.user_id = :userId', { userId: user.userId });
    if (query.unreadOnly) qb.andWhere('n.read_at IS NULL');
    // Unread first, newest first: keyset over (is_read, created_at desc, id desc).
    const isRead = `(CASE WHEN n.read_at IS NULL THEN 0 ELSE 1 END)`;
    if (after) {
      qb.andWhere(
        `(${isRead} > :r OR (${isRead} = :r AND (n.created_at < :c OR (n.created_at = :c AND n.id < :i))))`,
        { r: after[0], c: after[1], i: after[2] },
      );
    }
    const rows = await qb
      .orderBy(isRead, 'ASC')
      .addOrderBy('n.created_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .limit(limit + 1)
      .getMany();
    return pageOf(rows, limit, mapNotification, (n) => [n.readAt ? 1 : 0, n.createdAt.toISOString(), n.id]);
  }

  async unreadCount(user: UserPrincipal): Promise<number> {
    return this.dataSource.getRepository(NotificationEntity).count({ where: { userId: user.userId, readAt: IsNull() } });
  }

  async markRead(user: UserPrincipal, id: string): Promise<NotificationDto> {
    const repo = this.dataSource.getRepository(NotificationEntity);
    const n = await repo.findOne({ where: { id, userId: user.userId } });
    if (!n) throw notificationsProblem(NotificationsErrorCode.NotFound);
    if (!n.readAt) {
      n.readAt = new Date();
      await repo.update({ id: n.id }, { readAt: n.readAt });
    }
    return mapNotification(n);
  }

  async markAllRead(user: UserPrincipal): Promise<number> {
    const [, count] = await this.dataSource.query<[unknown, number]>(
      'UPDATE notification SET read_at = now() WHERE user_id = $1 AND read_at IS NULL',
      [user.userId],
    );
    return count;
  }

  async preferences(user: UserPrincipal): Promise<NotificationPreferencesDto> {
    const rows = await this.dataSource.getRepository(NotificationPreferenceEntity).find({ where: { userId: user.userId } });
    const chosen = new Map(rows.map((r) => [r.category, r.emailEnabled]));
    return {
      items: ALL_CATEGORIES.map((category) => {
        const locked = LOCKED_CATEGORIES.includes(category);
        return { category, email: locked ? true : (chosen.get(category) ?? true), locked };
      }),
    };
  }

  async updatePreferences(user: UserPrincipal, dto: UpdateNotificationPreferencesDto): Promise<NotificationPreferencesDto> {
    const locked = dto.items.filter((i) => LOCKED_CATEGORIES.includes(i.category) && !i.email);
    if (locked.length) {
      throw notificationsProblem(
        NotificationsErrorCode.CategoryLocked,
        'Messages about your own money and safety always reach you.',
        'items',
      );
    }
    await this.dataSource.transaction(async (manager) => {
      for (const item of dto.items) {
        if (LOCKED_CATEGORIES.includes(item.category)) continue;
        await manager.query(
          `INSERT INTO notification_preference (user_id, category, email_enabled) VALUES ($1, $2, $3)
           ON CONFLICT (user_id, category) DO UPDATE SET email_enabled = EXCLUDED.email_enabled`,
          [user.userId, item.category, item.email],
        );
      }
      await this.audit.record({ action: 'notification_preferences.update', subjectType: 'user', subjectId: user.userId }, manager);
    });
    return this.preferences(user);
  }

  /** An admin checks that e-mail works: a test message to themself, through the whole pipeline. */
  async sendTestMessage(user: UserPrincipal): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const eventId = await this.bus.publish(manager, {
        type: 'system.test',
        aggregateType: 'user',
        aggregateId: user.userId,
        payload: { userId: user.userId, requestedBy: user.displayName },
      });
      await this.audit.record({ action: 'notification.test', subjectType: 'user', subjectId: user.userId }, manager);
      return eventId;
    });
  }

  async listEmails(query: { limit?: number; cursor?: string }): Promise<EmailMessagePageDto> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(query.cursor, 2);
    const qb = this.dataSource.getRepository(EmailMessageEntity).createQueryBuilder('e');
    if (after) qb.where('(e.created_at, e.id) < (:c, :i)', { c: after[0], i: after[1] });
    const rows = await qb.orderBy('e.created_at', 'DESC').addOrderBy('e.id', 'DESC').limit(limit + 1).getMany();
    return pageOf(rows, limit, mapEmailSummary, (e) => [e.createdAt.toISOString(), e.id]);
  }

  async getEmail(id: string): Promise<EmailMessageDto> {
    const email = await this.dataSource.getRepository(EmailMessageEntity).findOne({ where: { id } });
    if (!email) throw notificationsProblem(NotificationsErrorCode.EmailNotFound);
    await this.audit.record({ action: 'email.read', subjectType: 'email_message', subjectId: id, purpose: 'delivery check' });
    return mapEmail(email);
  }

  private async optedOut(manager: EntityManager, userIds: string[]): Promise<Set<string>> {
    if (!userIds.length) return new Set();
    const rows = await manager.query<Array<{ user_id: string; category: NotificationCategory }>>(
      `SELECT user_id, category FROM notification_preference WHERE user_id = ANY($1::uuid[]) AND NOT email_enabled`,
      [userIds],
    );
    return new Set(rows.map((r) => `${r.user_id}:${r.category}`));
  }
}

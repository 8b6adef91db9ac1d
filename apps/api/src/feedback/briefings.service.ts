import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { UsersService } from '../auth/users.service';
import type { UserPrincipal } from '../common/access/principal';
import { Role } from '../common/access/roles';
import { Clock } from '../common/clock';
import { staleVersion } from '../common/concurrency';
import { FieldCipher } from '../common/field-cipher';
import { decodeCursor, DEFAULT_PAGE_SIZE, pageOf } from '../common/pagination';
import { EventBus } from '../events/event-bus';
import { JobsService } from '../jobs/jobs.service';
import type { PlannedEvent } from '../notifications/notifications.service';
import { NotificationsService } from '../notifications/notifications.service';
import type { BriefingParams } from '../notifications/templates/briefing-templates';
import { UnitsService } from '../units/units.service';
import {
  briefingActions,
  type BriefingContent,
  briefingProblems,
  briefingReadRemindAt,
  BriefingReadState,
  briefingReadState,
  BriefingStatus,
  type BriefingViewer,
  briefingWriteRemindAt,
  SupervisionWish,
} from './briefing.rules';
import type {
  BriefingDto,
  BriefingPageDto,
  ConfirmBriefingDto,
  ListBriefingsQueryDto,
  WriteBriefingDto,
} from './dto/briefing.dto';
import { FeedbackErrorCode, feedbackProblem, throwIfProblems } from './feedback.exception';

/** Where both sides read (and the unit writes) a time's briefing. */
export const BRIEFING_PAGE = '/briefings';

/** How far ahead the reminder job looks (the reminders fall one or two business days before). */
const REMIND_LOOKAHEAD_MS = 8 * 86_400_000;

const BRIEFING_TEMPLATES = [
  'briefing.requested',
  'briefing.write_reminder',
  'briefing.ready',
  'briefing.read_reminder',
  'briefing.supervision_wanted',
] as const;

interface Row {
  occurrence_id: string;
  order_id: string;
  number: string;
  title: string;
  unit_id: string;
  unit_name: string;
  starts_at: Date;
  ends_at: Date;
  place: string | null;
  demanding: boolean;
  occurrence_status: string;
  requested_at: Date | null;
  content_enc: string | null;
  revision: number | null;
  written_by: string | null;
  written_at: Date | null;
  version: number | null;
}

interface ReaderRow {
  occurrence_id: string;
  expert_id: string;
  expert_name: string;
  expert_user_id: string | null;
  revision_read: number | null;
  read_at: Date | null;
  supervision_wish: SupervisionWish | null;
}

interface Scope {
  viewer: BriefingViewer;
  where: string[];
  params: unknown[];
  /** The expert's own record (an expert viewer). */
  expertId?: string;
}

const EMPTY: BriefingContent = {
  contactOnSite: null,
  audience: null,
  mayAsk: null,
  mayNotAsk: null,
  safety: null,
  quietRoom: null,
  afterContact: null,
};

/**
 * The briefing before a task (4T: *Tutustuminen*, *Turvallisuus*). When a time is staffed (the task
 * confirmed) the ordering unit is asked, in the app and by e-mail, for a short briefing; each expert of
 * the time confirms having read it (one reminder the business day before if not), and a change asks
 * them again. With a demanding order the expert may ask for supervision before and after, and the
 * coordinators hear. The answers are sealed; reads need no audit (they are about the audience, not a
 * person), but only the time's unit, its experts and coordinators read them.
 */
@Injectable()
export class BriefingsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly cipher: FieldCipher,
    private readonly bus: EventBus,
    private readonly jobs: JobsService,
    private readonly notifications: NotificationsService,
    private readonly units: UnitsService,
    private readonly users: UsersService,
  ) {}

  onModuleInit(): void {
    this.bus.react('assignment.confirmed', async (event, manager) => {
      await this.staffed(manager, String(event.payload.orderId), String(event.payload.expertId));
    });
    this.jobs.register(
      'briefing-reminders',
      async () => {
        await this.remind();
      },
      { cron: '20 * * * *' },
    );
    for (const template of BRIEFING_TEMPLATES)
      this.notifications.registerPlanner(template, async (e: PlannedEvent) => {
        const userIds =
          template === 'briefing.supervision_wanted'
            ? await this.users.coordinatorIds()
            : (e.payload.userIds as string[]);
        return userIds.map((userId) => ({
          userId,
          template,
          params: e.payload.params as unknown as BriefingParams,
        }));
      });
  }

  /**
   * A task was confirmed: each coming time of it gets its briefing asked of the unit (once per time) and
   * the expert's reading row; an expert joining a time whose briefing is written is told at once.
   */
  async staffed(manager: EntityManager, orderId: string, expertId: string): Promise<number> {
    const now = this.clock.now();
    const tasks = await manager.query<
      Array<{
        id: string;
        occurrence_id: string;
        starts_at: Date;
        expert_user_id: string | null;
        expert_name: string;
        title: string;
        orderer_id: string | null;
      }>
    >(
      `SELECT a.id, a.occurrence_id, a.starts_at, eu.id AS expert_user_id, e.full_name AS expert_name, o.title,
              ou.id AS orderer_id
         FROM matching.assignments a
         JOIN orders.orders o ON o.id = a.order_id
         JOIN registry.experts e ON e.id = a.expert_id
         LEFT JOIN auth.users eu ON eu.id = e.user_id AND eu.active
         LEFT JOIN auth.users ou ON ou.id = COALESCE(o.contact_user_id, o.created_by) AND ou.active
        WHERE a.order_id = $1 AND a.expert_id = $2 AND a.status = 'confirmed' AND a.occurrence_id IS NOT NULL
          AND a.ends_at > $3
        ORDER BY a.starts_at`,
      [orderId, expertId, now],
    );
    const asked: typeof tasks = [];
    const ready: typeof tasks = [];
    for (const task of tasks) {
      const [before] = await manager.query<Array<{ requested_at: Date | null; written: boolean }>>(
        `SELECT requested_at, content_enc IS NOT NULL AS written FROM task_briefing WHERE occurrence_id = $1 FOR UPDATE`,
        [task.occurrence_id],
      );
      if (!before)
        await manager.query(
          `INSERT INTO task_briefing (occurrence_id, order_id, requested_at, version) VALUES ($1, $2, $3, 1)
           ON CONFLICT (occurrence_id) DO NOTHING`,
          [task.occurrence_id, orderId, now],
        );
      else if (!before.requested_at && !before.written)
        await manager.query(
          `UPDATE task_briefing SET requested_at = $2, version = version + 1 WHERE occurrence_id = $1`,
          [task.occurrence_id, now],
        );
      if (!before || (!before.requested_at && !before.written)) asked.push(task);
      const [read] = await manager.query<Array<{ inserted: boolean }>>(
        `INSERT INTO task_briefing_read (occurrence_id, expert_id, assignment_id) VALUES ($1, $2, $3)
         ON CONFLICT (occurrence_id, expert_id) DO UPDATE SET assignment_id = EXCLUDED.assignment_id
         RETURNING (xmax = 0) AS inserted`,
        [task.occurrence_id, expertId, task.id],
      );
      if (read.inserted && before?.written) ready.push(task);
    }
    const first = asked[0];
    if (first?.orderer_id)
      await this.publish(manager, 'briefing.requested', first.occurrence_id, [first.orderer_id], {
        taskTitle: first.title,
        startsAt: first.starts_at.toISOString(),
        expertName: first.expert_name,
        otherTimes: asked.length - 1,
        changed: false,
        wish: null,
        link: `${BRIEFING_PAGE}/${first.occurrence_id}`,
      });
    const written = ready[0];
    if (written?.expert_user_id)
      await this.publish(manager, 'briefing.ready', written.occurrence_id, [written.expert_user_id], {
        taskTitle: written.title,
        startsAt: written.starts_at.toISOString(),
        expertName: written.expert_name,
        otherTimes: ready.length - 1,
        changed: false,
        wish: null,
        link: `${BRIEFING_PAGE}/${written.occurrence_id}`,
      });
    return asked.length;
  }

  /** The times I brief or am briefed for (coordinators: every one asked), the soonest first; coming ones by default. */
  async list(user: UserPrincipal, query: ListBriefingsQueryDto): Promise<BriefingPageDto> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(query.cursor, 2);
    const scope = await this.scope(user);
    const where = [...scope.where];
    const params = [...scope.params];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    if (query.orderId) where.push(`oc.order_id = ${param(query.orderId)}`);
    // without an order, the times the unit has been asked about (or has written ahead)
    else if (scope.viewer !== 'expert') where.push(`b.occurrence_id IS NOT NULL`);
    if (!query.past) where.push(`oc.ends_at > ${param(this.clock.now())}`);
    if (query.status === BriefingStatus.Written) where.push(`b.content_enc IS NOT NULL`);
    if (query.status === BriefingStatus.Requested)
      where.push(`b.content_enc IS NULL AND b.requested_at IS NOT NULL`);
    if (query.status === BriefingStatus.NotRequested)
      where.push(`(b.occurrence_id IS NULL OR (b.content_enc IS NULL AND b.requested_at IS NULL))`);
    if (after)
      where.push(`(oc.starts_at, oc.id) > (${param(after[0])}::timestamptz, ${param(after[1])}::uuid)`);
    const rows = await this.rows(
      this.dataSource.manager,
      `${where.join(' AND ') || 'TRUE'} ORDER BY oc.starts_at, oc.id LIMIT ${param(limit + 1)}`,
      params,
    );
    const page = pageOf(
      rows,
      limit,
      (r) => r,
      (r) => [r.starts_at.toISOString(), r.occurrence_id],
    );
    return { items: await this.map(this.dataSource.manager, page.items, scope), nextCursor: page.nextCursor };
  }

  /** One time's briefing: for its unit, its experts and coordinators; anyone else 404. */
  async get(
    user: UserPrincipal,
    occurrenceId: string,
    manager = this.dataSource.manager,
  ): Promise<BriefingDto> {
    const scope = await this.scope(user);
    const params = [...scope.params, occurrenceId];
    const [row] = await this.rows(
      manager,
      [...scope.where, `oc.id = $${params.length}`].join(' AND '),
      params,
    );
    if (!row) throw feedbackProblem(FeedbackErrorCode.BriefingNotFound);
    const [dto] = await this.map(manager, [row], scope);
    return dto;
  }

  /** The unit (or a coordinator) writes the briefing; each expert of the time is told (again, if it changed). */
  async write(
    user: UserPrincipal,
    occurrenceId: string,
    expectedVersion: number,
    dto: WriteBriefingDto,
  ): Promise<BriefingDto> {
    const content: BriefingContent = {
      contactOnSite: dto.contactOnSite ?? null,
      audience: dto.audience ?? null,
      mayAsk: dto.mayAsk ?? null,
      mayNotAsk: dto.mayNotAsk ?? null,
      safety: dto.safety ?? null,
      quietRoom: dto.quietRoom ?? null,
      afterContact: dto.afterContact ?? null,
    };
    const current = await this.get(user, occurrenceId);
    this.refuseOver(current);
    throwIfProblems(FeedbackErrorCode.BriefingInvalid, briefingProblems(content));
    const now = this.clock.now();
    await this.dataSource.transaction(async (manager) => {
      const [locked] = await manager.query<Array<{ version: number; revision: number }>>(
        `SELECT version, revision FROM task_briefing WHERE occurrence_id = $1 FOR UPDATE`,
        [occurrenceId],
      );
      if ((locked?.version ?? 0) !== expectedVersion) throw staleVersion(locked?.version ?? 0);
      const sealed = this.cipher.encrypt(JSON.stringify(content));
      if (!locked)
        await manager.query(
          `INSERT INTO task_briefing (occurrence_id, order_id, content_enc, revision, written_by, written_at, version)
           VALUES ($1, $2, $3, 1, $4, $5, 1)`,
          [occurrenceId, current.orderId, sealed, user.userId, now],
        );
      else
        await manager.query(
          `UPDATE task_briefing SET content_enc = $2, revision = revision + 1, written_by = $3, written_at = $4,
                  version = version + 1
            WHERE occurrence_id = $1`,
          [occurrenceId, sealed, user.userId, now],
        );
      const readers = await this.readers(manager, [occurrenceId]);
      const told = readers.filter((r) => r.expert_user_id).map((r) => r.expert_user_id as string);
      if (told.length)
        await this.publish(manager, 'briefing.ready', occurrenceId, told, {
          taskTitle: current.title,
          startsAt: current.startsAt,
          expertName: '',
          otherTimes: 0,
          changed: (locked?.revision ?? 0) > 0,
          wish: null,
          link: `${BRIEFING_PAGE}/${occurrenceId}`,
        });
    });
    return this.get(user, occurrenceId);
  }

  /** The expert confirms having read the newest revision (and, with a demanding task, the supervision they want). */
  async confirm(user: UserPrincipal, occurrenceId: string, dto: ConfirmBriefingDto): Promise<BriefingDto> {
    const current = await this.get(user, occurrenceId);
    if (!current.mine) throw feedbackProblem(FeedbackErrorCode.BriefingNotFound);
    this.refuseOver(current);
    if (current.status !== BriefingStatus.Written)
      throw feedbackProblem(FeedbackErrorCode.BriefingNotWritten);
    const wish = current.demanding ? (dto.supervision ?? SupervisionWish.None) : null;
    await this.dataSource.transaction(async (manager) => {
      const [b] = await manager.query<Array<{ revision: number }>>(
        `SELECT revision FROM task_briefing WHERE occurrence_id = $1 FOR SHARE`,
        [occurrenceId],
      );
      if (b.revision !== dto.revision)
        throw feedbackProblem(
          FeedbackErrorCode.BriefingChanged,
          `The briefing is now at revision ${b.revision}: read it again before confirming.`,
          undefined,
          { revision: b.revision },
        );
      const [before] = await manager.query<Array<{ supervision_wish: SupervisionWish | null }>>(
        `SELECT supervision_wish FROM task_briefing_read WHERE occurrence_id = $1 AND expert_id = $2 FOR UPDATE`,
        [occurrenceId, current.mine!.expertId],
      );
      await manager.query(
        `UPDATE task_briefing_read SET revision_read = $3, read_at = $4, supervision_wish = $5
          WHERE occurrence_id = $1 AND expert_id = $2`,
        [occurrenceId, current.mine!.expertId, dto.revision, this.clock.now(), wish],
      );
      if (wish && wish !== SupervisionWish.None && wish !== before?.supervision_wish)
        await this.publish(manager, 'briefing.supervision_wanted', occurrenceId, [], {
          taskTitle: current.title,
          startsAt: current.startsAt,
          expertName: current.mine!.expertName,
          otherTimes: 0,
          changed: false,
          wish,
          link: `${BRIEFING_PAGE}/${occurrenceId}`,
        });
    });
    return this.get(user, occurrenceId);
  }

  /**
   * The hourly job: the unit's one reminder two business days before a time whose briefing is unwritten,
   * and each expert's one reminder the business day before (9:00) when they have not read the newest one.
   */
  async remind(): Promise<{ units: number; experts: number }> {
    const now = this.clock.now();
    const until = new Date(now.getTime() + REMIND_LOOKAHEAD_MS);
    const unwritten = await this.dataSource.query<
      Array<{
        occurrence_id: string;
        starts_at: Date;
        title: string;
        orderer_id: string | null;
        expert_name: string | null;
      }>
    >(
      `SELECT b.occurrence_id, oc.starts_at, o.title, ou.id AS orderer_id,
              (SELECT e.full_name FROM task_briefing_read r JOIN registry.experts e ON e.id = r.expert_id
                WHERE r.occurrence_id = b.occurrence_id ORDER BY e.full_name LIMIT 1) AS expert_name
         FROM task_briefing b
         JOIN orders.occurrences oc ON oc.id = b.occurrence_id
         JOIN orders.orders o ON o.id = oc.order_id
         LEFT JOIN auth.users ou ON ou.id = COALESCE(o.contact_user_id, o.created_by) AND ou.active
        WHERE b.content_enc IS NULL AND b.requested_at IS NOT NULL AND b.write_reminded_at IS NULL
          AND oc.status <> 'cancelled' AND oc.starts_at > $1 AND oc.starts_at < $2`,
      [now, until],
    );
    let units = 0;
    for (const u of unwritten.filter((x) => briefingWriteRemindAt(x.starts_at) <= now)) {
      await this.dataSource.transaction(async (manager) => {
        const done = await manager.query<unknown[]>(
          `UPDATE task_briefing SET write_reminded_at = $2
            WHERE occurrence_id = $1 AND write_reminded_at IS NULL AND content_enc IS NULL RETURNING 1`,
          [u.occurrence_id, now],
        );
        if (!done.length || !u.orderer_id) return;
        units++;
        await this.publish(manager, 'briefing.write_reminder', u.occurrence_id, [u.orderer_id], {
          taskTitle: u.title,
          startsAt: u.starts_at.toISOString(),
          expertName: u.expert_name ?? '',
          otherTimes: 0,
          changed: false,
          wish: null,
          link: `${BRIEFING_PAGE}/${u.occurrence_id}`,
        });
      });
    }
    const unread = await this.dataSource.query<
      Array<{ occurrence_id: string; expert_id: string; user_id: string; starts_at: Date; title: string }>
    >(
      `SELECT r.occurrence_id, r.expert_id, eu.id AS user_id, oc.starts_at, o.title
         FROM task_briefing_read r
         JOIN task_briefing b ON b.occurrence_id = r.occurrence_id
         JOIN matching.assignments a ON a.id = r.assignment_id AND a.status = 'confirmed'
         JOIN orders.occurrences oc ON oc.id = r.occurrence_id
         JOIN orders.orders o ON o.id = oc.order_id
         JOIN registry.experts e ON e.id = r.expert_id
         JOIN auth.users eu ON eu.id = e.user_id AND eu.active
        WHERE b.content_enc IS NOT NULL AND (r.revision_read IS NULL OR r.revision_read < b.revision)
          AND r.reminded_at IS NULL AND oc.starts_at > $1 AND oc.starts_at < $2`,
      [now, until],
    );
    let experts = 0;
    for (const x of unread.filter((r) => briefingReadRemindAt(r.starts_at) <= now)) {
      await this.dataSource.transaction(async (manager) => {
        const done = await manager.query<unknown[]>(
          `UPDATE task_briefing_read SET reminded_at = $3
            WHERE occurrence_id = $1 AND expert_id = $2 AND reminded_at IS NULL RETURNING 1`,
          [x.occurrence_id, x.expert_id, now],
        );
        if (!done.length) return;
        experts++;
        await this.publish(manager, 'briefing.read_reminder', x.occurrence_id, [x.user_id], {
          taskTitle: x.title,
          startsAt: x.starts_at.toISOString(),
          expertName: '',
          otherTimes: 0,
          changed: false,
          wish: null,
          link: `${BRIEFING_PAGE}/${x.occurrence_id}`,
        });
      });
    }
    return { units, experts };
  }

  /** A time that is over keeps its briefing as it was (a cancelled one is not found at all). */
  private refuseOver(b: BriefingDto): void {
    if (new Date(b.endsAt) <= this.clock.now()) throw feedbackProblem(FeedbackErrorCode.BriefingTaskOver);
  }

  /** Coordinators every time; the unit's people their units' times; an expert the times of their own (not cancelled) tasks. */
  private async scope(user: UserPrincipal): Promise<Scope> {
    if (user.roles.includes(Role.Coordinator)) return { viewer: 'coordinator', where: [], params: [] };
    if (user.roles.includes(Role.Orderer) || user.roles.includes(Role.Approver)) {
      const units = await this.units.scopeUnitIds(user);
      if (units === undefined) return { viewer: 'unit', where: [], params: [] };
      return { viewer: 'unit', where: [`o.unit_id = ANY($1::uuid[])`], params: [units] };
    }
    const [me] = await this.dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM registry.experts WHERE user_id = $1`,
      [user.userId],
    );
    if (!me) return { viewer: 'expert', where: ['FALSE'], params: [] };
    return {
      viewer: 'expert',
      expertId: me.id,
      where: [
        `EXISTS (SELECT 1 FROM task_briefing_read r JOIN matching.assignments a ON a.id = r.assignment_id
                  WHERE r.occurrence_id = oc.id AND r.expert_id = $1 AND a.status <> 'cancelled')`,
      ],
      params: [me.id],
    };
  }

  private rows(manager: EntityManager, where: string, params: unknown[]): Promise<Row[]> {
    return manager.query<Row[]>(
      `SELECT oc.id AS occurrence_id, oc.order_id, o.number, o.title, o.unit_id, u.name AS unit_name, oc.starts_at,
              oc.ends_at, COALESCE(oc.place, o.place) AS place, o.demanding, oc.status AS occurrence_status,
              b.requested_at, b.content_enc, b.revision, b.written_by, b.written_at, b.version
         FROM orders.occurrences oc
         JOIN orders.orders o ON o.id = oc.order_id
         JOIN units.units u ON u.id = o.unit_id
         LEFT JOIN task_briefing b ON b.occurrence_id = oc.id
        WHERE oc.status <> 'cancelled' AND ${where}`,
      params,
    );
  }

  private readers(manager: EntityManager, occurrenceIds: string[]): Promise<ReaderRow[]> {
    return manager.query<ReaderRow[]>(
      `SELECT r.occurrence_id, r.expert_id, e.full_name AS expert_name, eu.id AS expert_user_id, r.revision_read,
              r.read_at, r.supervision_wish
         FROM task_briefing_read r
         JOIN matching.assignments a ON a.id = r.assignment_id AND a.status <> 'cancelled'
         JOIN registry.experts e ON e.id = r.expert_id
         LEFT JOIN auth.users eu ON eu.id = e.user_id AND eu.active
        WHERE r.occurrence_id = ANY($1::uuid[])
        ORDER BY e.full_name`,
      [occurrenceIds],
    );
  }

  private async map(manager: EntityManager, rows: Row[], scope: Scope): Promise<BriefingDto[]> {
    const readers = await this.readers(
      manager,
      rows.map((r) => r.occurrence_id),
    );
    const people = await this.users.people(
      rows.map((r) => r.written_by),
      manager,
    );
    const now = this.clock.now();
    return rows.map((r) => {
      const revision = r.revision ?? 0;
      const written = !!r.content_enc;
      const readerDto = (x: ReaderRow, wish: boolean) => ({
        expertId: x.expert_id,
        expertName: x.expert_name,
        readState: briefingReadState(x.revision_read, revision),
        readAt: x.read_at?.toISOString() ?? null,
        supervisionWish: wish ? x.supervision_wish : null,
      });
      const own = readers.filter((x) => x.occurrence_id === r.occurrence_id);
      const mine = scope.viewer === 'expert' ? own.find((x) => x.expert_id === scope.expertId) : undefined;
      const status = written
        ? BriefingStatus.Written
        : r.requested_at
          ? BriefingStatus.Requested
          : BriefingStatus.NotRequested;
      return {
        occurrenceId: r.occurrence_id,
        orderId: r.order_id,
        orderNumber: r.number,
        title: r.title,
        unitName: r.unit_name,
        startsAt: r.starts_at.toISOString(),
        endsAt: r.ends_at.toISOString(),
        place: r.place,
        demanding: r.demanding,
        status,
        content: written
          ? { ...EMPTY, ...(JSON.parse(this.cipher.decrypt(r.content_enc as string)) as BriefingContent) }
          : null,
        revision,
        writtenAt: r.written_at?.toISOString() ?? null,
        writtenByName: r.written_by ? (people.get(r.written_by)?.displayName ?? null) : null,
        // an expert sees their own reading, not the others'; the unit does not see who asked for supervision
        experts:
          scope.viewer === 'expert' ? [] : own.map((x) => readerDto(x, scope.viewer === 'coordinator')),
        mine: mine ? readerDto(mine, true) : null,
        allowedActions: briefingActions({
          viewer: scope.viewer,
          written,
          over: r.ends_at <= now,
          readState: mine ? briefingReadState(mine.revision_read, revision) : BriefingReadState.Unread,
        }),
        version: r.version ?? 0,
      };
    });
  }

  private async publish(
    manager: EntityManager,
    type: (typeof BRIEFING_TEMPLATES)[number],
    occurrenceId: string,
    userIds: string[],
    params: BriefingParams,
  ): Promise<void> {
    await this.bus.publish(manager, {
      type,
      aggregateType: 'task_briefing',
      aggregateId: occurrenceId,
      payload: { userIds, params: { ...params } },
    });
  }
}

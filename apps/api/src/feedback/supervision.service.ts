import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { UserPrincipal } from '../common/access/principal';
import { Role } from '../common/access/roles';
import { addDays, helsinkiInstant } from '../common/business-days';
import { Clock } from '../common/clock';
import { staleVersion } from '../common/concurrency';
import { decodeCursor, DEFAULT_PAGE_SIZE, pageOf } from '../common/pagination';
import { EventBus } from '../events/event-bus';
import type { Delivery, PlannedEvent } from '../notifications/notifications.service';
import { NotificationsService } from '../notifications/notifications.service';
import type { SupervisionParams } from '../notifications/templates/feedback-templates';
import { ExpertStatus } from '../registry/registry.rules';
import { RegistryService } from '../registry/registry.service';
import {
  CreateSupervisionSessionDto,
  ListSupervisionSessionsQueryDto,
  MarkSupervisionAttendanceDto,
  SupervisionSessionDto,
  SupervisionSessionPageDto,
} from './dto/supervision.dto';
import { SupervisionParticipantEntity, SupervisionSessionEntity } from './entities/supervision.entity';
import { FeedbackErrorCode, feedbackProblem, throwIfProblems } from './feedback.exception';
import {
  SupervisionAction,
  supervisionActions,
  SupervisionKind,
  supervisionMinutes,
  supervisionProblems,
  SupervisionPurpose,
  supervisionRefusal,
  type SupervisionRefusal,
  supervisionStatus,
} from './feedback.rules';

/** Where the expert (and the coordinator) reads a session. */
export const SUPERVISION_PAGE = '/supervision';

const REFUSALS: Record<SupervisionRefusal, FeedbackErrorCode> = {
  not_started: FeedbackErrorCode.SupervisionNotStarted,
  already_started: FeedbackErrorCode.SupervisionAlreadyStarted,
  cancelled: FeedbackErrorCode.SupervisionCancelled,
};

interface Row {
  id: string;
  kind: SupervisionKind;
  purpose: SupervisionPurpose;
  starts_at: Date;
  ends_at: Date;
  place: string;
  supervisor_name: string;
  supervisor_external: boolean;
  assignment_id: string | null;
  task_title: string | null;
  task_starts_at: Date | null;
  cancelled_at: Date | null;
  version: number;
  participant_count: number;
}

interface ParticipantRow {
  session_id: string;
  expert_id: string;
  expert_name: string;
  user_id: string | null;
  attended: boolean | null;
}

/** Supervision time per expert in a period, for reporting. */
export interface SupervisionMinutes {
  expertId: string;
  /** Sessions attended. */
  sessions: number;
  minutes: number;
}

type Scope = { coordinator: true; expertId?: never } | { coordinator: false; expertId: string };

/**
 * Supervision (*työnohjaus*): a coordinator arranges a session — individual, or a group of 2–12 —
 * before or after a demanding task, or in the regular rhythm, with a supervisor (who may be from outside);
 * each expert is invited in the app and by e-mail; after it has started the coordinator marks who came,
 * and before it a session may be called off (the experts are told). The minutes attended go to reporting.
 */
@Injectable()
export class SupervisionService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly bus: EventBus,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly registry: RegistryService,
  ) {}

  onModuleInit(): void {
    for (const template of ['supervision.invited', 'supervision.cancelled'] as const)
      this.notifications.registerPlanner(template, async (e) =>
        (e.payload.expertUserIds as string[]).map((userId) => this.delivery(e, userId, template)),
      );
  }

  /** Coordinators: every session (or one expert's, or a period's); an expert: the sessions they are in. Soonest first. */
  async list(
    user: UserPrincipal,
    query: ListSupervisionSessionsQueryDto,
  ): Promise<SupervisionSessionPageDto> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(query.cursor, 2);
    const scope = await this.scope(user);
    const params: unknown[] = [];
    const where: string[] = [];
    const inSession = (expertId: string) => {
      params.push(expertId);
      where.push(
        `EXISTS (SELECT 1 FROM supervision_participant p WHERE p.session_id = s.id AND p.expert_id = $${params.length})`,
      );
    };
    if (!scope.coordinator) inSession(scope.expertId);
    if (query.expertId) inSession(query.expertId);
    if (query.from) {
      params.push(helsinkiInstant(query.from));
      where.push(`s.starts_at >= $${params.length}`);
    }
    if (query.to) {
      params.push(helsinkiInstant(addDays(query.to, 1)));
      where.push(`s.starts_at < $${params.length}`);
    }
    if (after) {
      params.push(after[0], after[1]);
      where.push(`(s.starts_at, s.id) > ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(limit + 1);
    const rows = await this.rows(
      this.dataSource.manager,
      `${where.join(' AND ') || 'TRUE'} ORDER BY s.starts_at, s.id LIMIT $${params.length}`,
      params,
    );
    const page = pageOf(
      rows,
      limit,
      (r) => r,
      (r) => [r.starts_at.toISOString(), r.id],
    );
    return { items: await this.map(page.items, scope), nextCursor: page.nextCursor };
  }

  /** A coordinator's, or an expert's who is in it; anyone else 404. */
  async get(user: UserPrincipal, id: string): Promise<SupervisionSessionDto> {
    const scope = await this.scope(user);
    const [row] = await this.rows(this.dataSource.manager, `s.id = $1`, [id]);
    const [dto] = row ? await this.map([row], scope) : [];
    // an expert asking for a session they are not in learns nothing of it
    if (!dto || (!scope.coordinator && dto.participants.length === 0))
      throw feedbackProblem(FeedbackErrorCode.SupervisionNotFound);
    return dto;
  }

  async create(user: UserPrincipal, dto: CreateSupervisionSessionDto): Promise<SupervisionSessionDto> {
    const startsAt = new Date(dto.startsAt);
    const endsAt = new Date(dto.endsAt);
    const problems = supervisionProblems({
      kind: dto.kind,
      purpose: dto.purpose,
      startsAt,
      endsAt,
      expertCount: dto.expertIds.length,
      hasTask: !!dto.assignmentId,
    });
    const statuses = await this.registry.statusesOf(dto.expertIds);
    for (const id of dto.expertIds) {
      const status = statuses.get(id);
      if (!status) problems.push(['expertIds', `no such expert: ${id}`]);
      else if (status === ExpertStatus.Left) problems.push(['expertIds', `no longer in the register: ${id}`]);
    }
    if (dto.assignmentId) {
      // the task is matching's: read through the view it publishes
      const [task] = await this.dataSource.query<unknown[]>(
        `SELECT 1 FROM matching.assignments WHERE id = $1`,
        [dto.assignmentId],
      );
      if (!task) problems.push(['assignmentId', 'no such task']);
    }
    throwIfProblems(FeedbackErrorCode.SupervisionInvalid, problems);
    const id = await this.dataSource.transaction(async (manager) => {
      const saved = await manager.save(
        manager.create(SupervisionSessionEntity, {
          kind: dto.kind,
          purpose: dto.purpose,
          startsAt,
          endsAt,
          place: dto.place,
          supervisorName: dto.supervisorName,
          supervisorExternal: dto.supervisorExternal ?? false,
          assignmentId: dto.assignmentId ?? null,
          createdBy: user.userId,
          cancelledAt: null,
          cancelledBy: null,
        }),
      );
      await manager.insert(
        SupervisionParticipantEntity,
        dto.expertIds.map((expertId) => ({ sessionId: saved.id, expertId, attended: null })),
      );
      // a session entered afterwards (already held) invites nobody
      if (startsAt.getTime() > this.clock.now().getTime())
        await this.publish(manager, 'supervision.invited', saved.id);
      return saved.id;
    });
    return this.get(user, id);
  }

  /** Who came: once the session has started (409 before, or when it was cancelled). */
  async markAttendance(
    user: UserPrincipal,
    id: string,
    version: number,
    dto: MarkSupervisionAttendanceDto,
  ): Promise<SupervisionSessionDto> {
    await this.dataSource.transaction(async (manager) => {
      const s = await this.lockForChange(manager, id, version, SupervisionAction.Attendance);
      const members = new Set(
        (
          await manager.query<Array<{ expert_id: string }>>(
            `SELECT expert_id FROM supervision_participant WHERE session_id = $1`,
            [s.id],
          )
        ).map((p) => p.expert_id),
      );
      const errors: Record<string, string[]> = {};
      const seen = new Set<string>();
      dto.attendance.forEach((mark, i) => {
        if (!members.has(mark.expertId)) errors[`attendance.${i}.expertId`] = ['not in this session'];
        else if (seen.has(mark.expertId)) errors[`attendance.${i}.expertId`] = ['given twice'];
        seen.add(mark.expertId);
      });
      const fields = Object.keys(errors);
      if (fields.length)
        throw feedbackProblem(FeedbackErrorCode.SupervisionInvalid, errors[fields[0]][0], undefined, {
          errors,
        });
      await manager.query(
        `UPDATE supervision_participant p SET attended = v.attended
           FROM unnest($2::uuid[], $3::boolean[]) AS v(expert_id, attended)
          WHERE p.session_id = $1 AND p.expert_id = v.expert_id`,
        [s.id, dto.attendance.map((m) => m.expertId), dto.attendance.map((m) => m.attended)],
      );
      await this.bumpVersion(manager, id, version, {});
      await this.audit.recordMany(
        dto.attendance.map((m) => ({
          action: 'supervision.attendance',
          subjectType: 'expert',
          subjectId: m.expertId,
          fieldGroup: 'supervision',
        })),
        manager,
      );
    });
    return this.get(user, id);
  }

  /** Calls a session off before it starts; every expert in it is told. */
  async cancel(user: UserPrincipal, id: string, version: number): Promise<SupervisionSessionDto> {
    await this.dataSource.transaction(async (manager) => {
      await this.lockForChange(manager, id, version, SupervisionAction.Cancel);
      await this.bumpVersion(manager, id, version, {
        cancelledAt: this.clock.now(),
        cancelledBy: user.userId,
      });
      await this.publish(manager, 'supervision.cancelled', id);
    });
    return this.get(user, id);
  }

  /**
   * For reporting: the supervision each expert attended in sessions that started in [from, to), in
   * minutes (`supervisionMinutes`); cancelled sessions and absences count nothing.
   */
  async minutesByExpert(
    from: Date,
    to: Date,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<SupervisionMinutes[]> {
    const rows = await manager.query<Array<{ expert_id: string; starts_at: Date; ends_at: Date }>>(
      `SELECT p.expert_id, s.starts_at, s.ends_at
         FROM supervision_participant p JOIN supervision_session s ON s.id = p.session_id
        WHERE p.attended AND s.cancelled_at IS NULL AND s.starts_at >= $1 AND s.starts_at < $2`,
      [from, to],
    );
    const byExpert = new Map<string, SupervisionMinutes>();
    for (const r of rows) {
      const m = byExpert.get(r.expert_id) ?? { expertId: r.expert_id, sessions: 0, minutes: 0 };
      m.sessions += 1;
      m.minutes += supervisionMinutes(r.starts_at, r.ends_at, 1);
      byExpert.set(r.expert_id, m);
    }
    return [...byExpert.values()].sort((a, b) => a.expertId.localeCompare(b.expertId));
  }

  private async lockForChange(
    manager: EntityManager,
    id: string,
    version: number,
    action: SupervisionAction,
  ): Promise<SupervisionSessionEntity> {
    const s = await manager.findOne(SupervisionSessionEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!s) throw feedbackProblem(FeedbackErrorCode.SupervisionNotFound);
    if (s.version !== version) throw staleVersion(s.version);
    const refusal = supervisionRefusal(supervisionStatus(s, this.clock.now()), action);
    if (refusal) throw feedbackProblem(REFUSALS[refusal]);
    return s;
  }

  private async bumpVersion(
    manager: EntityManager,
    id: string,
    version: number,
    changes: Partial<SupervisionSessionEntity>,
  ): Promise<void> {
    const updated = await manager.update(
      SupervisionSessionEntity,
      { id, version },
      { ...changes, version: version + 1 },
    );
    if (updated.affected !== 1) throw staleVersion();
  }

  private async scope(user: UserPrincipal): Promise<Scope> {
    if (user.roles.includes(Role.Coordinator)) return { coordinator: true };
    return { coordinator: false, expertId: await this.registry.ownExpertId(user) };
  }

  private rows(manager: EntityManager, where: string, params: unknown[]): Promise<Row[]> {
    return manager.query<Row[]>(
      `SELECT s.id, s.kind, s.purpose, s.starts_at, s.ends_at, s.place, s.supervisor_name, s.supervisor_external,
              s.assignment_id, o.title AS task_title, a.starts_at AS task_starts_at, s.cancelled_at, s.version,
              (SELECT count(*)::int FROM supervision_participant c WHERE c.session_id = s.id) AS participant_count
         FROM supervision_session s
         LEFT JOIN matching.assignments a ON a.id = s.assignment_id
         LEFT JOIN orders.orders o ON o.id = a.order_id
        WHERE ${where}`,
      params,
    );
  }

  private participants(manager: EntityManager, sessionIds: string[]): Promise<ParticipantRow[]> {
    return manager.query<ParticipantRow[]>(
      `SELECT p.session_id, p.expert_id, e.full_name AS expert_name, e.user_id, p.attended
         FROM supervision_participant p JOIN registry.experts e ON e.id = p.expert_id
        WHERE p.session_id = ANY($1::uuid[])
        ORDER BY e.last_name, e.first_name, p.expert_id`,
      [sessionIds],
    );
  }

  private async map(rows: Row[], scope: Scope): Promise<SupervisionSessionDto[]> {
    if (rows.length === 0) return [];
    const people = await this.participants(
      this.dataSource.manager,
      rows.map((r) => r.id),
    );
    const now = this.clock.now();
    return rows.map((r) => {
      const status = supervisionStatus({ startsAt: r.starts_at, cancelledAt: r.cancelled_at }, now);
      return {
        id: r.id,
        kind: r.kind,
        purpose: r.purpose,
        status,
        startsAt: r.starts_at.toISOString(),
        endsAt: r.ends_at.toISOString(),
        place: r.place,
        supervisorName: r.supervisor_name,
        supervisorExternal: r.supervisor_external,
        task:
          r.assignment_id && r.task_starts_at
            ? { id: r.assignment_id, title: r.task_title ?? '', startsAt: r.task_starts_at.toISOString() }
            : null,
        participantCount: r.participant_count,
        // an expert sees their own place in it, not who else is in the group
        participants: people
          .filter((p) => p.session_id === r.id && (scope.coordinator || p.expert_id === scope.expertId))
          .map((p) => ({ expertId: p.expert_id, expertName: p.expert_name, attended: p.attended })),
        cancelledAt: r.cancelled_at?.toISOString() ?? null,
        allowedActions: scope.coordinator ? supervisionActions(status) : [],
        version: r.version,
      };
    });
  }

  /** Records the fact with what the messages say (no names of the others in it), in the caller's transaction. */
  private async publish(
    manager: EntityManager,
    type: 'supervision.invited' | 'supervision.cancelled',
    id: string,
  ): Promise<void> {
    const [r] = await this.rows(manager, `s.id = $1`, [id]);
    const people = await this.participants(manager, [id]);
    await this.bus.publish(manager, {
      type,
      aggregateType: 'supervision_session',
      aggregateId: id,
      payload: {
        sessionId: id,
        expertUserIds: people.flatMap((p) => (p.user_id ? [p.user_id] : [])),
        kind: r.kind,
        purpose: r.purpose,
        startsAt: r.starts_at.toISOString(),
        endsAt: r.ends_at.toISOString(),
        place: r.place,
        supervisorName: r.supervisor_name,
        supervisorExternal: r.supervisor_external,
        taskTitle: r.task_title,
      },
    });
  }

  private delivery(
    e: PlannedEvent,
    userId: string,
    template: 'supervision.invited' | 'supervision.cancelled',
  ): Delivery {
    const p = e.payload;
    const params: SupervisionParams = {
      kind: p.kind as SupervisionParams['kind'],
      purpose: p.purpose as SupervisionParams['purpose'],
      startsAt: String(p.startsAt),
      endsAt: String(p.endsAt),
      place: String(p.place),
      supervisorName: String(p.supervisorName),
      supervisorExternal: p.supervisorExternal === true,
      taskTitle: typeof p.taskTitle === 'string' ? p.taskTitle : null,
      link: `${SUPERVISION_PAGE}/${String(p.sessionId)}`,
    };
    return { userId, template, params };
  }
}

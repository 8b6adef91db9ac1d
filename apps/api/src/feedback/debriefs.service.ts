import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { UsersService } from '../auth/users.service';
import type { UserPrincipal } from '../common/access/principal';
import { Role } from '../common/access/roles';
import { Clock } from '../common/clock';
import { staleVersion } from '../common/concurrency';
import { FieldCipher } from '../common/field-cipher';
import { decodeCursor, DEFAULT_PAGE_SIZE, pageOf } from '../common/pagination';
import { EventBus } from '../events/event-bus';
import { JobsService } from '../jobs/jobs.service';
import type { Delivery, PlannedEvent } from '../notifications/notifications.service';
import { NotificationsService } from '../notifications/notifications.service';
import { RegistryService } from '../registry/registry.service';
import {
  CreateDebriefRequestDto,
  DebriefRequestDto,
  DebriefRequestPageDto,
  ListDebriefRequestsQueryDto,
  MoveDebriefRequestDto,
} from './dto/debrief.dto';
import { DebriefRequestEntity } from './entities/debrief-request.entity';
import { FeedbackErrorCode, feedbackProblem } from './feedback.exception';
import { debriefDueAt, debriefMoves, debriefNext, DebriefMove, DebriefStatus } from './feedback.rules';

/** Where the coordinators handle debrief requests. */
export const DEBRIEF_INBOX = '/debriefs';

const STATUS_ORDER = `CASE d.status WHEN 'open' THEN 0 WHEN 'taken' THEN 1 ELSE 2 END`;

interface Row {
  id: string;
  expert_id: string;
  expert_name: string;
  assignment_id: string | null;
  task_title: string | null;
  task_starts_at: Date | null;
  contact: DebriefRequestEntity['contact'];
  message_enc: string | null;
  note_enc: string | null;
  status: DebriefStatus;
  requested_at: Date;
  due_at: Date;
  taken_by: string | null;
  taken_at: Date | null;
  done_at: Date | null;
  version: number;
  rank: number;
}

/**
 * "I would like to talk to someone" (the 4T model's *Tuki*): an expert asks, every coordinator is told at
 * once in the app and by e-mail (safety: cannot be switched off), one takes it on, and a request nobody
 * has taken by its due moment (one business day) is escalated to them all again. The expert's words are
 * encrypted and each coordinator's read is audited for the person.
 */
@Injectable()
export class DebriefsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly cipher: FieldCipher,
    private readonly bus: EventBus,
    private readonly jobs: JobsService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly users: UsersService,
    private readonly registry: RegistryService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(
      'debrief-escalation',
      async () => {
        await this.escalate();
      },
      { cron: '*/10 * * * *' },
    );
    this.notifications.registerPlanner('debrief.requested', (e, m) =>
      this.toCoordinators(e, m, 'debrief.requested'),
    );
    this.notifications.registerPlanner('debrief.overdue', (e, m) =>
      this.toCoordinators(e, m, 'debrief.overdue'),
    );
    this.notifications.registerPlanner('debrief.taken', async (e) => [
      {
        userId: String(e.payload.expertUserId),
        template: 'debrief.taken',
        params: { coordinatorName: String(e.payload.coordinatorName) },
      },
    ]);
  }

  async request(user: UserPrincipal, dto: CreateDebriefRequestDto): Promise<DebriefRequestDto> {
    const expertId = await this.registry.ownExpertId(user);
    const id = await this.dataSource.transaction((manager) => this.open(manager, expertId, dto));
    return this.one(user, id);
  }

  /**
   * Makes a request inside the caller's transaction (the expert's own, or with the answer to "how did it
   * go?"), and tells every coordinator. The task, if named, must be the expert's own.
   */
  async open(manager: EntityManager, expertId: string, dto: CreateDebriefRequestDto): Promise<string> {
    if (dto.assignmentId) {
      const [task] = await manager.query<unknown[]>(
        `SELECT 1 FROM matching.assignments WHERE id = $1 AND expert_id = $2`,
        [dto.assignmentId, expertId],
      );
      if (!task) throw feedbackProblem(FeedbackErrorCode.DebriefTaskUnknown, undefined, 'assignmentId');
    }
    const now = this.clock.now();
    const saved = await manager.save(
      manager.create(DebriefRequestEntity, {
        expertId,
        assignmentId: dto.assignmentId ?? null,
        contact: dto.contact,
        messageEnc: dto.message ? this.cipher.encrypt(dto.message) : null,
        status: DebriefStatus.Open,
        requestedAt: now,
        dueAt: debriefDueAt(now),
      }),
    );
    // the fact names no words of the expert's: the message stays in the app
    await this.bus.publish(manager, {
      type: 'debrief.requested',
      aggregateType: 'debrief_request',
      aggregateId: saved.id,
      payload: { debriefId: saved.id, expertId },
    });
    return saved.id;
  }

  /** A coordinator's inbox (the open first, by due moment), or an expert's own requests. */
  async list(user: UserPrincipal, query: ListDebriefRequestsQueryDto): Promise<DebriefRequestPageDto> {
    const coordinator = user.roles.includes(Role.Coordinator);
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(query.cursor, 3);
    const params: unknown[] = [];
    const where: string[] = [];
    if (!coordinator) {
      params.push(await this.registry.ownExpertId(user));
      where.push(`d.expert_id = $${params.length}`);
    }
    if (query.status) {
      params.push(query.status);
      where.push(`d.status = $${params.length}`);
    }
    if (after) {
      params.push(after[0], after[1], after[2]);
      const n = params.length;
      where.push(`(${STATUS_ORDER}, d.due_at, d.id) > ($${n - 2}::int, $${n - 1}::timestamptz, $${n}::uuid)`);
    }
    params.push(limit + 1);
    const rows = await this.rows(
      this.dataSource.manager,
      `${where.length ? where.join(' AND ') : 'TRUE'} ORDER BY ${STATUS_ORDER}, d.due_at, d.id LIMIT $${params.length}`,
      params,
    );
    const page = pageOf(
      rows,
      limit,
      (r) => r,
      (r) => [r.rank, r.due_at.toISOString(), r.id],
    );
    return { items: await this.map(user, page.items, coordinator), nextCursor: page.nextCursor };
  }

  async get(user: UserPrincipal, id: string): Promise<DebriefRequestDto> {
    return this.one(user, id);
  }

  async move(
    user: UserPrincipal,
    id: string,
    version: number,
    dto: MoveDebriefRequestDto,
  ): Promise<DebriefRequestDto> {
    await this.dataSource.transaction(async (manager) => {
      const d = await manager.findOne(DebriefRequestEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!d) throw feedbackProblem(FeedbackErrorCode.DebriefNotFound);
      if (d.version !== version) throw staleVersion(d.version);
      const next = debriefNext(d.status, dto.move);
      if (!next) throw feedbackProblem(FeedbackErrorCode.DebriefMoveNotAllowed, undefined, 'move');
      const now = this.clock.now();
      const changes: Partial<DebriefRequestEntity> = { status: next };
      if (dto.move === DebriefMove.Take) Object.assign(changes, { takenBy: user.userId, takenAt: now });
      if (dto.move === DebriefMove.Done) {
        Object.assign(changes, { doneAt: now, takenBy: d.takenBy ?? user.userId, takenAt: d.takenAt ?? now });
      }
      if (dto.note) changes.noteEnc = this.cipher.encrypt(dto.note);
      const updated = await manager.update(
        DebriefRequestEntity,
        { id, version },
        { ...changes, version: version + 1 },
      );
      if (updated.affected !== 1) throw staleVersion();
      if (dto.move === DebriefMove.Take && d.takenBy !== user.userId) {
        const [expert] = await manager.query<Array<{ user_id: string | null }>>(
          `SELECT user_id FROM registry.experts WHERE id = $1`,
          [d.expertId],
        );
        if (expert?.user_id)
          await this.bus.publish(manager, {
            type: 'debrief.taken',
            aggregateType: 'debrief_request',
            aggregateId: id,
            payload: { debriefId: id, expertUserId: expert.user_id, coordinatorName: user.displayName },
          });
      }
    });
    return this.one(user, id);
  }

  /** The job: requests nobody has taken by their due moment are told to every coordinator again, once. */
  async escalate(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const due = await manager.query<Array<{ id: string; expert_id: string }>>(
        `WITH due AS (
           UPDATE debrief_request SET escalated_at = $1
            WHERE status = 'open' AND escalated_at IS NULL AND due_at <= $1
            RETURNING id, expert_id)
         SELECT id, expert_id FROM due`,
        [this.clock.now()],
      );
      await this.bus.publishMany(
        manager,
        due.map((d) => ({
          type: 'debrief.overdue',
          aggregateType: 'debrief_request',
          aggregateId: d.id,
          payload: { debriefId: d.id, expertId: d.expert_id },
        })),
      );
      return due.length;
    });
  }

  private async one(user: UserPrincipal, id: string): Promise<DebriefRequestDto> {
    const coordinator = user.roles.includes(Role.Coordinator);
    const [row] = await this.rows(this.dataSource.manager, `d.id = $1`, [id]);
    // an expert asking for another's request learns nothing of it
    if (!row || (!coordinator && row.expert_id !== (await this.registry.ownExpertId(user))))
      throw feedbackProblem(FeedbackErrorCode.DebriefNotFound);
    const [dto] = await this.map(user, [row], coordinator);
    return dto;
  }

  private rows(manager: EntityManager, where: string, params: unknown[]): Promise<Row[]> {
    return manager.query<Row[]>(
      `SELECT d.id, d.expert_id, e.full_name AS expert_name, d.assignment_id, o.title AS task_title,
              a.starts_at AS task_starts_at, d.contact, d.message_enc, d.note_enc, d.status, d.requested_at,
              d.due_at, d.taken_by, d.taken_at, d.done_at, d.version, ${STATUS_ORDER} AS rank
         FROM debrief_request d
         JOIN registry.experts e ON e.id = d.expert_id
         LEFT JOIN matching.assignments a ON a.id = d.assignment_id
         LEFT JOIN orders.orders o ON o.id = a.order_id
        WHERE ${where}`,
      params,
    );
  }

  private async map(user: UserPrincipal, rows: Row[], coordinator: boolean): Promise<DebriefRequestDto[]> {
    const people = await this.users.people(rows.map((r) => r.taken_by));
    if (coordinator) {
      // the expert's words may tell of health: every coordinator's read is audited for the person
      await this.audit.recordMany(
        rows
          .filter((r) => r.message_enc || r.note_enc)
          .map((r) => ({
            action: 'debrief.read',
            subjectType: 'expert',
            subjectId: r.expert_id,
            fieldGroup: 'debrief',
            purpose: 'support',
          })),
      );
    }
    const now = this.clock.now();
    return rows.map((r) => ({
      id: r.id,
      expertId: r.expert_id,
      expertName: r.expert_name,
      task:
        r.assignment_id && r.task_starts_at
          ? { id: r.assignment_id, title: r.task_title ?? '', startsAt: r.task_starts_at.toISOString() }
          : null,
      contact: r.contact,
      message: r.message_enc ? this.cipher.decrypt(r.message_enc) : null,
      status: r.status,
      requestedAt: r.requested_at.toISOString(),
      dueAt: r.due_at.toISOString(),
      overdue: r.status === DebriefStatus.Open && r.due_at.getTime() <= now.getTime(),
      takenByName: r.taken_by ? (people.get(r.taken_by)?.displayName ?? null) : null,
      takenAt: r.taken_at?.toISOString() ?? null,
      doneAt: r.done_at?.toISOString() ?? null,
      note: coordinator && r.note_enc ? this.cipher.decrypt(r.note_enc) : null,
      // taking on what one already holds is no move
      allowedMoves: coordinator
        ? debriefMoves(r.status).filter((m) => m !== DebriefMove.Take || r.taken_by !== user.userId)
        : [],
      version: r.version,
    }));
  }

  private async toCoordinators(
    event: PlannedEvent,
    manager: EntityManager,
    template: 'debrief.requested' | 'debrief.overdue',
  ): Promise<Delivery[]> {
    const [expert] = await manager.query<Array<{ full_name: string }>>(
      `SELECT full_name FROM registry.experts WHERE id = $1`,
      [String(event.payload.expertId)],
    );
    const link = `${DEBRIEF_INBOX}/${String(event.payload.debriefId)}`;
    return (await this.users.coordinatorIds(manager)).map((userId) => ({
      userId,
      template,
      params: { expertName: expert?.full_name ?? '', link },
    }));
  }
}

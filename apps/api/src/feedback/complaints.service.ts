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
import type { Delivery, PlannedEvent } from '../notifications/notifications.service';
import { NotificationsService } from '../notifications/notifications.service';
import type { ComplaintParams } from '../notifications/templates/feedback-templates';
import { UnitsService } from '../units/units.service';
import {
  ComplaintDto,
  ComplaintPageDto,
  ListComplaintsQueryDto,
  MoveComplaintDto,
} from './dto/complaint.dto';
import { ComplaintEntity } from './entities/complaint.entity';
import { FeedbackErrorCode, feedbackProblem } from './feedback.exception';
import {
  ComplaintMove,
  complaintMoveIsExperts,
  complaintMoves,
  complaintNext,
  ComplaintStatus,
} from './feedback.rules';

/** Where complaints are handled and read. */
export const COMPLAINTS_PAGE = '/complaints';

const RANK = `CASE c.status WHEN 'received' THEN 0 WHEN 'answered' THEN 1 ELSE 2 END`;

type Viewer = 'coordinator' | 'unit' | 'expert';

interface Row {
  id: string;
  assignment_id: string;
  order_id: string;
  expert_id: string;
  expert_user_id: string | null;
  expert_name: string;
  unit_name: string;
  made_by: string | null;
  status: ComplaintStatus;
  received_at: Date;
  text_enc: string;
  answer_enc: string | null;
  answered_at: Date | null;
  view_question_enc: string | null;
  view_asked_at: Date | null;
  expert_view_enc: string | null;
  view_given_at: Date | null;
  outcome: ComplaintDto['outcome'];
  outcome_note_enc: string | null;
  closed_at: Date | null;
  handled_by: string | null;
  title: string;
  starts_at: Date;
  place: string | null;
  version: number;
  rank: number;
}

/**
 * Complaints ("something went wrong"): received from the ordering unit's feedback → a coordinator
 * answers (and may ask the expert's view, kept apart) → closed with an outcome. The expert sees that a
 * complaint exists, what they were asked and the outcome, never the complainant's words. A complaint
 * never touches the fee: the coordinator decides that apart.
 */
@Injectable()
export class ComplaintsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly cipher: FieldCipher,
    private readonly bus: EventBus,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly users: UsersService,
    private readonly units: UnitsService,
  ) {}

  onModuleInit(): void {
    this.notifications.registerPlanner('complaint.received', async (e, m) =>
      (await this.users.coordinatorIds(m)).map((userId) => this.delivery(e, userId, 'complaint.received')),
    );
    this.notifications.registerPlanner('complaint.answered', async (e) =>
      e.payload.madeBy ? [this.delivery(e, String(e.payload.madeBy), 'complaint.answered')] : [],
    );
    this.notifications.registerPlanner('complaint.view_asked', async (e) =>
      e.payload.expertUserId
        ? [this.delivery(e, String(e.payload.expertUserId), 'complaint.view_asked')]
        : [],
    );
    this.notifications.registerPlanner('complaint.view_given', async (e, m) => {
      const to = e.payload.handledBy ? [String(e.payload.handledBy)] : await this.users.coordinatorIds(m);
      return to.map((userId) => this.delivery(e, userId, 'complaint.view_given'));
    });
    this.notifications.registerPlanner('complaint.closed', async (e) =>
      [e.payload.madeBy, e.payload.expertUserId]
        .filter((u): u is string => typeof u === 'string')
        .map((userId) => this.delivery(e, userId, 'complaint.closed')),
    );
  }

  /** Opens a complaint from the ordering unit's feedback, inside its transaction; every coordinator hears. */
  async open(
    manager: EntityManager,
    c: {
      assignmentId: string;
      expertId: string;
      unitId: string;
      feedbackRequestId: string;
      madeBy: string;
      text: string;
    },
  ): Promise<string> {
    const saved = await manager.save(
      manager.create(ComplaintEntity, {
        assignmentId: c.assignmentId,
        expertId: c.expertId,
        unitId: c.unitId,
        feedbackRequestId: c.feedbackRequestId,
        madeBy: c.madeBy,
        textEnc: this.cipher.encrypt(c.text),
        status: ComplaintStatus.Received,
        receivedAt: this.clock.now(),
      }),
    );
    await this.publish(manager, 'complaint.received', saved.id);
    return saved.id;
  }

  async list(user: UserPrincipal, query: ListComplaintsQueryDto): Promise<ComplaintPageDto> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(query.cursor, 3);
    const { viewer, where, params } = await this.scope(user);
    if (query.status) {
      params.push(query.status);
      where.push(`c.status = $${params.length}`);
    }
    if (after) {
      params.push(after[0], after[1], after[2]);
      const n = params.length;
      where.push(
        `(${RANK} > $${n - 2}::int OR (${RANK} = $${n - 2}::int AND (c.received_at, c.id) < ($${n - 1}::timestamptz, $${n}::uuid)))`,
      );
    }
    params.push(limit + 1);
    const rows = await this.rows(
      this.dataSource.manager,
      `${where.join(' AND ') || 'TRUE'} ORDER BY ${RANK}, c.received_at DESC, c.id DESC LIMIT $${params.length}`,
      params,
    );
    const page = pageOf(
      rows,
      limit,
      (r) => r,
      (r) => [r.rank, r.received_at.toISOString(), r.id],
    );
    return { items: await this.map(page.items, viewer), nextCursor: page.nextCursor };
  }

  async get(user: UserPrincipal, id: string): Promise<ComplaintDto> {
    const { viewer, where, params } = await this.scope(user);
    params.push(id);
    const [row] = await this.rows(
      this.dataSource.manager,
      [...where, `c.id = $${params.length}`].join(' AND '),
      params,
    );
    if (!row) throw feedbackProblem(FeedbackErrorCode.ComplaintNotFound);
    const [dto] = await this.map([row], viewer);
    return dto;
  }

  async move(user: UserPrincipal, id: string, version: number, dto: MoveComplaintDto): Promise<ComplaintDto> {
    const { viewer, where, params } = await this.scope(user);
    // 404 for one the person may not see (checked without reading it: only the answer below is a read)
    params.push(id);
    const [seen] = await this.rows(
      this.dataSource.manager,
      [...where, `c.id = $${params.length}`].join(' AND '),
      params,
    );
    if (!seen) throw feedbackProblem(FeedbackErrorCode.ComplaintNotFound);
    await this.dataSource.transaction(async (manager) => {
      const c = await manager.findOne(ComplaintEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!c) throw feedbackProblem(FeedbackErrorCode.ComplaintNotFound);
      if (c.version !== version) throw staleVersion(c.version);
      const expertsMove = complaintMoveIsExperts(dto.move);
      if (expertsMove !== (viewer === 'expert') || viewer === 'unit')
        throw feedbackProblem(FeedbackErrorCode.ComplaintMoveNotYours, undefined, 'move');
      const next = complaintNext(
        { status: c.status, viewAsked: !!c.viewAskedAt, viewGiven: !!c.viewGivenAt },
        dto.move,
      );
      if (!next) throw feedbackProblem(FeedbackErrorCode.ComplaintMoveNotAllowed, undefined, 'move');
      const needsText = dto.move !== ComplaintMove.Close;
      if (needsText && !dto.text)
        throw feedbackProblem(FeedbackErrorCode.ComplaintTextMissing, undefined, 'text');
      if (dto.move === ComplaintMove.Close && !dto.outcome)
        throw feedbackProblem(FeedbackErrorCode.ComplaintOutcomeMissing, undefined, 'outcome');
      const now = this.clock.now();
      const sealed = dto.text ? this.cipher.encrypt(dto.text) : null;
      const changes: Partial<ComplaintEntity> = { status: next };
      if (!expertsMove) changes.handledBy = user.userId;
      switch (dto.move) {
        case ComplaintMove.Answer:
          Object.assign(changes, { answerEnc: sealed, answeredAt: now });
          break;
        case ComplaintMove.AskExpert:
          Object.assign(changes, {
            viewQuestionEnc: sealed,
            viewAskedAt: now,
            expertViewEnc: null,
            viewGivenAt: null,
          });
          break;
        case ComplaintMove.GiveView:
          Object.assign(changes, { expertViewEnc: sealed, viewGivenAt: now, handledBy: c.handledBy });
          break;
        case ComplaintMove.Close:
          Object.assign(changes, { outcome: dto.outcome, outcomeNoteEnc: sealed, closedAt: now });
          break;
      }
      const updated = await manager.update(
        ComplaintEntity,
        { id, version },
        { ...changes, version: version + 1 },
      );
      if (updated.affected !== 1) throw staleVersion();
      const fact = {
        [ComplaintMove.Answer]: 'complaint.answered',
        [ComplaintMove.AskExpert]: 'complaint.view_asked',
        [ComplaintMove.GiveView]: 'complaint.view_given',
        [ComplaintMove.Close]: 'complaint.closed',
      }[dto.move];
      await this.publish(manager, fact, id);
      await this.audit.record(
        {
          action: `complaint.${dto.move}`,
          subjectType: 'expert',
          subjectId: c.expertId,
          fieldGroup: 'complaint',
        },
        manager,
      );
    });
    return this.get(user, id);
  }

  /** Who sees which complaints: coordinators all, the ordering unit's people their units', an expert their own. */
  private async scope(user: UserPrincipal): Promise<{ viewer: Viewer; where: string[]; params: unknown[] }> {
    if (user.roles.includes(Role.Coordinator)) return { viewer: 'coordinator', where: [], params: [] };
    if (user.roles.includes(Role.Orderer) || user.roles.includes(Role.Approver)) {
      const scope = await this.units.scopeUnitIds(user);
      if (scope === undefined) return { viewer: 'unit', where: [], params: [] };
      return { viewer: 'unit', where: [`c.unit_id = ANY($1::uuid[])`], params: [scope] };
    }
    return { viewer: 'expert', where: [`e.user_id = $1`], params: [user.userId] };
  }

  private rows(manager: EntityManager, where: string, params: unknown[]): Promise<Row[]> {
    return manager.query<Row[]>(
      `SELECT c.id, c.assignment_id, a.order_id, c.expert_id, e.user_id AS expert_user_id, e.full_name AS expert_name,
              u.name AS unit_name, c.made_by, c.status, c.received_at, c.text_enc, c.answer_enc, c.answered_at,
              c.view_question_enc, c.view_asked_at, c.expert_view_enc, c.view_given_at, c.outcome,
              c.outcome_note_enc, c.closed_at, c.handled_by, o.title, a.starts_at,
              COALESCE(oc.place, o.place) AS place, c.version, ${RANK} AS rank
         FROM complaint c
         JOIN matching.assignments a ON a.id = c.assignment_id
         JOIN orders.orders o ON o.id = a.order_id
         LEFT JOIN orders.occurrences oc ON oc.id = a.occurrence_id
         JOIN registry.experts e ON e.id = c.expert_id
         JOIN units.units u ON u.id = c.unit_id
        WHERE ${where}`,
      params,
    );
  }

  private async map(rows: Row[], viewer: Viewer): Promise<ComplaintDto[]> {
    const people = await this.users.people(rows.map((r) => r.handled_by));
    if (viewer === 'coordinator')
      // what is said about an expert's work may tell of their health: a coordinator's read is audited
      await this.audit.recordMany(
        rows.map((r) => ({
          action: 'complaint.read',
          subjectType: 'expert',
          subjectId: r.expert_id,
          fieldGroup: 'complaint',
          purpose: 'quality',
        })),
      );
    const open = (v: string | null) => (v ? this.cipher.decrypt(v) : null);
    return rows.map((r) => {
      const state = { status: r.status, viewAsked: !!r.view_asked_at, viewGiven: !!r.view_given_at };
      const sees = {
        complaint: viewer !== 'expert',
        expertSide: viewer !== 'unit',
      };
      return {
        id: r.id,
        status: r.status,
        task: {
          id: r.assignment_id,
          orderId: r.order_id,
          title: r.title,
          startsAt: r.starts_at.toISOString(),
          place: r.place,
        },
        expertName: r.expert_name,
        unitName: r.unit_name,
        receivedAt: r.received_at.toISOString(),
        text: sees.complaint ? open(r.text_enc) : null,
        answer: sees.complaint ? open(r.answer_enc) : null,
        answeredAt: r.answered_at?.toISOString() ?? null,
        viewQuestion: sees.expertSide ? open(r.view_question_enc) : null,
        viewAskedAt: sees.expertSide ? (r.view_asked_at?.toISOString() ?? null) : null,
        expertView: sees.expertSide ? open(r.expert_view_enc) : null,
        viewGivenAt: sees.expertSide ? (r.view_given_at?.toISOString() ?? null) : null,
        outcome: r.outcome,
        outcomeNote: open(r.outcome_note_enc),
        closedAt: r.closed_at?.toISOString() ?? null,
        handledByName: r.handled_by ? (people.get(r.handled_by)?.displayName ?? null) : null,
        allowedMoves: viewer === 'unit' ? [] : complaintMoves(state, viewer === 'expert'),
        version: r.version,
      };
    });
  }

  private async publish(manager: EntityManager, type: string, id: string): Promise<void> {
    const [r] = await this.rows(manager, `c.id = $1`, [id]);
    await this.bus.publish(manager, {
      type,
      aggregateType: 'complaint',
      aggregateId: id,
      // ids and names only: the words stay in the app
      payload: {
        complaintId: id,
        madeBy: r.made_by,
        expertUserId: r.expert_user_id,
        expertName: r.expert_name,
        handledBy: r.handled_by,
        taskTitle: r.title,
        startsAt: r.starts_at.toISOString(),
        outcome: r.outcome,
      },
    });
  }

  private delivery(
    e: PlannedEvent,
    userId: string,
    template:
      | 'complaint.received'
      | 'complaint.answered'
      | 'complaint.view_asked'
      | 'complaint.view_given'
      | 'complaint.closed',
  ): Delivery {
    return {
      userId,
      template,
      params: {
        expertName: String(e.payload.expertName),
        taskTitle: String(e.payload.taskTitle),
        startsAt: String(e.payload.startsAt),
        outcome: (e.payload.outcome as ComplaintParams['outcome']) ?? null,
        link: `${COMPLAINTS_PAGE}/${String(e.payload.complaintId)}`,
      },
    };
  }
}

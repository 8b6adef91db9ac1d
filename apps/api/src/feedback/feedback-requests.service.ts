import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { UserPrincipal } from '../common/access/principal';
import { Role } from '../common/access/roles';
import { Clock } from '../common/clock';
import { FieldCipher } from '../common/field-cipher';
import { decodeCursor, DEFAULT_PAGE_SIZE, pageOf } from '../common/pagination';
import { EventBus } from '../events/event-bus';
import { JobsService } from '../jobs/jobs.service';
import type { PlannedEvent } from '../notifications/notifications.service';
import { NotificationsService } from '../notifications/notifications.service';
import { ComplaintsService } from './complaints.service';
import { DebriefsService } from './debriefs.service';
import {
  AnswerFeedbackRequestDto,
  FeedbackRequestDto,
  FeedbackRequestPageDto,
  ItemAnswerDto,
  ListFeedbackRequestsQueryDto,
} from './dto/feedback-request.dto';
import type { QuestionnaireDto } from './dto/questionnaire.dto';
import { FeedbackRequestEntity } from './entities/feedback-request.entity';
import { FeedbackErrorCode, feedbackProblem, throwIfProblems } from './feedback.exception';
import {
  answerProblems,
  DebriefContact,
  feedbackRemindAt,
  FeedbackRequestStatus,
  Respondent,
  splitAnswers,
} from './feedback.rules';
import { AFTER_TASK_KEYS, QuestionnairesService } from './questionnaires.service';

/** Where a feedback request is answered (the same page for both sides). */
export const FEEDBACK_PAGE = '/feedback';

const RANK = `CASE f.status WHEN 'open' THEN 0 ELSE 1 END`;

interface Row {
  id: string;
  assignment_id: string;
  order_id: string;
  expert_id: string;
  expert_name: string;
  unit_name: string;
  respondent: Respondent;
  user_id: string;
  questionnaire_id: string;
  status: FeedbackRequestStatus;
  asked_at: Date;
  answered_at: Date | null;
  answers: Record<string, number | boolean> | null;
  texts_enc: string | null;
  debrief_request_id: string | null;
  complaint_id: string | null;
  title: string;
  starts_at: Date;
  place: string | null;
  version: number;
  rank: number;
}

interface Asked {
  feedbackRequestId: string;
  userId: string;
  respondent: Respondent;
  taskTitle: string;
  startsAt: string;
  expertName: string;
}

/**
 * "How did it go?" after every delivered task (4T): the orderer and the expert are each asked once, in the
 * transaction that completes the task, in the app and by e-mail in their language; one reminder after
 * three business days, never more. The expert may ask to talk to someone with the answer.
 */
@Injectable()
export class FeedbackRequestsService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly cipher: FieldCipher,
    private readonly bus: EventBus,
    private readonly jobs: JobsService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly questionnaires: QuestionnairesService,
    private readonly debriefs: DebriefsService,
    private readonly complaints: ComplaintsService,
  ) {}

  onModuleInit(): void {
    this.bus.react('assignment.completed', async (event, manager) => {
      await this.ask(manager, String(event.payload.assignmentId));
    });
    this.jobs.register(
      'feedback-reminders',
      async () => {
        await this.remind();
      },
      { cron: '15 * * * *' },
    );
    for (const template of ['feedback.requested', 'feedback.reminded'] as const)
      this.notifications.registerPlanner(template, async (e: PlannedEvent) => {
        const p = e.payload as unknown as Asked;
        return [
          {
            userId: p.userId,
            template,
            params: {
              respondent: p.respondent,
              taskTitle: p.taskTitle,
              startsAt: p.startsAt,
              expertName: p.expertName,
              link: `${FEEDBACK_PAGE}/${p.feedbackRequestId}`,
            },
          },
        ];
      });
  }

  /** Asks each side of a delivered task once (a second delivery asks nothing). Returns the requests made. */
  async ask(manager: EntityManager, assignmentId: string): Promise<number> {
    const [task] = await manager.query<
      Array<{
        expert_id: string;
        expert_user_id: string | null;
        expert_name: string;
        orderer_id: string | null;
        unit_id: string;
        title: string;
        starts_at: Date;
      }>
    >(
      `SELECT a.expert_id, eu.id AS expert_user_id, e.full_name AS expert_name, ou.id AS orderer_id, o.unit_id,
              o.title, a.starts_at
         FROM matching.assignments a
         JOIN orders.orders o ON o.id = a.order_id
         JOIN registry.experts e ON e.id = a.expert_id
         LEFT JOIN auth.users eu ON eu.id = e.user_id AND eu.active
         LEFT JOIN auth.users ou ON ou.id = COALESCE(o.contact_user_id, o.created_by) AND ou.active
        WHERE a.id = $1`,
      [assignmentId],
    );
    if (!task) return 0;
    const now = this.clock.now();
    const sides: Array<[Respondent, string | null]> = [
      [Respondent.Orderer, task.orderer_id],
      [Respondent.Expert, task.expert_user_id],
    ];
    let made = 0;
    for (const [respondent, userId] of sides) {
      if (!userId) continue;
      const questionnaire = await this.questionnaires.current(manager, AFTER_TASK_KEYS[respondent]);
      if (!questionnaire) continue;
      const inserted = await manager.query<Array<{ id: string }>>(
        `INSERT INTO feedback_request (assignment_id, expert_id, unit_id, respondent, user_id, questionnaire_id,
                                       asked_at, remind_at, version)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 1)
         ON CONFLICT (assignment_id, respondent) DO NOTHING RETURNING id`,
        [
          assignmentId,
          task.expert_id,
          task.unit_id,
          respondent,
          userId,
          questionnaire.id,
          now,
          feedbackRemindAt(now),
        ],
      );
      if (!inserted.length) continue;
      made += 1;
      const payload: Asked = {
        feedbackRequestId: inserted[0].id,
        userId,
        respondent,
        taskTitle: task.title,
        startsAt: task.starts_at.toISOString(),
        expertName: task.expert_name,
      };
      await this.bus.publish(manager, {
        type: 'feedback.requested',
        aggregateType: 'feedback_request',
        aggregateId: inserted[0].id,
        payload: { ...payload },
      });
    }
    return made;
  }

  /** Mine to answer (the open first, then the newest). */
  async list(user: UserPrincipal, query: ListFeedbackRequestsQueryDto): Promise<FeedbackRequestPageDto> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(query.cursor, 3);
    const params: unknown[] = [user.userId];
    const where = [`f.user_id = $1`];
    if (query.status) {
      params.push(query.status);
      where.push(`f.status = $${params.length}`);
    }
    if (after) {
      params.push(after[0], after[1], after[2]);
      const n = params.length;
      where.push(
        `(${RANK} > $${n - 2}::int OR (${RANK} = $${n - 2}::int AND (f.asked_at, f.id) < ($${n - 1}::timestamptz, $${n}::uuid)))`,
      );
    }
    params.push(limit + 1);
    const rows = await this.rows(
      this.dataSource.manager,
      `${where.join(' AND ')} ORDER BY ${RANK}, f.asked_at DESC, f.id DESC LIMIT $${params.length}`,
      params,
    );
    const page = pageOf(
      rows,
      limit,
      (r) => r,
      (r) => [r.rank, r.asked_at.toISOString(), r.id],
    );
    return { items: await this.map(user, page.items), nextCursor: page.nextCursor };
  }

  /** One request: for the person asked, or a coordinator (whose read of the free text is audited). */
  async get(user: UserPrincipal, id: string): Promise<FeedbackRequestDto> {
    const [row] = await this.rows(this.dataSource.manager, `f.id = $1`, [id]);
    if (!row || (row.user_id !== user.userId && !user.roles.includes(Role.Coordinator)))
      throw feedbackProblem(FeedbackErrorCode.FeedbackRequestNotFound);
    const [dto] = await this.map(user, [row]);
    return dto;
  }

  /** The answer, once: checked against the version asked; the expert may ask to talk to someone with it. */
  async answer(user: UserPrincipal, id: string, dto: AnswerFeedbackRequestDto): Promise<FeedbackRequestDto> {
    await this.dataSource.transaction(async (manager) => {
      const f = await manager.findOne(FeedbackRequestEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!f || f.userId !== user.userId) throw feedbackProblem(FeedbackErrorCode.FeedbackRequestNotFound);
      if (f.status !== FeedbackRequestStatus.Open)
        throw feedbackProblem(FeedbackErrorCode.FeedbackAlreadyAnswered);
      const questionnaire = (await this.questionnaires.byIds([f.questionnaireId], manager)).get(
        f.questionnaireId,
      );
      if (!questionnaire) throw new Error(`questionnaire ${f.questionnaireId} is gone`);
      const problems = answerProblems(questionnaire.items, dto.answers);
      if (dto.wantsToTalk && f.respondent !== Respondent.Expert)
        problems.push(['wantsToTalk', 'only the expert is offered a talk here']);
      if (dto.somethingWrong && f.respondent !== Respondent.Orderer)
        problems.push(['somethingWrong', 'the expert can ask to talk instead']);
      throwIfProblems(FeedbackErrorCode.FeedbackAnswersInvalid, problems);
      const { values, texts } = splitAnswers(questionnaire.items, dto.answers);
      const debriefRequestId = dto.wantsToTalk
        ? await this.debriefs.open(manager, f.expertId, {
            contact: dto.contact ?? DebriefContact.Phone,
            assignmentId: f.assignmentId,
          })
        : null;
      if (dto.somethingWrong)
        await this.complaints.open(manager, {
          assignmentId: f.assignmentId,
          expertId: f.expertId,
          unitId: f.unitId,
          feedbackRequestId: f.id,
          madeBy: user.userId,
          text: dto.somethingWrong,
        });
      await manager.update(
        FeedbackRequestEntity,
        { id, version: f.version },
        {
          status: FeedbackRequestStatus.Answered,
          answeredAt: this.clock.now(),
          answers: values,
          textsEnc: Object.keys(texts).length ? this.cipher.encrypt(JSON.stringify(texts)) : null,
          debriefRequestId,
          version: f.version + 1,
        },
      );
    });
    return this.get(user, id);
  }

  /** The job: the one reminder, N business days after asking, to whoever has not answered. */
  async remind(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const due = await manager.query<Array<{ id: string }>>(
        `WITH due AS (
           UPDATE feedback_request SET reminded_at = $1
            WHERE status = 'open' AND reminded_at IS NULL AND remind_at <= $1
            RETURNING id)
         SELECT id FROM due`,
        [this.clock.now()],
      );
      if (!due.length) return 0;
      const rows = await this.rows(manager, `f.id = ANY($1::uuid[])`, [due.map((d) => d.id)]);
      await this.bus.publishMany(
        manager,
        rows.map((r) => ({
          type: 'feedback.reminded',
          aggregateType: 'feedback_request',
          aggregateId: r.id,
          payload: {
            feedbackRequestId: r.id,
            userId: r.user_id,
            respondent: r.respondent,
            taskTitle: r.title,
            startsAt: r.starts_at.toISOString(),
            expertName: r.expert_name,
          },
        })),
      );
      return rows.length;
    });
  }

  private rows(manager: EntityManager, where: string, params: unknown[]): Promise<Row[]> {
    return manager.query<Row[]>(
      `SELECT f.id, f.assignment_id, a.order_id, f.expert_id, e.full_name AS expert_name, u.name AS unit_name,
              f.respondent, f.user_id, f.questionnaire_id, f.status, f.asked_at, f.answered_at, f.answers,
              f.texts_enc, f.debrief_request_id, o.title, a.starts_at, COALESCE(oc.place, o.place) AS place,
              f.version, ${RANK} AS rank,
              (SELECT c.id FROM complaint c WHERE c.feedback_request_id = f.id LIMIT 1) AS complaint_id
         FROM feedback_request f
         JOIN matching.assignments a ON a.id = f.assignment_id
         JOIN orders.orders o ON o.id = a.order_id
         LEFT JOIN orders.occurrences oc ON oc.id = a.occurrence_id
         JOIN registry.experts e ON e.id = f.expert_id
         JOIN units.units u ON u.id = f.unit_id
        WHERE ${where}`,
      params,
    );
  }

  private async map(user: UserPrincipal, rows: Row[]): Promise<FeedbackRequestDto[]> {
    const questionnaires = await this.questionnaires.byIds(rows.map((r) => r.questionnaire_id));
    // free text about an expert may tell of health: a coordinator's read of another's words is audited
    await this.audit.recordMany(
      rows
        .filter((r) => r.texts_enc && r.user_id !== user.userId)
        .map((r) => ({
          action: 'feedback.read',
          subjectType: 'expert',
          subjectId: r.expert_id,
          fieldGroup: 'feedback',
          purpose: 'quality',
        })),
    );
    return rows.map((r) => {
      const questionnaire = questionnaires.get(r.questionnaire_id) as QuestionnaireDto;
      return {
        id: r.id,
        respondent: r.respondent,
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
        askedAt: r.asked_at.toISOString(),
        answeredAt: r.answered_at?.toISOString() ?? null,
        questionnaire,
        answers: this.answersOf(r, questionnaire),
        debriefRequestId: r.debrief_request_id,
        complaintId: r.complaint_id,
        version: r.version,
      };
    });
  }

  private answersOf(r: Row, questionnaire: QuestionnaireDto): ItemAnswerDto[] {
    if (r.status !== FeedbackRequestStatus.Answered) return [];
    const texts = r.texts_enc ? (JSON.parse(this.cipher.decrypt(r.texts_enc)) as Record<string, string>) : {};
    const values = r.answers ?? {};
    return questionnaire.items
      .filter((i) => i.id in values || i.id in texts)
      .map((i) => ({ itemId: i.id, value: values[i.id] ?? null, text: texts[i.id] ?? null }));
  }
}

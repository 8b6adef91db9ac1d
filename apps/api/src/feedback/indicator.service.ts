import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { UserPrincipal } from '../common/access/principal';
import { Role } from '../common/access/roles';
import { Clock } from '../common/clock';
import { decodeCursor, DEFAULT_PAGE_SIZE, pageOf } from '../common/pagination';
import { EventBus } from '../events/event-bus';
import { JobsService } from '../jobs/jobs.service';
import type { PlannedEvent } from '../notifications/notifications.service';
import { NotificationsService } from '../notifications/notifications.service';
import {
  AnswerIndicatorRequestDto,
  IndicatorRequestDto,
  IndicatorRequestPageDto,
  IndicatorRequestSummaryDto,
  IndicatorScoreListDto,
  ListIndicatorRequestsQueryDto,
} from './dto/indicator.dto';
import type { QuestionnaireDto } from './dto/questionnaire.dto';
import { IndicatorRequestEntity } from './entities/indicator-request.entity';
import { QuestionnaireEntity } from './entities/questionnaire.entity';
import { FeedbackErrorCode, feedbackProblem, throwIfProblems } from './feedback.exception';
import {
  indicatorAnswerProblems,
  IndicatorReason,
  indicatorRemindAt,
  IndicatorRequestStatus,
  indicatorScore,
  indicatorYearlyDue,
  QuestionnaireAudience,
} from './feedback.rules';
import { QuestionnairesService } from './questionnaires.service';

/** Where the expert answers the indicator. */
export const INDICATOR_PAGE = '/participation';

const RANK = `CASE r.status WHEN 'open' THEN 0 ELSE 1 END`;

interface Row {
  id: string;
  expert_id: string;
  user_id: string;
  questionnaire_id: string;
  reason: IndicatorReason;
  status: IndicatorRequestStatus;
  asked_at: Date;
  answered_at: Date | null;
  answers: Record<string, number> | null;
  score: number | null;
  version: number;
  rank: number;
}

interface Asked {
  indicatorRequestId: string;
  userId: string;
  reason: IndicatorReason;
}

/** Statuses an expert joins from (a paused expert coming back has joined already). */
const JOINING_FROM = new Set(['applicant', 'orientation']);

/**
 * THL's participation indicator (docs/feedback.md, "THL's participation indicator at joining and
 * yearly"): asked when an expert becomes active with an account, and again a year after the last was
 * asked (the job; experts who joined before the county published an indicator are asked once as the
 * baseline). Only when an `indicator` instrument exists: the newest version of the newest one is asked.
 * One reminder; the answers are scored 0–100 when given; coordinators follow the scores over time.
 */
@Injectable()
export class IndicatorService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly bus: EventBus,
    private readonly jobs: JobsService,
    private readonly notifications: NotificationsService,
    private readonly audit: AuditService,
    private readonly questionnaires: QuestionnairesService,
  ) {}

  onModuleInit(): void {
    this.bus.react('expert.activated', async (event, manager) => {
      if (!JOINING_FROM.has(String(event.payload.fromStatus))) return;
      await this.askJoining(manager, String(event.payload.expertId));
    });
    this.jobs.register(
      'indicator-yearly',
      async () => {
        await this.askYearly();
      },
      { cron: '30 9 * * *' },
    );
    this.jobs.register(
      'indicator-reminders',
      async () => {
        await this.remind();
      },
      { cron: '20 * * * *' },
    );
    for (const template of ['indicator.requested', 'indicator.reminded'] as const)
      this.notifications.registerPlanner(template, async (e: PlannedEvent) => {
        const p = e.payload as unknown as Asked;
        return [
          {
            userId: p.userId,
            template,
            params: { reason: p.reason, link: `${INDICATOR_PAGE}/${p.indicatorRequestId}` },
          },
        ];
      });
  }

  /** The instrument new requests ask: the newest version of the newest indicator, if the county has one. */
  private currentIndicator(manager: EntityManager): Promise<QuestionnaireEntity | null> {
    return manager.findOne(QuestionnaireEntity, {
      where: { audience: QuestionnaireAudience.Indicator },
      order: { createdAt: 'DESC', version: 'DESC' },
    });
  }

  /** At joining, in the activation's transaction: once per expert (a second activation asks nothing). */
  async askJoining(manager: EntityManager, expertId: string): Promise<boolean> {
    const [expert] = await manager.query<Array<{ user_id: string }>>(
      `SELECT e.user_id FROM registry.experts e JOIN auth.users u ON u.id = e.user_id AND u.active
        WHERE e.id = $1 AND e.status = 'active'`,
      [expertId],
    );
    if (!expert) return false;
    const questionnaire = await this.currentIndicator(manager);
    if (!questionnaire) return false;
    return this.ask(manager, expertId, expert.user_id, questionnaire.id, IndicatorReason.Joining);
  }

  /** The job: every active expert whose yearly one is due (or who was never asked) is asked. */
  async askYearly(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const questionnaire = await this.currentIndicator(manager);
      if (!questionnaire) return 0;
      const now = this.clock.now();
      const experts = await manager.query<
        Array<{ id: string; user_id: string; asked_at: Date | null; status: IndicatorRequestStatus | null }>
      >(
        `SELECT e.id, e.user_id, last.asked_at, last.status
           FROM registry.experts e
           JOIN auth.users u ON u.id = e.user_id AND u.active
           LEFT JOIN LATERAL (
             SELECT r.asked_at, r.status FROM indicator_request r WHERE r.expert_id = e.id
              ORDER BY r.asked_at DESC LIMIT 1) last ON TRUE
          WHERE e.status = 'active' AND e.merged_into IS NULL
          ORDER BY e.id`,
      );
      let made = 0;
      for (const e of experts) {
        const last = e.asked_at
          ? { askedAt: e.asked_at, open: e.status === IndicatorRequestStatus.Open }
          : null;
        if (!indicatorYearlyDue(last, now)) continue;
        if (await this.ask(manager, e.id, e.user_id, questionnaire.id, IndicatorReason.Yearly)) made += 1;
      }
      return made;
    });
  }

  private async ask(
    manager: EntityManager,
    expertId: string,
    userId: string,
    questionnaireId: string,
    reason: IndicatorReason,
  ): Promise<boolean> {
    const now = this.clock.now();
    // one open at a time and the joining one once: both are unique indexes, so a repeat does nothing
    const inserted = await manager.query<Array<{ id: string }>>(
      `INSERT INTO indicator_request (expert_id, user_id, questionnaire_id, reason, asked_at, remind_at, version)
       VALUES ($1, $2, $3, $4, $5, $6, 1)
       ON CONFLICT DO NOTHING RETURNING id`,
      [expertId, userId, questionnaireId, reason, now, indicatorRemindAt(now)],
    );
    if (!inserted.length) return false;
    const payload: Asked = { indicatorRequestId: inserted[0].id, userId, reason };
    await this.bus.publish(manager, {
      type: 'indicator.requested',
      aggregateType: 'indicator_request',
      aggregateId: inserted[0].id,
      payload: { ...payload },
    });
    return true;
  }

  /** Mine (the expert's own): the open first, then the newest. */
  async list(user: UserPrincipal, query: ListIndicatorRequestsQueryDto): Promise<IndicatorRequestPageDto> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(query.cursor, 3);
    const params: unknown[] = [user.userId];
    const where = [`r.user_id = $1`];
    if (query.status) {
      params.push(query.status);
      where.push(`r.status = $${params.length}`);
    }
    if (after) {
      params.push(after[0], after[1], after[2]);
      const n = params.length;
      where.push(
        `(${RANK} > $${n - 2}::int OR (${RANK} = $${n - 2}::int AND (r.asked_at, r.id) < ($${n - 1}::timestamptz, $${n}::uuid)))`,
      );
    }
    params.push(limit + 1);
    const rows = await this.rows(
      this.dataSource.manager,
      `${where.join(' AND ')} ORDER BY ${RANK}, r.asked_at DESC, r.id DESC LIMIT $${params.length}`,
      params,
    );
    const page = pageOf(
      rows,
      limit,
      (r) => r,
      (r) => [r.rank, r.asked_at.toISOString(), r.id],
    );
    const questionnaires = await this.questionnaires.byIds(page.items.map((r) => r.questionnaire_id));
    return {
      items: page.items.map((r) =>
        this.summary(r, questionnaires.get(r.questionnaire_id) as QuestionnaireDto),
      ),
      nextCursor: page.nextCursor,
    };
  }

  /** One request with its statements: the expert's own, or a coordinator's (audited for the expert). */
  async get(user: UserPrincipal, id: string): Promise<IndicatorRequestDto> {
    const [row] = await this.rows(this.dataSource.manager, `r.id = $1`, [id]);
    if (!row || (row.user_id !== user.userId && !user.roles.includes(Role.Coordinator)))
      throw feedbackProblem(FeedbackErrorCode.IndicatorRequestNotFound);
    if (row.user_id !== user.userId)
      await this.audit.record({
        action: 'indicator.read',
        subjectType: 'expert',
        subjectId: row.expert_id,
        fieldGroup: 'indicator',
        purpose: 'quality',
      });
    const questionnaire = (await this.questionnaires.byIds([row.questionnaire_id])).get(
      row.questionnaire_id,
    ) as QuestionnaireDto;
    const values = row.answers ?? {};
    return {
      ...this.summary(row, questionnaire),
      questionnaire,
      answers: questionnaire.items
        .filter((i) => typeof values[i.id] === 'number')
        .map((i) => ({ itemId: i.id, value: values[i.id] })),
    };
  }

  /** The answer, once: every statement a whole number 1–5, scored 0–100; anything wrong keeps nothing. */
  async answer(
    user: UserPrincipal,
    id: string,
    dto: AnswerIndicatorRequestDto,
  ): Promise<IndicatorRequestDto> {
    await this.dataSource.transaction(async (manager) => {
      const r = await manager.findOne(IndicatorRequestEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!r || r.userId !== user.userId) throw feedbackProblem(FeedbackErrorCode.IndicatorRequestNotFound);
      if (r.status !== IndicatorRequestStatus.Open)
        throw feedbackProblem(FeedbackErrorCode.IndicatorAlreadyAnswered);
      const questionnaire = (await this.questionnaires.byIds([r.questionnaireId], manager)).get(
        r.questionnaireId,
      );
      if (!questionnaire) throw new Error(`questionnaire ${r.questionnaireId} is gone`);
      throwIfProblems(
        FeedbackErrorCode.IndicatorAnswersInvalid,
        indicatorAnswerProblems(questionnaire.items, dto.answers),
      );
      const values = Object.fromEntries(dto.answers.map((a) => [a.itemId, a.value as number]));
      const score = indicatorScore(questionnaire.items, values);
      if (score === null) throw new Error('an indicator answered in full has a score');
      const updated = await manager.update(
        IndicatorRequestEntity,
        { id, version: r.version },
        {
          status: IndicatorRequestStatus.Answered,
          answeredAt: this.clock.now(),
          answers: values,
          score,
          version: r.version + 1,
        },
      );
      if (!updated.affected) throw feedbackProblem(FeedbackErrorCode.IndicatorAlreadyAnswered);
    });
    return this.get(user, id);
  }

  /** A coordinator follows one expert's experience of participation over time (the read is audited). */
  async scores(expertId: string): Promise<IndicatorScoreListDto> {
    const [expert] = await this.dataSource.query<Array<{ id: string }>>(
      `SELECT id FROM registry.experts WHERE id = $1`,
      [expertId],
    );
    if (!expert) throw feedbackProblem(FeedbackErrorCode.IndicatorRequestNotFound, 'No such expert');
    const rows = await this.dataSource.query<
      Array<{
        id: string;
        reason: IndicatorReason;
        asked_at: Date;
        answered_at: Date | null;
        score: number | null;
        key: string;
        version: number;
      }>
    >(
      `SELECT r.id, r.reason, r.asked_at, r.answered_at, r.score, q.key, q.version
         FROM indicator_request r JOIN questionnaire q ON q.id = r.questionnaire_id
        WHERE r.expert_id = $1 ORDER BY r.asked_at, r.id`,
      [expertId],
    );
    await this.audit.record({
      action: 'indicator.scores_read',
      subjectType: 'expert',
      subjectId: expertId,
      fieldGroup: 'indicator',
      purpose: 'quality',
    });
    return {
      items: rows.map((r) => ({
        id: r.id,
        reason: r.reason,
        askedAt: r.asked_at.toISOString(),
        answeredAt: r.answered_at?.toISOString() ?? null,
        score: r.score,
        questionnaireKey: r.key,
        questionnaireVersion: r.version,
      })),
    };
  }

  /** The job: the one reminder to whoever has not answered, N business days after asking. */
  async remind(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const due = await manager.query<Array<{ id: string; user_id: string; reason: IndicatorReason }>>(
        `WITH due AS (
           UPDATE indicator_request SET reminded_at = $1
            WHERE status = 'open' AND reminded_at IS NULL AND remind_at <= $1
            RETURNING id, user_id, reason)
         SELECT id, user_id, reason FROM due`,
        [this.clock.now()],
      );
      if (!due.length) return 0;
      await this.bus.publishMany(
        manager,
        due.map((r) => ({
          type: 'indicator.reminded',
          aggregateType: 'indicator_request',
          aggregateId: r.id,
          payload: { indicatorRequestId: r.id, userId: r.user_id, reason: r.reason },
        })),
      );
      return due.length;
    });
  }

  private rows(manager: EntityManager, where: string, params: unknown[]): Promise<Row[]> {
    return manager.query<Row[]>(
      `SELECT r.id, r.expert_id, r.user_id, r.questionnaire_id, r.reason, r.status, r.asked_at, r.answered_at,
              r.answers, r.score, r.version, ${RANK} AS rank
         FROM indicator_request r
        WHERE ${where}`,
      params,
    );
  }

  private summary(r: Row, questionnaire: QuestionnaireDto): IndicatorRequestSummaryDto {
    return {
      id: r.id,
      reason: r.reason,
      status: r.status,
      askedAt: r.asked_at.toISOString(),
      answeredAt: r.answered_at?.toISOString() ?? null,
      score: r.score,
      title: questionnaire.title,
      itemCount: questionnaire.items.length,
      version: r.version,
    };
  }
}

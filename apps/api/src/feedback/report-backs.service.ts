import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { UsersService } from '../auth/users.service';
import type { UserPrincipal } from '../common/access/principal';
import { Role } from '../common/access/roles';
import { Clock } from '../common/clock';
import { FieldCipher } from '../common/field-cipher';
import { decodeCursor, DEFAULT_PAGE_SIZE, pageOf } from '../common/pagination';
import { EventBus } from '../events/event-bus';
import { JobsService } from '../jobs/jobs.service';
import { NotificationsService } from '../notifications/notifications.service';
import { RegistryService } from '../registry/registry.service';
import type { ItemAnswerDto } from './dto/feedback-request.dto';
import { ListReportBacksQueryDto, ReportBackDto, ReportBackPageDto } from './dto/report-back.dto';
import { ReportBackEntity } from './entities/report-back.entity';
import { FeedbackErrorCode, feedbackProblem } from './feedback.exception';
import { participantSummary, PARTICIPANT_LINK_DAYS_AFTER, ScreeningStatus } from './feedback.rules';
import { QuestionnairesService } from './questionnaires.service';

/** Where the expert reads what their tasks gave. */
export const REPORT_BACKS_PAGE = '/what-my-tasks-gave';

interface Row {
  id: string;
  assignment_id: string;
  order_id: string;
  occurrence_id: string | null;
  expert_id: string;
  expert_name: string;
  unit_name: string;
  title: string;
  starts_at: Date;
  place: string | null;
  ready_at: Date;
  note_enc: string | null;
  noted_by: string | null;
}

/**
 * The report-back (4T *Tieto*): when a task's feedback closes (its participants' window, 14 days after
 * the end), the expert gets what the orderer and the participants said — participants with the
 * small-cell rule — and the coordinator may add words of their own.
 */
@Injectable()
export class ReportBacksService implements OnModuleInit {
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
    private readonly questionnaires: QuestionnairesService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(
      'report-backs',
      async () => {
        await this.makeDue();
      },
      { cron: '25 * * * *' },
    );
    this.notifications.registerPlanner('report_back.ready', async (e) =>
      e.payload.expertUserId
        ? [
            {
              userId: String(e.payload.expertUserId),
              template: 'report_back.ready',
              params: {
                taskTitle: String(e.payload.taskTitle),
                startsAt: String(e.payload.startsAt),
                link: `${REPORT_BACKS_PAGE}/${String(e.payload.reportBackId)}`,
              },
            },
          ]
        : [],
    );
  }

  /** The job: a report-back for every delivered task (asked for feedback) whose feedback has closed. */
  async makeDue(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      const made = await manager.query<
        Array<{ id: string; expert_user_id: string | null; title: string; starts_at: Date }>
      >(
        `WITH made AS (
           INSERT INTO report_back (assignment_id, expert_id, ready_at)
           SELECT a.id, a.expert_id, $1 FROM matching.assignments a
            WHERE a.status = 'completed' AND a.ends_at <= $2
              AND EXISTS (SELECT 1 FROM feedback_request f WHERE f.assignment_id = a.id)
              AND NOT EXISTS (SELECT 1 FROM report_back r WHERE r.assignment_id = a.id)
            ORDER BY a.ends_at LIMIT 500
           ON CONFLICT (assignment_id) DO NOTHING
           RETURNING id, assignment_id, expert_id)
         SELECT m.id, e.user_id AS expert_user_id, o.title, a.starts_at
           FROM made m JOIN matching.assignments a ON a.id = m.assignment_id
           JOIN orders.orders o ON o.id = a.order_id JOIN registry.experts e ON e.id = m.expert_id`,
        [now, new Date(now.getTime() - PARTICIPANT_LINK_DAYS_AFTER * 86_400_000)],
      );
      await this.bus.publishMany(
        manager,
        made.map((r) => ({
          type: 'report_back.ready',
          aggregateType: 'report_back',
          aggregateId: r.id,
          payload: {
            reportBackId: r.id,
            expertUserId: r.expert_user_id,
            taskTitle: r.title,
            startsAt: r.starts_at.toISOString(),
          },
        })),
      );
      return made.length;
    });
  }

  /** The expert's own ("What my tasks gave"), or a coordinator's view of all (or one expert's); newest first. */
  async list(user: UserPrincipal, query: ListReportBacksQueryDto, mine: boolean): Promise<ReportBackPageDto> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(query.cursor, 2);
    const params: unknown[] = [];
    const where: string[] = [];
    const expertId = mine ? await this.registry.ownExpertId(user) : query.expertId;
    if (expertId) {
      params.push(expertId);
      where.push(`r.expert_id = $${params.length}`);
    }
    if (after) {
      params.push(after[0], after[1]);
      where.push(`(r.ready_at, r.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    params.push(limit + 1);
    const rows = await this.rows(
      `${where.join(' AND ') || 'TRUE'} ORDER BY r.ready_at DESC, r.id DESC LIMIT $${params.length}`,
      params,
    );
    const page = pageOf(
      rows,
      limit,
      (r) => r,
      (r) => [r.ready_at.toISOString(), r.id],
    );
    return { items: await this.map(page.items, !mine), nextCursor: page.nextCursor };
  }

  async get(user: UserPrincipal, id: string): Promise<ReportBackDto> {
    const coordinator = user.roles.includes(Role.Coordinator);
    const [row] = await this.rows(`r.id = $1`, [id]);
    if (!row || (!coordinator && row.expert_id !== (await this.registry.ownExpertId(user))))
      throw feedbackProblem(FeedbackErrorCode.ReportBackNotFound);
    const [dto] = await this.map([row], coordinator);
    return dto;
  }

  /** The coordinator's words to the expert (replaces earlier words; empty removes them). */
  async note(user: UserPrincipal, id: string, note: string): Promise<ReportBackDto> {
    const updated = await this.dataSource
      .createQueryBuilder()
      .update(ReportBackEntity)
      .set({
        noteEnc: note ? this.cipher.encrypt(note) : null,
        notedBy: note ? user.userId : null,
        notedAt: note ? this.clock.now() : null,
      })
      .where('id = :id', { id })
      .execute();
    if (updated.affected !== 1) throw feedbackProblem(FeedbackErrorCode.ReportBackNotFound);
    return this.get(user, id);
  }

  private rows(where: string, params: unknown[]): Promise<Row[]> {
    return this.dataSource.query<Row[]>(
      `SELECT r.id, r.assignment_id, a.order_id, a.occurrence_id, r.expert_id, e.full_name AS expert_name,
              u.name AS unit_name, o.title, a.starts_at, COALESCE(oc.place, o.place) AS place, r.ready_at,
              r.note_enc, r.noted_by
         FROM report_back r
         JOIN matching.assignments a ON a.id = r.assignment_id
         JOIN orders.orders o ON o.id = a.order_id
         LEFT JOIN orders.occurrences oc ON oc.id = a.occurrence_id
         JOIN registry.experts e ON e.id = r.expert_id
         JOIN units.units u ON u.id = o.unit_id
        WHERE ${where}`,
      params,
    );
  }

  private async map(rows: Row[], coordinator: boolean): Promise<ReportBackDto[]> {
    if (rows.length === 0) return [];
    const assignmentIds = rows.map((r) => r.assignment_id);
    const orderers = await this.dataSource.query<
      Array<{
        assignment_id: string;
        status: string;
        questionnaire_id: string;
        answers: Record<string, number | boolean> | null;
        texts_enc: string | null;
      }>
    >(
      `SELECT assignment_id, status, questionnaire_id, answers, texts_enc FROM feedback_request
        WHERE respondent = 'orderer' AND assignment_id = ANY($1::uuid[])`,
      [assignmentIds],
    );
    const occurrenceIds = rows.map((r) => r.occurrence_id).filter((o): o is string => !!o);
    const participants = await this.dataSource.query<
      Array<{
        occurrence_id: string;
        questionnaire_id: string;
        answers: Record<string, number | boolean>;
        texts_enc: string | null;
        screening: ScreeningStatus | null;
      }>
    >(
      `SELECT l.occurrence_id, pa.questionnaire_id, pa.answers, pa.texts_enc, pa.screening
         FROM participant_answer pa JOIN participant_link l ON l.id = pa.link_id
        WHERE l.occurrence_id = ANY($1::uuid[])`,
      [occurrenceIds],
    );
    const questionnaires = await this.questionnaires.byIds([
      ...orderers.map((o) => o.questionnaire_id),
      ...participants.map((p) => p.questionnaire_id),
    ]);
    const people = await this.users.people(rows.map((r) => r.noted_by));
    if (coordinator)
      // the orderer's words about an expert's work may tell of their health: a coordinator's read is audited
      await this.audit.recordMany(
        rows.map((r) => ({
          action: 'report_back.read',
          subjectType: 'expert',
          subjectId: r.expert_id,
          fieldGroup: 'feedback',
          purpose: 'quality',
        })),
      );
    return rows.map((r) => {
      const o = orderers.find((x) => x.assignment_id === r.assignment_id && x.status === 'answered');
      const oq = o ? (questionnaires.get(o.questionnaire_id) ?? null) : null;
      const texts = o?.texts_enc
        ? (JSON.parse(this.cipher.decrypt(o.texts_enc)) as Record<string, string>)
        : {};
      const ordererAnswers: ItemAnswerDto[] = oq
        ? oq.items
            .filter((i) => i.id in (o?.answers ?? {}) || i.id in texts)
            .map((i) => ({ itemId: i.id, value: o?.answers?.[i.id] ?? null, text: texts[i.id] ?? null }))
        : [];
      const mine = participants.filter((p) => p.occurrence_id === r.occurrence_id);
      const pq = mine.length ? (questionnaires.get(mine[0].questionnaire_id) ?? null) : null;
      const approved = mine
        .filter((p) => p.screening === ScreeningStatus.Approved && p.texts_enc)
        .flatMap((p) =>
          Object.values(JSON.parse(this.cipher.decrypt(p.texts_enc!)) as Record<string, string>),
        );
      const summary = participantSummary(
        pq?.items ?? [],
        mine.map((p) => p.answers),
        approved,
      );
      return {
        id: r.id,
        task: {
          id: r.assignment_id,
          orderId: r.order_id,
          title: r.title,
          startsAt: r.starts_at.toISOString(),
          place: r.place,
        },
        expertName: r.expert_name,
        unitName: r.unit_name,
        readyAt: r.ready_at.toISOString(),
        orderer: { answered: !!o, questionnaire: oq, answers: ordererAnswers },
        participants: { ...summary, questionnaire: pq },
        coordinatorNote: r.note_enc ? this.cipher.decrypt(r.note_enc) : null,
        notedByName: r.noted_by ? (people.get(r.noted_by)?.displayName ?? null) : null,
      };
    });
  }
}

import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { UserPrincipal } from '../common/access/principal';
import { Role } from '../common/access/roles';
import { helsinkiDate } from '../common/business-days';
import { Clock } from '../common/clock';
import { decodeCursor, DEFAULT_PAGE_SIZE, pageOf } from '../common/pagination';
import { RegistryService } from '../registry/registry.service';
import {
  AssessMentoredTaskDto,
  CloseMentorshipDto,
  CreateMentorshipDto,
  ListMentorshipsQueryDto,
  MentoredTaskDto,
  MentorshipDto,
  MentorshipPageDto,
  MentorshipSummaryDto,
} from './dto/mentorship.dto';
import { MentorshipAssessmentEntity, MentorshipEntity } from './entities/mentorship.entities';
import { OnboardingErrorCode, onboardingProblem } from './onboarding.exception';
import {
  MENTORED_TASKS_DEFAULT,
  MentorshipPairProblem,
  mentorshipPairProblem,
  mentorshipProgress,
  MentorshipStatus,
} from './onboarding.rules';

type Person = { id: string; name: string; status: string; tier_code: string | null; user_id: string | null };

const PAIR_PROBLEMS: Record<MentorshipPairProblem, OnboardingErrorCode> = {
  [MentorshipPairProblem.SamePerson]: OnboardingErrorCode.MentorshipSamePerson,
  [MentorshipPairProblem.MentorNotQualified]: OnboardingErrorCode.MentorNotQualified,
  [MentorshipPairProblem.TraineeNotEligible]: OnboardingErrorCode.MentorshipTraineeNotEligible,
};

/**
 * The mentoring path (docs/onboarding.md): a coordinator pairs a trainee with a mentor; the trainee goes to
 * tasks with the mentor (matching ranks the pair together), the mentor assesses each task done together,
 * and after enough approved tasks a coordinator completes the mentorship. Coordinators see every
 * mentorship, a mentor and a trainee their own. People are read through the registry's published view,
 * tasks through matching's (`matching.assignments`).
 */
@Injectable()
export class MentorshipsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly registry: RegistryService,
    private readonly audit: AuditService,
  ) {}

  async create(user: UserPrincipal, dto: CreateMentorshipDto): Promise<MentorshipDto> {
    const id = await this.dataSource.transaction(async (manager) => {
      const people = await this.people(manager, [dto.mentorExpertId, dto.traineeExpertId]);
      const mentor = people.get(dto.mentorExpertId);
      const trainee = people.get(dto.traineeExpertId);
      if (!mentor) throw onboardingProblem(OnboardingErrorCode.ExpertNotFound, undefined, 'mentorExpertId');
      if (!trainee) throw onboardingProblem(OnboardingErrorCode.ExpertNotFound, undefined, 'traineeExpertId');
      const problem = mentorshipPairProblem(
        mentor.id,
        trainee.id,
        { status: mentor.status, tierCode: mentor.tier_code },
        { status: trainee.status, tierCode: trainee.tier_code },
      );
      if (problem)
        throw onboardingProblem(
          PAIR_PROBLEMS[problem],
          undefined,
          problem === MentorshipPairProblem.TraineeNotEligible ? 'traineeExpertId' : 'mentorExpertId',
        );
      // One active mentorship per trainee: the partial unique index decides under concurrency too.
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(MentorshipEntity)
        .values({
          mentorExpertId: mentor.id,
          traineeExpertId: trainee.id,
          tasksRequired: dto.tasksRequired ?? MENTORED_TASKS_DEFAULT,
          status: MentorshipStatus.Active,
          startedOn: helsinkiDate(this.clock.now()),
          createdBy: user.userId,
        })
        .orIgnore()
        .returning(['id'])
        .execute();
      const row = inserted.raw as Array<{ id: string }>;
      if (!row.length)
        throw onboardingProblem(OnboardingErrorCode.MentorshipExists, undefined, 'traineeExpertId');
      return row[0].id;
    });
    return this.get(user, id);
  }

  /** Coordinators: every mentorship; anyone else: those where they are the mentor or the trainee. Newest first. */
  async list(user: UserPrincipal, query: ListMentorshipsQueryDto): Promise<MentorshipPageDto> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(query.cursor, 2);
    const qb = this.dataSource
      .getRepository(MentorshipEntity)
      .createQueryBuilder('m')
      .orderBy('m.startedOn', 'DESC')
      .addOrderBy('m.id', 'DESC')
      .take(limit + 1);
    if (!user.roles.includes(Role.Coordinator)) {
      const own = await this.ownExpertIdOrNull(user);
      if (!own) return { items: [], nextCursor: null };
      qb.andWhere('(m.mentor_expert_id = :own OR m.trainee_expert_id = :own)', { own });
    }
    if (query.status) qb.andWhere('m.status = :status', { status: query.status });
    if (after) qb.andWhere('(m.started_on, m.id) < (:d::date, :id::uuid)', { d: after[0], id: after[1] });
    const rows = await qb.getMany();
    const people = await this.people(
      this.dataSource.manager,
      rows.flatMap((r) => [r.mentorExpertId, r.traineeExpertId]),
    );
    const approved = await this.approvedCounts(rows.map((r) => r.id));
    return pageOf(
      rows,
      limit,
      (m) => this.summary(m, people, approved.get(m.id) ?? 0),
      (m) => [m.startedOn, m.id],
    );
  }

  async get(
    user: UserPrincipal,
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<MentorshipDto> {
    const m = await this.findOrFail(manager, id);
    await this.mayRead(user, m);
    const people = await this.people(manager, [m.mentorExpertId, m.traineeExpertId]);
    const assessments = await manager
      .getRepository(MentorshipAssessmentEntity)
      .find({ where: { mentorshipId: id }, order: { taskStartsAt: 'ASC' } });
    const together = await this.tasksTogether(manager, m);
    const titles = new Map(together.map((t) => [t.assignmentId, t.title]));
    const assessed = new Set(assessments.map((a) => a.assignmentId));
    const progress = mentorshipProgress(assessments, m.tasksRequired);
    await this.audit.record(
      {
        action: 'mentorship.read',
        subjectType: 'expert',
        subjectId: m.traineeExpertId,
        fieldGroup: 'mentorship',
      },
      manager,
    );
    return {
      ...this.summary(m, people, progress.approved),
      assessments: assessments.map((a) => ({
        id: a.id,
        assignmentId: a.assignmentId,
        taskStartsAt: a.taskStartsAt.toISOString(),
        taskTitle: titles.get(a.assignmentId) ?? null,
        approved: a.approved,
        note: a.note,
        recordedAt: a.recordedAt.toISOString(),
      })),
      toAssess:
        m.status === MentorshipStatus.Active ? together.filter((t) => !assessed.has(t.assignmentId)) : [],
      closingNote: m.closingNote,
    };
  }

  /** The mentor (or a coordinator) assesses one task the pair did together; each task once. */
  async assess(user: UserPrincipal, id: string, dto: AssessMentoredTaskDto): Promise<MentorshipDto> {
    return this.dataSource.transaction(async (manager) => {
      const m = await this.findOrFail(manager, id, true);
      if (!user.roles.includes(Role.Coordinator) && (await this.ownExpertIdOrNull(user)) !== m.mentorExpertId)
        throw onboardingProblem(
          OnboardingErrorCode.MentorshipNotYours,
          'Only the mentor or a coordinator assesses the tasks.',
        );
      if (m.status !== MentorshipStatus.Active)
        throw onboardingProblem(OnboardingErrorCode.MentorshipNotActive);
      const task = (await this.tasksTogether(manager, m)).find((t) => t.assignmentId === dto.assignmentId);
      if (!task)
        throw onboardingProblem(OnboardingErrorCode.MentorshipTaskNotShared, undefined, 'assignmentId');
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(MentorshipAssessmentEntity)
        .values({
          mentorshipId: id,
          assignmentId: dto.assignmentId,
          taskStartsAt: new Date(task.startsAt),
          approved: dto.approved,
          note: dto.note,
          recordedBy: user.userId,
        })
        .orIgnore()
        .returning(['id'])
        .execute();
      if (!(inserted.raw as unknown[]).length)
        throw onboardingProblem(OnboardingErrorCode.MentorshipTaskAssessed, undefined, 'assignmentId');
      return this.get(user, id, manager);
    });
  }

  /** A coordinator completes it (enough approved tasks) or ends it early (with a reason in `note`). */
  async close(user: UserPrincipal, id: string, dto: CloseMentorshipDto): Promise<MentorshipDto> {
    return this.dataSource.transaction(async (manager) => {
      const m = await this.findOrFail(manager, id, true);
      if (m.status !== MentorshipStatus.Active)
        throw onboardingProblem(OnboardingErrorCode.MentorshipNotActive);
      if (dto.status === MentorshipStatus.Completed) {
        const assessments = await manager
          .getRepository(MentorshipAssessmentEntity)
          .find({ where: { mentorshipId: id } });
        const progress = mentorshipProgress(assessments, m.tasksRequired);
        if (!progress.ready)
          throw onboardingProblem(
            OnboardingErrorCode.MentorshipTasksShort,
            `${progress.approved} of ${progress.required} tasks approved.`,
          );
      }
      const closedOn = helsinkiDate(this.clock.now());
      if (dto.status === MentorshipStatus.Completed)
        await this.recordTraining(manager, m, closedOn);
      await manager.update(
        MentorshipEntity,
        { id },
        {
          status: dto.status,
          closedOn,
          closingNote: dto.note ?? null,
          version: m.version + 1,
        },
      );
      return this.get(user, id, manager);
    });
  }

  /**
   * For matching: each of these experts' partner in an active mentorship (mentor ↔ trainee), so that the
   * pair is offered the same task together.
   */
  async partnersOf(manager: EntityManager, expertIds: string[] | null): Promise<Map<string, string[]>> {
    if (expertIds && !expertIds.length) return new Map();
    const rows = await manager.query<Array<{ mentor_expert_id: string; trainee_expert_id: string }>>(
      `SELECT mentor_expert_id, trainee_expert_id FROM mentorship WHERE status = 'active'
        ${expertIds ? 'AND (mentor_expert_id = ANY($1::uuid[]) OR trainee_expert_id = ANY($1::uuid[]))' : ''}`,
      expertIds ? [expertIds] : [],
    );
    const out = new Map<string, string[]>();
    const add = (who: string, partner: string) => out.set(who, [...(out.get(who) ?? []), partner]);
    for (const r of rows) {
      add(r.trainee_expert_id, r.mentor_expert_id);
      add(r.mentor_expert_id, r.trainee_expert_id);
    }
    return out;
  }

  /**
   * A completed mentoring path is training: the trainee gets a training record with the hours of the
   * approved tasks (whole hours, at least one), and the tier is derived again as for any course.
   */
  private async recordTraining(manager: EntityManager, m: MentorshipEntity, completedOn: string) {
    const [row] = await manager.query<Array<{ n: number; minutes: number }>>(
      `SELECT count(*)::int AS n, coalesce(sum(extract(epoch FROM a.ends_at - a.starts_at) / 60), 0)::int AS minutes
         FROM mentorship_assessment s JOIN matching.assignments a ON a.id = s.assignment_id
        WHERE s.mentorship_id = $1 AND s.approved`,
      [m.id],
    );
    const mentor = (await this.people(manager, [m.mentorExpertId])).get(m.mentorExpertId)?.name ?? '';
    await this.registry.addCompletedCourse(manager, m.traineeExpertId, {
      course: `Mentoroitu harjoittelu: ${row.n} tehtävää mentorin kanssa`,
      provider: mentor ? `Mentori ${mentor}` : 'Mentorointi',
      hours: Math.max(1, Math.round(row.minutes / 60)),
      completedOn,
      mentorTraining: false,
    });
  }

  /**
   * For fees: is this the task of a trainee on the mentoring path done together with their mentor — an
   * active mentorship begun on or before the day, and the mentor holding the same order time?
   */
  async isTrainingTask(
    manager: EntityManager,
    expertId: string,
    occurrenceId: string,
    day: string,
  ): Promise<boolean> {
    const rows = await manager.query<Array<{ id: string }>>(
      `SELECT m.id FROM mentorship m
        WHERE m.trainee_expert_id = $1 AND m.status = 'active' AND m.started_on <= $3::date
          AND EXISTS (SELECT 1 FROM matching.assignments p
                       WHERE p.occurrence_id = $2 AND p.expert_id = m.mentor_expert_id
                         AND p.status IN ('accepted', 'confirmed', 'completed'))`,
      [expertId, occurrenceId, day],
    );
    return rows.length > 0;
  }

  /** The trainee's completed tasks since the start, on a time the mentor also completed. */
  private async tasksTogether(manager: EntityManager, m: MentorshipEntity): Promise<MentoredTaskDto[]> {
    const rows = await manager.query<Array<{ id: string; starts_at: Date; title: string | null }>>(
      `SELECT t.id, t.starts_at, o.title
         FROM matching.assignments t
         JOIN matching.assignments p ON p.occurrence_id = t.occurrence_id AND p.expert_id = $2 AND p.status = 'completed'
         LEFT JOIN orders.orders o ON o.id = t.order_id
        WHERE t.expert_id = $1 AND t.status = 'completed' AND t.starts_at >= $3::date
        ORDER BY t.starts_at`,
      [m.traineeExpertId, m.mentorExpertId, m.startedOn],
    );
    return rows.map((r) => ({
      assignmentId: r.id,
      startsAt: new Date(r.starts_at).toISOString(),
      title: r.title,
    }));
  }

  private summary(m: MentorshipEntity, people: Map<string, Person>, approved: number): MentorshipSummaryDto {
    const person = (id: string) => ({ expertId: id, name: people.get(id)?.name ?? '' });
    return {
      id: m.id,
      mentor: person(m.mentorExpertId),
      trainee: person(m.traineeExpertId),
      status: m.status,
      tasksRequired: m.tasksRequired,
      tasksApproved: approved,
      ready: approved >= m.tasksRequired,
      startedOn: m.startedOn,
      closedOn: m.closedOn,
      version: m.version,
    };
  }

  private async approvedCounts(ids: string[]): Promise<Map<string, number>> {
    if (!ids.length) return new Map();
    const rows = await this.dataSource.query<Array<{ mentorship_id: string; n: number }>>(
      `SELECT mentorship_id, count(*)::int AS n FROM mentorship_assessment
        WHERE mentorship_id = ANY($1::uuid[]) AND approved GROUP BY mentorship_id`,
      [ids],
    );
    return new Map(rows.map((r) => [r.mentorship_id, r.n]));
  }

  private async people(manager: EntityManager, ids: string[]): Promise<Map<string, Person>> {
    const unique = [...new Set(ids)];
    if (!unique.length) return new Map();
    const rows = await manager.query<Person[]>(
      `SELECT id, full_name AS name, status, tier_code, user_id FROM registry.experts WHERE id = ANY($1::uuid[])`,
      [unique],
    );
    return new Map(rows.map((r) => [r.id, r]));
  }

  private async findOrFail(manager: EntityManager, id: string, lock = false): Promise<MentorshipEntity> {
    const m = await manager
      .getRepository(MentorshipEntity)
      .findOne({ where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
    if (!m) throw onboardingProblem(OnboardingErrorCode.MentorshipNotFound, undefined, 'id');
    return m;
  }

  private async mayRead(user: UserPrincipal, m: MentorshipEntity): Promise<void> {
    if (user.roles.includes(Role.Coordinator)) return;
    const own = await this.ownExpertIdOrNull(user);
    if (own !== m.mentorExpertId && own !== m.traineeExpertId)
      throw onboardingProblem(OnboardingErrorCode.MentorshipNotYours);
  }

  private async ownExpertIdOrNull(user: UserPrincipal): Promise<string | null> {
    if (!user.roles.includes(Role.Expert)) return null;
    return this.registry.ownExpertId(user).catch(() => null);
  }
}

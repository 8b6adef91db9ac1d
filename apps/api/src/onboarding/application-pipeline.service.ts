import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuditActorType } from '../audit/audit-event.entity';
import { UsersService } from '../auth/users.service';
import { CatalogService } from '../catalog/catalog.service';
import type { UserPrincipal } from '../common/access/principal';
import { Locale } from '../common/access/roles';
import { addDays, helsinkiDate } from '../common/business-days';
import { Clock } from '../common/clock';
import { staleVersion } from '../common/concurrency';
import { decodeCursor, DEFAULT_PAGE_SIZE, pageOf } from '../common/pagination';
import type { AppConfig } from '../config/config';
import { APP_CONFIG } from '../config/config.module';
import { EventBus } from '../events/event-bus';
import { JobsService } from '../jobs/jobs.service';
import { ApplicationCertificatesService } from './application-certificates.service';
import { OrientationService } from './orientation.service';
import { moveSetsInterview } from './onboarding.rules';
import { ApplicationActivation } from './application-activation';
import { ApplicationSteps } from './application-steps';
import {
  AddApplicationNoteDto,
  ApplicationBoardDto,
  ApplicationDto,
  ApplicationPageDto,
  ApplicationSummaryDto,
  ListApplicationsQueryDto,
  MoveApplicationDto,
} from './dto/application.dto';
import { ApplicationActor, ApplicationEntity, ApplicationEventEntity } from './entities/onboarding.entities';
import { OnboardingErrorCode, onboardingProblem } from './onboarding.exception';
import {
  ageOn,
  allowedMoves,
  ApplicationMove,
  ApplicationStep,
  isOpen,
  movedByCoordinator,
  moveNeedsReason,
  silenceAction,
} from './onboarding.rules';

const STEP_ORDER = Object.values(ApplicationStep);
const OPEN_STEPS = STEP_ORDER.filter(isOpen);
/** Steps that wait on the applicant or the guardian, where silence is reminded and then closes the application. */
const WAITING_ON_PERSON = [ApplicationStep.AwaitingGuardian];

type Row = ApplicationEntity;

/** The coordinators' side: the board, the list, one application with its timeline, and the moves. */
@Injectable()
export class ApplicationPipelineService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly steps: ApplicationSteps,
    private readonly users: UsersService,
    private readonly catalog: CatalogService,
    private readonly audit: AuditService,
    private readonly bus: EventBus,
    private readonly jobs: JobsService,
    private readonly activation: ApplicationActivation,
    private readonly orientation: OrientationService,
    private readonly certificates: ApplicationCertificatesService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(
      'application-silence-scan',
      async () => {
        await this.scanSilence();
      },
      { cron: '15 7 * * *' },
    );
  }

  private today(): string {
    return helsinkiDate(this.clock.now());
  }

  async board(): Promise<ApplicationBoardDto> {
    const since = new Date(this.clock.now().getTime() - 365 * 86_400_000);
    const rows = await this.dataSource.query<
      Array<{ step: ApplicationStep; count: number; stalled: number }>
    >(
      `SELECT step, count(*)::int AS count,
              count(*) FILTER (WHERE step_due_on IS NOT NULL AND step_due_on < $1)::int AS stalled
         FROM application
        WHERE step = ANY($2) OR updated_at >= $3
        GROUP BY step`,
      [this.today(), OPEN_STEPS, since],
    );
    const byStep = new Map(rows.map((r) => [r.step, r]));
    return {
      columns: STEP_ORDER.map((step) => ({
        step,
        count: byStep.get(step)?.count ?? 0,
        stalled: byStep.get(step)?.stalled ?? 0,
      })),
    };
  }

  /** Stalled first, then the nearest due date; closed steps newest first. */
  async list(query: ListApplicationsQueryDto): Promise<ApplicationPageDto> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const after = decodeCursor(query.cursor, 3);
    const today = this.today();
    const qb = this.dataSource.getRepository(ApplicationEntity).createQueryBuilder('a');
    const stalledExpr = `(CASE WHEN a.step_due_on IS NOT NULL AND a.step_due_on < :today THEN 0 ELSE 1 END)`;
    const dueExpr = `coalesce(to_char(a.step_due_on, 'YYYY-MM-DD'), '9999-12-31')`;
    qb.setParameter('today', today);
    if (query.step) qb.andWhere('a.step = :step', { step: query.step });
    else qb.andWhere('a.step IN (:...open)', { open: OPEN_STEPS });
    if (query.stalled === true) qb.andWhere('a.step_due_on < :today');
    if (query.stalled === false) qb.andWhere('(a.step_due_on IS NULL OR a.step_due_on >= :today)');
    if (query.q) {
      qb.andWhere(`(a.first_name || ' ' || a.last_name || ' ' || a.email) ILIKE :q`, {
        q: `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      });
    }
    if (after) {
      qb.andWhere(
        `(${stalledExpr} > :s OR (${stalledExpr} = :s AND (${dueExpr} > :d OR (${dueExpr} = :d AND a.id > :i))))`,
        { s: after[0], d: after[1], i: after[2] },
      );
    }
    const rows = await qb
      .orderBy(stalledExpr, 'ASC')
      .addOrderBy(dueExpr, 'ASC')
      .addOrderBy('a.id', 'ASC')
      .limit(limit + 1)
      .getMany();
    const page = rows.slice(0, limit);
    const [people, places] = await Promise.all([
      this.users.people(page.map((r) => r.ownerUserId)),
      this.catalog.municipalityNames(page.map((r) => r.municipalityCode)),
    ]);
    return pageOf(
      rows,
      limit,
      (r) => this.summary(r, today, people, places),
      (r) => [this.isStalled(r, today) ? 0 : 1, r.stepDueOn ?? '9999-12-31', r.id],
    );
  }

  /** One application with its timeline; reading its experience areas is audited for the person. */
  async get(id: string): Promise<ApplicationDto> {
    const a = await this.dataSource.getRepository(ApplicationEntity).findOne({ where: { id } });
    if (!a) throw onboardingProblem(OnboardingErrorCode.NotFound);
    await this.audit.record({
      action: 'application.read',
      subjectType: 'application',
      subjectId: a.id,
      fieldGroup: 'experience_areas',
      purpose: 'onboarding',
    });
    return this.detail(a);
  }

  async move(
    user: UserPrincipal,
    id: string,
    version: number,
    dto: MoveApplicationDto,
  ): Promise<ApplicationDto> {
    if (!movedByCoordinator(dto.move)) {
      throw onboardingProblem(
        OnboardingErrorCode.MoveNotAllowed,
        dto.move === ApplicationMove.Activate
          ? 'The person becomes active by accepting the agreements themselves.'
          : 'Only the guardian can give this consent.',
        'move',
      );
    }
    if (moveNeedsReason(dto.move) && !dto.reason) {
      throw onboardingProblem(
        OnboardingErrorCode.ReasonRequired,
        'Say why: the applicant is told.',
        'reason',
      );
    }
    let interviewAt: Date | undefined;
    if (moveSetsInterview(dto.move)) {
      if (!dto.interviewAt) {
        throw onboardingProblem(
          OnboardingErrorCode.InterviewTimeRequired,
          'Give the interview time.',
          'interviewAt',
        );
      }
      interviewAt = new Date(dto.interviewAt);
      if (interviewAt.getTime() <= this.clock.now().getTime()) {
        throw onboardingProblem(
          OnboardingErrorCode.InterviewTimeRequired,
          'The interview time must be in the future.',
          'interviewAt',
        );
      }
    }
    await this.dataSource.transaction(async (manager) => {
      const a = await this.locked(manager, id, version);
      if (dto.move === ApplicationMove.CompleteOrientation && a.step === ApplicationStep.Orientation)
        await this.orientation.assertComplete(manager, a.id);
      const moved = await this.steps.move(manager, a, dto.move, {
        actor: ApplicationActor.Coordinator,
        actorUserId: user.userId,
        reason: dto.reason ?? null,
        note: dto.note ?? null,
        // Whoever starts screening takes the application; it stays theirs until they hand it on.
        ownerUserId:
          dto.move === ApplicationMove.StartScreening || !a.ownerUserId ? user.userId : a.ownerUserId,
        ...(interviewAt ? { interviewAt, interviewPlace: dto.interviewPlace ?? null } : {}),
      });
      if (moved.step === ApplicationStep.Agreements)
        await this.activation.takeIn(manager, moved, user.userId);
    });
    return this.get(id);
  }

  async addNote(user: UserPrincipal, id: string, dto: AddApplicationNoteDto): Promise<ApplicationDto> {
    await this.dataSource.transaction(async (manager) => {
      const a = await manager.findOne(ApplicationEntity, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!a) throw onboardingProblem(OnboardingErrorCode.NotFound);
      await manager.insert(ApplicationEventEntity, {
        applicationId: id,
        at: this.clock.now(),
        kind: 'note',
        actorKind: ApplicationActor.Coordinator,
        actorUserId: user.userId,
        fromStep: null,
        toStep: null,
        reason: null,
        note: dto.note,
      });
    });
    return this.get(id);
  }

  /**
   * An application waiting on a person (the guardian's consent) is reminded after
   * APPLICATION_REMIND_AFTER_DAYS and closed, with a notice, after APPLICATION_CLOSE_AFTER_DAYS.
   */
  async scanSilence(): Promise<{ reminded: number; closed: number }> {
    const today = this.today();
    const waiting = await this.dataSource.getRepository(ApplicationEntity).find({
      where: WAITING_ON_PERSON.map((step) => ({ step })),
    });
    let reminded = 0;
    let closed = 0;
    for (const candidate of waiting) {
      const since = helsinkiDate(candidate.stepEnteredAt);
      const action = silenceAction(
        since,
        today,
        this.config.APPLICATION_REMIND_AFTER_DAYS,
        this.config.APPLICATION_CLOSE_AFTER_DAYS,
      );
      if (action === 'none') continue;
      await this.dataSource.transaction(async (manager) => {
        const a = await manager.findOne(ApplicationEntity, {
          where: { id: candidate.id },
          lock: { mode: 'pessimistic_write' },
        });
        if (!a || a.step !== candidate.step) return;
        if (action === 'close') {
          await this.steps.move(manager, a, ApplicationMove.Close, {
            actor: ApplicationActor.System,
            reason: 'no_answer',
          });
          closed += 1;
          return;
        }
        const [already] = await manager.query(
          `SELECT 1 FROM application_event WHERE application_id = $1 AND kind = 'reminded' AND at >= $2`,
          [a.id, a.stepEnteredAt],
        );
        if (already) return;
        await manager.insert(ApplicationEventEntity, {
          applicationId: a.id,
          at: this.clock.now(),
          kind: 'reminded',
          actorKind: ApplicationActor.System,
          actorUserId: null,
          fromStep: null,
          toStep: null,
          reason: null,
          note: null,
        });
        await this.bus.publish(manager, {
          type: 'application.reminded',
          aggregateType: 'application',
          aggregateId: a.id,
          payload: {
            applicationId: a.id,
            step: a.step,
            closesOn: addDays(since, this.config.APPLICATION_CLOSE_AFTER_DAYS),
          },
        });
        reminded += 1;
      });
    }
    if (reminded || closed) {
      await this.audit.record({
        action: 'application.silence_scan',
        actor: { type: AuditActorType.System },
        purpose: `reminded ${reminded}, closed ${closed}`,
      });
    }
    return { reminded, closed };
  }

  private async locked(manager: EntityManager, id: string, version: number): Promise<ApplicationEntity> {
    const a = await manager.findOne(ApplicationEntity, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!a) throw onboardingProblem(OnboardingErrorCode.NotFound);
    if (a.version !== version) throw staleVersion(a.version);
    return a;
  }

  private isStalled(a: Row, today: string): boolean {
    return !!a.stepDueOn && a.stepDueOn < today;
  }

  private summary(
    a: Row,
    today: string,
    people: Map<string, { id: string; displayName: string }>,
    places: Map<string, { nameFi: string; nameSv: string }>,
  ): ApplicationSummaryDto {
    const owner = a.ownerUserId ? people.get(a.ownerUserId) : undefined;
    return {
      id: a.id,
      step: a.step,
      firstName: a.firstName,
      lastName: a.lastName,
      municipalityCode: a.municipalityCode,
      municipalityName: places.get(a.municipalityCode)?.nameFi ?? null,
      minor: ageOn(a.birthDate, helsinkiDate(a.confirmedAt)) < 18,
      stepEnteredAt: a.stepEnteredAt.toISOString(),
      stepDueOn: a.stepDueOn,
      stalled: this.isStalled(a, today),
      owner: owner ? { id: owner.id, name: owner.displayName } : null,
      confirmedAt: a.confirmedAt.toISOString(),
    };
  }

  private async detail(a: Row): Promise<ApplicationDto> {
    const events = await this.dataSource.getRepository(ApplicationEventEntity).find({
      where: { applicationId: a.id },
      order: { at: 'ASC', id: 'ASC' },
    });
    const [people, places] = await Promise.all([
      this.users.people([a.ownerUserId, ...events.map((e) => e.actorUserId)]),
      this.catalog.municipalityNames([a.municipalityCode]),
    ]);
    return {
      ...this.summary(a, this.today(), people, places),
      email: a.email,
      phone: a.phone,
      birthDate: a.birthDate,
      locale: a.locale as Locale,
      languages: a.languages,
      areas: a.areas,
      taskTypes: a.taskTypes,
      priorTraining: a.priorTraining,
      availability: a.availability,
      heardFrom: a.heardFrom,
      message: a.message,
      privacyNoticeVersion: a.privacyNoticeVersion,
      guardian: a.guardianEmail
        ? {
            name: a.guardianName ?? '',
            email: a.guardianEmail,
            phone: a.guardianPhone,
            consentedAt: a.guardianConsentedAt?.toISOString() ?? null,
          }
        : null,
      interviewAt: a.interviewAt?.toISOString() ?? null,
      interviewPlace: a.interviewPlace,
      interviewAnswer: a.interviewAnswer,
      interviewAnsweredAt: a.interviewAnsweredAt?.toISOString() ?? null,
      outcomeReason: a.outcomeReason,
      roundId: a.roundId,
      expertId: a.expertId,
      allowedMoves: allowedMoves(a.step).filter(movedByCoordinator),
      orientation: await this.orientation.checksOf(a.id),
      certificates: await this.certificates.listOf(a.id),
      timeline: events.map((e) => ({
        id: e.id,
        at: e.at.toISOString(),
        kind: e.kind,
        actorKind: e.actorKind,
        actorName: e.actorUserId ? (people.get(e.actorUserId)?.displayName ?? null) : null,
        fromStep: (e.fromStep as ApplicationStep | null) ?? null,
        toStep: (e.toStep as ApplicationStep | null) ?? null,
        reason: e.reason,
        note: e.note,
      })),
      version: a.version,
    };
  }
}

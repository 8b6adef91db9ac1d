import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { UsersService } from '../auth/users.service';
import { Role } from '../common/access/roles';
import type { UserPrincipal } from '../common/access/principal';
import { CatalogService } from '../catalog/catalog.service';
import { EventBus } from '../events/event-bus';
import { ChangeExpertStatusDto, CreateTrainingRecordDto, RecordConsentDto } from './dto/expert.dto';
import { ExpertDto, TrainingRecordDto } from './dto/expert-response.dto';
import { mapTraining } from './dto/expert.mappers';
import { ConsentEntity, StatusChangeEntity, TrainingRecordEntity } from './entities/expert-details.entities';
import { ExpertAreaEntity } from './entities/expert-area.entity';
import { ExpertEntity } from './entities/expert.entity';
import { ExpertDetailService } from './expert-detail.service';
import { findExpertOrFail, lockExpertForChange } from './expert.queries';
import { RegistryErrorCode, registryProblem } from './registry.exception';
import { allowedNextStatuses, canChangeStatus, deriveTier, ExpertKind, ExpertStatus } from './registry.rules';

/** A person the county takes in through onboarding, with what their application said. */
export interface Enrolment {
  userId: string;
  firstName: string;
  lastName: string;
  email: string;
  phone: string | null;
  birthDate: string;
  municipalityCode: string;
  languages: string[];
  taskTypes: string[];
  areas: Array<{ code: string; visibleToOrderers: boolean }>;
  /** Earlier training the coordinator accepted, and courses completed as an applicant. */
  trainings: Array<{
    course: string;
    provider: string;
    hours: number;
    completedOn: string;
    mentorTraining: boolean;
  }>;
  /** The coordinator who moved the application on. */
  actorUserId: string;
}

/**
 * Whether, and at which tier, a person can be offered work: the status and its history, training
 * records and the tier derived from them (again for everyone when the catalogue's tier rules change),
 * and consents.
 */
@Injectable()
export class ExpertStatusService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly catalog: CatalogService,
    private readonly bus: EventBus,
    private readonly details: ExpertDetailService,
    private readonly users: UsersService,
  ) {}

  onModuleInit(): void {
    this.bus.react('catalog.tier_rules_changed', (_event, manager) => this.rederiveTiers(manager));
  }

  /** Every expert's tier from their training records and the tier rules now in force, in one statement. */
  private async rederiveTiers(manager: EntityManager): Promise<void> {
    const rules = await this.catalog.tierRulesIn(manager);
    await manager.query(
      `
      WITH rules AS (
        SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(code text, rank int, "minHours" numeric, "requiresMentorTraining" boolean)),
      totals AS (
        SELECT e.id, coalesce(sum(t.hours), 0) AS hours, bool_or(t.mentor_training) AS mentor, count(t.id) AS records
          FROM expert e LEFT JOIN training_record t ON t.expert_id = e.id GROUP BY e.id),
      derived AS (
        SELECT totals.id,
               (SELECT r.code FROM rules r
                 WHERE totals.records > 0 AND r."minHours" <= totals.hours AND (NOT r."requiresMentorTraining" OR totals.mentor)
                 ORDER BY r.rank DESC LIMIT 1) AS tier
          FROM totals)
      UPDATE expert e SET tier_code = d.tier, version = version + 1, updated_at = now()
        FROM derived d WHERE e.id = d.id AND e.tier_code IS DISTINCT FROM d.tier`,
      [JSON.stringify(rules)],
    );
  }

  // ---------------------------------------------------------------- status

  async changeStatus(
    user: UserPrincipal,
    id: string,
    expectedVersion: number,
    dto: ChangeExpertStatusDto,
  ): Promise<ExpertDto> {
    return this.dataSource.transaction(async (manager) => {
      const expert = await lockExpertForChange(manager, id, expectedVersion);
      if (!canChangeStatus(expert.status, dto.status)) {
        throw registryProblem(
          RegistryErrorCode.StatusTransition,
          `From ${expert.status} the status can change to: ${allowedNextStatuses(expert.status).join(', ')}.`,
          'status',
        );
      }
      const from = expert.status;
      expert.status = dto.status;
      expert.statusReason = dto.reason;
      expert.pausedUntil = dto.status === ExpertStatus.Paused ? (dto.pausedUntil ?? null) : null;
      const saved = await manager.save(expert);
      await manager.insert(StatusChangeEntity, {
        expertId: id,
        fromStatus: from,
        toStatus: dto.status,
        reason: dto.reason,
        changedBy: user.userId,
      });
      if (dto.status === ExpertStatus.Active) await this.publishActivated(manager, id, from, expert.userId);
      // Leaving closes the expert's sign-in (fees and their records stay, as the accounting law asks).
      if (dto.status === ExpertStatus.Left && expert.userId)
        await this.users.removeRole(manager, expert.userId, Role.Expert);
      await this.audit.record(
        { action: 'expert.status_change', subjectType: 'expert', subjectId: id },
        manager,
      );
      return this.details.detail(manager, saved, 'coordinator');
    });
  }

  /** `expert.activated`: the person can now be offered work (feedback asks the joining indicator). */
  private async publishActivated(
    manager: EntityManager,
    expertId: string,
    fromStatus: ExpertStatus,
    userId: string | null,
  ): Promise<void> {
    await this.bus.publish(manager, {
      type: 'expert.activated',
      aggregateType: 'expert',
      aggregateId: expertId,
      payload: { expertId, fromStatus, userId },
    });
  }

  // ---------------------------------------------------------------- onboarding

  /**
   * Adds a person taken in through onboarding, in orientation and linked to their account; their
   * training gives the tier as for anyone. In the caller's transaction. Returns the registry id.
   */
  async enrol(manager: EntityManager, p: Enrolment): Promise<string> {
    const saved = await manager.save(
      manager.create(ExpertEntity, {
        userId: p.userId,
        firstName: p.firstName,
        lastName: p.lastName,
        email: p.email,
        phone: p.phone,
        birthDate: p.birthDate,
        municipalityCode: p.municipalityCode,
        languages: p.languages,
        kinds: [ExpertKind.TrainedExpert],
        taskTypes: p.taskTypes,
        status: ExpertStatus.Orientation,
      }),
    );
    if (p.areas.length)
      await manager.insert(
        ExpertAreaEntity,
        p.areas.map((a) => ({
          expertId: saved.id,
          areaCode: a.code,
          visibleToOrderers: a.visibleToOrderers,
        })),
      );
    if (p.trainings.length) {
      await manager.insert(
        TrainingRecordEntity,
        p.trainings.map((t) => ({ expertId: saved.id, ...t })),
      );
      await this.recomputeTier(manager, saved.id);
    }
    await manager.insert(StatusChangeEntity, {
      expertId: saved.id,
      fromStatus: null,
      toStatus: ExpertStatus.Orientation,
      reason: 'application',
      changedBy: p.actorUserId,
    });
    await this.audit.record({ action: 'expert.create', subjectType: 'expert', subjectId: saved.id }, manager);
    return saved.id;
  }

  /**
   * The person has accepted the agreements: active, with the registry consent the assignment agreement
   * gives. In the caller's transaction; a person already active is left as they are.
   */
  async activateEnrolled(manager: EntityManager, expertId: string, at: Date): Promise<void> {
    const expert = await manager.findOne(ExpertEntity, {
      where: { id: expertId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!expert || expert.status === ExpertStatus.Active) return;
    if (!canChangeStatus(expert.status, ExpertStatus.Active)) {
      throw registryProblem(
        RegistryErrorCode.StatusTransition,
        `From ${expert.status} the status can change to: ${allowedNextStatuses(expert.status).join(', ')}.`,
        'status',
      );
    }
    const from = expert.status;
    await manager.query(
      `UPDATE expert SET status = 'active', status_reason = NULL, updated_at = now(), version = version + 1 WHERE id = $1`,
      [expertId],
    );
    await manager.insert(StatusChangeEntity, {
      expertId,
      fromStatus: from,
      toStatus: ExpertStatus.Active,
      reason: 'agreements accepted',
      changedBy: expert.userId,
    });
    const open = await manager.findOne(ConsentEntity, {
      where: { expertId, kind: 'registry', withdrawnAt: IsNull() },
    });
    if (!open) await manager.insert(ConsentEntity, { expertId, kind: 'registry', givenAt: at });
    await this.publishActivated(manager, expertId, from, expert.userId);
    await this.audit.record(
      { action: 'expert.status_change', subjectType: 'expert', subjectId: expertId },
      manager,
    );
  }

  // ---------------------------------------------------------------- training and tier

  /** A completed course (onboarding's training) in the caller's transaction; the tier follows. */
  async addCompletedCourse(
    manager: EntityManager,
    expertId: string,
    c: { course: string; provider: string; hours: number; completedOn: string; mentorTraining: boolean },
  ): Promise<void> {
    await findExpertOrFail(manager, expertId, true);
    await manager.insert(TrainingRecordEntity, { expertId, ...c });
    await this.recomputeTier(manager, expertId);
    await this.audit.record(
      { action: 'expert.training_add', subjectType: 'expert', subjectId: expertId },
      manager,
    );
  }

  async addTraining(id: string, dto: CreateTrainingRecordDto): Promise<TrainingRecordDto> {
    return this.dataSource.transaction(async (manager) => {
      await findExpertOrFail(manager, id, true);
      const record = await manager.save(
        manager.create(TrainingRecordEntity, {
          expertId: id,
          course: dto.course,
          provider: dto.provider ?? null,
          hours: dto.hours,
          completedOn: dto.completedOn,
          mentorTraining: dto.mentorTraining ?? false,
        }),
      );
      await this.recomputeTier(manager, id);
      await this.audit.record(
        { action: 'expert.training_add', subjectType: 'expert', subjectId: id },
        manager,
      );
      return mapTraining(record);
    });
  }

  async removeTraining(id: string, recordId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await findExpertOrFail(manager, id, true);
      const result = await manager.delete(TrainingRecordEntity, { id: recordId, expertId: id });
      if (!result.affected) throw registryProblem(RegistryErrorCode.RecordNotFound);
      await this.recomputeTier(manager, id);
      await this.audit.record(
        { action: 'expert.training_remove', subjectType: 'expert', subjectId: id },
        manager,
      );
    });
  }
  recomputeTierIn(manager: EntityManager, expertId: string): Promise<void> {
    return this.recomputeTier(manager, expertId);
  }

  private async recomputeTier(manager: EntityManager, expertId: string): Promise<void> {
    const records = await manager.find(TrainingRecordEntity, { where: { expertId } });
    const tier = deriveTier(
      await this.catalog.tierRules(),
      records.map((r) => ({ hours: r.hours, mentorTraining: r.mentorTraining })),
    );
    await manager.query(
      'UPDATE expert SET tier_code = $2, updated_at = now(), version = version + 1 WHERE id = $1',
      [expertId, tier],
    );
  }

  // ---------------------------------------------------------------- consents

  /** Records a consent given now (a kind already given and not withdrawn is left as it is). */
  async giveConsent(id: string, dto: RecordConsentDto): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await findExpertOrFail(manager, id, true);
      const open = await manager.findOne(ConsentEntity, {
        where: { expertId: id, kind: dto.kind, withdrawnAt: IsNull() },
      });
      if (!open) await manager.insert(ConsentEntity, { expertId: id, kind: dto.kind, givenAt: new Date() });
      await this.audit.record(
        { action: 'expert.consent_give', subjectType: 'expert', subjectId: id, fieldGroup: dto.kind },
        manager,
      );
    });
  }

  async withdrawConsent(id: string, dto: RecordConsentDto): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await findExpertOrFail(manager, id, true);
      await manager.update(
        ConsentEntity,
        { expertId: id, kind: dto.kind, withdrawnAt: IsNull() },
        { withdrawnAt: new Date() },
      );
      await this.audit.record(
        { action: 'expert.consent_withdraw', subjectType: 'expert', subjectId: id, fieldGroup: dto.kind },
        manager,
      );
    });
  }
}

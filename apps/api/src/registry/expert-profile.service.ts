import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { UserPrincipal } from '../common/access/principal';
import { CatalogService } from '../catalog/catalog.service';
import { FieldCipher } from '../common/field-cipher';
import { UnitsService } from '../units/units.service';
import {
  CreateExpertDto,
  ExclusionInputDto,
  ExpertAreaInputDto,
  UpdateExpertDto,
  UpdateOwnProfileDto,
  WeeklySlotDto,
} from './dto/expert.dto';
import { ExpertDto } from './dto/expert-response.dto';
import { ExpertAreaEntity } from './entities/expert-area.entity';
import {
  ExclusionEntity,
  StatusChangeEntity,
  WeeklyAvailabilityEntity,
} from './entities/expert-details.entities';
import { ExpertEntity } from './entities/expert.entity';
import { ExpertDetailService } from './expert-detail.service';
import { findExpertOrFail, lockExpertForChange } from './expert.queries';
import { RegistryErrorCode, registryProblem } from './registry.exception';
import {
  ExpertStatus,
  isValidBusinessId,
  isValidIban,
  normaliseIban,
  parsePersonalIdentityCode,
  PaymentMethod,
} from './registry.rules';

/** Field groups of special-category or identifying data, named in the audit trail (never the values). */
const SENSITIVE_DETAIL = 'experience_areas,notes,identity,bank,earnings_ceiling';

/** One person's record: the coordinator adds, reads and edits it; the person reads and edits their own. */
@Injectable()
export class ExpertProfileService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly cipher: FieldCipher,
    private readonly catalog: CatalogService,
    private readonly details: ExpertDetailService,
    private readonly units: UnitsService,
  ) {}

  // ---------------------------------------------------------------- coordinator: read

  async get(id: string): Promise<ExpertDto> {
    const expert = await findExpertOrFail(this.dataSource.manager, id);
    const dto = await this.details.detail(this.dataSource.manager, expert, 'coordinator');
    await this.audit.record({
      action: 'expert.read',
      subjectType: 'expert',
      subjectId: id,
      fieldGroup: SENSITIVE_DETAIL,
      purpose: 'registry',
    });
    return dto;
  }

  // ---------------------------------------------------------------- coordinator: write

  async create(user: UserPrincipal, dto: CreateExpertDto): Promise<ExpertDto> {
    await this.validateCodes(dto);
    return this.dataSource.transaction(async (manager) => {
      const expert = manager.create(ExpertEntity, {
        firstName: dto.firstName,
        lastName: dto.lastName,
        email: dto.email,
        languages: [],
        kinds: [],
        taskTypes: [],
        status: ExpertStatus.Applicant,
      });
      this.applyEditable(expert, dto);
      this.applyCoordinatorFields(expert, dto);
      this.checkPayment(expert);
      const saved = await this.saving(() => manager.save(expert));
      await this.replaceChildren(manager, saved.id, dto.areas, dto.weeklyAvailability, dto.exclusions);
      await manager.insert(StatusChangeEntity, {
        expertId: saved.id,
        fromStatus: null,
        toStatus: saved.status,
        reason: 'created',
        changedBy: user.userId,
      });
      await this.audit.record(
        { action: 'expert.create', subjectType: 'expert', subjectId: saved.id },
        manager,
      );
      return this.details.detail(manager, saved, 'coordinator');
    });
  }

  async update(id: string, expectedVersion: number, dto: UpdateExpertDto): Promise<ExpertDto> {
    await this.validateCodes(dto);
    return this.dataSource.transaction(async (manager) => {
      const expert = await lockExpertForChange(manager, id, expectedVersion);
      if (dto.firstName !== undefined) expert.firstName = dto.firstName;
      if (dto.lastName !== undefined) expert.lastName = dto.lastName;
      if (dto.email !== undefined) expert.email = dto.email;
      this.applyEditable(expert, dto);
      this.applyCoordinatorFields(expert, dto);
      this.checkPayment(expert);
      const saved = await this.saving(() => manager.save(expert));
      await this.replaceChildren(manager, id, dto.areas, dto.weeklyAvailability, dto.exclusions);
      await this.audit.record({ action: 'expert.update', subjectType: 'expert', subjectId: id }, manager);
      return this.details.detail(manager, saved, 'coordinator');
    });
  }

  // ---------------------------------------------------------------- the expert themself

  async ownExpertId(user: UserPrincipal): Promise<string> {
    const row = await this.dataSource
      .getRepository(ExpertEntity)
      .findOne({ where: { userId: user.userId }, select: { id: true } });
    if (!row)
      throw registryProblem(
        RegistryErrorCode.NoProfile,
        'Ask the coordinator to link your account to your expert profile.',
      );
    return row.id;
  }

  async getOwn(user: UserPrincipal): Promise<ExpertDto> {
    const id = await this.ownExpertId(user);
    const expert = await findExpertOrFail(this.dataSource.manager, id);
    const dto = await this.details.detail(this.dataSource.manager, expert, 'self');
    await this.audit.record({
      action: 'expert.read',
      subjectType: 'expert',
      subjectId: id,
      fieldGroup: SENSITIVE_DETAIL,
      purpose: 'own profile',
    });
    return dto;
  }

  async updateOwn(
    user: UserPrincipal,
    expectedVersion: number,
    dto: UpdateOwnProfileDto,
  ): Promise<ExpertDto> {
    const id = await this.ownExpertId(user);
    await this.validateCodes(dto);
    return this.dataSource.transaction(async (manager) => {
      const expert = await lockExpertForChange(manager, id, expectedVersion);
      this.applyEditable(expert, dto);
      const saved = await manager.save(expert);
      await this.replaceChildren(manager, id, undefined, dto.weeklyAvailability, dto.exclusions);
      if (dto.areaVisibility) {
        for (const a of dto.areaVisibility) {
          await manager.update(
            ExpertAreaEntity,
            { expertId: id, areaCode: a.code },
            { visibleToOrderers: a.visibleToOrderers },
          );
        }
      }
      await this.audit.record({ action: 'expert.update_own', subjectType: 'expert', subjectId: id }, manager);
      return this.details.detail(manager, saved, 'self');
    });
  }

  // ---------------------------------------------------------------- helpers

  private applyEditable(e: ExpertEntity, dto: UpdateOwnProfileDto | UpdateExpertDto | CreateExpertDto): void {
    if (dto.phone !== undefined) e.phone = dto.phone || null;
    if (dto.municipalityCode !== undefined) e.municipalityCode = dto.municipalityCode;
    if (dto.postalCode !== undefined) e.postalCode = dto.postalCode;
    if (dto.languages !== undefined) e.languages = dto.languages;
    if (dto.taskTypes !== undefined) e.taskTypes = dto.taskTypes;
    if (dto.worksRemote !== undefined) e.worksRemote = dto.worksRemote;
    if (dto.worksInPerson !== undefined) e.worksInPerson = dto.worksInPerson;
    if (dto.travelRadiusKm !== undefined) e.travelRadiusKm = dto.travelRadiusKm;
    if (dto.maxTasksPerMonth !== undefined) e.maxTasksPerMonth = dto.maxTasksPerMonth;
    if (dto.introduction !== undefined) e.introduction = dto.introduction || null;
    if (dto.videoUrl !== undefined) e.videoUrl = dto.videoUrl || null;
    if (dto.earningsCeilingCents !== undefined) e.earningsCeilingCents = dto.earningsCeilingCents;
  }

  private applyCoordinatorFields(e: ExpertEntity, dto: UpdateExpertDto | CreateExpertDto): void {
    if (dto.kinds !== undefined) e.kinds = dto.kinds;
    if (dto.ngo !== undefined) e.ngo = dto.ngo || null;
    if (dto.paymentMethod !== undefined) e.paymentMethod = dto.paymentMethod;
    if (dto.businessId !== undefined) {
      if (dto.businessId && !isValidBusinessId(dto.businessId)) {
        throw registryProblem(
          RegistryErrorCode.InvalidBusinessId,
          'The check digit does not match.',
          'businessId',
        );
      }
      e.businessId = dto.businessId;
    }
    if (dto.taxCardYear !== undefined) e.taxCardYear = dto.taxCardYear;
    if (dto.coordinatorNotes !== undefined) e.coordinatorNotes = dto.coordinatorNotes || null;
    if (dto.personalIdentityCode !== undefined) {
      if (dto.personalIdentityCode === null || dto.personalIdentityCode === '') {
        e.personalIdEnc = null;
        e.personalIdHash = null;
      } else {
        const pic = dto.personalIdentityCode.trim().toUpperCase();
        const info = parsePersonalIdentityCode(pic);
        if (!info)
          throw registryProblem(
            RegistryErrorCode.InvalidPersonalId,
            'The identity code is not valid.',
            'personalIdentityCode',
          );
        e.personalIdEnc = this.cipher.encrypt(pic);
        e.personalIdHash = this.cipher.hash(pic);
        e.birthDate = info.birthDate;
      }
    }
    if (dto.iban !== undefined) {
      if (dto.iban === null || dto.iban === '') {
        e.ibanEnc = null;
      } else {
        if (!isValidIban(dto.iban))
          throw registryProblem(RegistryErrorCode.InvalidIban, 'The IBAN check digits do not match.', 'iban');
        e.ibanEnc = this.cipher.encrypt(normaliseIban(dto.iban));
      }
    }
  }

  private checkPayment(e: ExpertEntity): void {
    if (e.paymentMethod === PaymentMethod.Invoice && !e.businessId) {
      throw registryProblem(
        RegistryErrorCode.InvalidBusinessId,
        'Work compensation by invoice needs a business ID.',
        'businessId',
      );
    }
  }

  private async validateCodes(dto: {
    languages?: string[];
    taskTypes?: string[];
    areas?: ExpertAreaInputDto[];
    areaVisibility?: ExpertAreaInputDto[];
    municipalityCode?: string | null;
    exclusions?: ExclusionInputDto[];
  }): Promise<void> {
    const checks: Array<[string, Promise<string[]>]> = [];
    if (dto.languages?.length)
      checks.push(['languages', this.catalog.unknownCodes('languages', dto.languages)]);
    if (dto.taskTypes?.length)
      checks.push(['taskTypes', this.catalog.unknownCodes('task-types', dto.taskTypes)]);
    if (dto.areas?.length)
      checks.push([
        'areas',
        this.catalog.unknownCodes(
          'experience-areas',
          dto.areas.map((a) => a.code),
        ),
      ]);
    if (dto.areaVisibility?.length) {
      checks.push([
        'areaVisibility',
        this.catalog.unknownCodes(
          'experience-areas',
          dto.areaVisibility.map((a) => a.code),
        ),
      ]);
    }
    for (const [field, pending] of checks) {
      const unknown = await pending;
      if (unknown.length)
        throw registryProblem(RegistryErrorCode.UnknownCode, `Unknown: ${unknown.join(', ')}`, field);
    }
    if (dto.municipalityCode) {
      const m = (await this.catalog.municipalities()).find(
        (x) => x.code === dto.municipalityCode && !x.mergedInto,
      );
      if (!m)
        throw registryProblem(
          RegistryErrorCode.UnknownCode,
          `Unknown municipality: ${dto.municipalityCode}`,
          'municipalityCode',
        );
    }
    const unitIds = (dto.exclusions ?? []).map((x) => x.unitId).filter((x): x is string => !!x);
    if (unitIds.length) {
      const found = await this.units.unitNames(unitIds);
      if (found.size !== new Set(unitIds).size)
        throw registryProblem(RegistryErrorCode.UnknownCode, 'Unknown unit', 'exclusions');
    }
    if ((dto.exclusions ?? []).some((x) => !x.unitId && !x.topic)) {
      throw registryProblem(
        RegistryErrorCode.UnknownCode,
        'An exclusion names a unit or a topic',
        'exclusions',
      );
    }
  }

  private async replaceChildren(
    manager: EntityManager,
    expertId: string,
    areas?: ExpertAreaInputDto[],
    weekly?: WeeklySlotDto[],
    exclusions?: ExclusionInputDto[],
  ): Promise<void> {
    if (areas) {
      await manager.delete(ExpertAreaEntity, { expertId });
      const unique = new Map(areas.map((a) => [a.code, a]));
      if (unique.size) {
        await manager.insert(
          ExpertAreaEntity,
          [...unique.values()].map((a) => ({
            expertId,
            areaCode: a.code,
            visibleToOrderers: a.visibleToOrderers,
          })),
        );
      }
    }
    if (weekly) {
      for (const s of weekly) {
        if (s.startsAt >= s.endsAt)
          throw registryProblem(
            RegistryErrorCode.InvalidDates,
            'A time slot ends before it starts.',
            'weeklyAvailability',
          );
      }
      await manager.delete(WeeklyAvailabilityEntity, { expertId });
      if (weekly.length) {
        await manager.insert(
          WeeklyAvailabilityEntity,
          weekly.map((s) => ({ expertId, weekday: s.weekday, startsAt: s.startsAt, endsAt: s.endsAt })),
        );
      }
    }
    if (exclusions) {
      await manager.delete(ExclusionEntity, { expertId });
      if (exclusions.length) {
        await manager.insert(
          ExclusionEntity,
          exclusions.map((x) => ({ expertId, unitId: x.unitId ?? null, topic: x.topic ?? null })),
        );
      }
    }
  }

  private async saving<T>(op: () => Promise<T>): Promise<T> {
    try {
      return await op();
    } catch (err) {
      const constraint =
        err instanceof QueryFailedError
          ? (err.driverError as { constraint?: string })?.constraint
          : undefined;
      if (constraint === 'uq_expert_email')
        throw registryProblem(RegistryErrorCode.EmailTaken, undefined, 'email');
      if (constraint === 'uq_expert_personal_id_hash') {
        throw registryProblem(RegistryErrorCode.PersonalIdTaken, undefined, 'personalIdentityCode');
      }
      throw err;
    }
  }
}

import { ExpertAreaEntity } from '../entities/expert-area.entity';
import type { MunicipalityName } from '../../catalog/catalog.service';
import {
  AbsenceEntity,
  ConsentEntity,
  ExclusionEntity,
  TrainingRecordEntity,
  WeeklyAvailabilityEntity,
} from '../entities/expert-details.entities';
import { ExpertEntity } from '../entities/expert.entity';
import { allowedNextStatuses, ExpertKind, maskIban, maskPersonalIdentityCode } from '../registry.rules';
import {
  AbsenceDto,
  ExpertDto,
  ExpertSummaryDto,
  PublicProfileDto,
  TrainingRecordDto,
} from './expert-response.dto';

/** Who reads a person's full record: the coordinator sees their notes and the next statuses. */
export type Viewer = 'coordinator' | 'self';

/** What a person's full record is made of besides the row itself (read in one go by ExpertDetailService). */
export interface ExpertDetailParts {
  areas: ExpertAreaEntity[];
  training: TrainingRecordEntity[];
  weekly: WeeklyAvailabilityEntity[];
  absences: AbsenceEntity[];
  exclusions: ExclusionEntity[];
  consents: ConsentEntity[];
  municipality: MunicipalityName | null;
  /** Decrypted, to be shown masked. */
  personalIdentityCode: string | null;
  iban: string | null;
}

export function mapSummary(
  e: ExpertEntity,
  areas: ExpertAreaEntity[],
  municipality: MunicipalityName | null,
): ExpertSummaryDto {
  return {
    id: e.id,
    firstName: e.firstName,
    lastName: e.lastName,
    email: e.email,
    phone: e.phone,
    municipality: municipality
      ? { code: municipality.code, nameFi: municipality.nameFi, nameSv: municipality.nameSv }
      : null,
    languages: e.languages,
    kinds: e.kinds as ExpertKind[],
    tier: e.tierCode,
    status: e.status,
    pausedUntil: e.pausedUntil,
    maxTasksPerMonth: e.maxTasksPerMonth,
    worksRemote: e.worksRemote,
    worksInPerson: e.worksInPerson,
    areas: areas.map((a) => ({ code: a.areaCode, visibleToOrderers: a.visibleToOrderers })),
    updatedAt: e.updatedAt.toISOString(),
  };
}

export function mapExpert(e: ExpertEntity, parts: ExpertDetailParts, viewer: Viewer): ExpertDto {
  const pic = parts.personalIdentityCode;
  const iban = parts.iban;
  return {
    ...mapSummary(e, parts.areas, parts.municipality),
    postalCode: e.postalCode,
    taskTypes: e.taskTypes,
    travelRadiusKm: e.travelRadiusKm,
    introduction: e.introduction,
    videoUrl: e.videoUrl,
    ngo: e.ngo,
    paymentMethod: e.paymentMethod,
    businessId: e.businessId,
    taxCardYear: e.taxCardYear,
    personalIdentityCodeMasked: pic ? maskPersonalIdentityCode(pic) : null,
    ibanMasked: iban ? maskIban(iban) : null,
    birthDate: e.birthDate,
    earningsCeilingCents: e.earningsCeilingCents,
    statusReason: e.statusReason,
    coordinatorNotes: viewer === 'coordinator' ? e.coordinatorNotes : null,
    allowedNextStatuses: viewer === 'coordinator' ? allowedNextStatuses(e.status) : [],
    training: parts.training.map(mapTraining),
    weeklyAvailability: parts.weekly.map((w) => ({
      weekday: w.weekday,
      startsAt: w.startsAt.slice(0, 5),
      endsAt: w.endsAt.slice(0, 5),
    })),
    absences: parts.absences.map(mapAbsence),
    exclusions: parts.exclusions.map((x) => ({ id: x.id, unitId: x.unitId, topic: x.topic })),
    consents: parts.consents.map((c) => ({
      id: c.id,
      kind: c.kind,
      givenAt: c.givenAt.toISOString(),
      withdrawnAt: c.withdrawnAt ? c.withdrawnAt.toISOString() : null,
    })),
    userId: e.userId,
    version: e.version,
    createdAt: e.createdAt.toISOString(),
  };
}

export function mapPublic(
  e: ExpertEntity,
  areas: ExpertAreaEntity[],
  municipality: MunicipalityName | null,
): PublicProfileDto {
  return {
    id: e.id,
    firstName: e.firstName,
    lastName: e.lastName,
    introduction: e.introduction,
    videoUrl: e.videoUrl,
    languages: e.languages,
    tier: e.tierCode,
    areas: areas.filter((a) => a.visibleToOrderers).map((a) => a.areaCode),
    municipalityName: municipality?.nameFi ?? null,
    worksRemote: e.worksRemote,
  };
}

export function mapTraining(r: TrainingRecordEntity): TrainingRecordDto {
  return {
    id: r.id,
    course: r.course,
    provider: r.provider,
    hours: r.hours,
    completedOn: r.completedOn,
    mentorTraining: r.mentorTraining,
  };
}

export function mapAbsence(a: AbsenceEntity): AbsenceDto {
  return { id: a.id, startsOn: a.startsOn, endsOn: a.endsOn, kind: a.kind };
}

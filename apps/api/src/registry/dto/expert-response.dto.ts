import { ApiProperty } from '@nestjs/swagger';
import { ExpertKind, ExpertStatus, PaymentMethod } from '../registry.rules';
import { AbsenceKind } from '../entities/expert-details.entities';

export class MunicipalityRefDto {
  @ApiProperty({ example: 'jyvaskyla' })
  code: string;

  @ApiProperty({ example: 'Jyväskylä' })
  nameFi: string;

  @ApiProperty({ example: 'Jyväskylä' })
  nameSv: string;
}

export class ExpertAreaDto {
  @ApiProperty({ example: 'mental_health' })
  code: string;

  @ApiProperty()
  visibleToOrderers: boolean;
}

export class ExpertSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  firstName: string;

  @ApiProperty()
  lastName: string;

  @ApiProperty()
  email: string;

  @ApiProperty({ nullable: true, type: String })
  phone: string | null;

  @ApiProperty({ type: MunicipalityRefDto, nullable: true })
  municipality: MunicipalityRefDto | null;

  @ApiProperty({ type: [String] })
  languages: string[];

  @ApiProperty({ enum: ExpertKind, enumName: 'ExpertKind', isArray: true })
  kinds: ExpertKind[];

  @ApiProperty({ nullable: true, type: String, description: 'Derived from training records.' })
  tier: string | null;

  @ApiProperty({ enum: ExpertStatus, enumName: 'ExpertStatus' })
  status: ExpertStatus;

  @ApiProperty({ format: 'date', nullable: true, type: String })
  pausedUntil: string | null;

  @ApiProperty()
  maxTasksPerMonth: number;

  @ApiProperty()
  worksRemote: boolean;

  @ApiProperty()
  worksInPerson: boolean;

  /** Special-category data: each read is audited. */
  @ApiProperty({ type: [ExpertAreaDto] })
  areas: ExpertAreaDto[];

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export class ExpertPageDto {
  @ApiProperty({ type: [ExpertSummaryDto] })
  items: ExpertSummaryDto[];

  @ApiProperty({ nullable: true, type: String })
  nextCursor: string | null;
}

export class TrainingRecordDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  course: string;

  @ApiProperty({ nullable: true, type: String })
  provider: string | null;

  @ApiProperty()
  hours: number;

  @ApiProperty({ format: 'date' })
  completedOn: string;

  @ApiProperty()
  mentorTraining: boolean;
}

export class WeeklySlotOutDto {
  @ApiProperty()
  weekday: number;

  @ApiProperty({ example: '09:00' })
  startsAt: string;

  @ApiProperty({ example: '15:00' })
  endsAt: string;
}

export class AbsenceDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'date' })
  startsOn: string;

  @ApiProperty({ format: 'date' })
  endsOn: string;

  @ApiProperty({ enum: AbsenceKind, enumName: 'AbsenceKind' })
  kind: AbsenceKind;
}

export class ExclusionDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  unitId: string | null;

  @ApiProperty({ nullable: true, type: String })
  topic: string | null;
}

export class ConsentDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: ['registry', 'public_profile', 'video', 'research'] })
  kind: string;

  @ApiProperty({ format: 'date-time' })
  givenAt: string;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  withdrawnAt: string | null;
}

export class ExpertDto extends ExpertSummaryDto {
  @ApiProperty({ type: [ConsentDto] })
  consents: ConsentDto[];

  @ApiProperty({ nullable: true, type: String })
  postalCode: string | null;

  @ApiProperty({ type: [String] })
  taskTypes: string[];

  @ApiProperty({ nullable: true, type: Number })
  travelRadiusKm: number | null;

  @ApiProperty({ nullable: true, type: String })
  introduction: string | null;

  @ApiProperty({ nullable: true, type: String })
  videoUrl: string | null;

  @ApiProperty({ nullable: true, type: String })
  ngo: string | null;

  @ApiProperty({ enum: PaymentMethod, enumName: 'PaymentMethod' })
  paymentMethod: PaymentMethod;

  @ApiProperty({ nullable: true, type: String })
  businessId: string | null;

  @ApiProperty({ nullable: true, type: Number })
  taxCardYear: number | null;

  /** Masked: only the birth-date part. */
  @ApiProperty({ nullable: true, type: String, example: '131052*****' })
  personalIdentityCodeMasked: string | null;

  @ApiProperty({ nullable: true, type: String, example: 'FI21 **** **** **85' })
  ibanMasked: string | null;

  @ApiProperty({ format: 'date', nullable: true, type: String })
  birthDate: string | null;

  @ApiProperty({ nullable: true, type: Number, description: 'Integer euro cents.' })
  earningsCeilingCents: number | null;

  @ApiProperty({ nullable: true, type: String })
  statusReason: string | null;

  /** Coordinator only; null in the expert's own view. */
  @ApiProperty({ nullable: true, type: String })
  coordinatorNotes: string | null;

  @ApiProperty({ enum: ExpertStatus, enumName: 'ExpertStatus', isArray: true })
  allowedNextStatuses: ExpertStatus[];

  @ApiProperty({ type: [TrainingRecordDto] })
  training: TrainingRecordDto[];

  @ApiProperty({ type: [WeeklySlotOutDto] })
  weeklyAvailability: WeeklySlotOutDto[];

  @ApiProperty({ type: [AbsenceDto] })
  absences: AbsenceDto[];

  @ApiProperty({ type: [ExclusionDto] })
  exclusions: ExclusionDto[];

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  userId: string | null;

  @ApiProperty()
  version: number;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

/** What orderers see: the introduction and what the expert chose to show. */
export class PublicProfileDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  firstName: string;

  @ApiProperty()
  lastName: string;

  @ApiProperty({ nullable: true, type: String })
  introduction: string | null;

  @ApiProperty({ nullable: true, type: String })
  videoUrl: string | null;

  @ApiProperty({ type: [String] })
  languages: string[];

  @ApiProperty({ nullable: true, type: String })
  tier: string | null;

  /** Only the areas the expert made visible to orderers. */
  @ApiProperty({ type: [String] })
  areas: string[];

  @ApiProperty({ nullable: true, type: String })
  municipalityName: string | null;

  @ApiProperty()
  worksRemote: boolean;
}

export class PublicProfilePageDto {
  @ApiProperty({ type: [PublicProfileDto] })
  items: PublicProfileDto[];

  @ApiProperty({ nullable: true, type: String })
  nextCursor: string | null;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsDateString,
  IsEmail,
  IsEnum,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '../../common/pagination';
import { ExpertKind, ExpertStatus, PaymentMethod } from '../registry.rules';
import { AbsenceKind } from '../entities/expert-details.entities';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimLower = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);
const csv = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.split(',').map((v) => v.trim()).filter(Boolean) : value;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export class ExpertAreaInputDto {
  @ApiProperty({ example: 'mental_health' })
  @IsString()
  @MaxLength(60)
  code: string;

  /** Whether orderers may see this area on the public profile (the expert's own choice). */
  @ApiProperty()
  @IsBoolean()
  visibleToOrderers: boolean;
}

export class WeeklySlotDto {
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  @ApiProperty({ minimum: 1, maximum: 7 })
  @IsInt()
  @Min(1)
  @Max(7)
  weekday: number;

  @ApiProperty({ example: '09:00', pattern: TIME.source })
  @Matches(TIME, { message: 'startsAt must be HH:MM' })
  startsAt: string;

  @ApiProperty({ example: '15:00', pattern: TIME.source })
  @Matches(TIME, { message: 'endsAt must be HH:MM' })
  endsAt: string;
}

export class ExclusionInputDto {
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  unitId?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  topic?: string | null;
}

/** Fields the coordinator and (mostly) the expert can edit. */
class ExpertEditableDto {
  @ApiPropertyOptional({ nullable: true, type: String, example: '+358 40 123 4567' })
  @IsOptional()
  @Transform(trim)
  @ValidateIf((_o, v) => v !== null)
  @Matches(/^\+?[0-9 ()-]{6,20}$/, { message: 'phone must be a phone number' })
  phone?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'jyvaskyla' })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsString()
  @MaxLength(60)
  municipalityCode?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: '40100' })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @Matches(/^\d{5}$/, { message: 'postalCode must be five digits' })
  postalCode?: string | null;

  @ApiPropertyOptional({ type: [String], example: ['fi', 'sv'] })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  languages?: string[];

  @ApiPropertyOptional({ type: [String], example: ['talk', 'workshop'] })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  taskTypes?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  worksRemote?: boolean;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  worksInPerson?: boolean;

  @ApiPropertyOptional({ nullable: true, type: Number, minimum: 0, maximum: 1000 })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsInt()
  @Min(0)
  @Max(1000)
  travelRadiusKm?: number | null;

  /** The person's own limit, for their wellbeing. */
  @ApiPropertyOptional({ minimum: 0, maximum: 60 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(60)
  maxTasksPerMonth?: number;

  @ApiPropertyOptional({ nullable: true, type: String, maxLength: 2000 })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsString()
  @MaxLength(2000)
  introduction?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null && v !== '')
  @IsUrl({ protocols: ['https'], require_protocol: true }, { message: 'videoUrl must be an https:// address' })
  videoUrl?: string | null;

  /** Private to the person and the coordinator. Integer euro cents. */
  @ApiPropertyOptional({ nullable: true, type: Number, minimum: 0 })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsInt()
  @Min(0)
  @Max(100_000_000)
  earningsCeilingCents?: number | null;

  @ApiPropertyOptional({ type: [WeeklySlotDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => WeeklySlotDto)
  weeklyAvailability?: WeeklySlotDto[];

  @ApiPropertyOptional({ type: [ExclusionInputDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => ExclusionInputDto)
  exclusions?: ExclusionInputDto[];
}

/** What the coordinator may set beyond what the expert edits. */
class CoordinatorFieldsDto extends ExpertEditableDto {
  @ApiPropertyOptional({ type: [String], enum: ExpertKind, enumName: 'ExpertKind', isArray: true })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsEnum(ExpertKind, { each: true })
  kinds?: ExpertKind[];

  @ApiPropertyOptional({ type: [ExpertAreaInputDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => ExpertAreaInputDto)
  areas?: ExpertAreaInputDto[];

  @ApiPropertyOptional({ nullable: true, type: String, maxLength: 200 })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsString()
  @MaxLength(200)
  ngo?: string | null;

  @ApiPropertyOptional({ enum: PaymentMethod, enumName: 'PaymentMethod' })
  @IsOptional()
  @IsEnum(PaymentMethod)
  paymentMethod?: PaymentMethod;

  @ApiPropertyOptional({ nullable: true, type: String, example: '1234567-1' })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @Matches(/^\d{7}-\d$/, { message: 'businessId must look like 1234567-8' })
  businessId?: string | null;

  @ApiPropertyOptional({ nullable: true, type: Number, example: 2026 })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsInt()
  @Min(2000)
  @Max(2100)
  taxCardYear?: number | null;

  /** Write-only; answered masked. */
  @ApiPropertyOptional({ nullable: true, type: String, writeOnly: true, example: '131052-308T' })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsString()
  @MaxLength(11)
  personalIdentityCode?: string | null;

  /** Write-only; answered masked. */
  @ApiPropertyOptional({ nullable: true, type: String, writeOnly: true, example: 'FI21 1234 5600 0007 85' })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsString()
  @MaxLength(42)
  iban?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, maxLength: 4000 })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsString()
  @MaxLength(4000)
  coordinatorNotes?: string | null;
}

export class CreateExpertDto extends CoordinatorFieldsDto {
  @ApiProperty({ example: 'Liisa' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  firstName: string;

  @ApiProperty({ example: 'Virtanen' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  lastName: string;

  @ApiProperty({ example: 'liisa.virtanen@example.fi' })
  @Transform(trimLower)
  @IsEmail()
  @MaxLength(254)
  email: string;
}

export class UpdateExpertDto extends CoordinatorFieldsDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  firstName?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  lastName?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trimLower)
  @IsEmail()
  @MaxLength(254)
  email?: string;
}

/** What an expert may change on their own profile: not tier, status, kinds, notes or identity. */
export class UpdateOwnProfileDto extends ExpertEditableDto {
  /** Who may see each of my experience areas (areas themselves are recorded with the coordinator). */
  @ApiPropertyOptional({ type: [ExpertAreaInputDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => ExpertAreaInputDto)
  areaVisibility?: ExpertAreaInputDto[];
}

export class ChangeExpertStatusDto {
  @ApiProperty({ enum: ExpertStatus, enumName: 'ExpertStatus' })
  @IsEnum(ExpertStatus)
  status: ExpertStatus;

  @ApiProperty({ maxLength: 500 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason: string;

  /** Required with `paused`. */
  @ApiPropertyOptional({ format: 'date', nullable: true, type: String })
  @ValidateIf((o: ChangeExpertStatusDto) => o.status === ExpertStatus.Paused || (o.pausedUntil !== undefined && o.pausedUntil !== null))
  @IsDateString({ strict: true })
  pausedUntil?: string | null;
}

export class CreateTrainingRecordDto {
  @ApiProperty({ example: 'Kokemusasiantuntijakoulutus' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  course: string;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'Jyväskylän ammattikorkeakoulu' })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsString()
  @MaxLength(200)
  provider?: string | null;

  @ApiProperty({ minimum: 0, maximum: 2000 })
  @IsInt()
  @Min(0)
  @Max(2000)
  hours: number;

  @ApiProperty({ format: 'date' })
  @IsDateString({ strict: true })
  completedOn: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  mentorTraining?: boolean;
}

export class CreateAbsenceDto {
  @ApiProperty({ format: 'date' })
  @IsDateString({ strict: true })
  startsOn: string;

  @ApiProperty({ format: 'date' })
  @IsDateString({ strict: true })
  endsOn: string;

  @ApiProperty({ enum: AbsenceKind, enumName: 'AbsenceKind' })
  @IsEnum(AbsenceKind)
  kind: AbsenceKind;
}

export enum ExpertSort {
  Name = 'name',
  Updated = 'updated',
}

export class ListExpertsQueryDto extends PageQueryDto {
  /** Part of the name or e-mail. */
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ type: [String], description: 'Experience area codes (comma-separated); all must match.' })
  @IsOptional()
  @Transform(csv)
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  area?: string[];

  @ApiPropertyOptional({ type: [String], description: 'Language codes (comma-separated); all must match.' })
  @IsOptional()
  @Transform(csv)
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  language?: string[];

  @ApiPropertyOptional({ description: 'Home municipality code; with maxDistanceKm, the centre of the search.' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  municipality?: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 1000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(1000)
  maxDistanceKm?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(60)
  tier?: string;

  @ApiPropertyOptional({ enum: ExpertKind, enumName: 'ExpertKind' })
  @IsOptional()
  @IsEnum(ExpertKind)
  kind?: ExpertKind;

  @ApiPropertyOptional({ enum: ExpertStatus, enumName: 'ExpertStatus' })
  @IsOptional()
  @IsEnum(ExpertStatus)
  status?: ExpertStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(60)
  taskType?: string;

  /** With availableTo: no absence or break overlapping these days, and not paused then. */
  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsDateString({ strict: true })
  availableFrom?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsDateString({ strict: true })
  availableTo?: string;

  /** Those payroll still needs this year's tax card from: paid as pay, active or paused, no card for the year. */
  @ApiPropertyOptional({
    description:
      "Only people paid through payroll, active or paused, without this year's tax card on file (taxCardYear before the current year, or none)",
  })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  taxCardMissing?: boolean;

  @ApiPropertyOptional({ enum: ExpertSort, enumName: 'ExpertSort', default: ExpertSort.Name })
  @IsOptional()
  @IsIn(Object.values(ExpertSort))
  sort?: ExpertSort;
}

export class PublicProfilesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @Transform(csv)
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  area?: string[];

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @Transform(csv)
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  language?: string[];
}

export enum ConsentKind {
  /** Being in the registry at all. */
  Registry = 'registry',
  /** The public profile shown to orderers. */
  PublicProfile = 'public_profile',
  /** An introduction video. */
  Video = 'video',
  /** Anonymised use in research and evaluation. */
  Research = 'research',
}

export class RecordConsentDto {
  @ApiProperty({ enum: ConsentKind, enumName: 'ConsentKind' })
  @IsEnum(ConsentKind)
  kind: ConsentKind;
}

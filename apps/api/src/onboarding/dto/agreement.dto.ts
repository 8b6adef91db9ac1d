import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Locale } from '../../common/access/roles';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class AgreementTitleDto {
  @ApiProperty({ maxLength: 200, example: 'Toimeksiantosopimus' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  fi: string;

  @ApiProperty({ maxLength: 200, example: 'Uppdragsavtal' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  sv: string;

  @ApiProperty({ maxLength: 200, example: 'Assignment agreement' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  en: string;
}

export class AgreementBodyDto {
  @ApiProperty({ maxLength: 50000, description: 'Plain text; blank lines separate paragraphs.' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(50000)
  fi: string;

  @ApiProperty({ maxLength: 50000 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(50000)
  sv: string;

  @ApiProperty({ maxLength: 50000 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(50000)
  en: string;
}

export class PublishAgreementVersionDto {
  @ApiProperty({ type: AgreementTitleDto })
  @ValidateNested()
  @Type(() => AgreementTitleDto)
  title: AgreementTitleDto;

  @ApiProperty({ type: AgreementBodyDto })
  @ValidateNested()
  @Type(() => AgreementBodyDto)
  body: AgreementBodyDto;

  /** Everyone must accept this version again before new offers; otherwise earlier acceptances hold. */
  @ApiProperty()
  @IsBoolean()
  requiresReacceptance: boolean;

  @ApiPropertyOptional({
    maxLength: 500,
    nullable: true,
    type: String,
    description: 'What changed (shown to those asked again).',
  })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  changeNote?: string | null;
}

export class CreateAgreementDto {
  @ApiProperty({ maxLength: 40, pattern: '^[a-z][a-z0-9_-]{1,39}$', example: 'vaitiolositoumus' })
  @Matches(/^[a-z][a-z0-9_-]{1,39}$/, { message: 'code must be 2–40 lower-case letters, digits, - or _' })
  code: string;

  @ApiProperty({ description: 'Required of every active expert: no new offers until accepted.' })
  @IsBoolean()
  required: boolean;

  @ApiPropertyOptional({ minimum: 0, maximum: 1000, default: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000)
  position?: number;

  @ApiProperty({ type: AgreementTitleDto })
  @ValidateNested()
  @Type(() => AgreementTitleDto)
  title: AgreementTitleDto;

  @ApiProperty({ type: AgreementBodyDto })
  @ValidateNested()
  @Type(() => AgreementBodyDto)
  body: AgreementBodyDto;
}

export class AgreementVersionDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  number: number;

  @ApiProperty({ type: AgreementTitleDto })
  title: AgreementTitleDto;

  @ApiProperty({ type: AgreementBodyDto })
  body: AgreementBodyDto;

  @ApiProperty()
  requiresReacceptance: boolean;

  @ApiProperty({ nullable: true, type: String })
  changeNote: string | null;

  /** SHA-256 (hex) of the title and body in every language. */
  @ApiProperty()
  contentHash: string;

  @ApiProperty({ format: 'date-time' })
  publishedAt: string;
}

export class AgreementDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  code: string;

  @ApiProperty()
  required: boolean;

  @ApiProperty()
  position: number;

  @ApiProperty({ type: AgreementVersionDto, description: 'The newest version.' })
  current: AgreementVersionDto;

  /** Every version, newest first. */
  @ApiProperty({ type: [AgreementVersionDto] })
  versions: AgreementVersionDto[];

  /** Active experts whose acceptance is in force / who must still accept (required documents). */
  @ApiProperty()
  acceptedCount: number;

  @ApiProperty()
  outstandingCount: number;
}

export class AgreementPageDto {
  @ApiProperty({ type: [AgreementDto] })
  items: AgreementDto[];

  @ApiProperty({ nullable: true, type: String })
  nextCursor: string | null;
}

export class AcceptAgreementDto {
  /** The version the person read: accepting an older one than the newest is refused (409). */
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  versionId: string;

  @ApiProperty({ enum: Locale, enumName: 'Locale', description: 'The language the person read it in.' })
  @IsEnum(Locale)
  locale: Locale;
}

export class AgreementAcceptanceDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  documentId: string;

  @ApiProperty({ format: 'uuid' })
  versionId: string;

  @ApiProperty()
  versionNumber: number;

  @ApiProperty({ enum: Locale, enumName: 'Locale' })
  locale: Locale;

  @ApiProperty()
  contentHash: string;

  @ApiProperty({ format: 'date-time' })
  acceptedAt: string;
}

export class MyAgreementDto {
  @ApiProperty({ format: 'uuid' })
  documentId: string;

  @ApiProperty()
  code: string;

  @ApiProperty()
  required: boolean;

  @ApiProperty({ type: AgreementVersionDto })
  current: AgreementVersionDto;

  /** The newest version this person accepted, and when. */
  @ApiProperty({ nullable: true, type: Number })
  acceptedVersionNumber: number | null;

  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  acceptedAt: string | null;

  /** Must be accepted (again) before new offers. */
  @ApiProperty()
  due: boolean;
}

export class MyAgreementsDto {
  @ApiProperty({ type: [MyAgreementDto] })
  items: MyAgreementDto[];

  @ApiProperty()
  dueCount: number;

  /** False while a required document waits: no new offers (agreed tasks stay). */
  @ApiProperty()
  mayReceiveOffers: boolean;
}

export class OutstandingExpertDto {
  @ApiProperty({ format: 'uuid' })
  expertId: string;

  @ApiProperty()
  name: string;

  /** The newest version they accepted, if any. */
  @ApiProperty({ nullable: true, type: Number })
  acceptedVersionNumber: number | null;
}

export class OutstandingExpertPageDto {
  @ApiProperty({ type: [OutstandingExpertDto] })
  items: OutstandingExpertDto[];

  @ApiProperty({ nullable: true, type: String })
  nextCursor: string | null;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEnum,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { PageQueryDto } from '../../common/pagination';
import { OrgUnitEntity, UnitKind } from '../org-unit.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const COST_CENTRE = /^[A-Za-z0-9][A-Za-z0-9-]{1,29}$/;
const COST_CENTRE_MESSAGE = 'costCentre must be 2–30 letters, digits or hyphens';

export class UnitDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  parentId: string | null;

  @ApiProperty({ enum: UnitKind, enumName: 'UnitKind' })
  kind: UnitKind;

  @ApiProperty({ example: 'Keuruun terveysasema' })
  name: string;

  @ApiProperty({ nullable: true, type: String, example: 'Keuruu hälsostation' })
  nameSv: string | null;

  @ApiProperty({ example: 'KS-4120' })
  costCentre: string;

  @ApiProperty()
  active: boolean;

  @ApiProperty({ description: 'Send as If-Match (ETag) when changing the unit.' })
  version: number;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export class UnitPageDto {
  @ApiProperty({ type: [UnitDto] })
  items: UnitDto[];

  @ApiProperty({ nullable: true, type: String })
  nextCursor: string | null;
}

export class ListUnitsQueryDto extends PageQueryDto {
  /** Part of the name (Finnish or Swedish) or the cost centre. */
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: UnitKind, enumName: 'UnitKind' })
  @IsOptional()
  @IsEnum(UnitKind)
  kind?: UnitKind;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  parentId?: string;

  /** Only active (true) or only deactivated (false) units; both when omitted. */
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  active?: boolean;
}

export class CreateUnitDto {
  @ApiProperty({ enum: UnitKind, enumName: 'UnitKind' })
  @IsEnum(UnitKind)
  kind: UnitKind;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;

  @ApiProperty({ minLength: 1, maxLength: 200 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ maxLength: 200, nullable: true, type: String })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  nameSv?: string | null;

  @ApiProperty({ example: 'KS-4120', pattern: COST_CENTRE.source })
  @Transform(trim)
  @IsString()
  @Length(2, 30)
  @Matches(COST_CENTRE, { message: COST_CENTRE_MESSAGE })
  costCentre: string;
}

export class UpdateUnitDto {
  /** Move the unit under another parent (null: to the top level, where its kind allows). */
  @ApiPropertyOptional({ format: 'uuid', nullable: true, type: String })
  @IsOptional()
  @ValidateIf((_o, v) => v !== null)
  @IsUUID()
  parentId?: string | null;

  @ApiPropertyOptional({ minLength: 1, maxLength: 200 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ maxLength: 200, nullable: true, type: String })
  @IsOptional()
  @Transform(trim)
  @ValidateIf((_o, v) => v !== null)
  @IsString()
  @MaxLength(200)
  nameSv?: string | null;

  @ApiPropertyOptional({ example: 'KS-4120', pattern: COST_CENTRE.source })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(2, 30)
  @Matches(COST_CENTRE, { message: COST_CENTRE_MESSAGE })
  costCentre?: string;
}

export function mapUnit(u: OrgUnitEntity): UnitDto {
  return {
    id: u.id,
    parentId: u.parentId,
    kind: u.kind,
    name: u.name,
    nameSv: u.nameSv,
    costCentre: u.costCentre,
    active: u.active,
    version: u.version,
    createdAt: u.createdAt.toISOString(),
    updatedAt: u.updatedAt.toISOString(),
  };
}

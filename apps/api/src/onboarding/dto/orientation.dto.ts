import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class OrientationItemDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'confidentiality' })
  code: string;

  @ApiProperty()
  labelFi: string;

  @ApiProperty()
  labelSv: string;

  @ApiProperty()
  labelEn: string;

  @ApiProperty()
  position: number;

  @ApiProperty({ description: 'In force: orientation is done when every item in force is done' })
  active: boolean;
}

export class OrientationItemListDto {
  @ApiProperty({ type: [OrientationItemDto] })
  items: OrientationItemDto[];
}

export class CreateOrientationItemDto {
  @ApiProperty({ pattern: '^[a-z][a-z0-9_]{1,39}$', example: 'digital_tools' })
  @Matches(/^[a-z][a-z0-9_]{1,39}$/)
  code: string;

  @ApiProperty({ maxLength: 300 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  labelFi: string;

  @ApiProperty({ maxLength: 300 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  labelSv: string;

  @ApiProperty({ maxLength: 300 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  labelEn: string;
}

export class UpdateOrientationItemDto {
  @ApiPropertyOptional({ maxLength: 300 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  labelFi?: string;

  @ApiPropertyOptional({ maxLength: 300 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  labelSv?: string;

  @ApiPropertyOptional({ maxLength: 300 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  labelEn?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 1000 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  position?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class SetOrientationChecksDto {
  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'Every item done so far (the others are not done)',
  })
  @IsArray()
  @ArrayMaxSize(100)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  doneItemIds: string[];
}

/** One checklist item on an application: done or not, and by whom. */
export class OrientationCheckDto {
  @ApiProperty({ format: 'uuid' })
  itemId: string;

  @ApiProperty()
  code: string;

  @ApiProperty()
  labelFi: string;

  @ApiProperty()
  labelSv: string;

  @ApiProperty()
  labelEn: string;

  @ApiProperty()
  done: boolean;

  @ApiProperty({ nullable: true, type: String, format: 'date-time' })
  doneAt: string | null;

  @ApiProperty({ nullable: true, type: String })
  doneByName: string | null;
}

import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { FeeBasis } from '../orders.rules';
import { ProductEntity } from '../entities/product.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class ProductDto {
  @ApiProperty({ example: 'chat_bench' })
  code: string;

  @ApiProperty()
  labelFi: string;

  @ApiProperty()
  labelSv: string;

  @ApiProperty()
  labelEn: string;

  @ApiProperty()
  descriptionFi: string;

  @ApiProperty()
  descriptionSv: string;

  @ApiProperty()
  descriptionEn: string;

  @ApiProperty({ nullable: true, type: String })
  taskTypeCode: string | null;

  @ApiProperty()
  defaultDurationMinutes: number;

  @ApiProperty()
  defaultExpertCount: number;

  @ApiProperty()
  pairRequired: boolean;

  @ApiProperty({ description: 'Usually ordered as a recurring series.' })
  recurring: boolean;

  @ApiProperty()
  preparationMinutes: number;

  @ApiProperty({ enum: FeeBasis, enumName: 'FeeBasis' })
  feeBasis: FeeBasis;

  @ApiProperty()
  active: boolean;

  @ApiProperty()
  version: number;
}

export class ProductListDto {
  @ApiProperty({ type: [ProductDto] })
  items: ProductDto[];
}

export function mapProduct(p: ProductEntity): ProductDto {
  return {
    code: p.code,
    labelFi: p.labelFi,
    labelSv: p.labelSv,
    labelEn: p.labelEn,
    descriptionFi: p.descriptionFi,
    descriptionSv: p.descriptionSv,
    descriptionEn: p.descriptionEn,
    taskTypeCode: p.taskTypeCode,
    defaultDurationMinutes: p.defaultDurationMinutes,
    defaultExpertCount: p.defaultExpertCount,
    pairRequired: p.pairRequired,
    recurring: p.recurring,
    preparationMinutes: p.preparationMinutes,
    feeBasis: p.feeBasis,
    active: p.active,
    version: p.version,
  };
}

export class CreateProductDto {
  @ApiProperty({ example: 'peer_group', pattern: '^[a-z][a-z0-9_]{1,39}$' })
  @Matches(/^[a-z][a-z0-9_]{1,39}$/, { message: 'code must be 2–40 lower-case letters, digits or _' })
  code: string;

  @ApiProperty({ maxLength: 120 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  labelFi: string;

  @ApiProperty({ maxLength: 120 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  labelSv: string;

  @ApiProperty({ maxLength: 120 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  labelEn: string;

  @ApiProperty({ maxLength: 2000 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  descriptionFi: string;

  @ApiProperty({ maxLength: 2000 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  descriptionSv: string;

  @ApiProperty({ maxLength: 2000 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  descriptionEn: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  taskTypeCode?: string | null;

  @ApiProperty({ minimum: 15, maximum: 1440 })
  @IsInt()
  @Min(15)
  @Max(1440)
  defaultDurationMinutes: number;

  @ApiProperty({ minimum: 1, maximum: 20 })
  @IsInt()
  @Min(1)
  @Max(20)
  defaultExpertCount: number;

  @ApiProperty()
  @IsBoolean()
  pairRequired: boolean;

  @ApiProperty()
  @IsBoolean()
  recurring: boolean;

  @ApiProperty({ minimum: 0, maximum: 2400 })
  @IsInt()
  @Min(0)
  @Max(2400)
  preparationMinutes: number;

  @ApiProperty({ enum: FeeBasis, enumName: 'FeeBasis' })
  @IsEnum(FeeBasis)
  feeBasis: FeeBasis;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class UpdateProductDto extends PartialType(OmitType(CreateProductDto, ['code'] as const)) {}

export class ProductListQueryDto {
  /** Include products taken out of use (for the admin's catalogue editor). */
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  includeInactive?: boolean;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

export class CatalogItemDto {
  @ApiProperty({ example: 'mental_health' })
  code: string;

  @ApiProperty({ example: 'Mielenterveys' })
  labelFi: string;

  @ApiProperty({ example: 'Psykisk hälsa' })
  labelSv: string;

  @ApiProperty({ example: 'Mental health' })
  labelEn: string;

  @ApiProperty()
  active: boolean;
}

/** A whole reference list (bounded: a few hundred items at most, so not paginated). */
export class CatalogListDto {
  @ApiProperty({ type: [CatalogItemDto] })
  items: CatalogItemDto[];
}

export class TrainingTierDto extends CatalogItemDto {
  @ApiProperty()
  rank: number;

  @ApiProperty()
  minHours: number;

  @ApiProperty()
  requiresMentorTraining: boolean;
}

export class TrainingTierListDto {
  @ApiProperty({ type: [TrainingTierDto] })
  items: TrainingTierDto[];
}

export class MunicipalityDto {
  @ApiProperty({ example: 'jyvaskyla' })
  code: string;

  @ApiProperty({ example: 'Jyväskylä' })
  nameFi: string;

  @ApiProperty({ example: 'Jyväskylä' })
  nameSv: string;

  @ApiProperty()
  latitude: number;

  @ApiProperty()
  longitude: number;

  /** For a former municipality: the code of the one it joined. */
  @ApiProperty({ nullable: true, type: String })
  mergedInto: string | null;
}

export class MunicipalityListDto {
  @ApiProperty({ type: [MunicipalityDto] })
  items: MunicipalityDto[];
}

export class UpdateTrainingTierDto {
  @ApiPropertyOptional({ minimum: 0, maximum: 2000 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(2000)
  minHours?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  requiresMentorTraining?: boolean;

  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  labelFi?: string;

  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  labelSv?: string;

  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  labelEn?: string;
}

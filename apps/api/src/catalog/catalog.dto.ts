import { ApiProperty } from '@nestjs/swagger';

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

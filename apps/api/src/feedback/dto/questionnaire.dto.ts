import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '../../common/pagination';
import type { QuestionnaireEntity } from '../entities/questionnaire.entity';
import { FourT, ItemKind, QUESTIONNAIRE_MAX_ITEMS, QuestionnaireAudience } from '../feedback.rules';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class ItemTextDto {
  @ApiProperty({ maxLength: 500 })
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  fi: string;

  @ApiProperty({ maxLength: 500 })
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  sv: string;

  @ApiProperty({ maxLength: 500 })
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  en: string;

  /** Plain Finnish (selkokieli); required on the participants' questions. */
  @ApiPropertyOptional({ maxLength: 500, nullable: true, type: String })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  selko?: string | null;
}

export class QuestionnaireItemDto {
  /** Stable across versions (answers are kept by it): a-z, 0-9 and dashes. */
  @ApiProperty({ maxLength: 40, pattern: '^[a-z0-9][a-z0-9-]{0,39}$' })
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9-]{0,39}$/)
  id: string;

  @ApiProperty({ enum: ItemKind, enumName: 'ItemKind' })
  @IsEnum(ItemKind)
  kind: ItemKind;

  /** The 4T condition the item asks about, if any. */
  @ApiProperty({ enum: FourT, enumName: 'FourT', nullable: true })
  @IsOptional()
  @IsEnum(FourT)
  theme: FourT | null;

  @ApiProperty()
  @IsBoolean()
  required: boolean;

  @ApiProperty({ type: ItemTextDto })
  @ValidateNested()
  @Type(() => ItemTextDto)
  text: ItemTextDto;
}

/** A new version of an instrument (the first version when the key is new). */
export class CreateQuestionnaireDto {
  @ApiProperty({ maxLength: 60, pattern: '^[a-z0-9][a-z0-9-]{0,59}$' })
  @IsString()
  @Matches(/^[a-z0-9][a-z0-9-]{0,59}$/)
  key: string;

  @ApiProperty({ enum: QuestionnaireAudience, enumName: 'QuestionnaireAudience' })
  @IsEnum(QuestionnaireAudience)
  audience: QuestionnaireAudience;

  @ApiProperty({ type: ItemTextDto })
  @ValidateNested()
  @Type(() => ItemTextDto)
  title: ItemTextDto;

  @ApiProperty({ type: [QuestionnaireItemDto], maxItems: QUESTIONNAIRE_MAX_ITEMS })
  @IsArray()
  @ArrayMaxSize(QUESTIONNAIRE_MAX_ITEMS)
  @ValidateNested({ each: true })
  @Type(() => QuestionnaireItemDto)
  items: QuestionnaireItemDto[];

  /** Wording under someone else's terms (THL's indicator): no later version may be saved. */
  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  locked?: boolean;

  /** Where the wording comes from and on what terms. */
  @ApiPropertyOptional({ maxLength: 500, nullable: true, type: String })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(500)
  source?: string | null;
}

export class ListQuestionnairesQueryDto extends PageQueryDto {
  /** Every version of this instrument, the newest first (default: the newest version of each). */
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  key?: string;
}

export class QuestionnaireDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  key: string;

  @ApiProperty()
  version: number;

  /** The newest version: new requests ask it. */
  @ApiProperty()
  current: boolean;

  @ApiProperty({ enum: QuestionnaireAudience, enumName: 'QuestionnaireAudience' })
  audience: QuestionnaireAudience;

  @ApiProperty({ type: ItemTextDto })
  title: ItemTextDto;

  @ApiProperty({ type: [QuestionnaireItemDto] })
  items: QuestionnaireItemDto[];

  @ApiProperty()
  locked: boolean;

  @ApiProperty({ nullable: true, type: String })
  source: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class QuestionnairePageDto {
  @ApiProperty({ type: [QuestionnaireDto] })
  items: QuestionnaireDto[];

  @ApiProperty({ nullable: true, type: String })
  nextCursor: string | null;
}

export function mapQuestionnaire(q: QuestionnaireEntity, current: boolean): QuestionnaireDto {
  return {
    id: q.id,
    key: q.key,
    version: q.version,
    current,
    audience: q.audience,
    title: q.title,
    items: q.items,
    locked: q.locked,
    source: q.source,
    createdAt: q.createdAt.toISOString(),
  };
}

import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsEnum,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageQueryDto } from '../../common/pagination';
import { OrderMode } from '../entities/order.entity';
import { MAX_OCCURRENCES, OrderStatus } from '../orders.rules';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const blankToNull = ({ value }: { value: unknown }) => {
  if (typeof value !== 'string') return value;
  const t = value.trim();
  return t === '' ? null : t;
};
const csv = ({ value }: { value: unknown }) =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean)
    : value;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** An instant with an explicit offset: a wall-clock time without one is ambiguous. */
const INSTANT = { strict: true, strictSeparator: true };
const INSTANT_WITH_OFFSET = /(Z|[+-]\d{2}:\d{2})$/;

export class OrderAreaInputDto {
  @ApiProperty({ example: 'mental_health' })
  @IsString()
  @MaxLength(60)
  code: string;

  /** Required areas are a hard constraint for matching; preferred ones only raise the score. */
  @ApiProperty()
  @IsBoolean()
  required: boolean;
}

export class OccurrenceInputDto {
  @ApiProperty({ format: 'date-time', example: '2027-03-02T13:00:00+02:00' })
  @IsISO8601(INSTANT)
  @Matches(INSTANT_WITH_OFFSET, { message: 'startsAt must carry a UTC offset' })
  startsAt: string;

  @ApiProperty({ format: 'date-time', example: '2027-03-02T15:00:00+02:00' })
  @IsISO8601(INSTANT)
  @Matches(INSTANT_WITH_OFFSET, { message: 'endsAt must carry a UTC offset' })
  endsAt: string;

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    maxLength: 200,
    description: 'E.g. the ward, when the series runs on several.',
  })
  @IsOptional()
  @Transform(blankToNull)
  @IsString()
  @MaxLength(200)
  place?: string | null;
}

/** A weekly rule in Helsinki wall-clock time: e.g. every Tuesday 13:00–15:00 on four wards for eight weeks. */
export class WeeklySeriesDto {
  @ApiProperty({ example: '2027-03-02', description: 'The first day of the series.' })
  @Matches(DATE, { message: 'firstDate must be YYYY-MM-DD' })
  firstDate: string;

  @ApiProperty({ type: [Number], description: 'ISO weekdays, 1 = Monday … 7 = Sunday.', example: [2] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(7)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(7, { each: true })
  weekdays: number[];

  @ApiProperty({ example: '13:00', pattern: TIME.source })
  @Matches(TIME, { message: 'startTime must be HH:MM' })
  startTime: string;

  @ApiProperty({ example: '15:00', pattern: TIME.source })
  @Matches(TIME, { message: 'endTime must be HH:MM' })
  endTime: string;

  @ApiProperty({ minimum: 1, maximum: 4, description: 'Every N weeks (1 = every week).' })
  @IsInt()
  @Min(1)
  @Max(4)
  intervalWeeks: number;

  @ApiProperty({ minimum: 1, maximum: 52, description:
      'How many weeks the series lasts: that many of each chosen weekday (every intervalWeeks weeks) on or after the first date, on every place.' })
  @IsInt()
  @Min(1)
  @Max(52)
  weeks: number;

  @ApiProperty({ type: [String], description: 'One occurrence per place at each time (e.g. four wards).' })
  @IsArray()
  @ArrayMaxSize(20)
  @ArrayUnique()
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(200, { each: true })
  places: string[];

  @ApiProperty({ description: 'Leave out weekday public holidays.' })
  @IsBoolean()
  skipHolidays: boolean;
}

/** When the task takes place: a list of occurrences, or a weekly series (give one). */
export class ScheduleInputDto {
  @ApiPropertyOptional({ type: [OccurrenceInputDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_OCCURRENCES)
  @ValidateNested({ each: true })
  @Type(() => OccurrenceInputDto)
  occurrences?: OccurrenceInputDto[];

  @ApiPropertyOptional({ type: WeeklySeriesDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => WeeklySeriesDto)
  series?: WeeklySeriesDto;
}

export class CreateOrderDto {
  /** Submit at once; otherwise the order is saved as a draft. */
  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  submit?: boolean;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  unitId: string;

  @ApiProperty({ example: 'chat_bench' })
  @IsString()
  @MaxLength(60)
  productCode: string;

  @ApiProperty({ maxLength: 200 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title: string;

  @ApiPropertyOptional({ nullable: true, type: String, maxLength: 4000 })
  @IsOptional()
  @Transform(blankToNull)
  @IsString()
  @MaxLength(4000)
  description?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, maxLength: 2000 })
  @IsOptional()
  @Transform(blankToNull)
  @IsString()
  @MaxLength(2000)
  purpose?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, maxLength: 500 })
  @IsOptional()
  @Transform(blankToNull)
  @IsString()
  @MaxLength(500)
  audience?: string | null;

  @ApiPropertyOptional({ nullable: true, type: Number, minimum: 0, maximum: 100000 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100000)
  audienceSize?: number | null;

  /** The contact person; defaults to the person who orders. */
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  contactName?: string;

  @ApiPropertyOptional({ nullable: true, type: String, maxLength: 40 })
  @IsOptional()
  @Transform(blankToNull)
  @Matches(/^\+?[0-9 ()-]{5,40}$/, { message: 'contactPhone must be a phone number' })
  contactPhone?: string | null;

  @ApiPropertyOptional({ maxLength: 254 })
  @IsOptional()
  @Transform(trim)
  @IsEmail()
  @MaxLength(254)
  contactEmail?: string;

  @ApiPropertyOptional({ enum: OrderMode, enumName: 'OrderMode', default: OrderMode.InPerson })
  @IsOptional()
  @IsEnum(OrderMode)
  mode?: OrderMode;

  @ApiPropertyOptional({ nullable: true, type: String, maxLength: 300, description: 'Address or room.' })
  @IsOptional()
  @Transform(blankToNull)
  @IsString()
  @MaxLength(300)
  place?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, maxLength: 500 })
  @IsOptional()
  @Transform(blankToNull)
  @IsUrl({ protocols: ['https'], require_protocol: true }, { message: 'remoteLink must be an https address' })
  @MaxLength(500)
  remoteLink?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @Transform(blankToNull)
  @IsString()
  @MaxLength(60)
  municipalityCode?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, example: 'fi' })
  @IsOptional()
  @Transform(blankToNull)
  @IsString()
  @MaxLength(20)
  languageCode?: string | null;

  @ApiPropertyOptional({ type: [OrderAreaInputDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => OrderAreaInputDto)
  areas?: OrderAreaInputDto[];

  /** Defaults to the product's number of experts. */
  @ApiPropertyOptional({ minimum: 1, maximum: 20 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(20)
  expertCount?: number;

  @ApiPropertyOptional({ nullable: true, type: String })
  @IsOptional()
  @Transform(blankToNull)
  @IsString()
  @MaxLength(60)
  wishedTierCode?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, maxLength: 2000 })
  @IsOptional()
  @Transform(blankToNull)
  @IsString()
  @MaxLength(2000)
  preparationNeeds?: string | null;

  @ApiPropertyOptional({ nullable: true, type: String, maxLength: 2000 })
  @IsOptional()
  @Transform(blankToNull)
  @IsString()
  @MaxLength(2000)
  accessibilityNeeds?: string | null;

  /** Whether the task suits experts under 18 (youth experts are offered only such tasks). */
  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  suitableForMinors?: boolean;

  /** Demanding for the expert (a psychiatric ward, a crisis…): supervision is offered before and after. */
  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  demanding?: boolean;

  /** The task is with children or young people: only experts with a valid criminal-record extract (Act 504/2002). */
  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  worksWithMinors?: boolean;

  /** How the results are returned to the participants (4T: Tieto). */
  @ApiPropertyOptional({ nullable: true, type: String, maxLength: 2000 })
  @IsOptional()
  @Transform(blankToNull)
  @IsString()
  @MaxLength(2000)
  resultsReturn?: string | null;

  /** An expert the orderer would like, e.g. chosen from the public profiles. */
  @ApiPropertyOptional({ nullable: true, type: String, format: 'uuid' })
  @IsOptional()
  @IsUUID()
  wishedExpertId?: string | null;

  @ApiPropertyOptional({ type: [String], description: 'Experts not to be offered for this order.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  excludedExpertIds?: string[];

  @ApiPropertyOptional({ type: ScheduleInputDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ScheduleInputDto)
  schedule?: ScheduleInputDto;
}

/** Changes to an order; a schedule replaces the whole schedule (before anyone is staffed). */
export class UpdateOrderDto extends PartialType(OmitType(CreateOrderDto, ['submit', 'unitId'] as const)) {}

export class CancelOrderDto {
  @ApiProperty({ maxLength: 1000 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason: string;
}

export class UpdateOccurrenceDto {
  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsISO8601(INSTANT)
  @Matches(INSTANT_WITH_OFFSET, { message: 'startsAt must carry a UTC offset' })
  startsAt?: string;

  @ApiPropertyOptional({ format: 'date-time' })
  @IsOptional()
  @IsISO8601(INSTANT)
  @Matches(INSTANT_WITH_OFFSET, { message: 'endsAt must carry a UTC offset' })
  endsAt?: string;

  @ApiPropertyOptional({ nullable: true, type: String, maxLength: 200 })
  @IsOptional()
  @Transform(blankToNull)
  @IsString()
  @MaxLength(200)
  place?: string | null;
}

export class CreateOrderMessageDto {
  @ApiProperty({ maxLength: 4000 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  body: string;
}

export enum OrderSort {
  NewestFirst = '-createdAt',
  StartsFirst = 'startsAt',
  StartsLast = '-startsAt',
}

export class ListOrdersQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    type: [String],
    enum: OrderStatus,
    enumName: 'OrderStatus',
    description: 'Comma-separated.',
  })
  @IsOptional()
  @Transform(csv)
  @IsArray()
  @ArrayMaxSize(8)
  @IsEnum(OrderStatus, { each: true })
  status?: OrderStatus[];

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  unitId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(60)
  product?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(60)
  municipality?: string;

  /** Orders that start (their first time) on or after this day (Helsinki). */
  @ApiPropertyOptional({ example: '2027-01-01' })
  @IsOptional()
  @Matches(DATE, { message: 'from must be YYYY-MM-DD' })
  from?: string;

  /** Orders that start (their first time) on or before this day (Helsinki). */
  @ApiPropertyOptional({ example: '2027-06-30' })
  @IsOptional()
  @Matches(DATE, { message: 'to must be YYYY-MM-DD' })
  to?: string;

  /** The order number or part of the title. */
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(100)
  q?: string;

  /** Newest first; with a period (from/to), by start date. */
  @ApiPropertyOptional({ enum: OrderSort, enumName: 'OrderSort' })
  @IsOptional()
  @IsEnum(OrderSort)
  sort?: OrderSort;
}

export class InboxQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    type: [String],
    enum: OrderStatus,
    enumName: 'OrderStatus',
    description: 'Open statuses, comma-separated.',
  })
  @IsOptional()
  @Transform(csv)
  @IsArray()
  @ArrayMaxSize(3)
  @IsEnum(OrderStatus, { each: true })
  status?: OrderStatus[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(60)
  product?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(60)
  municipality?: string;
}

export class TimelineQueryDto extends PageQueryDto {}
export class MessagesQueryDto extends PageQueryDto {}

export class AttachmentQueryDto {
  @ApiProperty({ maxLength: 200, description: 'The file’s name.' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  fileName: string;
}

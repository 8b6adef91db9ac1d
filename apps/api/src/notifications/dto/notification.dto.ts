import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsOptional, ValidateNested } from 'class-validator';
import { PageQueryDto } from '../../common/pagination';
import { NotificationCategory } from '../categories';
import { EmailMessageEntity, EmailStatus } from '../entities/email-message.entity';
import { NotificationEntity } from '../entities/notification.entity';

export class NotificationDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: NotificationCategory, enumName: 'NotificationCategory' })
  category: NotificationCategory;

  @ApiProperty()
  title: string;

  @ApiProperty()
  body: string;

  /** A path inside the web app. */
  @ApiProperty({ nullable: true, type: String })
  link: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  readAt: string | null;
}

export class NotificationPageDto {
  @ApiProperty({ type: [NotificationDto] })
  items: NotificationDto[];

  @ApiProperty({ nullable: true, type: String })
  nextCursor: string | null;
}

export class ListNotificationsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'Only unread notifications.' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  unreadOnly?: boolean;
}

export class UnreadCountDto {
  @ApiProperty()
  count: number;
}

export class MarkedReadDto {
  @ApiProperty({ description: 'How many notifications were marked read.' })
  updated: number;
}

export class NotificationPreferenceDto {
  @ApiProperty({ enum: NotificationCategory, enumName: 'NotificationCategory' })
  @IsEnum(NotificationCategory)
  category: NotificationCategory;

  /** E-mail for this category (in-app notifications always arrive). */
  @ApiProperty()
  @IsBoolean()
  email: boolean;
}

export class NotificationPreferenceStateDto extends NotificationPreferenceDto {
  /** Messages about the person's own money or safety cannot be switched off. */
  @ApiProperty()
  locked: boolean;
}

export class NotificationPreferencesDto {
  @ApiProperty({ type: [NotificationPreferenceStateDto] })
  items: NotificationPreferenceStateDto[];
}

export class UpdateNotificationPreferencesDto {
  @ApiProperty({ type: [NotificationPreferenceDto] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => NotificationPreferenceDto)
  items: NotificationPreferenceDto[];
}

export class TestMessageDto {
  @ApiProperty({ format: 'uuid', description: 'The outbox event that will deliver the message.' })
  eventId: string;
}

export class EmailMessageSummaryDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  toAddress: string;

  @ApiProperty()
  subject: string;

  @ApiProperty()
  template: string;

  @ApiProperty({ enum: EmailStatus, enumName: 'EmailStatus' })
  status: EmailStatus;

  @ApiProperty()
  attempts: number;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  sentAt: string | null;
}

export class EmailMessageDto extends EmailMessageSummaryDto {
  @ApiProperty()
  locale: string;

  @ApiProperty()
  textBody: string;

  @ApiProperty()
  htmlBody: string;
}

export class EmailMessagePageDto {
  @ApiProperty({ type: [EmailMessageSummaryDto] })
  items: EmailMessageSummaryDto[];

  @ApiProperty({ nullable: true, type: String })
  nextCursor: string | null;
}

export function mapNotification(n: NotificationEntity): NotificationDto {
  return {
    id: n.id,
    category: n.category as NotificationCategory,
    title: n.title,
    body: n.body,
    link: n.link,
    createdAt: n.createdAt.toISOString(),
    readAt: n.readAt ? n.readAt.toISOString() : null,
  };
}

export function mapEmailSummary(e: EmailMessageEntity): EmailMessageSummaryDto {
  return {
    id: e.id,
    toAddress: e.toAddress,
    subject: e.subject,
    template: e.template,
    status: e.status,
    attempts: e.attempts,
    createdAt: e.createdAt.toISOString(),
    sentAt: e.sentAt ? e.sentAt.toISOString() : null,
  };
}

export function mapEmail(e: EmailMessageEntity): EmailMessageDto {
  return { ...mapEmailSummary(e), locale: e.locale, textBody: e.textBody, htmlBody: e.htmlBody };
}

import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AnyUser, CurrentUser, Roles } from '../common/access/decorators';
import type { UserPrincipal } from '../common/access/principal';
import { Role } from '../common/access/roles';
import { ApiProblems } from '../common/openapi-decorators';
import { PageQueryDto } from '../common/pagination';
import {
  EmailMessageDto,
  EmailMessagePageDto,
  ListNotificationsQueryDto,
  MarkedReadDto,
  NotificationDto,
  NotificationPageDto,
  NotificationPreferencesDto,
  TestMessageDto,
  UnreadCountDto,
  UpdateNotificationPreferencesDto,
} from './dto/notification.dto';
import { NotificationsService } from './notifications.service';

@ApiTags('notifications')
@Controller('api/v1')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get('notifications')
  @AnyUser()
  @ApiOperation({ summary: 'My notifications, unread first, newest first' })
  @ApiOkResponse({ type: NotificationPageDto })
  @ApiProblems(400)
  listNotifications(@CurrentUser() user: UserPrincipal, @Query() query: ListNotificationsQueryDto): Promise<NotificationPageDto> {
    return this.notifications.listMine(user, query);
  }

  @Get('notifications/unread-count')
  @AnyUser()
  @ApiOperation({ summary: 'How many of my notifications are unread (for the bell)' })
  @ApiOkResponse({ type: UnreadCountDto })
  async countUnreadNotifications(@CurrentUser() user: UserPrincipal): Promise<UnreadCountDto> {
    return { count: await this.notifications.unreadCount(user) };
  }

  @Post('notifications/read-all')
  @AnyUser()
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark all my notifications read' })
  @ApiOkResponse({ type: MarkedReadDto })
  async markAllNotificationsRead(@CurrentUser() user: UserPrincipal): Promise<MarkedReadDto> {
    return { updated: await this.notifications.markAllRead(user) };
  }

  @Post('notifications/:id/read')
  @AnyUser()
  @HttpCode(200)
  @ApiOperation({ summary: 'Mark one of my notifications read' })
  @ApiOkResponse({ type: NotificationDto })
  @ApiProblems(400, 404)
  markNotificationRead(@CurrentUser() user: UserPrincipal, @Param('id', ParseUUIDPipe) id: string): Promise<NotificationDto> {
    return this.notifications.markRead(user, id);
  }

  @Get('notification-preferences')
  @AnyUser()
  @ApiOperation({ summary: 'My e-mail choices per category' })
  @ApiOkResponse({ type: NotificationPreferencesDto })
  getNotificationPreferences(@CurrentUser() user: UserPrincipal): Promise<NotificationPreferencesDto> {
    return this.notifications.preferences(user);
  }

  @Put('notification-preferences')
  @AnyUser()
  @ApiOperation({ summary: 'Change my e-mail choices (money and safety cannot be switched off)' })
  @ApiOkResponse({ type: NotificationPreferencesDto })
  @ApiProblems(400, 422)
  updateNotificationPreferences(
    @CurrentUser() user: UserPrincipal,
    @Body() dto: UpdateNotificationPreferencesDto,
  ): Promise<NotificationPreferencesDto> {
    return this.notifications.updatePreferences(user, dto);
  }

  @Post('notifications/test-message')
  @Roles(Role.Admin)
  @HttpCode(202)
  @ApiOperation({ summary: 'Send myself a test message through the whole pipeline (checks e-mail set-up)' })
  @ApiAcceptedResponse({ type: TestMessageDto })
  async sendTestNotification(@CurrentUser() user: UserPrincipal): Promise<TestMessageDto> {
    return { eventId: await this.notifications.sendTestMessage(user) };
  }

  @Get('email-messages')
  @Roles(Role.Admin)
  @ApiOperation({ summary: 'Outgoing e-mail log, newest first (delivery check; the demo mail catcher)' })
  @ApiOkResponse({ type: EmailMessagePageDto })
  @ApiProblems(400)
  listEmailMessages(@Query() query: PageQueryDto): Promise<EmailMessagePageDto> {
    return this.notifications.listEmails(query);
  }

  @Get('email-messages/:id')
  @Roles(Role.Admin)
  @ApiOperation({ summary: 'One outgoing e-mail with its text and HTML' })
  @ApiOkResponse({ type: EmailMessageDto })
  @ApiProblems(400, 404)
  getEmailMessage(@Param('id', ParseUUIDPipe) id: string): Promise<EmailMessageDto> {
    return this.notifications.getEmail(id);
  }
}

import { Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import {
  markReadRequest,
  notificationList,
  notificationListQuery,
  notificationSettings,
  taskList,
  tokenParams,
  unsubscribeRequest,
  updateNotificationSettingsRequest,
  type MarkReadRequest,
  type NotificationListQuery,
  type UpdateNotificationSettingsRequest,
} from '@belong/contracts';
import { CurrentUser, type AuthUser } from '../../infra/auth/auth-user';
import { Public } from '../../infra/auth/public.decorator';
import { Doc } from '../../infra/http/route-doc';
import { ValidBody, ValidParams, ValidQuery } from '../../infra/http/validation';
import { NotificationsService } from './notifications.service';
import { TasksService } from './tasks.service';

@Controller()
export class NotificationsController {
  constructor(
    private readonly notifications: NotificationsService,
    private readonly tasks: TasksService,
  ) {}

  @Get('notifications')
  @Doc({ summary: 'Your notifications, newest first, in your language, with how many are unread', response: notificationList })
  list(@CurrentUser() caller: AuthUser, @ValidQuery(notificationListQuery) query: NotificationListQuery) {
    return this.notifications.list(caller, query);
  }

  @Post('notifications/read')
  @HttpCode(204)
  @Doc({ summary: 'Mark notifications read: some (`ids`) or all' })
  markRead(@CurrentUser() caller: AuthUser, @ValidBody(markReadRequest) body: MarkReadRequest): Promise<void> {
    return this.notifications.markRead(caller, body);
  }

  @Get('me/notification-settings')
  @Doc({
    summary: 'How you get email of each kind (at once, daily digest, not at all), and your time zone',
    response: notificationSettings,
  })
  settings(@CurrentUser() caller: AuthUser) {
    return this.notifications.settings(caller.userId);
  }

  @Put('me/notification-settings')
  @Doc({ summary: 'Change how you get email; categories left out stay as they are', response: notificationSettings })
  updateSettings(@CurrentUser() caller: AuthUser, @ValidBody(updateNotificationSettingsRequest) body: UpdateNotificationSettingsRequest) {
    return this.notifications.updateSettings(caller, body);
  }

  @Get('me/tasks')
  @Doc({ summary: 'What waits on you: sections to decide on, proposals to review, recommendations to answer', response: taskList })
  myTasks(@CurrentUser() caller: AuthUser) {
    return this.tasks.of(caller);
  }

  @Post('unsubscribe/:token')
  @Public()
  @HttpCode(204)
  @Doc({
    summary: "One-click unsubscribe from an email's link (RFC 8058); no sign-in: the link is the key",
    errors: ['LINK_GONE'],
  })
  unsubscribe(@ValidParams(tokenParams) params: { token: string }, @ValidBody(unsubscribeRequest) _body: unknown): Promise<void> {
    return this.notifications.unsubscribe(params.token);
  }
}

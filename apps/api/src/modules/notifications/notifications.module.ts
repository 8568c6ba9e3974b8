import { Module } from '@nestjs/common';
import { ApprovalsModule } from '../approvals/approvals.module';
import { AuditModule } from '../audit/audit.module';
import { CommentsModule } from '../comments/comments.module';
import { MailModule } from '../mail/mail.module';
import { MembersModule } from '../members/members.module';
import { ProposalsModule } from '../proposals/proposals.module';
import { RecommendationsModule } from '../recommendations/recommendations.module';
import { RegionsModule } from '../regions/regions.module';
import { SectionsModule } from '../sections/sections.module';
import { StrategiesModule } from '../strategies/strategies.module';
import { UsersModule } from '../users/users.module';
import { NotificationMail } from './notification-mail';
import { NotificationTriggers } from './notification-triggers';
import { NotificationsController } from './notifications.controller';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsService } from './notifications.service';
import { TasksService } from './tasks.service';

/**
 * What waits for each person: `notifications`, `notification_deliveries`, `notification_settings`,
 * `unsubscribe_links`, `digest_runs`; and their tasks. Above every module whose writes it follows.
 */
@Module({
  imports: [
    AuditModule,
    MailModule,
    MembersModule,
    RegionsModule,
    UsersModule,
    StrategiesModule,
    SectionsModule,
    ApprovalsModule,
    ProposalsModule,
    CommentsModule,
    RecommendationsModule,
  ],
  controllers: [NotificationsController],
  providers: [NotificationsRepository, NotificationsService, NotificationTriggers, NotificationMail, TasksService],
})
export class NotificationsModule {}

import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { APP_CONFIG, type AppConfig } from './infra/config/config';
import { DatabaseModule } from './infra/database/database.module';
import { JobsModule } from './infra/jobs/jobs.module';
import { ProblemFilter } from './infra/http/problem.filter';
import { IdempotencyModule } from './infra/http/idempotency/idempotency.module';
import { ApprovalsModule } from './modules/approvals/approvals.module';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { CommentsModule } from './modules/comments/comments.module';
import { DocsModule } from './modules/docs/docs.module';
import { ExportsModule } from './modules/exports/exports.module';
import { HealthController } from './modules/health/health.controller';
import { InvitationsModule } from './modules/invitations/invitations.module';
import { LiveModule } from './modules/live/live.module';
import { MailModule } from './modules/mail/mail.module';
import { MembersModule } from './modules/members/members.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { OrganisationsModule } from './modules/organisations/organisations.module';
import { ProposalsModule } from './modules/proposals/proposals.module';
import { RecommendationsModule } from './modules/recommendations/recommendations.module';
import { RegionsModule } from './modules/regions/regions.module';
import { SectionsModule } from './modules/sections/sections.module';
import { StrategiesModule } from './modules/strategies/strategies.module';
import { TranslationsModule } from './modules/translations/translations.module';
import { UsersModule } from './modules/users/users.module';
import { VersionsModule } from './modules/versions/versions.module';
import { WorkspaceModule } from './modules/workspace/workspace.module';

@Module({})
export class AppModule {
  /** `databaseUrl` is resolved before: an external server, or the embedded one main.ts started. */
  static register(config: AppConfig & { databaseUrl: string }): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        DatabaseModule.register(config.databaseUrl, config.logSql),
        IdempotencyModule,
        JobsModule,
        AuditModule,
        AuthModule,
        UsersModule,
        RegionsModule,
        OrganisationsModule,
        MembersModule,
        MailModule,
        InvitationsModule,
        StrategiesModule,
        SectionsModule,
        CommentsModule,
        ApprovalsModule,
        ProposalsModule,
        RecommendationsModule,
        VersionsModule,
        TranslationsModule,
        WorkspaceModule,
        NotificationsModule,
        LiveModule,
        ExportsModule,
        DocsModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_FILTER, useClass: ProblemFilter },
      ],
      exports: [APP_CONFIG],
    };
  }
}

import { Module } from '@nestjs/common';
import { AnswerCache } from '../../infra/http/answer-cache';
import { ApprovalsModule } from '../approvals/approvals.module';
import { AuditModule } from '../audit/audit.module';
import { CommentsModule } from '../comments/comments.module';
import { RecommendationsModule } from '../recommendations/recommendations.module';
import { SectionsModule } from '../sections/sections.module';
import { StrategiesModule } from '../strategies/strategies.module';
import { TranslationsModule } from '../translations/translations.module';
import { VersionsModule } from '../versions/versions.module';
import { SectionDetailController } from './section-detail.controller';
import { SectionViews } from './section-views';
import { StrategyDetailController } from './strategy-detail.controller';
import { StrategyViews } from './strategy-views';
import { WorkflowService } from './workflow.service';

/**
 * Where a region works on a strategy: the strategy and section pages, which bring together the text, its
 * sign-off, its discussion and what the caller may do, and the moves that check the whole strategy. It owns no
 * table; it sits above the modules that do.
 */
@Module({
  imports: [
    StrategiesModule,
    SectionsModule,
    ApprovalsModule,
    CommentsModule,
    RecommendationsModule,
    VersionsModule,
    TranslationsModule,
    AuditModule,
  ],
  controllers: [StrategyDetailController, SectionDetailController],
  providers: [SectionViews, StrategyViews, WorkflowService, AnswerCache],
})
export class WorkspaceModule {}

import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApprovalsModule } from '../approvals/approvals.module';
import { CommentsModule } from '../comments/comments.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { ProposalsModule } from '../proposals/proposals.module';
import { RecommendationsModule } from '../recommendations/recommendations.module';
import { RegionsModule } from '../regions/regions.module';
import { SectionsModule } from '../sections/sections.module';
import { StrategiesModule } from '../strategies/strategies.module';
import { StrategyDocumentBuilder } from './strategy-document.builder';
import { StrategyVersionEntity } from './strategy-version.entity';
import { VersionsController } from './versions.controller';
import { VersionsRepository } from './versions.repository';
import { VersionsService } from './versions.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([StrategyVersionEntity]),
    RegionsModule,
    StrategiesModule,
    SectionsModule,
    ApprovalsModule,
    CommentsModule,
    ProposalsModule,
    RecommendationsModule,
    OrganisationsModule,
  ],
  controllers: [VersionsController],
  providers: [VersionsRepository, StrategyDocumentBuilder, VersionsService],
  exports: [VersionsService, StrategyDocumentBuilder],
})
export class VersionsModule {}

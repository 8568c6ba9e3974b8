import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { CommentsModule } from '../comments/comments.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { ProposalsModule } from '../proposals/proposals.module';
import { SectionsModule } from '../sections/sections.module';
import { StrategiesModule } from '../strategies/strategies.module';
import { UsersModule } from '../users/users.module';
import { RecommendationViews } from './recommendation-views';
import { RecommendationResponseEntity } from './recommendation-response.entity';
import { RecommendationSourceEntity } from './recommendation-source.entity';
import { RecommendationEntity } from './recommendation.entity';
import { RecommendationsController } from './recommendations.controller';
import { RecommendationsRepository } from './recommendations.repository';
import { RecommendationsService } from './recommendations.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([RecommendationEntity, RecommendationSourceEntity, RecommendationResponseEntity]),
    StrategiesModule,
    SectionsModule,
    ProposalsModule,
    CommentsModule,
    OrganisationsModule,
    UsersModule,
    AuditModule,
  ],
  controllers: [RecommendationsController],
  providers: [RecommendationsRepository, RecommendationViews, RecommendationsService],
  exports: [RecommendationsService],
})
export class RecommendationsModule {}

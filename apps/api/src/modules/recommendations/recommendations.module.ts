import { Module } from '@nestjs/common';
import { RegionsModule } from '../regions/regions.module';
import { SectionsModule } from '../sections/sections.module';
import { RecommendationViews } from './recommendation-views.service';
import { RecommendationsController } from './recommendations.controller';
import { RecommendationsService } from './recommendations.service';

@Module({
  imports: [RegionsModule, SectionsModule],
  controllers: [RecommendationsController],
  providers: [RecommendationsService, RecommendationViews],
  exports: [RecommendationViews],
})
export class RecommendationsModule {}

import { Module } from '@nestjs/common';
import { RecommendationsModule } from '../recommendations/recommendations.module';
import { RegionsModule } from '../regions/regions.module';
import { SectionsModule } from '../sections/sections.module';
import { StrategiesController } from './strategies.controller';
import { StrategiesService } from './strategies.service';
import { StrategyDocumentBuilder } from './strategy-document.builder';
import { StrategyVersions } from './strategy-versions.service';

@Module({
  imports: [RegionsModule, SectionsModule, RecommendationsModule],
  controllers: [StrategiesController],
  providers: [StrategiesService, StrategyVersions, StrategyDocumentBuilder],
  exports: [StrategyVersions, StrategyDocumentBuilder],
})
export class StrategiesModule {}

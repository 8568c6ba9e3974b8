import { Module } from '@nestjs/common';
import { StrategyAccess } from '../strategies/strategy-access.service';
import { SectionViews } from './section-views.service';
import { SectionsController } from './sections.controller';
import { SectionsService } from './sections.service';

@Module({
  controllers: [SectionsController],
  providers: [SectionsService, SectionViews, StrategyAccess],
  exports: [SectionsService, SectionViews, StrategyAccess],
})
export class SectionsModule {}

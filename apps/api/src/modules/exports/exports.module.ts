import { Module } from '@nestjs/common';
import { RecommendationsModule } from '../recommendations/recommendations.module';
import { StrategiesModule } from '../strategies/strategies.module';
import { TranslationsModule } from '../translations/translations.module';
import { VersionsModule } from '../versions/versions.module';
import { ExportSlots } from './export-slots';
import { ExportsController } from './exports.controller';
import { ExportsService } from './exports.service';

@Module({
  imports: [StrategiesModule, VersionsModule, RecommendationsModule, TranslationsModule],
  controllers: [ExportsController],
  providers: [ExportsService, ExportSlots],
})
export class ExportsModule {}

import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RecommendationsModule } from '../recommendations/recommendations.module';
import { StrategiesModule } from '../strategies/strategies.module';
import { TranslationsModule } from '../translations/translations.module';
import { VersionsModule } from '../versions/versions.module';
import { ExportSlots } from './export-slots';
import { ExportsController } from './exports.controller';
import { ExportsService } from './exports.service';
import { RenderPool } from './render-pool';
import { RenderedDocumentEntity } from './rendered-document.entity';
import { RenderedDocumentsRepository } from './rendered-documents.repository';

@Module({
  imports: [
    TypeOrmModule.forFeature([RenderedDocumentEntity]),
    StrategiesModule,
    VersionsModule,
    RecommendationsModule,
    TranslationsModule,
  ],
  controllers: [ExportsController],
  providers: [ExportsService, ExportSlots, RenderPool, RenderedDocumentsRepository],
})
export class ExportsModule {}

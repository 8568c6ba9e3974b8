import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { SectionsModule } from '../sections/sections.module';
import { SectionTranslationEntity } from './section-translation.entity';
import { TranslationsController } from './translations.controller';
import { TranslationsRepository } from './translations.repository';
import { TranslationsService } from './translations.service';

/** Sections in other languages: `section_translations`. Above sections; the strategy page (workspace) shows them. */
@Module({
  imports: [TypeOrmModule.forFeature([SectionTranslationEntity]), SectionsModule, AuditModule],
  controllers: [TranslationsController],
  providers: [TranslationsRepository, TranslationsService],
  exports: [TranslationsService],
})
export class TranslationsModule {}

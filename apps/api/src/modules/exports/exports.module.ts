import { Module } from '@nestjs/common';
import { SectionsModule } from '../sections/sections.module';
import { StrategiesModule } from '../strategies/strategies.module';
import { ExportSlots } from './export-slots';
import { ExportsController } from './exports.controller';
import { ExportsService } from './exports.service';

@Module({ imports: [SectionsModule, StrategiesModule], controllers: [ExportsController], providers: [ExportsService, ExportSlots] })
export class ExportsModule {}

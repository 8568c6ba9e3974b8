import { Module } from '@nestjs/common';
import { SectionsModule } from '../sections/sections.module';
import { StrategiesModule } from '../strategies/strategies.module';
import { ExportsController } from './exports.controller';
import { ExportsService } from './exports.service';

@Module({ imports: [SectionsModule, StrategiesModule], controllers: [ExportsController], providers: [ExportsService] })
export class ExportsModule {}

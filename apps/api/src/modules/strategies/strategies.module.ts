import { Module } from '@nestjs/common';
import { RegionsModule } from '../regions/regions.module';
import { SectionsModule } from '../sections/sections.module';
import { StrategiesController } from './strategies.controller';
import { StrategiesService } from './strategies.service';

@Module({ imports: [RegionsModule, SectionsModule], controllers: [StrategiesController], providers: [StrategiesService] })
export class StrategiesModule {}

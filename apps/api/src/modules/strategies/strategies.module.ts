import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { RegionsModule } from '../regions/regions.module';
import { StrategiesController } from './strategies.controller';
import { StrategiesRepository } from './strategies.repository';
import { StrategiesService } from './strategies.service';
import { StrategyStampsRepository } from './strategy-stamps.repository';
import { StrategyEntity } from './strategy.entity';

@Module({
  imports: [TypeOrmModule.forFeature([StrategyEntity]), RegionsModule, OrganisationsModule, AuditModule],
  controllers: [StrategiesController],
  providers: [StrategiesRepository, StrategyStampsRepository, StrategiesService],
  exports: [StrategiesService],
})
export class StrategiesModule {}

import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { StrategiesModule } from '../strategies/strategies.module';
import { UsersModule } from '../users/users.module';
import { SectionRevisionEntity } from './section-revision.entity';
import { SectionEntity } from './section.entity';
import { SectionsController } from './sections.controller';
import { SectionsRepository } from './sections.repository';
import { SectionsService } from './sections.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([SectionEntity, SectionRevisionEntity]),
    StrategiesModule,
    UsersModule,
    OrganisationsModule,
    AuditModule,
  ],
  controllers: [SectionsController],
  providers: [SectionsRepository, SectionsService],
  exports: [SectionsService],
})
export class SectionsModule {}

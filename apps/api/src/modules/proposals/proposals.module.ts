import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ApprovalsModule } from '../approvals/approvals.module';
import { AuditModule } from '../audit/audit.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { RegionsModule } from '../regions/regions.module';
import { SectionsModule } from '../sections/sections.module';
import { StrategiesModule } from '../strategies/strategies.module';
import { UsersModule } from '../users/users.module';
import { EndorsementEntity } from './endorsement.entity';
import { ProposalViews } from './proposal-views';
import { ProposalEntity } from './proposal.entity';
import { ProposalsController } from './proposals.controller';
import { ProposalsRepository } from './proposals.repository';
import { ProposalsService } from './proposals.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([ProposalEntity, EndorsementEntity]),
    RegionsModule,
    StrategiesModule,
    SectionsModule,
    ApprovalsModule,
    UsersModule,
    OrganisationsModule,
    AuditModule,
  ],
  controllers: [ProposalsController],
  providers: [ProposalsRepository, ProposalViews, ProposalsService],
  exports: [ProposalsService],
})
export class ProposalsModule {}

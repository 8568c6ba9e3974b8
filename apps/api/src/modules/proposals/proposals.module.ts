import { Module } from '@nestjs/common';
import { RegionsModule } from '../regions/regions.module';
import { SectionsModule } from '../sections/sections.module';
import { ProposalViews } from './proposal-views.service';
import { ProposalsController } from './proposals.controller';
import { ProposalsService } from './proposals.service';

@Module({ imports: [RegionsModule, SectionsModule], controllers: [ProposalsController], providers: [ProposalsService, ProposalViews] })
export class ProposalsModule {}

import { Module } from '@nestjs/common';
import { SectionsModule } from '../sections/sections.module';
import { ApprovalsController } from './approvals.controller';
import { ApprovalsService } from './approvals.service';

@Module({ imports: [SectionsModule], controllers: [ApprovalsController], providers: [ApprovalsService] })
export class ApprovalsModule {}

import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { CommentsModule } from '../comments/comments.module';
import { ProposalsModule } from '../proposals/proposals.module';
import { RecommendationsModule } from '../recommendations/recommendations.module';
import { SectionsModule } from '../sections/sections.module';
import { StrategiesModule } from '../strategies/strategies.module';
import { EventsController } from './events.controller';
import { LiveEventsRepository } from './live-events.repository';
import { LiveEventsService } from './live-events.service';
import { LiveHub } from './live-hub';

/** Live updates: `live_events`, NOTIFY/LISTEN between instances, and the event stream to browsers. */
@Module({
  imports: [AuditModule, StrategiesModule, SectionsModule, CommentsModule, ProposalsModule, RecommendationsModule],
  controllers: [EventsController],
  providers: [LiveEventsRepository, LiveEventsService, LiveHub],
})
export class LiveModule {}

import type { INestApplication } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ApprovalsService } from '../modules/approvals/approvals.service';
import { ProposalEntity } from '../modules/proposals/proposal.entity';
import { ProposalsService } from '../modules/proposals/proposals.service';
import { RecommendationsService } from '../modules/recommendations/recommendations.service';
import { RegionEntity } from '../modules/regions/region.entity';
import { SectionEntity } from '../modules/sections/section.entity';
import { SectionsService } from '../modules/sections/sections.service';
import { StrategiesService } from '../modules/strategies/strategies.service';
import { StrategyEntity } from '../modules/strategies/strategy.entity';
import { demoCaller } from './demo-person';
import { demoPastStrategy, demoProposals } from './demo-proposals';
import { demoStrategy } from './demo-strategy';

/** Proposals in every state on the current Leipzig strategy; skipped once the region has proposals. */
export async function loadDemoProposals(app: INestApplication): Promise<void> {
  const db = app.get<DataSource>(getDataSourceToken());
  const region = await db.getRepository(RegionEntity).findOneByOrFail({ code: demoStrategy.region });
  if (await db.getRepository(ProposalEntity).exists({ where: { regionId: region.id } })) return;
  const strategy = await db.getRepository(StrategyEntity).findOneByOrFail({ regionId: region.id, title: demoStrategy.title });
  const sections = await db.getRepository(SectionEntity).find({ where: { strategyId: strategy.id }, order: { position: 'ASC' } });
  const as = demoCaller(db);
  const proposals = app.get(ProposalsService);
  const coordinator = await as('coordinator@demo.belong.eu');
  for (const demo of demoProposals) {
    const { id } = await proposals.create(await as(demo.by), region.id, {
      title: demo.title,
      problem: demo.problem,
      proposal: demo.proposal,
      sectionId: sections[demo.section]!.id,
      suggestedText: demo.suggestedText,
    });
    for (const email of demo.endorsedBy) await proposals.endorse(await as(email), id);
    for (const move of demo.moves) await proposals.transition(move.to === 'withdrawn' ? await as(demo.by) : coordinator, id, move);
  }
}

/** An earlier strategy, submitted, answered by the authority and adopted: what other regions read. */
export async function loadDemoPastStrategy(app: INestApplication): Promise<void> {
  const db = app.get<DataSource>(getDataSourceToken());
  const region = await db.getRepository(RegionEntity).findOneByOrFail({ code: demoStrategy.region });
  if (await db.getRepository(StrategyEntity).exists({ where: { regionId: region.id, title: demoPastStrategy.title } })) return;
  const as = demoCaller(db);
  const coordinator = await as('coordinator@demo.belong.eu');
  const strategies = app.get(StrategiesService);
  const strategy = await strategies.create(coordinator, region.id, { title: demoPastStrategy.title, language: 'de' });
  const sectionIds: string[] = [];
  for (const section of demoPastStrategy.sections)
    sectionIds.push((await app.get(SectionsService).create(coordinator, strategy.id, section)).id);
  await strategies.transition(coordinator, strategy.id, 'consultation');
  for (const sectionId of sectionIds) {
    for (const email of ['ngo@demo.belong.eu', 'business@demo.belong.eu', 'migrants@demo.belong.eu']) {
      await app.get(ApprovalsService).decide(await as(email), sectionId, { decision: 'approve' });
    }
  }
  const { by, answer, ...text } = demoPastStrategy.proposal;
  const proposals = app.get(ProposalsService);
  const proposal = await proposals.create(await as(by), region.id, { ...text, strategyId: strategy.id });
  await proposals.transition(coordinator, proposal.id, { to: 'under_review' });
  await proposals.transition(coordinator, proposal.id, { to: 'accepted', answer });
  const recommendations = app.get(RecommendationsService);
  const recommendation = await recommendations.create(coordinator, strategy.id, {
    ...demoPastStrategy.recommendation,
    proposalIds: [proposal.id],
  });
  await strategies.transition(coordinator, strategy.id, 'consolidation');
  await strategies.transition(coordinator, strategy.id, 'submitted');
  const official = await as('official@demo.belong.eu');
  await recommendations.respond(official, recommendation.id, demoPastStrategy.response);
  await strategies.transition(official, strategy.id, 'adopted');
}

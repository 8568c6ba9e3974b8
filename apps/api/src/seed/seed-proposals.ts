import type { INestApplication } from '@nestjs/common';
import { ApprovalsService } from '../modules/approvals/approvals.service';
import { ProposalsService } from '../modules/proposals/proposals.service';
import { RecommendationsService } from '../modules/recommendations/recommendations.service';
import { RegionsService } from '../modules/regions/regions.service';
import { SectionsService } from '../modules/sections/sections.service';
import { StrategiesService } from '../modules/strategies/strategies.service';
import { WorkflowService } from '../modules/workspace/workflow.service';
import { demoCaller } from './demo-person';
import { demoPastStrategy, demoProposals } from './demo-proposals';
import { demoStrategy } from './demo-strategy';

/** Proposals in every state on the current Leipzig strategy; skipped once the region has proposals. */
export async function loadDemoProposals(app: INestApplication): Promise<void> {
  const region = { id: await app.get(RegionsService).idOf(demoStrategy.region) };
  const proposals = app.get(ProposalsService);
  if (await proposals.existsInRegion(region.id)) return;
  const strategy = await app.get(StrategiesService).findByTitle(region.id, demoStrategy.title);
  if (!strategy) throw new Error('The demo proposals need the demo strategy');
  const sections = await app.get(SectionsService).ofStrategy(strategy.id);
  const as = demoCaller(app);
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
  const region = { id: await app.get(RegionsService).idOf(demoStrategy.region) };
  const strategies = app.get(StrategiesService);
  if (await strategies.findByTitle(region.id, demoPastStrategy.title)) return;
  const as = demoCaller(app);
  const coordinator = await as('coordinator@demo.belong.eu');
  const workflow = app.get(WorkflowService);
  const strategy = await strategies.create(coordinator, region.id, { title: demoPastStrategy.title, language: 'de' });
  const sectionIds: string[] = [];
  for (const section of demoPastStrategy.sections)
    sectionIds.push((await app.get(SectionsService).create(coordinator, strategy.id, section)).section.id);
  await workflow.transition(coordinator, strategy.id, 'consultation');
  for (const sectionId of sectionIds) {
    for (const email of ['ngo@demo.belong.eu', 'business@demo.belong.eu', 'migrants@demo.belong.eu']) {
      await app.get(ApprovalsService).decide(await as(email), sectionId, 1, { decision: 'approve' });
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
  await workflow.transition(coordinator, strategy.id, 'consolidation');
  await workflow.transition(coordinator, strategy.id, 'submitted');
  const official = await as('official@demo.belong.eu');
  await recommendations.respond(official, recommendation.id, demoPastStrategy.response);
  await workflow.transition(official, strategy.id, 'adopted');
}

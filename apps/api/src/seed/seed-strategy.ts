import type { INestApplication } from '@nestjs/common';
import { ApprovalsService } from '../modules/approvals/approvals.service';
import { CommentsService } from '../modules/comments/comments.service';
import { RegionsService } from '../modules/regions/regions.service';
import { SectionsService } from '../modules/sections/sections.service';
import { StrategiesService } from '../modules/strategies/strategies.service';
import { WorkflowService } from '../modules/workspace/workflow.service';
import { demoCaller } from './demo-person';
import { demoStrategy } from './demo-strategy';

/** The Leipzig strategy in consultation, with comments and approvals. */
export async function loadDemoStrategy(app: INestApplication): Promise<void> {
  const regionId = await app.get(RegionsService).idOf(demoStrategy.region);
  const strategies = app.get(StrategiesService);
  if (await strategies.findByTitle(regionId, demoStrategy.title)) return;

  const as = demoCaller(app);
  const coordinator = await as('coordinator@demo.belong.eu');
  const sections = app.get(SectionsService);

  const strategy = await strategies.create(coordinator, regionId, { title: demoStrategy.title, language: demoStrategy.language });
  const sectionIds: string[] = [];
  for (const section of demoStrategy.sections) sectionIds.push((await sections.create(coordinator, strategy.id, section)).section.id);
  await app.get(WorkflowService).transition(coordinator, strategy.id, 'consultation');

  for (const c of demoStrategy.comments) {
    await app.get(CommentsService).create(await as(c.by), sectionIds[c.section]!, { body: c.body, anchor: { exact: c.quote } });
  }
  for (const a of demoStrategy.approvals) {
    await app.get(ApprovalsService).decide(await as(a.by), sectionIds[a.section]!, 1, { decision: a.decision, note: a.note });
  }
}

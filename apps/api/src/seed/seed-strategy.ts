import type { INestApplication } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ApprovalsService } from '../modules/approvals/approvals.service';
import { CommentsService } from '../modules/comments/comments.service';
import { RegionEntity } from '../modules/regions/region.entity';
import { SectionsService } from '../modules/sections/sections.service';
import { StrategiesService } from '../modules/strategies/strategies.service';
import { StrategyEntity } from '../modules/strategies/strategy.entity';
import { demoCaller } from './demo-person';
import { demoStrategy } from './demo-strategy';

/** The Leipzig strategy in consultation, with comments and approvals. */
export async function loadDemoStrategy(app: INestApplication): Promise<void> {
  const db = app.get<DataSource>(getDataSourceToken());
  const region = await db.getRepository(RegionEntity).findOneByOrFail({ code: demoStrategy.region });
  if (await db.getRepository(StrategyEntity).exists({ where: { regionId: region.id, title: demoStrategy.title } })) return;

  const as = demoCaller(db);
  const coordinator = await as('coordinator@demo.belong.eu');
  const strategies = app.get(StrategiesService);
  const sections = app.get(SectionsService);

  const strategy = await strategies.create(coordinator, region.id, { title: demoStrategy.title, language: demoStrategy.language });
  const sectionIds: string[] = [];
  for (const section of demoStrategy.sections) sectionIds.push((await sections.create(coordinator, strategy.id, section)).id);
  await strategies.transition(coordinator, strategy.id, 'consultation');

  for (const c of demoStrategy.comments) {
    await app.get(CommentsService).create(await as(c.by), sectionIds[c.section]!, { body: c.body, anchor: { exact: c.quote } });
  }
  for (const a of demoStrategy.approvals) {
    await app.get(ApprovalsService).decide(await as(a.by), sectionIds[a.section]!, { decision: a.decision, note: a.note });
  }
}

import type { StrategyStatus } from '@belong/contracts';
import type { Actor } from './fixtures';
import { send } from './http';
import type { TestApp } from './test-app';

export interface DraftedStrategy {
  id: string;
  sectionIds: string[];
}

/** A strategy drafted by `coordinator` with the given section texts, moved on to `status` along the workflow. */
export async function draftStrategy(
  t: TestApp,
  regionId: string,
  coordinator: Actor,
  bodies: string[],
  status: StrategyStatus = 'draft',
): Promise<DraftedStrategy> {
  const created = await send(t, 'post', `/api/regions/${regionId}/strategies`, coordinator, {
    title: 'Integrationsstrategie 2027',
    language: 'de',
  }).expect(201);
  const id = created.body.id as string;
  const sectionIds: string[] = [];
  for (const [i, body] of bodies.entries()) {
    const section = await send(t, 'post', `/api/strategies/${id}/sections`, coordinator, {
      heading: `Abschnitt ${i + 1}`,
      body,
      theme: 'employment',
    }).expect(201);
    sectionIds.push(section.body.id as string);
  }
  const path: StrategyStatus[] = ['consultation', 'consolidation', 'submitted'];
  for (const next of path.slice(0, path.indexOf(status) + 1)) {
    await send(t, 'post', `/api/strategies/${id}/transitions`, coordinator, { to: next }).expect(200);
  }
  return { id, sectionIds };
}

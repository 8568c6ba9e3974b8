import type { StrategyStatus } from '@belong/contracts';
import { decide } from './can';
import type { ActionOn } from './resources';
import { cell, cells, people, regionA } from './policy.spec-helpers';

const columns = ['admin', 'coordinator', 'signatory', 'official', 'observer', 'outsider'] as const;
type Stage = `${StrategyStatus}/${'draft' | 'submitted'}`;
const recommendation = (stage: Stage) => {
  const [status, own] = stage.split('/') as [StrategyStatus, 'draft' | 'submitted'];
  return { type: 'recommendation' as const, strategy: { id: 's', regionId: regionA, status }, status: own };
};

// The stages a recommendation lives through: drafted with its strategy, submitted with it, answered, or back to draft.
const table: Record<Exclude<ActionOn<'recommendation'>, 'read'>, Partial<Record<Stage, string>>> = {
  //                               admin coord sign offic obser outsider
  edit: {
    'consultation/draft': /*    */ 'A     A     F    F     F     H',
    'consolidation/draft': /*   */ 'A     A     F    F     F     H',
    'submitted/submitted': /*   */ 'S     S     F    F     F     F',
    'returned/submitted': /*    */ 'S     S     F    F     F     H',
    'adopted/submitted': /*     */ 'S     S     F    F     F     F',
  },
  delete: {
    'consultation/draft': /*    */ 'A     A     F    F     F     H',
    'consolidation/draft': /*   */ 'A     A     F    F     F     H',
    'submitted/submitted': /*   */ 'S     S     F    F     F     F',
    'returned/submitted': /*    */ 'S     S     F    F     F     H',
    'adopted/submitted': /*     */ 'S     S     F    F     F     F',
  },
  answer: {
    'consultation/draft': /*    */ 'S     F     F    S     F     H',
    'consolidation/draft': /*   */ 'S     F     F    S     F     H',
    'submitted/submitted': /*   */ 'A     F     F    A     F     F',
    'returned/submitted': /*    */ 'S     F     F    S     F     H',
    'adopted/submitted': /*     */ 'S     F     F    S     F     F',
  },
};

describe('the policy on recommendations', () => {
  const rows = Object.entries(table).flatMap(([action, byStage]) =>
    Object.entries(byStage).map(([stage, row]) => [action as ActionOn<'recommendation'>, stage as Stage, row] as const),
  );

  it.each(rows)('%s at %s', (action, stage, row) => {
    const got = columns.map((who) => cell(decide(people[who], action, recommendation(stage))));
    expect(got.join(' ')).toBe(cells(row).join(' '));
  });
});

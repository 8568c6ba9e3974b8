import { strategyStatuses, type StrategyStatus } from '@belong/contracts';
import { decide } from './can';
import type { ActionOn, CommentResource } from './resources';
import { cell, cells, people, regionA } from './policy.spec-helpers';

const columns = ['admin', 'coordinator', 'stakeholder', 'signatory', 'observer', 'outsider'] as const;
// The comment is `stakeholder`'s.
const comment = (status: StrategyStatus, extra: Partial<CommentResource> = {}): CommentResource => ({
  type: 'comment',
  strategy: { id: 's', regionId: regionA, status },
  authorId: 'stakeholder',
  replies: 0,
  isSource: false,
  ...extra,
});

const table: Record<Exclude<ActionOn<'comment'>, 'read'>, Record<StrategyStatus, string>> = {
  //                    admin coord author sign obser outsider
  edit: {
    draft: /*        */ 'F     F     H      H    H     H',
    consultation: /* */ 'F     F     A      F    F     H',
    consolidation: /**/ 'F     F     A      F    F     H',
    submitted: /*    */ 'F     F     S      F    F     F',
    returned: /*     */ 'F     F     S      F    F     H',
    adopted: /*      */ 'F     F     S      F    F     F',
  },
  delete: {
    draft: /*        */ 'F     F     H      H    H     H',
    consultation: /* */ 'F     F     A      F    F     H',
    consolidation: /**/ 'F     F     A      F    F     H',
    submitted: /*    */ 'F     F     S      F    F     F',
    returned: /*     */ 'F     F     S      F    F     H',
    adopted: /*      */ 'F     F     S      F    F     F',
  },
  resolve: {
    draft: /*        */ 'A     A     H      H    H     H',
    consultation: /* */ 'A     A     A      F    F     H',
    consolidation: /**/ 'A     A     A      F    F     H',
    submitted: /*    */ 'S     S     S      F    F     F',
    returned: /*     */ 'A     A     A      F    F     H',
    adopted: /*      */ 'S     S     S      F    F     F',
  },
};

describe('the policy on comments', () => {
  const rows = Object.entries(table).flatMap(([action, byStatus]) =>
    Object.entries(byStatus).map(([status, row]) => [action as ActionOn<'comment'>, status as StrategyStatus, row] as const),
  );

  it('has a row for every action in every status', () => {
    expect(rows).toHaveLength(Object.keys(table).length * strategyStatuses.length);
  });

  it.each(rows)('%s while the strategy is %s', (action, status, row) => {
    const got = columns.map((who) => cell(decide(people[who], action, comment(status))));
    expect(got.join(' ')).toBe(cells(row).join(' '));
  });

  it('keeps a comment that replies or a recommendation rest on, but lets its author edit it', () => {
    for (const extra of [{ replies: 1 }, { isSource: true }]) {
      expect(decide(people.stakeholder, 'delete', comment('consultation', extra))).toEqual(
        expect.objectContaining({ code: 'COMMENT_IN_USE' }),
      );
      expect(cell(decide(people.stakeholder, 'edit', comment('consultation', extra)))).toBe('A');
    }
  });
});

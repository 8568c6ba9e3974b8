import { strategyStatuses, type StrategyStatus } from '@belong/contracts';
import { actionsOpen, decide } from './can';
import type { ActionOn } from './resources';
import { decideMove, movesOpenTo } from './strategy-rules';
import { cell, cells, people, regionA } from './policy.spec-helpers';

const strategy = (status: StrategyStatus) => ({ type: 'strategy' as const, id: 's', regionId: regionA, status });
const columns = ['admin', 'coordinator', 'stakeholder', 'signatory', 'official', 'observer', 'outsider'] as const;

/**
 * Who may do what on a strategy, by its status. A = allowed, H = hidden (404: they may not know it exists),
 * F = forbidden (403: their role), S = refused in this state (409).
 */
const table: Record<ActionOn<'strategy'>, Record<StrategyStatus, string>> = {
  //                    admin coord stake sign offic obser outsider
  read: {
    draft: /*        */ 'A     A     H     H     H     H     H',
    consultation: /* */ 'A     A     A     A     A     A     H',
    consolidation: /**/ 'A     A     A     A     A     A     H',
    submitted: /*    */ 'A     A     A     A     A     A     A',
    returned: /*     */ 'A     A     A     A     A     A     H',
    adopted: /*      */ 'A     A     A     A     A     A     A',
  },
  edit: {
    draft: /*        */ 'A     A     H     H     H     H     H',
    consultation: /* */ 'A     A     F     F     F     F     H',
    consolidation: /**/ 'A     A     F     F     F     F     H',
    submitted: /*    */ 'S     S     F     F     F     F     F',
    returned: /*     */ 'A     A     F     F     F     F     H',
    adopted: /*      */ 'S     S     F     F     F     F     F',
  },
  addSection: {
    draft: /*        */ 'A     A     H     H     H     H     H',
    consultation: /* */ 'A     A     F     F     F     F     H',
    consolidation: /**/ 'A     A     F     F     F     F     H',
    submitted: /*    */ 'S     S     F     F     F     F     F',
    returned: /*     */ 'A     A     F     F     F     F     H',
    adopted: /*      */ 'S     S     F     F     F     F     F',
  },
  recommend: {
    draft: /*        */ 'A     A     H     H     H     H     H',
    consultation: /* */ 'A     A     F     F     F     F     H',
    consolidation: /**/ 'A     A     F     F     F     F     H',
    submitted: /*    */ 'S     S     F     F     F     F     F',
    returned: /*     */ 'A     A     F     F     F     F     H',
    adopted: /*      */ 'S     S     F     F     F     F     F',
  },
  comment: {
    draft: /*        */ 'S     S     H     H     H     H     H',
    consultation: /* */ 'A     A     A     A     A     F     H',
    consolidation: /**/ 'A     A     A     A     A     F     H',
    submitted: /*    */ 'S     S     S     S     S     F     F',
    returned: /*     */ 'S     S     S     S     S     F     H',
    adopted: /*      */ 'S     S     S     S     S     F     F',
  },
  approve: {
    draft: /*        */ 'F     F     H     H     H     H     H',
    consultation: /* */ 'F     F     F     A     F     F     H',
    consolidation: /**/ 'F     F     F     A     F     F     H',
    submitted: /*    */ 'F     F     F     S     F     F     F',
    returned: /*     */ 'F     F     F     S     F     F     H',
    adopted: /*      */ 'F     F     F     S     F     F     F',
  },
  propose: {
    draft: /*        */ 'S     S     H     H     H     H     H',
    consultation: /* */ 'A     A     A     A     F     F     H',
    consolidation: /**/ 'A     A     A     A     F     F     H',
    submitted: /*    */ 'S     S     S     S     F     F     F',
    returned: /*     */ 'A     A     A     A     F     F     H',
    adopted: /*      */ 'S     S     S     S     F     F     F',
  },
  transition: {
    draft: /*        */ 'A     A     H     H     H     H     H',
    consultation: /* */ 'A     A     F     F     F     F     H',
    consolidation: /**/ 'A     A     F     F     F     F     H',
    submitted: /*    */ 'A     F     F     F     A     F     F',
    returned: /*     */ 'A     A     F     F     F     F     H',
    adopted: /*      */ 'S     S     F     F     F     F     F',
  },
  exportDraft: {
    draft: /*        */ 'A     A     H     H     H     H     H',
    consultation: /* */ 'A     A     A     A     A     A     H',
    consolidation: /**/ 'A     A     A     A     A     A     H',
    submitted: /*    */ 'A     A     A     A     A     A     F',
    returned: /*     */ 'A     A     A     A     A     A     H',
    adopted: /*      */ 'A     A     A     A     A     A     F',
  },
  translate: {
    draft: /*        */ 'A     A     H     H     H     H     H',
    consultation: /* */ 'A     A     F     F     F     F     H',
    consolidation: /**/ 'A     A     F     F     F     F     H',
    submitted: /*    */ 'A     A     F     F     F     F     F',
    returned: /*     */ 'A     A     F     F     F     F     H',
    adopted: /*      */ 'A     A     F     F     F     F     F',
  },
  answer: {
    draft: /*        */ 'S     F     H     H     H     H     H',
    consultation: /* */ 'S     F     F     F     S     F     H',
    consolidation: /**/ 'S     F     F     F     S     F     H',
    submitted: /*    */ 'A     F     F     F     A     F     F',
    returned: /*     */ 'S     F     F     F     S     F     H',
    adopted: /*      */ 'S     F     F     F     S     F     F',
  },
};

describe('the policy on strategies', () => {
  const rows = Object.entries(table).flatMap(([action, byStatus]) =>
    Object.entries(byStatus).map(([status, row]) => [action as ActionOn<'strategy'>, status as StrategyStatus, row] as const),
  );

  it('has a row for every action in every status', () => {
    expect(rows).toHaveLength(Object.keys(table).length * strategyStatuses.length);
  });

  it.each(rows)('%s in %s', (action, status, row) => {
    const got = columns.map((who) => cell(decide(people[who], action, strategy(status))));
    expect(got.join(' ')).toBe(cells(row).join(' '));
  });

  it('decides a section as its strategy', () => {
    for (const status of strategyStatuses) {
      for (const who of columns) {
        for (const action of ['read', 'edit', 'comment', 'approve', 'propose', 'translate'] as const) {
          const section = { type: 'section' as const, strategy: { id: 's', regionId: regionA, status } };
          expect(decide(people[who], action, section)).toEqual(decide(people[who], action, strategy(status)));
        }
      }
    }
  });

  it('lists in `can` exactly the allowed actions, never reading', () => {
    expect(actionsOpen(people.coordinator, strategy('consultation'))).toEqual([
      'edit',
      'addSection',
      'comment',
      'propose',
      'recommend',
      'transition',
      'exportDraft',
      'translate',
    ]);
    expect(actionsOpen(people.signatory, strategy('consultation'))).toEqual(['comment', 'approve', 'propose', 'exportDraft']);
    expect(actionsOpen(people.official, strategy('submitted'))).toEqual(['transition', 'answer', 'exportDraft']);
    expect(actionsOpen(people.observer, strategy('consultation'))).toEqual(['exportDraft']);
    expect(actionsOpen(people.outsider, strategy('adopted'))).toEqual([]);
    // Translations go on after the text is frozen: the only thing a coordinator still does on an adopted strategy.
    expect(actionsOpen(people.coordinator, strategy('adopted'))).toEqual(['exportDraft', 'translate']);
  });
});

describe('the moves of a strategy', () => {
  const moves: Record<'admin' | 'coordinator' | 'official' | 'stakeholder', Record<StrategyStatus, StrategyStatus[]>> = {
    admin: {
      draft: ['consultation'],
      consultation: ['consolidation'],
      consolidation: ['consultation', 'submitted'],
      submitted: ['returned', 'adopted'],
      returned: ['consolidation'],
      adopted: [],
    },
    coordinator: {
      draft: ['consultation'],
      consultation: ['consolidation'],
      consolidation: ['consultation', 'submitted'],
      submitted: [],
      returned: ['consolidation'],
      adopted: [],
    },
    official: { draft: [], consultation: [], consolidation: [], submitted: ['returned', 'adopted'], returned: [], adopted: [] },
    stakeholder: { draft: [], consultation: [], consolidation: [], submitted: [], returned: [], adopted: [] },
  };

  it.each(Object.entries(moves).flatMap(([who, byStatus]) => Object.entries(byStatus).map(([from, to]) => [who, from, to] as const)))(
    '%s from %s: %j',
    (who, from, to) => {
      expect(movesOpenTo(people[who as keyof typeof moves], strategy(from as StrategyStatus))).toEqual(to);
    },
  );

  it('leaves adoption to the authority: a coordinator is forbidden, an impossible move is a conflict', () => {
    expect(cell(decideMove(people.coordinator, strategy('submitted'), 'adopted'))).toBe('F');
    expect(cell(decideMove(people.coordinator, strategy('submitted'), 'returned'))).toBe('F');
    expect(decideMove(people.coordinator, strategy('draft'), 'adopted')).toEqual(
      expect.objectContaining({ kind: 'state', code: 'TRANSITION_NOT_ALLOWED' }),
    );
    expect(cell(decideMove(people.official, strategy('consultation'), 'consolidation'))).toBe('F');
    expect(cell(decideMove(people.official, strategy('draft'), 'consultation'))).toBe('H');
    expect(cell(decideMove(people.outsider, strategy('submitted'), 'adopted'))).toBe('F');
    // A move the workflow does not have is a conflict for those who move the strategy, whoever they are.
    expect(decideMove(people.coordinator, strategy('submitted'), 'submitted')).toEqual(
      expect.objectContaining({ code: 'TRANSITION_NOT_ALLOWED' }),
    );
    expect(decideMove(people.official, strategy('adopted'), 'returned')).toEqual(
      expect.objectContaining({ code: 'TRANSITION_NOT_ALLOWED' }),
    );
    expect(cell(decideMove(people.observer, strategy('consultation'), 'adopted'))).toBe('F');
  });
});

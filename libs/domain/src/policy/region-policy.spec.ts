import { decide } from './can';
import { actionsOn } from './resources';
import { cell, cells, people, regionA } from './policy.spec-helpers';

const columns = ['admin', 'coordinator', 'stakeholder', 'signatory', 'official', 'observer', 'outsider'] as const;
const region = { type: 'region' as const, id: regionA };

const table: Record<(typeof actionsOn.region)[number], string> = {
  //                          admin coord stake sign offic obser outsider
  read: /*                */ 'A     A     A     A    A     A     H',
  readMembers: /*         */ 'A     A     F     F    F     F     H',
  manageMembers: /*       */ 'A     A     F     F    F     F     H',
  readOrganisations: /*   */ 'A     A     A     A    A     A     H',
  manageOrganisations: /* */ 'A     A     F     F    F     F     H',
  readAudit: /*           */ 'A     A     F     F    F     F     H',
  addStrategy: /*         */ 'A     A     F     F    F     F     H',
  readProposals: /*       */ 'A     A     A     A    A     A     H',
  propose: /*             */ 'A     A     A     A    F     F     H',
  reviewProposals: /*     */ 'A     A     F     F    F     F     H',
};

describe('the policy on regions and the platform', () => {
  it.each(Object.entries(table))('%s', (action, row) => {
    const got = columns.map((who) => cell(decide(people[who], action as (typeof actionsOn.region)[number], region)));
    expect(got.join(' ')).toBe(cells(row).join(' '));
  });

  it('covers every region action', () => {
    expect(Object.keys(table).sort()).toEqual([...actionsOn.region].sort());
  });

  it.each([
    ['createAccount', 'A     F     F     F    F     F     F'],
    ['lookUpPeople', 'A     A     F     F    F     F     A'],
    ['readOutbox', 'A     F     F     F    F     F     F'],
  ] as const)('%s', (action, row) => {
    const got = columns.map((who) => cell(decide(people[who], action, { type: 'platform' })));
    expect(got.join(' ')).toBe(cells(row).join(' '));
  });
});

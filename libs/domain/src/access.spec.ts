import { decideRegionAccess, regionActions, type Caller, type RegionAction } from './access';

const regionId = 'region-a';
const otherRegion = 'region-b';
const memberOf = (role: Caller['memberships'][number]['role'], region = regionId): Caller => ({
  userId: 'u',
  isAdmin: false,
  memberships: [{ regionId: region, role }],
});

describe('decideRegionAccess', () => {
  const table: Array<[string, Caller, RegionAction, ReturnType<typeof decideRegionAccess>]> = [
    ['admin without membership reads members', { userId: 'a', isAdmin: true, memberships: [] }, 'members.read', 'allow'],
    ['coordinator reads members', memberOf('coordinator'), 'members.read', 'allow'],
    ['coordinator adds members', memberOf('coordinator'), 'members.write', 'allow'],
    ['stakeholder may not read the member list', memberOf('stakeholder'), 'members.read', 'forbidden'],
    ['official may not add members', memberOf('official'), 'members.write', 'forbidden'],
    ['observer reads organisations', memberOf('observer'), 'organisations.read', 'allow'],
    ['observer may not create organisations', memberOf('observer'), 'organisations.write', 'forbidden'],
    ['stakeholder may not create organisations', memberOf('stakeholder'), 'organisations.write', 'forbidden'],
    ['coordinator of another region sees nothing', memberOf('coordinator', otherRegion), 'organisations.read', 'not_found'],
    ['a user without memberships sees nothing', { userId: 'x', isAdmin: false, memberships: [] }, 'members.read', 'not_found'],
    ['only coordinators read the audit log', memberOf('official'), 'audit.read', 'forbidden'],
  ];
  it.each(table)('%s', (_name, caller, action, expected) => {
    expect(decideRegionAccess(caller, regionId, action)).toBe(expected);
  });

  it('lets an administrator do every action in every region', () => {
    const admin: Caller = { userId: 'a', isAdmin: true, memberships: [] };
    for (const action of regionActions) expect(decideRegionAccess(admin, otherRegion, action)).toBe('allow');
  });
});

import type { Caller } from './caller';
import type { PolicyDecision } from './decision';

/** A cell of a decision table: Allowed, Hidden (404), Forbidden (403) or refused in this State (409). */
export type Cell = 'A' | 'H' | 'F' | 'S';

export function cell(decision: PolicyDecision): Cell {
  switch (decision.kind) {
    case 'allow':
      return 'A';
    case 'hidden':
      return 'H';
    case 'forbidden':
      return 'F';
    case 'state':
      return 'S';
  }
}

/** One row of a table written as letters separated by spaces, one letter per caller in column order. */
export function cells(row: string): Cell[] {
  return row.trim().split(/\s+/) as Cell[];
}

export const regionA = 'region-a';
export const regionB = 'region-b';
export const orgA = 'org-a';
export const orgB = 'org-b';
export const orgC = 'org-c';

const member = (
  userId: string,
  role: Caller['memberships'][number]['role'],
  organisationId: string | null = null,
  signatory = false,
): Caller => ({
  userId,
  isAdmin: false,
  memberships: [{ regionId: regionA, role, organisationId, signatory }],
});

/** The people of the tables: one of every kind, and someone from another region. */
export const people = {
  admin: { userId: 'admin', isAdmin: true, memberships: [] } as Caller,
  coordinator: member('coordinator', 'coordinator'),
  stakeholder: member('stakeholder', 'stakeholder', orgA),
  signatory: member('signatory', 'stakeholder', orgB, true),
  official: member('official', 'official'),
  observer: member('observer', 'observer'),
  outsider: {
    userId: 'outsider',
    isAdmin: false,
    memberships: [{ regionId: regionB, role: 'coordinator', organisationId: null, signatory: false }],
  } as Caller,
};

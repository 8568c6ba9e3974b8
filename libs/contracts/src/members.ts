import { z } from 'zod';
import { id, text, timestamp } from './common';

export const roles = ['coordinator', 'stakeholder', 'official', 'observer'] as const;
export const role = z.enum(roles);
export type Role = z.infer<typeof role>;

/** What a role brings with it: an organisation (stakeholders, who may sign for it), a department (officials). */
export function checkRoleFields(
  input: { role: Role; organisationId?: string; signatory?: boolean; department?: string },
  ctx: z.RefinementCtx,
): void {
  if (input.role === 'stakeholder' && !input.organisationId) {
    ctx.addIssue({ code: 'custom', path: ['organisationId'], message: 'A stakeholder belongs to an organisation' });
  }
  if (input.role !== 'stakeholder' && input.organisationId) {
    ctx.addIssue({ code: 'custom', path: ['organisationId'], message: 'Only stakeholders belong to an organisation' });
  }
  if (input.role !== 'stakeholder' && input.signatory) {
    ctx.addIssue({ code: 'custom', path: ['signatory'], message: 'Only stakeholders sign for an organisation' });
  }
  if (input.role !== 'official' && input.department) {
    ctx.addIssue({ code: 'custom', path: ['department'], message: 'Only officials have a department' });
  }
}

/** The role a person has, or is invited to have, in a region. */
export const roleFields = {
  role,
  organisationId: id.optional(),
  signatory: z.boolean().optional(),
  department: text(200).optional(),
};

export const createMemberRequest = z.strictObject({ userId: id, ...roleFields }).superRefine(checkRoleFields);
export type CreateMemberRequest = z.infer<typeof createMemberRequest>;

export const memberParams = z.strictObject({ regionId: id, userId: id });

export const member = z.object({
  regionId: id,
  userId: id,
  name: z.string(),
  email: z.string(),
  role,
  organisationId: id.nullable(),
  organisationName: z.string().nullable(),
  signatory: z.boolean(),
  department: z.string().nullable(),
  createdAt: timestamp,
});
export type Member = z.infer<typeof member>;

/** A membership as `GET /api/auth/me` lists it. */
export const membership = z.object({
  regionId: id,
  role,
  organisationId: id.nullable(),
  signatory: z.boolean(),
  department: z.string().nullable(),
});
export type Membership = z.infer<typeof membership>;

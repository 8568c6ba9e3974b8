import { z } from 'zod';
import { id, listQuery, text, timestamp } from './common';

export const organisationTypes = [
  'ngo',
  'business',
  'public_body',
  'migrant_organisation',
  'education',
  'social_partner',
  'other',
] as const;
export const organisationType = z.enum(organisationTypes);
export type OrganisationType = z.infer<typeof organisationType>;

export const createOrganisationRequest = z.strictObject({
  name: text(200),
  type: organisationType,
  website: z
    .url({ protocol: /^https?$/ })
    .max(500)
    .optional(),
});
export type CreateOrganisationRequest = z.infer<typeof createOrganisationRequest>;

export const organisation = z.object({
  id,
  regionId: id,
  name: z.string(),
  type: organisationType,
  website: z.string().nullable(),
  createdAt: timestamp,
});
export type Organisation = z.infer<typeof organisation>;

export const organisationListQuery = listQuery;

import { z } from 'zod';
import { regionAction } from './can';
import { id } from './common';

export const regionParams = z.strictObject({ regionId: id });

export const region = z.object({
  id,
  code: z.string(),
  name: z.string(),
  country: z.string().length(2),
  nuts: z.string(),
  languages: z.array(z.string()),
  authority: z.string(),
  /** What the caller may do in the region: empty when not signed in or not a member. */
  can: z.array(regionAction),
});
export type Region = z.infer<typeof region>;

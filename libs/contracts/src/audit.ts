import { z } from 'zod';
import { id, timestamp } from './common';

export const auditEvent = z.object({
  id,
  at: timestamp,
  actorId: id.nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  data: z.record(z.string(), z.unknown()),
});
export type AuditEvent = z.infer<typeof auditEvent>;

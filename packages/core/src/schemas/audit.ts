import { z } from 'zod';
import { ZPageQuery } from './common.js';

export const ZAuditEntry = z.object({
  id: z.string(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  actorRole: z.string().nullable(),
  organisationId: z.string().nullable(),
  action: z.string(),
  recordType: z.string().nullable(),
  recordId: z.string().nullable(),
  changes: z.record(z.string(), z.object({ before: z.unknown(), after: z.unknown() })).nullable(),
  details: z.record(z.string(), z.unknown()).nullable(),
  ip: z.string().nullable(),
});
export type TAuditEntry = z.infer<typeof ZAuditEntry>;

export const ZAuditQuery = ZPageQuery.extend({
  q: z.string().trim().max(100).optional(),
  action: z.string().max(60).optional(),
  actorId: z.string().max(60).optional(),
  recordType: z.string().max(40).optional(),
  recordId: z.string().max(80).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
export type TAuditQuery = z.infer<typeof ZAuditQuery>;

export const ZRecordAuditParams = z.object({
  type: z.string().regex(/^[a-z_]{2,40}$/),
  id: z.string().min(1).max(80),
});

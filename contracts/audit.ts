import { z } from 'zod';
import { paginationQuerySchema } from './common.ts';

export const auditQuerySchema = paginationQuerySchema.extend({
  actor: z.string().trim().max(64).optional(),
  action: z.string().trim().max(64).optional(),
  entityType: z.string().trim().max(64).optional(),
  entityId: z.string().trim().max(64).optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  sort: z.enum(['seq', '-seq']).default('-seq'),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const auditChangeSchema = z.object({
  field: z.string(),
  label: z.string(),
  before: z.string().nullable(),
  after: z.string().nullable(),
});
export type AuditFieldChange = z.infer<typeof auditChangeSchema>;

export const auditEntrySchema = z.object({
  seq: z.number().int(),
  id: z.string(),
  at: z.string(),
  actorId: z.string().nullable(),
  actorUsername: z.string().nullable(),
  address: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  hash: z.string(),
  /** The action and object type in the caller's language; the code itself when this release has no words. */
  actionLabel: z.string(),
  entityTypeLabel: z.string(),
  /** The actor's display name, when the account still exists. */
  actorName: z.string().nullable(),
  /** The object's readable name (code and name, username and display name, a title), when it still exists. */
  entityName: z.string().nullable(),
  /** The fields that changed, read for people: field words, and names in place of referenced ids. */
  changes: z.array(auditChangeSchema),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const AUDIT_BREAK_KINDS = [
  'altered',
  'unlinked',
  'missing',
  'anchor_invalid',
  'checkpoint_invalid',
  'checkpoint_mismatch',
  'truncated',
  'legacy_invalid',
] as const;

export const auditVerifySchema = z.object({
  ok: z.boolean(),
  checked: z.number().int(),
  /** The first break's row and message (null when intact); `breaks` lists them all. */
  firstBrokenSeq: z.number().int().nullable(),
  reason: z.string().nullable(),
  breaks: z.array(
    z.object({
      kind: z.enum(AUDIT_BREAK_KINDS),
      fromSeq: z.number().int(),
      toSeq: z.number().int(),
      message: z.string(),
    }),
  ),
  /** Breaks found beyond those listed. */
  moreBreaks: z.number().int(),
  /** The signed head kept outside the database that the walk was held to, if any. */
  checkpoint: z.object({ seq: z.number().int(), at: z.string() }).nullable(),
});
export type AuditVerification = z.infer<typeof auditVerifySchema>;

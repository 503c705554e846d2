import { z } from 'zod';

export const homeSummarySchema = z.object({
  orgUnitsByKind: z.record(z.string(), z.number().int()),
  /** Account figures for those who manage accounts; null for everyone else. */
  activeUsers: z.number().int().nullable(),
  lockedUsers: z.number().int().nullable(),
  activeSessions: z.number().int().nullable(),
  loginsLast7Days: z
    .array(z.object({ date: z.string(), success: z.number().int(), failure: z.number().int() }))
    .nullable(),
  myLastLogin: z.string().nullable(),
  auditRowsLast24h: z.number().int().nullable(),
  /** Lapsed, and lapsing within 90 days, facility certifications in the caller's scope; null without facility.read. */
  certifications: z.object({ expired: z.number().int(), expiring: z.number().int() }).nullable(),
  /** Rectifications past their due date: the caller's own, and all in the caller's scope; null without finding.read. */
  overdueFindings: z.object({ mine: z.number().int(), inScope: z.number().int() }).nullable(),
});
export type HomeSummary = z.infer<typeof homeSummarySchema>;

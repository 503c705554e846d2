import { z } from 'zod';

export const homeSummarySchema = z.object({
  orgUnitsByKind: z.record(z.string(), z.number().int()),
  activeUsers: z.number().int(),
  lockedUsers: z.number().int(),
  activeSessions: z.number().int(),
  loginsLast7Days: z.array(z.object({ date: z.string(), success: z.number().int(), failure: z.number().int() })),
  myLastLogin: z.string().nullable(),
  auditRowsLast24h: z.number().int().nullable(),
});
export type HomeSummary = z.infer<typeof homeSummarySchema>;

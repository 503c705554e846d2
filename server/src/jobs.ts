import type { Job } from './platform/jobs/scheduler.ts';
import { auditService } from './modules/audit/audit.service.ts';

/** Scheduled work, each under a database lease. */
export const JOBS: Job[] = [
  {
    name: 'audit-retention',
    schedule: '30 2 * * *',
    leaseMs: 30 * 60_000,
    run: (ctx) => auditService.archiveExpired(ctx),
  },
];

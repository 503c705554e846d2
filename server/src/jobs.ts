import type { Job } from './platform/jobs/scheduler.ts';
import { auditService } from './modules/audit/audit.service.ts';
import { openRenewalTasks } from './modules/facilities/certification-renewals.ts';

/** Scheduled work, each under a database lease. */
export const JOBS: Job[] = [
  {
    name: 'audit-retention',
    schedule: '30 2 * * *',
    leaseMs: 30 * 60_000,
    run: (ctx) => auditService.archiveExpired(ctx),
  },
  {
    name: 'certification-renewals',
    schedule: '10 1 * * *',
    leaseMs: 30 * 60_000,
    run: (ctx) => openRenewalTasks(ctx),
  },
];

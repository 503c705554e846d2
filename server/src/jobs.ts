import type { Job } from './platform/jobs/scheduler.ts';
import { auditService } from './modules/audit/audit.service.ts';
import { openRenewalTasks } from './modules/facilities/certification-renewals.ts';
import { dispatchTasks, sendDigests } from './platform/notify/dispatch.ts';
import { deliverDue, transportOf } from './platform/notify/outbox.ts';

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
  {
    name: 'notify-tasks',
    schedule: '*/5 * * * * *',
    leaseMs: 60_000,
    quiet: true,
    run: (ctx) => dispatchTasks(ctx),
  },
  {
    name: 'mail-delivery',
    schedule: '*/10 * * * * *',
    leaseMs: 5 * 60_000,
    quiet: true,
    run: async (ctx) => {
      const transport = transportOf(ctx);
      if (!transport) return { sent: 0 };
      return deliverDue(ctx.db, transport, { from: ctx.config.mailFrom, clock: ctx.clock });
    },
  },
  {
    name: 'mail-digest',
    schedule: '0 8 * * *',
    leaseMs: 30 * 60_000,
    run: (ctx) => sendDigests(ctx),
  },
];

import os from 'node:os';
import { Cron } from 'croner';
import type { AppContext } from '../context.ts';
import { newId } from '../db/ids.ts';

export type Job = {
  name: string;
  schedule: string;
  leaseMs: number;
  run: (ctx: AppContext) => Promise<unknown>;
  /** Runs every few seconds: logged only when it did something (a result with a count above zero). */
  quiet?: boolean;
};

const didSomething = (result: unknown) =>
  typeof result !== 'object' ||
  result === null ||
  Object.values(result).some((v) => typeof v !== 'number' || v > 0);

const HOLDER = `${os.hostname()}:${process.pid}:${newId()}`;

/** Takes the job's lease if nobody holds a live one; with several instances, only one runs each tick. */
export async function tryLease(ctx: AppContext, name: string, leaseMs: number): Promise<boolean> {
  const now = ctx.clock();
  await ctx.db
    .insertInto('jobLeases')
    .values({ name, holder: null, leaseUntil: 0, lastRunAt: null })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const r = await ctx.db
    .updateTable('jobLeases')
    .set({ holder: HOLDER, leaseUntil: now + leaseMs })
    .where('name', '=', name)
    .where('leaseUntil', '<', now)
    .executeTakeFirst();
  return r.numUpdatedRows > 0n;
}

async function release(ctx: AppContext, name: string): Promise<void> {
  await ctx.db
    .updateTable('jobLeases')
    .set({ leaseUntil: 0, lastRunAt: ctx.clock() })
    .where('name', '=', name)
    .where('holder', '=', HOLDER)
    .execute();
}

export function startScheduler(
  ctx: AppContext,
  jobs: Job[],
  log: (msg: string, extra?: object) => void,
): () => void {
  const crons = jobs.map(
    (job) =>
      new Cron(job.schedule, { protect: true, timezone: ctx.config.timeZone }, async () => {
        try {
          if (!(await tryLease(ctx, job.name, job.leaseMs))) return;
          const result = await job.run(ctx);
          if (!job.quiet || didSomething(result)) log(`job ${job.name} done`, { result });
          await release(ctx, job.name);
        } catch (error) {
          log(`job ${job.name} failed`, { error: String(error) });
        }
      }),
  );
  return () => crons.forEach((c) => c.stop());
}

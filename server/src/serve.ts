import path from 'node:path';
import type { Config } from './config.ts';
import { buildApp } from './app.ts';
import { createContext, prepareContext } from './platform/context.ts';
import { holdServingLock } from './platform/db/serving-lock.ts';
import { startScheduler } from './platform/jobs/scheduler.ts';
import { seedDemo } from './seed/demo.ts';
import { JOBS } from './jobs.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Starts the server; SIGTERM and SIGINT let in-flight requests finish before the process exits. */
export async function serve(
  config: Config,
  options: { demoIfEmpty: boolean; printAccounts: () => void },
): Promise<void> {
  const ctx = createContext(config);
  // Held for the life of the process, so `guomen restore` can tell that this server is using the database.
  const servingLock =
    config.database.dialect === 'sqlite' ? holdServingLock(config.database.file) : null;
  await prepareContext(ctx);
  const seeded = options.demoIfEmpty ? await seedDemo(ctx) : null;
  const app = await buildApp(ctx, {
    logger: { level: config.logLevel },
    webDir: config.webDir ?? path.join(ROOT, 'web/dist'),
  });
  ctx.audit.logTo(
    (checkpoint) => app.log.info({ auditCheckpoint: checkpoint }, 'audit checkpoint'),
    (message, fields) => app.log.error(fields, message),
  );
  const stopJobs = config.jobs
    ? startScheduler(ctx, JOBS, (msg, extra) => app.log.info(extra ?? {}, msg))
    : () => undefined;
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, 'shutting down: finishing in-flight requests');
    stopJobs();
    await app.close();
    await ctx.audit.flush();
    await ctx.database.close();
    servingLock?.release();
    process.exit(0);
  };
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  process.once('SIGINT', () => void shutdown('SIGINT'));
  let address: string;
  try {
    address = await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    // A server that cannot listen (the port is taken) must not linger holding the database and its lock.
    stopJobs();
    await app.close();
    await ctx.audit.flush();
    await ctx.database.close();
    servingLock?.release();
    throw error;
  }
  const shown = address.replace('0.0.0.0', '127.0.0.1').replace('[::]', '127.0.0.1');
  const db = config.database.dialect === 'sqlite' ? `SQLite ${config.database.file}` : 'PostgreSQL';
  process.stdout.write(
    `\nGuomen 国门 is running at ${shown}  (database: ${db})\nAPI docs: ${shown}/api/docs\n`,
  );
  if (seeded === 'seeded' || seeded === 'already-seeded') {
    options.printAccounts();
    process.stdout.write(
      'Administrator accounts need the 6-digit code from an authenticator app holding the TOTP secret shown.\n\n',
    );
  }
}

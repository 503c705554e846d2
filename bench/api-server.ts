// The server side of bench/api.ts: the real app on the given database, plus a bare Fastify route that
// returns a same-sized JSON document from memory — the baseline measured in the same run.
import Fastify from 'fastify';
import { buildApp } from '../server/src/app.ts';
import { loadConfig, type DatabaseConfig } from '../server/src/config.ts';
import { createContext } from '../server/src/platform/context.ts';
import { createDatabase } from '../server/src/platform/db/database.ts';

type Start = { database: DatabaseConfig; dataDir: string; bareBody: string };

process.on('SIGINT', () => process.exit(0));

async function start(message: Start): Promise<void> {
  const config = {
    ...loadConfig({
      GUOMEN_DATA_DIR: message.dataDir,
      GUOMEN_SECRET: 'bench-secret-bench-secret-bench-secret-01',
      GUOMEN_JOBS: '0',
    }),
    database: message.database,
  };
  const ctx = createContext(config, {
    database: createDatabase(message.database, { poolSize: 10 }),
  });
  const app = await buildApp(ctx);
  const appAddress = await app.listen({ port: 0, host: '127.0.0.1' });
  const bare = Fastify();
  const body = JSON.parse(message.bareBody) as unknown;
  // A promise, as the app's handlers return: the baseline differs from the app only in its work.
  bare.get('/bare', () => Promise.resolve(body));
  const bareAddress = await bare.listen({ port: 0, host: '127.0.0.1' });
  process.send?.({ appAddress, bareAddress });
}

process.on('message', (message: Start | 'rss') => {
  if (message === 'rss') process.send?.({ rss: process.memoryUsage().rss });
  else
    start(message).catch((error: unknown) => {
      process.stderr.write(`bench server: ${String(error)}\n`);
      process.exit(1);
    });
});

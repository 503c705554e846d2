import { buildApp, type RouteEntry } from '../../src/app.ts';
import { loadConfig } from '../../src/config.ts';
import { createContext } from '../../src/platform/context.ts';
import { createDatabase } from '../../src/platform/db/database.ts';

export const routeKey = (r: Pick<RouteEntry, 'method' | 'url'>) => `${r.method} ${r.url}`;

/** Whether a built URL is an instance of the route's pattern (so a probe cannot hit a neighbouring route by mistake). */
export function urlMatches(pattern: string, url: string): boolean {
  const path = url.split('?')[0] ?? '';
  const re = new RegExp(
    `^${pattern
      .split('/')
      .map((part) => (part.startsWith(':') ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
      .join('/')}$`,
  );
  return re.test(path);
}

/** The route table as the app registers it, from an app on a throwaway in-memory database. */
export async function liveRouteTable(): Promise<RouteEntry[]> {
  const config = {
    ...loadConfig({ GUOMEN_SECRET: 'route-table-route-table-route-table-0', GUOMEN_JOBS: '0' }),
    database: { dialect: 'sqlite' as const, file: ':memory:' },
  };
  const ctx = createContext(config, { database: createDatabase(config.database) });
  const app = await buildApp(ctx);
  await app.ready();
  const table = [...app.routeTable];
  await app.close();
  await ctx.database.close();
  return table;
}

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { loadConfig, type Config, type DatabaseConfig } from '../src/config.ts';
import { buildApp } from '../src/app.ts';
import { createContext, prepareContext, type AppContext } from '../src/platform/context.ts';
import { createDatabase } from '../src/platform/db/database.ts';
import type { DB } from '../src/platform/db/schema.ts';
import { currentTotp } from '../src/platform/auth/totp.ts';
import { demoPassword, demoTotpSecret, seedDemo } from '../src/seed/demo.ts';
import { SESSION_COOKIE } from '../src/platform/http/access.ts';

export const dialect = (process.env.GUOMEN_TEST_DIALECT ?? 'sqlite') as 'sqlite' | 'postgres';

/** Whether this project can run: the postgres project without a server is skipped (or failed, in CI). */
export const dbAvailable = dialect === 'sqlite' || Boolean(safeInject());
function safeInject(): string | null {
  try {
    return inject('pgUrl');
  } catch {
    return null;
  }
}

/** A clock the test moves by hand. */
export type TestClock = { now: number; advance(ms: number): void; fn: () => number };
export function testClock(start = Date.UTC(2026, 10, 28, 2, 0, 0)): TestClock {
  const clock: TestClock = {
    now: start,
    advance: (ms) => void (clock.now += ms),
    fn: () => clock.now,
  };
  return clock;
}

export type TestApp = {
  app: FastifyInstance;
  ctx: AppContext;
  clock: TestClock;
  config: Config;
  close(): Promise<void>;
};

/** A fresh database (SQLite file or PostgreSQL schema) per call, migrated; seeded with the demo district unless told not to. */
export async function createTestApp(
  options: { seed?: boolean; env?: Record<string, string> } = {},
): Promise<TestApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'guomen-test-'));
  let database: DatabaseConfig;
  let dropSchema: (() => Promise<void>) | null = null;
  if (dialect === 'postgres') {
    const url = safeInject();
    if (!url) throw new Error('no PostgreSQL for this test run');
    const schema = `t_${Math.random().toString(36).slice(2, 12)}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create schema ${schema}`);
    await admin.end();
    database = { dialect: 'postgres', url, schema };
    dropSchema = async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
    };
  } else {
    database = { dialect: 'sqlite', file: path.join(dataDir, 'test.db') };
  }
  const config: Config = {
    ...loadConfig({
      GUOMEN_DATA_DIR: dataDir,
      GUOMEN_SECRET: 'test-secret-test-secret-test-secret-0123',
      GUOMEN_ARGON2_MEMORY_KIB: '8192',
      GUOMEN_ARGON2_TIME_COST: '1',
      GUOMEN_JOBS: '0',
      GUOMEN_VALIDATE_RESPONSES: '1',
      ...options.env,
    }),
    database,
  };
  const clock = testClock();
  const ctx = createContext(config, {
    clock: clock.fn,
    database: createDatabase(database, { poolSize: 4 }),
  });
  await prepareContext(ctx);
  if (options.seed !== false) await seedDemo(ctx);
  const app = await buildApp(ctx);
  await app.ready();
  return {
    app,
    ctx,
    clock,
    config,
    close: async () => {
      await app.close();
      await ctx.audit.flush();
      await ctx.database.close();
      await dropSchema?.();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A signed-in browser: cookie and CSRF token carried on every call. */
export type Agent = {
  username: string;
  cookie: string;
  csrf: string;
  get(url: string, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  post(
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
  put(
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
};

export async function login(
  t: TestApp,
  username: string,
  password = demoPassword(username),
  otp?: string,
  remoteAddress = '127.0.0.1',
): Promise<Agent> {
  // Demo and factory accounts with TOTP share one secret rule, so the code can be computed for any of them.
  const user = await t.ctx.db
    .selectFrom('users')
    .select('mfaEnabled')
    .where('username', '=', username)
    .executeTakeFirst();
  const mfa =
    otp ?? (user?.mfaEnabled ? currentTotp(demoTotpSecret(username), t.clock.now) : undefined);
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password, ...(mfa ? { otp: mfa } : {}) },
    remoteAddress,
  });
  if (res.statusCode !== 200)
    throw new Error(`login ${username} failed: ${res.statusCode} ${res.body}`);
  // Each login uses up its TOTP step; move on so the next login of the same account gets a fresh code.
  if (mfa) t.clock.advance(30_000);
  const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE)?.value ?? '';
  return agentFor(t, username, cookie, res.json<{ csrfToken: string }>().csrfToken, remoteAddress);
}

export function agentFor(
  t: TestApp,
  username: string,
  cookie: string,
  csrf: string,
  remoteAddress = '127.0.0.1',
): Agent {
  const headers = (extra?: Record<string, string>) => ({
    cookie: `${SESSION_COOKIE}=${cookie}`,
    'x-csrf-token': csrf,
    ...extra,
  });
  return {
    username,
    cookie,
    csrf,
    get: (url, extra) =>
      t.app.inject({ method: 'GET', url, headers: headers(extra), remoteAddress }),
    post: (url, body, extra) =>
      t.app.inject({
        method: 'POST',
        url,
        headers: headers(extra),
        remoteAddress,
        ...(body === undefined ? {} : { payload: body as object }),
      }),
    put: (url, body, extra) =>
      t.app.inject({
        method: 'PUT',
        url,
        headers: headers(extra),
        remoteAddress,
        ...(body === undefined ? {} : { payload: body as object }),
      }),
  };
}

/** The id of a demo org unit by code. */
export async function unitId(t: TestApp, code: string): Promise<string> {
  const row = await t.ctx.db
    .selectFrom('orgUnits')
    .select('id')
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function userId(t: TestApp, username: string): Promise<string> {
  const row = await t.ctx.db
    .selectFrom('users')
    .select('id')
    .where('username', '=', username)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The number of rows in one table. */
export async function rowCount(t: TestApp, table: keyof DB): Promise<number> {
  const r = await t.ctx.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Row counts of every table: "nothing changed" in one comparison. */
export async function tableCounts(t: TestApp): Promise<Record<string, number>> {
  const tables = [
    'orgUnits',
    'users',
    'grants',
    'sessions',
    'auditLog',
    'passwordHistory',
    'recoveryCodes',
    'settings',
    'ports',
    'portDesignations',
    'designationHistory',
    'designationCategories',
    'traffic',
    'facilityTypes',
    'facilities',
    'facilityCertifications',
    'projects',
    'projectGates',
    'files',
    'attachments',
    'requirementCatalogs',
    'catalogVersions',
    'catalogItems',
    'campaigns',
    'assessments',
    'assessmentAspects',
    'assessmentItems',
    'findings',
    'standardsEvidence',
    'tasks',
  ] as const;
  const out: Record<string, number> = {};
  for (const table of tables) out[table] = await rowCount(t, table);
  return out;
}

/**
 * A second app instance on the database of `t` (same schema, already migrated and seeded, same secret and
 * clock) with a data directory of its own, as another server behind a load balancer. Close it before `t`,
 * whose close drops the schema.
 */
export async function createSecondInstance(t: TestApp): Promise<TestApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'guomen-test-'));
  const config: Config = { ...t.config, dataDir };
  const ctx = createContext(config, {
    clock: t.clock.fn,
    database: createDatabase(config.database, { poolSize: 4 }),
  });
  // As every server starts: the migrations are there already, and the database must know the shared secret.
  await prepareContext(ctx);
  const app = await buildApp(ctx);
  await app.ready();
  return {
    app,
    ctx,
    clock: t.clock,
    config,
    close: async () => {
      await app.close();
      await ctx.audit.flush();
      await ctx.database.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

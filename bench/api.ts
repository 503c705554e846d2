// npm run bench:api — throughput and latency of an authenticated, scoped, paginated list endpoint against
// a bare Fastify route returning the same JSON from memory, on SQLite and PostgreSQL, in one run.
import { fork } from 'node:child_process';
import path from 'node:path';
import autocannon from 'autocannon';
import { loadConfig, type DatabaseConfig } from '../server/src/config.ts';
import { onEachDialect } from './fixtures/dialects.ts';
import { createContext, prepareContext } from '../server/src/platform/context.ts';
import { createDatabase } from '../server/src/platform/db/database.ts';
import { newId } from '../server/src/platform/db/ids.ts';
import { DEMO_DISTRICT, demoPassword, seedDemo } from '../server/src/seed/demo.ts';
import { createPasswordHasher } from '../server/src/platform/auth/passwords.ts';

const ORG_UNITS = 10_000;
const USERS = 50_000;
const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = 50;
// BENCH_PROFILE=DIR writes a CPU profile of the measured server process into DIR.
const PROFILE = process.env.BENCH_PROFILE
  ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_PROFILE]
  : [];

async function populate(database: DatabaseConfig, dataDir: string) {
  const config = {
    ...loadConfig({
      GUOMEN_DATA_DIR: dataDir,
      GUOMEN_SECRET: 'bench-secret-bench-secret-bench-secret-01',
      GUOMEN_JOBS: '0',
    }),
    database,
  };
  const ctx = createContext(config, { database: createDatabase(database) });
  await prepareContext(ctx);
  await seedDemo(ctx);
  const district = await ctx.db
    .selectFrom('orgUnits')
    .select(['id', 'path'])
    .where('code', '=', DEMO_DISTRICT)
    .executeTakeFirstOrThrow();
  const passwordHash = await ctx.passwords.hash('Bench-password-1');
  const now = Date.now();
  const existing = Number(
    (
      await ctx.db
        .selectFrom('orgUnits')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );
  const units: {
    id: string;
    path: string;
    depth: number;
    code: string;
    kind: string;
    parentId: string;
  }[] = [];
  const branches = Math.ceil((ORG_UNITS - existing) / 100);
  for (let b = 0; b < branches && units.length + existing < ORG_UNITS; b++) {
    const id = newId();
    const branch = {
      id,
      path: `${district.path}${id}/`,
      depth: 1,
      code: `BB-${b}`,
      kind: 'branch',
      parentId: district.id,
    };
    units.push(branch);
    for (let p = 0; p < 99 && units.length + existing < ORG_UNITS; p++) {
      const pid = newId();
      units.push({
        id: pid,
        path: `${branch.path}${pid}/`,
        depth: 2,
        code: `BP-${b}-${p}`,
        kind: 'port',
        parentId: id,
      });
    }
  }
  const stamp = {
    version: 1,
    createdAt: now,
    createdBy: null,
    updatedAt: now,
    updatedBy: null,
    status: 'active',
    archivedReason: null,
  };
  for (let i = 0; i < units.length; i += 500) {
    await ctx.db
      .insertInto('orgUnits')
      .values(
        units
          .slice(i, i + 500)
          .map((u) => ({ ...u, ...stamp, nameZh: `单位${u.code}`, nameEn: `Unit ${u.code}` })),
      )
      .execute();
  }
  const ports = units.filter((u) => u.kind === 'port');
  for (let i = 0; i < USERS; i += 500) {
    const rows = Array.from({ length: Math.min(500, USERS - i) }, (_, k) => {
      const n = i + k;
      const port = ports[n % ports.length];
      return {
        id: newId(),
        username: `bench.user${n}`,
        displayName: `用户${n}`,
        orgUnitId: port?.id ?? district.id,
      };
    });
    await ctx.db
      .insertInto('users')
      .values(
        rows.map((r) => ({
          ...r,
          passwordHash,
          passwordChangedAt: now,
          mustChangePassword: 0,
          status: 'active',
          statusReason: null,
          failedLogins: 0,
          lockedUntil: null,
          mfaSecret: null,
          mfaEnabled: 0,
          mfaPendingSecret: null,
          mfaLastStep: null,
          lastLoginAt: null,
          version: 1,
          createdAt: now,
          createdBy: null,
          updatedAt: now,
          updatedBy: null,
        })),
      )
      .execute();
    await ctx.db
      .insertInto('grants')
      .values(
        rows.map((r) => ({
          id: newId(),
          userId: r.id,
          role: 'staff',
          orgUnitId: r.orgUnitId,
          workingGroup: null,
          createdAt: now,
          createdBy: null,
          revokedAt: null,
          revokedBy: null,
          revokeReason: null,
        })),
      )
      .execute();
  }
  await ctx.database.close();
}

type Figures = { rps: number; p50: number; p99: number; errors: number; non2xx: number };

async function load(url: string, headers: Record<string, string>): Promise<Figures> {
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, headers });
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.errors,
    non2xx: r.non2xx,
  };
}

async function runDialect(name: string, database: DatabaseConfig, dataDir: string) {
  process.stdout.write(`\n[${name}] seeding ${ORG_UNITS} org units and ${USERS} users…\n`);
  const t0 = Date.now();
  await populate(database, dataDir);
  process.stdout.write(`[${name}] seeded in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
  const child = fork(path.join(import.meta.dirname, 'api-server.ts'), {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ask = <T>(msg: unknown) =>
    new Promise<T>((resolve) => {
      child.once('message', (m) => resolve(m as T));
      child.send(msg as object);
    });
  try {
    // The bare route needs the real response's size: start once to learn it, with a placeholder first.
    const started = await ask<{ appAddress: string; bareAddress: string }>({
      database,
      dataDir,
      bareBody: '{}',
    });
    const login = await fetch(`${started.appAddress}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        username: 'branch.gaolan',
        password: demoPassword('branch.gaolan'),
      }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const listUrl = `${started.appAddress}/api/v1/org-units?page=1&pageSize=20&sort=code`;
    const sample = await (await fetch(listUrl, { headers: { cookie } })).text();
    child.kill();
    const child2 = fork(path.join(import.meta.dirname, 'api-server.ts'), {
      execArgv: ['--import', 'tsx', ...PROFILE],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const ask2 = <T>(msg: unknown) =>
      new Promise<T>((resolve) => {
        child2.once('message', (m) => resolve(m as T));
        child2.send(msg as object);
      });
    try {
      const s = await ask2<{ appAddress: string; bareAddress: string }>({
        database,
        dataDir,
        bareBody: sample,
      });
      const login2 = await fetch(`${s.appAddress}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          username: 'branch.gaolan',
          password: demoPassword('branch.gaolan'),
        }),
      });
      const cookie2 = (login2.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const a = await load(`${s.appAddress}/api/v1/org-units?page=1&pageSize=20&sort=code`, {
        cookie: cookie2,
      });
      const b = await load(`${s.bareAddress}/bare`, {});
      const { rss } = await ask2<{ rss: number }>('rss');
      const fmt = (f: Figures) =>
        `${f.rps.toFixed(0).padStart(7)} req/s   p50 ${String(f.p50).padStart(3)} ms   p99 ${String(f.p99).padStart(3)} ms   errors ${f.errors + f.non2xx}`;
      process.stdout.write(
        `[${name}] response size ${sample.length} bytes, ${CONNECTIONS} connections, ${DURATION_S} s each\n`,
      );
      process.stdout.write(
        `[${name}] (a) GET /api/v1/org-units as a branch officer (scoped, paginated): ${fmt(a)}\n`,
      );
      process.stdout.write(
        `[${name}] (b) bare Fastify route, same JSON from memory:               ${fmt(b)}\n`,
      );
      process.stdout.write(
        `[${name}] ratio a/b = ${(a.rps / b.rps).toFixed(2)} (target ≥ 0.35); p99 ${a.p99} ms (target < 50 ms); server RSS after run ${(rss / 1048576).toFixed(0)} MiB\n`,
      );
    } finally {
      // SIGINT lets a profiled process write its profile.
      child2.kill(PROFILE.length > 0 ? 'SIGINT' : 'SIGTERM');
    }
  } finally {
    child.kill();
  }
}

async function main() {
  const hasher = createPasswordHasher({ memoryCost: 19456, timeCost: 2 });
  const t0 = performance.now();
  for (let i = 0; i < 10; i++) await hasher.hash(`Password-${i}x`);
  process.stdout.write(
    `login cost: argon2id m=${hasher.params.memoryCost} KiB t=${hasher.params.timeCost} p=${hasher.params.parallelism}: ${((performance.now() - t0) / 10).toFixed(1)} ms per hash\n`,
  );

  await onEachDialect('bench', runDialect);
}

await main();

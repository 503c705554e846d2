// npm run bench:ports — with 5,000 ports and 200,000 facilities: port facts for every port (one query per fact
// family) against one hand-written SQL aggregate returning the same numbers, and a filtered, paginated facility
// list under autocannon at 50 connections; SQLite, then PostgreSQL when one is reachable.
import { fork } from 'node:child_process';
import path from 'node:path';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import type { DatabaseConfig } from '../server/src/config.ts';
import { onEachDialect } from './fixtures/dialects.ts';
import type { AppContext } from '../server/src/platform/context.ts';
import { demoPassword } from '../server/src/seed/demo.ts';
import { contextFor, populateDistrict } from './fixtures/district.ts';
import { portFacts } from '../server/src/modules/standards/facts.ts';

const PORTS = 5_000;
const FACILITIES = 200_000;
const DAY = '2026-11-28';
const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = 50;

type Row = { kind: string; portId: string; k1: string; k2: string; n1: number; n2: number };

/** Every number the facts carry, in one statement written by hand. */
async function handAggregate(ctx: AppContext): Promise<Row[]> {
  const r = await sql<Row>`
    select 'f' as kind, f.port_id as "portId", f.type_code as k1, f.status as k2, sum(f.quantity) as n1, sum(coalesce(f.capacity, 0)) as n2
      from facilities f join facility_types ft on ft.code = f.type_code
      left join (select distinct facility_id from facility_certifications where issued_date <= ${DAY} and expiry_date >= ${DAY}) v on v.facility_id = f.id
     where f.archived_at is null and (ft.certification_cycle_months is null or v.facility_id is not null)
     group by f.port_id, f.type_code, f.status
    union all
    select 'd', port_id, category_code, status, 0, 0 from port_designations
    union all
    select 't', t.port_id, t.category_code, t.unit, t.year, t.value
      from traffic t join (select port_id, category_code, max(year) as y from traffic where month = 0 group by port_id, category_code) m
        on m.port_id = t.port_id and m.category_code = t.category_code and m.y = t.year
     where t.month = 0
    union all
    select 'p', p.id, p.port_class, p.status, 0, 0 from ports p`.execute(ctx.db);
  return r.rows;
}

/** Totals both answers must agree on. */
function checksumOfFacts(facts: Awaited<ReturnType<typeof portFacts>>) {
  let count = 0,
    capacity = 0,
    designations = 0,
    traffic = 0,
    trafficSum = 0;
  for (const f of facts.values()) {
    for (const t of Object.values(f.facilities)) {
      count += t.count;
      capacity += t.capacity;
    }
    designations += Object.keys(f.categories).length;
    for (const t of Object.values(f.traffic)) {
      traffic += 1;
      trafficSum += t.value;
    }
  }
  return { ports: facts.size, count, capacity, designations, traffic, trafficSum };
}

function checksumOfRows(rows: Row[]) {
  const sum = (kind: string, key: 'n1' | 'n2') =>
    rows.filter((r) => r.kind === kind).reduce((s, r) => s + Number(r[key]), 0);
  return {
    ports: rows.filter((r) => r.kind === 'p').length,
    count: sum('f', 'n1'),
    capacity: sum('f', 'n2'),
    designations: rows.filter((r) => r.kind === 'd').length,
    traffic: rows.filter((r) => r.kind === 't').length,
    trafficSum: sum('t', 'n2'),
  };
}

async function median(runs: number, work: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await work();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)] ?? 0;
}

async function runDialect(name: string, database: DatabaseConfig, dataDir: string) {
  process.stdout.write(`\n[${name}] seeding ${PORTS} ports and ${FACILITIES} facilities…\n`);
  const t0 = Date.now();
  const ctx = contextFor(database, dataDir);
  const branch = await populateDistrict(ctx, { ports: PORTS, facilities: FACILITIES });
  process.stdout.write(`[${name}] seeded in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
  const ids = (await ctx.db.selectFrom('ports').select('id').execute()).map((r) => r.id);
  const facts = await portFacts(ctx, ids, DAY);
  const rows = await handAggregate(ctx);
  const a = checksumOfFacts(facts);
  const b = checksumOfRows(rows);
  const same = JSON.stringify(a) === JSON.stringify(b);
  const factsMs = await median(5, () => portFacts(ctx, ids, DAY));
  const handMs = await median(5, () => handAggregate(ctx));
  await ctx.database.close();
  process.stdout.write(
    `[${name}] totals: facts ${JSON.stringify(a)}\n[${name}]         hand ${JSON.stringify(b)} → ${same ? 'same numbers' : 'DIFFERENT'}\n`,
  );
  process.stdout.write(
    `[${name}] (a) portFacts for ${ids.length} ports (4 queries): ${factsMs.toFixed(0)} ms   (b) single hand-written SQL aggregate: ${handMs.toFixed(0)} ms\n`,
  );
  process.stdout.write(
    `[${name}] ratio a/b = ${(factsMs / handMs).toFixed(2)} (target ≤ 2${name === 'sqlite' ? ', and a < 1000 ms' : ''})\n`,
  );

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
    const s = await ask<{ appAddress: string }>({ database, dataDir, bareBody: '{}' });
    const login = await fetch(`${s.appAddress}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'leader', password: demoPassword('leader') }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const url = `${s.appAddress}/api/v1/facilities?branchId=${branch}&status=in_service&page=2&pageSize=20&sort=portCode`;
    const first = await fetch(url, { headers: { cookie } });
    const total = ((await first.json()) as { total?: number }).total;
    const r = await autocannon({
      url,
      connections: CONNECTIONS,
      duration: DURATION_S,
      headers: { cookie },
    });
    process.stdout.write(
      `[${name}] GET /api/v1/facilities (branch filter, status filter, page 2 of ${total} rows) at ${CONNECTIONS} connections: ${r.requests.average.toFixed(0)} req/s   p50 ${r.latency.p50} ms   p99 ${r.latency.p99} ms (target < 50 ms)   errors ${r.errors + r.non2xx}\n`,
    );
  } finally {
    child.kill();
  }
}

async function main() {
  await onEachDialect('bench-ports', runDialect);
}

await main();

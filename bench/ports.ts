// npm run bench:ports — with 5,000 ports and 200,000 facilities: port facts for every port (one query per fact
// family) against one hand-written SQL aggregate returning the same numbers, and a filtered, paginated facility
// list under autocannon at 50 connections; SQLite, then PostgreSQL when one is reachable.
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { sql } from 'kysely';
import pg from 'pg';
import { loadConfig, type DatabaseConfig } from '../server/src/config.ts';
import { createContext, type AppContext } from '../server/src/platform/context.ts';
import { createDatabase } from '../server/src/platform/db/database.ts';
import { migrateToLatest } from '../server/src/platform/db/migrator.ts';
import { newId } from '../server/src/platform/db/ids.ts';
import { demoPassword, seedDemo } from '../server/src/seed/demo.ts';
import { portFacts } from '../server/src/modules/ports/ports.facts.ts';
import { DESIGNATION_CATEGORIES, FACILITY_STATUSES } from '../contracts/index.ts';

const PORTS = 5_000;
const FACILITIES = 200_000;
const DAY = '2026-11-28';
const DURATION_S = Number(process.env.BENCH_DURATION ?? 10);
const CONNECTIONS = 50;
const PG_URL = process.env.GUOMEN_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

const contextFor = (database: DatabaseConfig, dataDir: string): AppContext =>
  createContext({ ...loadConfig({ GUOMEN_DATA_DIR: dataDir, GUOMEN_SECRET: 'bench-secret-bench-secret-bench-secret-01', GUOMEN_JOBS: '0' }), database }, { database: createDatabase(database) });

/** Deterministic filler: 50 branches of 100 ports, 40 facilities each, a fifth of them needing a certification. */
async function populate(ctx: AppContext): Promise<string> {
  await migrateToLatest(ctx.db);
  await seedDemo(ctx);
  const district = await ctx.db.selectFrom('orgUnits').select(['id', 'path']).where('code', '=', 'DEMO').executeTakeFirstOrThrow();
  const types = await ctx.db.selectFrom('facilityTypes').select(['code', 'certificationCycleMonths']).orderBy('code').execute();
  const now = Date.now();
  const stamp = { version: 1, createdAt: now, createdBy: null, updatedAt: now, updatedBy: null };
  const existing = Number((await ctx.db.selectFrom('ports').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const toAdd = PORTS - existing;
  const perBranch = 100;
  let firstBranch = '';
  for (let b = 0; b * perBranch < toAdd; b++) {
    const branchId = newId();
    if (b === 0) firstBranch = branchId;
    const branchPath = `${district.path}${branchId}/`;
    await ctx.db.insertInto('orgUnits').values({ id: branchId, code: `BB-${b}`, kind: 'branch', nameZh: `分关${b}`, nameEn: `Branch ${b}`, parentId: district.id, path: branchPath, depth: 1, status: 'active', archivedReason: null, ...stamp }).execute();
    const units = [];
    const ports = [];
    const designations = [];
    const traffic = [];
    for (let p = 0; p < perBranch && b * perBranch + p < toAdd; p++) {
      const n = b * perBranch + p;
      const unitId = newId();
      const portId = newId();
      units.push({ id: unitId, code: `BP-${n}`, kind: 'port', nameZh: `口岸${n}`, nameEn: `Port ${n}`, parentId: branchId, path: `${branchPath}${unitId}/`, depth: 2, status: 'active', archivedReason: null, ...stamp });
      ports.push({ id: portId, orgUnitId: unitId, modesJson: '["sea"]', portClass: n % 3 === 0 ? 'I' : 'II', provinceCode: '440000', cityCode: '440300', latitude: 22.5, longitude: 113.9, status: 'open', statusReason: null, openedDate: '2010-01-01', designCapacityJson: '[{"mode":"sea","unit":"teu_per_year","value":100000}]', archivedAt: null, archivedReason: null, ...stamp });
      for (let c = 0; c < 1 + (n % 3); c++) {
        const category = DESIGNATION_CATEGORIES[(n + c) % DESIGNATION_CATEGORIES.length] ?? 'FRUIT';
        designations.push({ id: newId(), portId, categoryCode: category, status: c === 2 ? 'suspended' : 'approved', effectiveDate: '2020-01-01', legalBasis: '公告', reason: null, ...stamp });
        for (const year of [2024, 2025]) traffic.push({ id: newId(), portId, categoryCode: category, year, month: 0, unit: 'lots', value: 100 + n + year, ...stamp });
      }
    }
    await ctx.db.insertInto('orgUnits').values(units).execute();
    await ctx.db.insertInto('ports').values(ports).execute();
    await ctx.db.insertInto('portDesignations').values(designations).execute();
    for (let i = 0; i < traffic.length; i += 500) await ctx.db.insertInto('traffic').values(traffic.slice(i, i + 500)).execute();
  }
  const portIds = (await ctx.db.selectFrom('ports').select('id').orderBy('id').execute()).map((r) => r.id);
  const existingFacilities = Number((await ctx.db.selectFrom('facilities').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  for (let start = existingFacilities; start < FACILITIES; start += 2_000) {
    const facilities = [];
    const certifications = [];
    for (let i = start; i < Math.min(start + 2_000, FACILITIES); i++) {
      const type = types[i % types.length];
      const id = newId();
      facilities.push({ id, portId: portIds[i % portIds.length] ?? '', typeCode: type?.code ?? 'COLD_STORE', functionalArea: `区域${i % 7}`, quantity: 1 + (i % 3), capacity: i % 5 === 0 ? null : 10 * (i % 50), commissionedDate: '2015-06-01', status: FACILITY_STATUSES[i % 4] ?? 'in_service', notes: null, archivedAt: i % 97 === 0 ? now : null, archivedReason: null, ...stamp });
      if (type?.certificationCycleMonths) {
        // One in three lapsed; some renewed, so a facility may hold an old and a new certificate.
        certifications.push({ id: newId(), facilityId: id, issuer: '示例', issuedDate: '2025-03-01', expiryDate: i % 3 === 0 ? '2026-02-28' : '2027-02-28', documentRef: null, createdAt: now, createdBy: null });
        if (i % 6 === 0) certifications.push({ id: newId(), facilityId: id, issuer: '示例', issuedDate: '2026-03-01', expiryDate: '2027-02-28', documentRef: null, createdAt: now, createdBy: null });
      }
    }
    await ctx.db.insertInto('facilities').values(facilities).execute();
    for (let i = 0; i < certifications.length; i += 1_000) await ctx.db.insertInto('facilityCertifications').values(certifications.slice(i, i + 1_000)).execute();
  }
  return firstBranch;
}

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
  let count = 0, capacity = 0, designations = 0, traffic = 0, trafficSum = 0;
  for (const f of facts.values()) {
    for (const t of Object.values(f.facilities)) { count += t.count; capacity += t.capacity; }
    designations += Object.keys(f.categories).length;
    for (const t of Object.values(f.traffic)) { traffic += 1; trafficSum += t.value; }
  }
  return { ports: facts.size, count, capacity, designations, traffic, trafficSum };
}

function checksumOfRows(rows: Row[]) {
  const sum = (kind: string, key: 'n1' | 'n2') => rows.filter((r) => r.kind === kind).reduce((s, r) => s + Number(r[key]), 0);
  return { ports: rows.filter((r) => r.kind === 'p').length, count: sum('f', 'n1'), capacity: sum('f', 'n2'), designations: rows.filter((r) => r.kind === 'd').length, traffic: rows.filter((r) => r.kind === 't').length, trafficSum: sum('t', 'n2') };
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
  const branch = await populate(ctx);
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
  process.stdout.write(`[${name}] totals: facts ${JSON.stringify(a)}\n[${name}]         hand ${JSON.stringify(b)} → ${same ? 'same numbers' : 'DIFFERENT'}\n`);
  process.stdout.write(`[${name}] (a) portFacts for ${ids.length} ports (4 queries): ${factsMs.toFixed(0)} ms   (b) single hand-written SQL aggregate: ${handMs.toFixed(0)} ms\n`);
  process.stdout.write(`[${name}] ratio a/b = ${(factsMs / handMs).toFixed(2)} (target ≤ 2${name === 'sqlite' ? ', and a < 1000 ms' : ''})\n`);

  const child = fork(path.join(import.meta.dirname, 'api-server.ts'), { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const ask = <T>(msg: unknown) => new Promise<T>((resolve) => { child.once('message', (m) => resolve(m as T)); child.send(msg as object); });
  try {
    const s = await ask<{ appAddress: string }>({ database, dataDir, bareBody: '{}' });
    const login = await fetch(`${s.appAddress}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'leader', password: demoPassword('leader') }) });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const url = `${s.appAddress}/api/v1/facilities?branchId=${branch}&status=in_service&page=2&pageSize=20&sort=portCode`;
    const first = await fetch(url, { headers: { cookie } });
    const total = ((await first.json()) as { total?: number }).total;
    const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION_S, headers: { cookie } });
    process.stdout.write(`[${name}] GET /api/v1/facilities (branch filter, status filter, page 2 of ${total} rows) at ${CONNECTIONS} connections: ${r.requests.average.toFixed(0)} req/s   p50 ${r.latency.p50} ms   p99 ${r.latency.p99} ms (target < 50 ms)   errors ${r.errors + r.non2xx}\n`);
  } finally {
    child.kill();
  }
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guomen-bench-ports-'));
  try {
    await runDialect('sqlite', { dialect: 'sqlite', file: path.join(dir, 'bench.db') }, dir);
    const schema = `bench_ports_${Date.now()}`;
    const admin = new pg.Client({ connectionString: PG_URL });
    try {
      await admin.connect();
      await admin.query(`create schema ${schema}`);
      await runDialect('postgres', { dialect: 'postgres', url: PG_URL, schema }, dir);
    } catch (error) {
      process.stdout.write(`[postgres] skipped: ${String(error)}\n`);
    } finally {
      await admin.query(`drop schema if exists ${schema} cascade`).catch(() => undefined);
      await admin.end().catch(() => undefined);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();

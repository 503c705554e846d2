import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateDownAll, migrateToLatest, migrationNames } from '../src/platform/db/migrator.ts';
import { DEMO_ACCOUNTS, seedDemo } from '../src/seed/demo.ts';
import { createTestApp, dbAvailable, tableCounts, type TestApp } from './helpers.ts';

const BOOKKEEPING = ['schema_migrations', 'schema_migrations_lock'];
const CORE_TABLES = [
  'org_units',
  'users',
  'password_history',
  'recovery_codes',
  'grants',
  'sessions',
  'address_throttle',
  'settings',
  'audit_log',
  'audit_anchors',
  'job_leases',
];

/** The application's tables in this test's database (its own schema on PostgreSQL). */
async function tables(t: TestApp): Promise<string[]> {
  const schema = t.config.database.dialect === 'postgres' ? t.config.database.schema : undefined;
  const all = await t.ctx.db.introspection.getTables();
  return all
    .filter((table) => (schema ? table.schema === schema : true))
    .map((table) => table.name)
    .filter((name) => !BOOKKEEPING.includes(name))
    .sort();
}

describe.skipIf(!dbAvailable)('migrations', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp({ seed: false });
  });
  afterEach(async () => t.close());

  it('goes up, down and up again, creating and dropping every table', async () => {
    const latest = await tables(t);
    expect(latest).toEqual(expect.arrayContaining(CORE_TABLES));

    const down = await migrateDownAll(t.ctx.db);
    expect(down).toEqual([...migrationNames()].reverse());
    expect(await tables(t)).toEqual([]);

    const up = await migrateToLatest(t.ctx.db);
    expect(up).toEqual(migrationNames());
    expect(await tables(t)).toEqual(latest);
    expect(await migrateToLatest(t.ctx.db)).toEqual([]);
  });

  it('leaves a working schema after a round trip, and goes down again with data in it', async () => {
    await migrateDownAll(t.ctx.db);
    await migrateToLatest(t.ctx.db);
    expect(await seedDemo(t.ctx)).toBe('seeded');
    const counts = await tableCounts(t);
    expect(counts.orgUnits).toBeGreaterThan(20);
    expect(counts.users).toBe(DEMO_ACCOUNTS.length);
    expect(counts.auditLog).toBeGreaterThan(0);

    await migrateDownAll(t.ctx.db);
    expect(await tables(t)).toEqual([]);
    await migrateToLatest(t.ctx.db);
    expect((await tableCounts(t)).orgUnits).toBe(0);
  });
});

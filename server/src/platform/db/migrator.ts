import { inspect } from 'node:util';
import {
  Migrator,
  PostgresAdapter,
  sql,
  type Kysely,
  type Migration,
  type MigrationResultSet,
} from 'kysely';
import * as m0001 from '../../../migrations/0001_platform_core.ts';
import * as m0002 from '../../../migrations/0002_ports_and_facilities.ts';
import * as m0003 from '../../../migrations/0003_files_and_attachments.ts';
import * as m0004 from '../../../migrations/0004_standards.ts';
import * as m0005 from '../../../migrations/0005_ledger_list_indexes.ts';
import * as m0006 from '../../../migrations/0006_file_blobs.ts';
import * as m0007 from '../../../migrations/0007_auth_epoch.ts';
import * as m0008 from '../../../migrations/0008_work_queue.ts';
import * as m0009 from '../../../migrations/0009_notifications.ts';
import * as m0010 from '../../../migrations/0010_place_kinds.ts';
import * as m0011 from '../../../migrations/0011_reference_sources.ts';

/** Migrations in order; a new one is added here and in migrations/. */
const MIGRATIONS: Record<string, Migration> = {
  '0001_platform_core': m0001,
  '0002_ports_and_facilities': m0002,
  '0003_files_and_attachments': m0003,
  '0004_standards': m0004,
  '0005_ledger_list_indexes': m0005,
  '0006_file_blobs': m0006,
  '0007_auth_epoch': m0007,
  '0008_work_queue': m0008,
  '0009_notifications': m0009,
  '0010_place_kinds': m0010,
  '0011_reference_sources': m0011,
};

export const migrationNames = (): string[] => Object.keys(MIGRATIONS);

/**
 * On PostgreSQL the bookkeeping tables live in the connection's own schema: without naming it, the
 * migrator would take another schema's table of the same name for ours.
 */
async function bookkeepingSchema<T>(db: Kysely<T>): Promise<string | undefined> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return undefined;
  const row = await sql<{ schema: string }>`select current_schema() as schema`.execute(db);
  return row.rows[0]?.schema;
}

async function migrator<T>(db: Kysely<T>): Promise<Migrator> {
  const schema = await bookkeepingSchema(db);
  return new Migrator({
    ...(schema ? { migrationTableSchema: schema } : {}),
    // Migrations name columns in snake_case themselves, so they run without the camel-case plugin.
    db: db.withoutPlugins(),
    provider: { getMigrations: async () => MIGRATIONS },
    migrationTableName: 'schema_migrations',
    migrationLockTableName: 'schema_migrations_lock',
  });
}

function check(result: MigrationResultSet): string[] {
  if (result.error) {
    const failed = result.results?.find((r) => r.status === 'Error');
    const reason = result.error instanceof Error ? String(result.error) : inspect(result.error);
    throw new Error(`migration ${failed?.migrationName ?? '?'} failed: ${reason}`);
  }
  return (result.results ?? []).map((r) => r.migrationName);
}

export async function migrateToLatest<T>(db: Kysely<T>): Promise<string[]> {
  return check(await (await migrator(db)).migrateToLatest());
}

export async function migrateDownAll<T>(db: Kysely<T>): Promise<string[]> {
  const { NO_MIGRATIONS } = await import('kysely');
  return check(await (await migrator(db)).migrateTo(NO_MIGRATIONS));
}

import { Migrator, type Kysely, type Migration, type MigrationResultSet } from 'kysely';
import * as m0001 from '../../../migrations/0001_platform_core.ts';
import * as m0002 from '../../../migrations/0002_ports_and_facilities.ts';
import * as m0003 from '../../../migrations/0003_files_and_attachments.ts';

/** Migrations in order; a new one is added here and in migrations/. */
const MIGRATIONS: Record<string, Migration> = {
  '0001_platform_core': m0001,
  '0002_ports_and_facilities': m0002,
  '0003_files_and_attachments': m0003,
};

export const migrationNames = (): string[] => Object.keys(MIGRATIONS);

function migrator<T>(db: Kysely<T>): Migrator {
  return new Migrator({
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
    throw new Error(`migration ${failed?.migrationName ?? '?'} failed: ${String(result.error)}`);
  }
  return (result.results ?? []).map((r) => r.migrationName);
}

export async function migrateToLatest<T>(db: Kysely<T>): Promise<string[]> {
  return check(await migrator(db).migrateToLatest());
}

export async function migrateDownAll<T>(db: Kysely<T>): Promise<string[]> {
  const { NO_MIGRATIONS } = await import('kysely');
  return check(await migrator(db).migrateTo(NO_MIGRATIONS));
}

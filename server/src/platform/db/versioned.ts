import type { Kysely, Selectable, Updateable } from 'kysely';
import { staleVersion } from '../errors/errors.ts';
import type { Db, Tx } from './database.ts';
import type { DB } from './schema.ts';

/** Tables whose rows carry an optimistic-concurrency version. */
export type VersionedTable = {
  [T in keyof DB]: DB[T] extends { version: number; updatedAt: number } ? T : never;
}[keyof DB];

/** The column each versioned table is keyed by, where it is not `id`. */
const KEY_COLUMNS: Partial<Record<VersionedTable, string>> = {
  designationCategories: 'code',
  facilityTypes: 'code',
  settings: 'key',
};

/** What the caller read: the row's key (its `id`, or its code or key where the table is keyed so) and version. */
export type VersionRead = { id: string; version: number };

/** The changed columns and who changed them when; the version is the helper's to set. */
export type VersionedChanges<T extends VersionedTable> = Omit<Updateable<DB[T]>, 'version'> & {
  updatedAt: number;
  updatedBy: string | null;
};

// Kysely cannot follow a column reference through a generic table name; the shapes are stated here instead.
type AnyVersioned = Record<string, Record<string, unknown> & { version: number }>;

/**
 * Optimistic update: writes the changes and the next version only while the row still holds the version the
 * caller read, and returns the row as written. A version that has moved on (or a row that is gone) answers
 * STALE_VERSION, 409. One statement: RETURNING, which PostgreSQL and SQLite (3.35 and later) both have.
 */
export async function updateVersioned<T extends VersionedTable>(
  db: Db | Tx,
  table: T,
  read: VersionRead,
  changes: VersionedChanges<T>,
): Promise<Selectable<DB[T]>> {
  const loose = db as unknown as Kysely<AnyVersioned>;
  const name: string = table;
  const row = await loose
    .updateTable(name)
    .set({ ...changes, version: read.version + 1 })
    .where(KEY_COLUMNS[table] ?? 'id', '=', read.id)
    .where('version', '=', read.version)
    .returningAll()
    .executeTakeFirst();
  if (!row) throw staleVersion();
  return row as unknown as Selectable<DB[T]>;
}

import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { CamelCasePlugin, Kysely, PostgresDialect, SqliteDialect, type Transaction } from 'kysely';
import type { DatabaseConfig } from '../../config.ts';
import type { DB } from './schema.ts';

export type Dialect = DatabaseConfig['dialect'];
export type Db = Kysely<DB>;
export type Tx = Transaction<DB>;

export type Database = {
  db: Db;
  dialect: Dialect;
  /** The raw SQLite handle, for online backup; null on PostgreSQL. */
  sqlite: SqliteDatabase.Database | null;
  close(): Promise<void>;
};

// BIGINT (epoch ms, counts) as numbers: every value we store fits in 2^53.
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));

export function openSqlite(file: string): SqliteDatabase.Database {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const handle = new SqliteDatabase(file);
  // The database holds password hashes and sealed secrets: readable by the service account only. SQLite gives
  // its -wal and -shm files the database file's permissions.
  if (file !== ':memory:') fs.chmodSync(file, 0o600);
  handle.pragma('journal_mode = WAL');
  // NORMAL in WAL mode survives a process crash; only an OS crash can lose the last commits.
  handle.pragma('synchronous = NORMAL');
  handle.pragma('foreign_keys = ON');
  handle.pragma('busy_timeout = 5000');
  return handle;
}

/**
 * Kysely prepares every statement anew; on SQLite that preparation costs more than running the query.
 * Statements are reused safely because the driver runs one query at a time on its single connection.
 */
function withStatementCache(handle: SqliteDatabase.Database, size = 500): SqliteDatabase.Database {
  const cache = new Map<string, SqliteDatabase.Statement>();
  const prepare = handle.prepare.bind(handle);
  return new Proxy(handle, {
    get(target, prop, receiver) {
      if (prop !== 'prepare') return Reflect.get(target, prop, receiver) as unknown;
      return (source: string) => {
        let statement = cache.get(source);
        if (!statement) {
          statement = prepare(source);
          if (cache.size >= size) cache.delete(cache.keys().next().value ?? '');
          cache.set(source, statement);
        }
        return statement;
      };
    },
  });
}

export function createDatabase(
  config: DatabaseConfig,
  options: { poolSize?: number } = {},
): Database {
  const plugins = [new CamelCasePlugin()];
  if (config.dialect === 'sqlite') {
    const sqlite = openSqlite(config.file);
    const db = new Kysely<DB>({
      dialect: new SqliteDialect({ database: withStatementCache(sqlite) }),
      plugins,
    });
    return { db, dialect: 'sqlite', sqlite, close: () => db.destroy() };
  }
  const pool = new pg.Pool({
    connectionString: config.url,
    max: options.poolSize ?? 10,
    ...(config.schema ? { options: `-c search_path=${config.schema}` } : {}),
  });
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }), plugins });
  return { db, dialect: 'postgres', sqlite: null, close: () => db.destroy() };
}

import SqliteDatabase from 'better-sqlite3';

/**
 * Tells a running server from a stopped one, for commands that must not run under a server (restore). Every
 * server on an embedded database holds a shared lock on a small companion file for as long as its process
 * lives (SQLite's exclusive locking mode keeps a lock once taken); a command that needs the database to itself
 * asks for an exclusive lock and is refused while any server holds one. The operating system drops the lock
 * when a process ends, however it ends, so a crash leaves nothing stale behind.
 */
const lockFile = (databaseFile: string) => `${databaseFile}.serving`;

export type ServingLock = { release(): void };

export function holdServingLock(databaseFile: string): ServingLock {
  if (databaseFile === ':memory:') return { release: () => undefined };
  const init = new SqliteDatabase(lockFile(databaseFile));
  init.exec('create table if not exists serving (started_at integer)');
  init.close();
  const holder = new SqliteDatabase(lockFile(databaseFile));
  holder.pragma('locking_mode = EXCLUSIVE');
  holder.prepare('select count(*) from serving').get();
  return { release: () => holder.close() };
}

/** Whether some process holds the database as a server now. */
export function serverHoldsDatabase(databaseFile: string): boolean {
  if (databaseFile === ':memory:') return false;
  let probe: SqliteDatabase.Database;
  try {
    probe = new SqliteDatabase(lockFile(databaseFile), { fileMustExist: true, timeout: 0 });
  } catch {
    return false;
  }
  try {
    probe.exec('begin exclusive');
    probe.exec('rollback');
    return false;
  } catch (error) {
    if ((error as { code?: string }).code === 'SQLITE_BUSY') return true;
    throw error;
  } finally {
    probe.close();
  }
}

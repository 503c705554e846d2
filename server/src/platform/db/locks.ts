import { sql } from 'kysely';
import type { Dialect, Tx } from './database.ts';

/**
 * Serialises the transactions that decide one thing (for example "is there still an auditor?") until each
 * commits: a transaction-scoped advisory lock on PostgreSQL, across every instance. SQLite runs one write
 * transaction at a time on its single connection already.
 */
export async function lockNamed(tx: Tx, dialect: Dialect, name: string): Promise<void> {
  if (dialect === 'postgres')
    await sql`select pg_advisory_xact_lock(hashtext(${name}))`.execute(tx);
}

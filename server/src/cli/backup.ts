import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import type { Config } from '../config.ts';
import type { Database } from '../platform/db/database.ts';
import { createDatabase } from '../platform/db/database.ts';
import { verifyAuditChain, anchorSignedText } from '../platform/audit/audit.ts';
import { createCrypto } from '../platform/crypto/crypto.ts';
import { resolveSecret } from '../platform/context.ts';
import { failure } from './io.ts';

export const PG_HINT = 'PostgreSQL: use pg_dump / pg_restore (or your platform\'s snapshot) — guomen backs up only its embedded SQLite database';

/** SQLite online backup: consistent even while the server writes. */
export async function backupCommand(database: Database, file: string): Promise<string> {
  if (!database.sqlite) throw failure(PG_HINT);
  const target = path.resolve(file);
  if (fs.existsSync(target)) throw failure(`${target} exists; choose a new file`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  await database.sqlite.backup(target);
  return `backup written to ${target}`;
}

/** Replaces the database with a backup after checking it opens and its audit chain verifies. Stop the server first. */
export async function restoreCommand(config: Config, file: string): Promise<string> {
  if (config.database.dialect !== 'sqlite') throw failure(PG_HINT);
  const source = path.resolve(file);
  if (!fs.existsSync(source)) throw failure(`${source} does not exist`);
  try {
    const probe = new SqliteDatabase(source, { readonly: true, fileMustExist: true });
    const check = probe.pragma('integrity_check', { simple: true });
    probe.close();
    if (check !== 'ok') throw new Error(String(check));
  } catch (error) {
    throw failure(`${source} is not a sound SQLite database: ${String(error)}`);
  }
  const candidate = createDatabase({ dialect: 'sqlite', file: source });
  try {
    const crypto = createCrypto(config.crypto, resolveSecret(config));
    const result = await verifyAuditChain(candidate.db, (a) => crypto.macEquals(anchorSignedText(a), a.signature));
    if (!result.ok) throw failure(`the backup's audit trail does not verify: ${result.reason ?? ''}`);
  } finally {
    await candidate.close();
  }
  const target = config.database.file;
  const temp = `${target}.restoring`;
  fs.copyFileSync(source, temp);
  for (const suffix of ['-wal', '-shm']) fs.rmSync(`${target}${suffix}`, { force: true });
  fs.renameSync(temp, target);
  return `restored ${source} into ${target}`;
}

import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import type { Config } from '../config.ts';
import type { Database } from '../platform/db/database.ts';
import { createDatabase } from '../platform/db/database.ts';
import {
  SYSTEM_ACTOR,
  anchorSignedText,
  createChainKeys,
  headKeyedBy,
  verifyAuditChain,
} from '../platform/audit/audit.ts';
import { retireCheckpoint } from '../platform/audit/checkpoint.ts';
import { createCrypto } from '../platform/crypto/crypto.ts';
import { createContext, inTransaction, prepareContext } from '../platform/context.ts';
import { serverHoldsDatabase } from '../platform/db/serving-lock.ts';
import {
  SECRET_FILE,
  existingSecret,
  recordedFingerprint,
  secretFingerprint,
  secretMismatchMessage,
} from '../platform/deployment.ts';
import { failure } from './io.ts';

export const PG_HINT =
  "PostgreSQL: use pg_dump / pg_restore (or your platform's snapshot) — guomen backs up only its embedded SQLite database";

/** SQLite online backup: consistent even while the server writes. Says which secret a restore will need. */
export async function backupCommand(
  database: Database,
  file: string,
  fingerprint: string,
): Promise<string> {
  if (!database.sqlite) throw failure(PG_HINT);
  const target = path.resolve(file);
  if (fs.existsSync(target)) throw failure(`${target} exists; choose a new file`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  await database.sqlite.backup(target);
  return `backup written to ${target}\nrestoring it needs the secret with fingerprint ${fingerprint} (GUOMEN_SECRET, or ${SECRET_FILE} from this data directory): keep it apart from the backup`;
}

/**
 * Replaces the database with a backup, after checking that no server holds the database, that the backup is a
 * sound SQLite file made under this configuration's secret, and that its audit trail verifies. The old
 * checkpoint is kept aside as evidence and the restore itself is audited in the restored database.
 */
export async function restoreCommand(
  config: Config,
  file: string,
  options: { acceptUnkeyed?: boolean } = {},
): Promise<string> {
  if (config.database.dialect !== 'sqlite') throw failure(PG_HINT);
  const target = config.database.file;
  if (serverHoldsDatabase(target)) {
    throw failure(
      `a Guomen server is running on ${target}: stop it first (restoring under a running server would lose its writes)`,
    );
  }
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
  const secret = existingSecret(config);
  const candidate = createDatabase({ dialect: 'sqlite', file: source });
  let fromHead = 0;
  let predatesKeying = false;
  try {
    const recorded = await recordedFingerprint(candidate.db).catch(() => null);
    if (!secret) {
      throw failure(
        `restoring needs the secret the backup was made under${recorded ? ` (fingerprint ${recorded})` : ''}: ` +
          `set GUOMEN_SECRET to it, or put its ${SECRET_FILE} into ${config.dataDir}`,
      );
    }
    const fingerprint = secretFingerprint(secret);
    if (recorded && recorded !== fingerprint)
      throw failure(secretMismatchMessage(recorded, fingerprint, config.dataDir));
    const crypto = createCrypto(config.crypto, secret);
    const keys = createChainKeys(config.crypto, secret);
    // A backup from before the audit trail was keyed carries plain digests only, which anyone could have written:
    // it is restored only when the operator says so, and the restore records that it was.
    predatesKeying = recorded === null && (await headKeyedBy(candidate.db, keys)) === null;
    if (predatesKeying && !options.acceptUnkeyed) {
      throw failure(
        `${source} predates the keyed audit trail, so its audit rows cannot be authenticated; restore it with --accept-unkeyed if you trust the file`,
      );
    }
    const result = await verifyAuditChain(candidate.db, keys, {
      dataDir: null,
      anchorValid: (a) => crypto.macEquals(anchorSignedText(a), a.signature),
      predatesKeying,
    });
    const first = result.breaks[0];
    if (first) {
      const more = result.breaks.length > 1 ? ` (and ${result.breaks.length - 1} more)` : '';
      const hint =
        recorded === null
          ? '; if it was made under another secret, set GUOMEN_SECRET to that one'
          : '';
      throw failure(`the backup's audit trail does not verify: ${first.message.en}${more}${hint}`);
    }
    fromHead =
      (
        await candidate.db
          .selectFrom('auditLog')
          .select('seq')
          .orderBy('seq', 'desc')
          .limit(1)
          .executeTakeFirst()
      )?.seq ?? 0;
  } finally {
    await candidate.close();
  }
  // Checked again just before the swap: a server started meanwhile must not lose its writes either.
  if (serverHoldsDatabase(target))
    throw failure(`a Guomen server started on ${target}: stop it first`);
  const temp = `${target}.restoring`;
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(source, temp);
  for (const suffix of ['-wal', '-shm']) fs.rmSync(`${target}${suffix}`, { force: true });
  fs.renameSync(temp, target);
  const now = Date.now();
  const retired = retireCheckpoint(config.dataDir, now);
  const ctx = createContext(config);
  try {
    await prepareContext(ctx);
    await inTransaction(ctx, (tx) =>
      ctx.audit.append(tx, SYSTEM_ACTOR, {
        action: 'system.restored',
        entityType: 'database',
        entityId: null,
        after: {
          from: path.basename(source),
          backupHeadSeq: fromHead,
          previousCheckpoint: retired ? path.basename(retired) : null,
          unkeyedBackupAccepted: predatesKeying,
        },
      }),
    );
  } finally {
    await ctx.audit.flush();
    await ctx.database.close();
  }
  return `restored ${source} into ${target}${retired ? `; the previous audit checkpoint is kept as ${retired}` : ''}`;
}

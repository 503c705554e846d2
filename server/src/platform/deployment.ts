import fs from 'node:fs';
import path from 'node:path';
import { createHmac } from 'node:crypto';
import type { Config } from '../config.ts';
import type { Db } from './db/database.ts';
import { headKeyedBy, sealLegacyChain, type ChainKeys } from './audit/audit.ts';
import { readCheckpoint } from './audit/checkpoint.ts';

/**
 * A database is bound to the secret it was made under: sealed TOTP secrets, the keyed audit chain and signed
 * anchors all depend on it. The database keeps the secret's fingerprint (never the secret), so a server started,
 * or a backup restored, with another secret is refused with a message naming what is needed, instead of
 * failing later at a login.
 */
export const SECRET_FINGERPRINT_SETTING = 'deployment.secret_fingerprint';
export const SECRET_FILE = 'secret.key';

export function secretFingerprint(secret: string): string {
  return createHmac('sha256', secret)
    .update('guomen-secret-fingerprint')
    .digest('hex')
    .slice(0, 16);
}

/** The secret this configuration would use, without making one: GUOMEN_SECRET, or the data directory's file. */
export function existingSecret(config: Config): string | null {
  if (config.secret) return config.secret;
  try {
    return fs.readFileSync(path.join(config.dataDir, SECRET_FILE), 'utf8').trim() || null;
  } catch {
    return null;
  }
}

export class SecretMismatch extends Error {}

export const secretMismatchMessage = (recorded: string, current: string, dataDir: string) =>
  `the database was made under the secret with fingerprint ${recorded}, but this configuration's secret has fingerprint ${current}: ` +
  `set GUOMEN_SECRET to the original secret, or put the original ${SECRET_FILE} into ${dataDir}`;

export async function recordedFingerprint(db: Db): Promise<string | null> {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', SECRET_FINGERPRINT_SETTING)
    .executeTakeFirst();
  return row?.value ?? null;
}

/**
 * Run after migrations, before serving or any command: checks the secret against the database, recording its
 * fingerprint on first use, and on that first use only seals the boundary of audit rows hashed before the chain
 * was keyed (see sealLegacyChain). A database whose fingerprint is missing but whose chain is keyed under another
 * secret is refused as well: deleting the fingerprint does not let another secret in.
 */
export async function prepareDeployment(
  db: Db,
  options: { fingerprint: string; keys: ChainKeys; dataDir: string; now: number },
): Promise<void> {
  if ((await recordedFingerprint(db)) === null) {
    const keyedBy = await headKeyedBy(db, options.keys);
    if (keyedBy === false)
      throw new SecretMismatch(
        secretMismatchMessage(
          '(not recorded; its audit trail is keyed under another secret)',
          options.fingerprint,
          options.dataDir,
        ),
      );
    if (keyedBy === null && readCheckpoint(options.dataDir).kind === 'none')
      await sealLegacyChain(db, options.keys, options.now);
    await db
      .insertInto('settings')
      .values({
        key: SECRET_FINGERPRINT_SETTING,
        value: options.fingerprint,
        version: 1,
        updatedAt: options.now,
        updatedBy: null,
      })
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
  }
  // Read again: of two instances starting at once with different secrets, the second must see the first's.
  const recorded = await recordedFingerprint(db);
  if (recorded !== options.fingerprint)
    throw new SecretMismatch(
      secretMismatchMessage(recorded ?? '?', options.fingerprint, options.dataDir),
    );
}

// The boundary of rows hashed before the chain was keyed: sealed once at start-up and read by verify,
// so it lives apart from the writer that appends rows on every request.
import type { Db } from '../db/database.ts';
import type { ChainKeys } from './chain-keys.ts';

/** Where the signed boundary of rows hashed before the chain was keyed is kept. */
export const LEGACY_SETTING = 'audit.legacy_through';

/**
 * Rows hashed before the chain was keyed get a signed boundary, so verify accepts their plain digests up to it
 * and nowhere after it. Sealing happens once, on the first start of the keyed code over a database that has
 * never known it: no recorded secret fingerprint, no keyed row or anchor, and no checkpoint in the data
 * directory. A keyed deployment therefore never seals again, whatever is deleted from its database: plain
 * digests written there later are reported as altered.
 */
export async function sealLegacyChain(
  db: Db,
  keys: ChainKeys,
  now: number,
): Promise<'sealed' | 'nothing-to-seal' | 'already-keyed'> {
  const keyed = await db
    .selectFrom('auditLog')
    .select('seq')
    .where('hash', 'like', 'hmac-%')
    .limit(1)
    .executeTakeFirst();
  const keyedAnchor = await db
    .selectFrom('auditAnchors')
    .select('id')
    .where('throughHash', 'like', 'hmac-%')
    .limit(1)
    .executeTakeFirst();
  if (keyed || keyedAnchor) return 'already-keyed';
  const legacy = await db
    .selectFrom('auditLog')
    .select('seq')
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const anchored = await db
    .selectFrom('auditAnchors')
    .select('throughSeq')
    .orderBy('throughSeq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const through = Math.max(legacy?.seq ?? 0, anchored?.throughSeq ?? 0);
  if (through === 0) return 'nothing-to-seal';
  const value = JSON.stringify({ through, signature: keys.sign(legacySignedText(through)) });
  await db
    .insertInto('settings')
    .values({ key: LEGACY_SETTING, value, version: 1, updatedAt: now, updatedBy: null })
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  return 'sealed';
}

/** Whether the database's newest keyed row was keyed under these keys: a database whose fingerprint went missing still names its secret. */
export async function headKeyedBy(db: Db, keys: ChainKeys): Promise<boolean | null> {
  const row = await db
    .selectFrom('auditLog')
    .selectAll()
    .where('hash', 'like', 'hmac-%')
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!row) return null;
  const { hash, ...fields } = row;
  return keys.valid(fields, hash, 0);
}

const legacySignedText = (through: number) => `guomen-audit-legacy-through|${through}`;

/** The boundary as stored: none accepts no plain digest; an unreadable or forged one is reported. */
export async function legacyBoundary(
  db: Db,
  keys: ChainKeys,
): Promise<{ through: number; valid: boolean }> {
  const row = await db
    .selectFrom('settings')
    .select('value')
    .where('key', '=', LEGACY_SETTING)
    .executeTakeFirst();
  if (!row) return { through: 0, valid: true };
  try {
    const parsed = JSON.parse(row.value) as { through?: unknown; signature?: unknown };
    if (
      typeof parsed.through === 'number' &&
      typeof parsed.signature === 'string' &&
      keys.signatureValid(legacySignedText(parsed.through), parsed.signature)
    ) {
      return { through: parsed.through, valid: true };
    }
  } catch {
    // falls through: an unreadable boundary is as bad as a forged one
  }
  return { through: 0, valid: false };
}

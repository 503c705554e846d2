import { sql } from 'kysely';
import type { Db, Dialect, Tx } from '../db/database.ts';
import { newId } from '../db/ids.ts';
import { writeJson } from '../db/values.ts';
import type { AuditLogTable } from '../db/schema.ts';
import { digestWith, type CryptoSuite } from '../crypto/crypto.ts';

/** Who did it and from where; every write carries one. */
export type AuditActor = { actorId: string | null; actorUsername: string | null; address: string | null };
export const SYSTEM_ACTOR: AuditActor = { actorId: null, actorUsername: 'system', address: null };

export type AuditEntry = {
  action: string;
  entityType: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
};

export const GENESIS_HASH = 'genesis';
// One lock id for the chain's tail: concurrent PostgreSQL transactions append one at a time.
const CHAIN_LOCK = 72_420_001;

type ChainedFields = Omit<AuditLogTable, 'hash'>;

/** The hash names its algorithm, so a chain stays verifiable across a switch to SM3. */
export function chainHash(suite: CryptoSuite, row: ChainedFields): string {
  const canonical = JSON.stringify([
    row.seq, row.id, row.at, row.actorId, row.actorUsername, row.address, row.action,
    row.entityType, row.entityId, row.beforeJson, row.afterJson, row.prevHash,
  ]);
  return `${suite === 'sm' ? 'sm3' : 'sha256'}:${digestWith(suite, canonical)}`;
}

export function suiteOfHash(hash: string): CryptoSuite {
  return hash.startsWith('sm3:') ? 'sm' : 'international';
}

async function chainTail(tx: Tx): Promise<{ seq: number; hash: string }> {
  const last = await tx.selectFrom('auditLog').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  if (last) return last;
  const anchor = await tx.selectFrom('auditAnchors').select(['throughSeq', 'throughHash']).orderBy('throughSeq', 'desc').limit(1).executeTakeFirst();
  return anchor ? { seq: anchor.throughSeq, hash: anchor.throughHash } : { seq: 0, hash: GENESIS_HASH };
}

export type AuditWriter = {
  /** Appends one row to the hash chain inside the caller's transaction, so the change and its record commit together. */
  append(tx: Tx, actor: AuditActor, entry: AuditEntry): Promise<void>;
};

export function createAuditWriter(suite: CryptoSuite, dialect: Dialect, clock: () => number = Date.now): AuditWriter {
  return { append: (tx, actor, entry) => appendAudit(tx, suite, dialect, actor, entry, clock()) };
}

async function appendAudit(tx: Tx, suite: CryptoSuite, dialect: Dialect, actor: AuditActor, entry: AuditEntry, now: number): Promise<void> {
  if (dialect === 'postgres') {
    await sql`select pg_advisory_xact_lock(${CHAIN_LOCK})`.execute(tx);
  }
  const tail = await chainTail(tx);
  const row: ChainedFields = {
    seq: tail.seq + 1,
    id: newId(),
    at: now,
    actorId: actor.actorId,
    actorUsername: actor.actorUsername,
    address: actor.address,
    action: entry.action,
    entityType: entry.entityType,
    entityId: entry.entityId,
    beforeJson: writeJson(entry.before),
    afterJson: writeJson(entry.after),
    prevHash: tail.hash,
  };
  await tx.insertInto('auditLog').values({ ...row, hash: chainHash(suite, row) }).execute();
}

export type VerifyResult = { ok: boolean; checked: number; firstBrokenSeq: number | null; reason: string | null };

/** Walks the chain from its oldest kept row; the anchor left by retention vouches for what was cut. */
export async function verifyAuditChain(db: Db, anchorValid: (anchor: AnchorRow) => boolean): Promise<VerifyResult> {
  const anchors = await db.selectFrom('auditAnchors').selectAll().orderBy('throughSeq', 'asc').execute();
  for (const anchor of anchors) {
    if (!anchorValid(anchor)) {
      return { ok: false, checked: 0, firstBrokenSeq: anchor.throughSeq, reason: `retention anchor through row ${anchor.throughSeq} fails its signature` };
    }
  }
  const first = await db.selectFrom('auditLog').select('seq').orderBy('seq', 'asc').limit(1).executeTakeFirst();
  if (!first) return { ok: true, checked: 0, firstBrokenSeq: null, reason: null };
  const anchor = [...anchors].reverse().find((a) => a.throughSeq === first.seq - 1);
  let expectedPrev = first.seq === 1 ? GENESIS_HASH : anchor?.throughHash;
  if (expectedPrev === undefined) {
    return { ok: false, checked: 0, firstBrokenSeq: first.seq, reason: `rows before ${first.seq} are missing and no retention anchor covers them` };
  }
  let expectedSeq = first.seq;
  let checked = 0;
  const batch = 5000;
  for (;;) {
    const rows = await db.selectFrom('auditLog').selectAll().where('seq', '>=', expectedSeq).orderBy('seq', 'asc').limit(batch).execute();
    for (const row of rows) {
      if (row.seq !== expectedSeq) return { ok: false, checked, firstBrokenSeq: expectedSeq, reason: `row ${expectedSeq} is missing` };
      if (row.prevHash !== expectedPrev) return { ok: false, checked, firstBrokenSeq: row.seq, reason: `row ${row.seq} does not link to the row before it` };
      const { hash, ...fields } = row;
      if (chainHash(suiteOfHash(hash), fields) !== hash) return { ok: false, checked, firstBrokenSeq: row.seq, reason: `row ${row.seq} was altered` };
      expectedPrev = hash;
      expectedSeq += 1;
      checked += 1;
    }
    if (rows.length < batch) break;
  }
  return { ok: true, checked, firstBrokenSeq: null, reason: null };
}

export type AnchorRow = {
  id: string;
  throughSeq: number;
  throughHash: string;
  rowCount: number;
  archiveFile: string;
  archiveDigest: string;
  signature: string;
  createdAt: number;
};

export const anchorSignedText = (a: Pick<AnchorRow, 'throughSeq' | 'throughHash' | 'rowCount' | 'archiveDigest'>): string =>
  `guomen-audit-anchor|${a.throughSeq}|${a.throughHash}|${a.rowCount}|${a.archiveDigest}`;

import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';
import { sql } from 'kysely';
import type { Actor } from '../access/actor.ts';
import type { Db, Dialect, Tx } from '../db/database.ts';
import { newId } from '../db/ids.ts';
import { writeJson } from '../db/values.ts';
import type { AuditLogTable } from '../db/schema.ts';
import { digestWith, type CryptoSuite } from '../crypto/crypto.ts';
import { storableText } from '../text/well-formed.ts';
import type { Text } from '../i18n/lang.ts';
import {
  checkpointSignedText,
  readCheckpoint,
  writeCheckpoint,
  type Checkpoint,
} from './checkpoint.ts';

/** Who did it and from where; every write carries one. */
export type AuditActor = {
  actorId: string | null;
  actorUsername: string | null;
  address: string | null;
};
export const SYSTEM_ACTOR: AuditActor = { actorId: null, actorUsername: 'system', address: null };

/**
 * Whom a write is recorded against: the signed-in actor (its user, name and address are the audit row's),
 * or a named non-user (the system, the command line, a login attempt before there is an actor).
 */
export type AuditBy = Actor | AuditActor;

export const auditActorFor = (by: AuditBy): AuditActor =>
  'userId' in by
    ? { actorId: by.userId, actorUsername: by.username, address: by.address }
    : { actorId: by.actorId, actorUsername: by.actorUsername, address: by.address };

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
/** Where the signed boundary of rows hashed before the chain was keyed is kept. */
export const LEGACY_SETTING = 'audit.legacy_through';

type ChainedFields = Omit<AuditLogTable, 'hash'>;

const canonical = (row: ChainedFields): string =>
  JSON.stringify([
    row.seq,
    row.id,
    row.at,
    row.actorId,
    row.actorUsername,
    row.address,
    row.action,
    row.entityType,
    row.entityId,
    row.beforeJson,
    row.afterJson,
    row.prevHash,
  ]);

const hashName = (suite: CryptoSuite) => (suite === 'sm' ? 'sm3' : 'sha256');

/**
 * The keys of the audit trail, derived from the deployment secret: the chain is an HMAC (HMAC-SM3 under
 * `GUOMEN_CRYPTO=sm`), so someone who can write the database but does not hold the secret cannot re-hash an
 * edited row. Each hash names its algorithm, so rows written before a switch of suite still verify.
 */
export type ChainKeys = {
  suite: CryptoSuite;
  hash(row: ChainedFields): string;
  /** Whether a stored hash is the right one for its row, in whichever suite it names. */
  valid(row: ChainedFields, hash: string, legacyThrough: number): boolean;
  /** A MAC naming its suite (`sha256:…`), for checkpoints and the legacy boundary. */
  sign(text: string): string;
  signatureValid(text: string, signature: string): boolean;
};

export function createChainKeys(suite: CryptoSuite, secret: string): ChainKeys {
  const keys = new Map<CryptoSuite, Buffer>();
  const keyOf = (s: CryptoSuite) => {
    let key = keys.get(s);
    if (!key) {
      key = Buffer.from(hkdfSync(hashName(s), secret, 'guomen', 'audit-chain', 32));
      keys.set(s, key);
    }
    return key;
  };
  const hmac = (s: CryptoSuite, text: string) =>
    createHmac(hashName(s), keyOf(s)).update(text).digest('hex');
  const equal = (a: string, b: string) =>
    a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
  const suiteNamed = (name: string): CryptoSuite | null =>
    name === 'sm3' ? 'sm' : name === 'sha256' ? 'international' : null;
  return {
    suite,
    hash: (row) => `hmac-${hashName(suite)}:${hmac(suite, canonical(row))}`,
    valid(row, hash, legacyThrough) {
      const [scheme = '', value = ''] = hash.split(':', 2);
      if (scheme.startsWith('hmac-')) {
        const s = suiteNamed(scheme.slice('hmac-'.length));
        return s !== null && equal(hmac(s, canonical(row)), value);
      }
      // Unkeyed rows come only from before the chain was keyed, up to the boundary signed then.
      const s = suiteNamed(scheme);
      return s !== null && row.seq <= legacyThrough && equal(digestWith(s, canonical(row)), value);
    },
    sign: (text) => `${hashName(suite)}:${hmac(suite, text)}`,
    signatureValid(text, signature) {
      const [scheme = '', value = ''] = signature.split(':', 2);
      const s = suiteNamed(scheme);
      return s !== null && equal(hmac(s, text), value);
    },
  };
}

async function chainTail(tx: Tx): Promise<{ seq: number; hash: string }> {
  const last = await tx
    .selectFrom('auditLog')
    .select(['seq', 'hash'])
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (last) return last;
  const anchor = await tx
    .selectFrom('auditAnchors')
    .select(['throughSeq', 'throughHash'])
    .orderBy('throughSeq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return anchor
    ? { seq: anchor.throughSeq, hash: anchor.throughHash }
    : { seq: 0, hash: GENESIS_HASH };
}

export type AuditWriter = {
  /** Appends one row to the hash chain inside the caller's transaction, so the change and its record commit together. */
  append(tx: Tx, by: AuditBy, entry: AuditEntry): Promise<void>;
  /** Called once the transaction has committed: the checkpoint will move to the newest row it appended. */
  committed(tx: Tx): void;
  /** Writes the newest committed head to the checkpoint now (before verify, at shutdown, at the end of a command). */
  flush(): Promise<void>;
  /** Sends a signed checkpoint to the log at most once a minute, so a copy lives outside the data directory too, and warnings. */
  logTo(
    checkpoints: (checkpoint: Checkpoint) => void,
    warnings: (message: string, fields: Record<string, unknown>) => void,
  ): void;
};

export type AuditWriterOptions = {
  keys: ChainKeys;
  db: Db;
  dialect: Dialect;
  /** Where the checkpoint file lives; null keeps no checkpoint (a throwaway database). */
  dataDir: string | null;
  clock?: () => number;
};

const LOG_EVERY_MS = 60_000;
/**
 * The checkpoint file is replaced at most this often after a commit. The head it records is the one this
 * process committed, held in memory, so rows deleted from the database meanwhile are still caught; a crash
 * inside the window leaves the last committed rows without a checkpoint (ADR 0016).
 */
const FLUSH_AFTER_MS = 200;

export function createAuditWriter(options: AuditWriterOptions): AuditWriter {
  const { keys, db, dialect, dataDir } = options;
  const clock = options.clock ?? Date.now;
  const pending = new WeakMap<Tx, { seq: number; hash: string }>();
  const start = dataDir ? readCheckpoint(dataDir) : ({ kind: 'none' } as const);
  let written: { seq: number; hash: string } | null =
    start.kind === 'found' ? { seq: start.checkpoint.seq, hash: start.checkpoint.hash } : null;
  let head: { seq: number; hash: string } | null = null;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> = Promise.resolve();
  let loggedAt = 0;
  let forkReported = false;
  let log: ((checkpoint: Checkpoint) => void) | null = null;
  let warn: ((message: string, fields: Record<string, unknown>) => void) | null = null;

  /**
   * A checkpoint only ever moves forward along the same chain: the row it names must still be in the table with
   * the same hash (or be archived under an anchor). Otherwise rows were cut or rewritten since, and replacing the
   * checkpoint would erase the evidence; it stays, and verify reports the break.
   */
  const stillHolds = async (previous: { seq: number; hash: string }): Promise<boolean> => {
    const row = await db
      .selectFrom('auditLog')
      .select('hash')
      .where('seq', '=', previous.seq)
      .executeTakeFirst();
    if (row) return row.hash === previous.hash;
    const anchor = await db
      .selectFrom('auditAnchors')
      .select('throughSeq')
      .where('throughSeq', '>=', previous.seq)
      .limit(1)
      .executeTakeFirst();
    return anchor !== undefined;
  };

  const write = async () => {
    if (!dataDir || !head || (written && head.seq <= written.seq)) return;
    const next = head;
    if (written && !(await stillHolds(written))) {
      if (!forkReported) {
        forkReported = true;
        warn?.(
          'audit chain no longer holds the checkpointed row: the checkpoint is kept for verify to report',
          { checkpointSeq: written.seq, headSeq: next.seq },
        );
      }
      return;
    }
    const at = clock();
    const checkpoint: Checkpoint = {
      ...next,
      at,
      mac: keys.sign(checkpointSignedText({ ...next, at })),
    };
    writeCheckpoint(dataDir, checkpoint);
    written = next;
    if (log && at - loggedAt >= LOG_EVERY_MS) {
      loggedAt = at;
      log(checkpoint);
    }
  };

  const flush = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = null;
    running = running.then(write, write);
    return running;
  };

  return {
    async append(tx, by, entry) {
      const actor = auditActorFor(by);
      if (dialect === 'postgres')
        await sql`select pg_advisory_xact_lock(${CHAIN_LOCK})`.execute(tx);
      const tail = await chainTail(tx);
      const text = (value: string | null) => (value === null ? null : storableText(value));
      const row: ChainedFields = {
        seq: tail.seq + 1,
        id: newId(),
        at: clock(),
        actorId: text(actor.actorId),
        actorUsername: text(actor.actorUsername),
        address: text(actor.address),
        action: storableText(entry.action),
        entityType: storableText(entry.entityType),
        entityId: text(entry.entityId),
        beforeJson: writeJson(entry.before),
        afterJson: writeJson(entry.after),
        prevHash: tail.hash,
      };
      const hash = keys.hash(row);
      await tx
        .insertInto('auditLog')
        .values({ ...row, hash })
        .execute();
      pending.set(tx, { seq: row.seq, hash });
    },
    committed(tx) {
      const appended = pending.get(tx);
      pending.delete(tx);
      if (!appended || !dataDir || (head && appended.seq <= head.seq)) return;
      head = appended;
      if (!timer) {
        timer = setTimeout(
          () =>
            void flush().catch((error: unknown) =>
              warn?.('audit checkpoint not written', { error: String(error) }),
            ),
          FLUSH_AFTER_MS,
        );
        timer.unref();
      }
    },
    flush,
    logTo(checkpoints, warnings) {
      log = checkpoints;
      warn = warnings;
    },
  };
}

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

async function legacyBoundary(
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

export type BreakKind =
  | 'altered'
  | 'unlinked'
  | 'missing'
  | 'anchor_invalid'
  | 'checkpoint_invalid'
  | 'checkpoint_mismatch'
  | 'truncated'
  | 'legacy_invalid';

/** One place where the chain does not hold: rows `fromSeq`–`toSeq` (the same for one row). */
export type ChainBreak = { kind: BreakKind; fromSeq: number; toSeq: number; message: Text };

export type VerifyResult = {
  ok: boolean;
  checked: number;
  /** Every break found, in order, up to MAX_BREAKS; `truncatedBreaks` says more were found. */
  breaks: ChainBreak[];
  moreBreaks: number;
  checkpoint: { seq: number; at: number } | null;
};

const MAX_BREAKS = 500;

const rows = (from: number, to: number) =>
  from === to
    ? { zh: `第 ${from} 行`, en: `row ${from}` }
    : { zh: `第 ${from}–${to} 行`, en: `rows ${from}–${to}` };

const describe = (kind: BreakKind, from: number, to: number): Text => {
  const r = rows(from, to);
  switch (kind) {
    case 'altered':
      return {
        zh: `${r.zh}内容被修改（哈希不符）`,
        en: `${r.en} was altered (its hash does not match)`,
      };
    case 'unlinked':
      return { zh: `${r.zh}未链接到前一行`, en: `${r.en} does not link to the row before it` };
    case 'missing':
      return {
        zh: `${r.zh}缺失，且没有归档锚点覆盖`,
        en: `${r.en} are missing and no retention anchor covers them`,
      };
    case 'anchor_invalid':
      return {
        zh: `截至第 ${to} 行的归档锚点签名无效`,
        en: `the retention anchor through row ${to} fails its signature`,
      };
    case 'checkpoint_invalid':
      return {
        zh: '数据目录中的审计检查点签名无效或无法读取',
        en: 'the audit checkpoint in the data directory is unreadable or fails its signature',
      };
    case 'checkpoint_mismatch':
      return {
        zh: `${r.zh}与检查点记录的哈希不符`,
        en: `${r.en} differs from the hash the checkpoint recorded`,
      };
    case 'truncated':
      return {
        zh: `${r.zh}已被删除：检查点记录审计链曾到达第 ${to} 行`,
        en: `${r.en} were removed: the checkpoint shows the chain reached row ${to}`,
      };
    case 'legacy_invalid':
      return {
        zh: '启用密钥前的审计行边界签名无效',
        en: 'the signed boundary of rows written before the chain was keyed fails its signature',
      };
  }
};

/**
 * Walks the chain from its oldest kept row and reports every break, not only the first: after a break the walk
 * goes on from the row as stored. Retention anchors vouch for what was archived; the checkpoint kept outside
 * the database vouches for how far the chain had reached.
 */
export async function verifyAuditChain(
  db: Db,
  keys: ChainKeys,
  options: {
    dataDir: string | null;
    anchorValid: (anchor: AnchorRow) => boolean;
    /** A backup from before the chain was keyed: its plain digests are all it has. */ predatesKeying?: boolean;
  },
): Promise<VerifyResult> {
  const breaks: ChainBreak[] = [];
  let moreBreaks = 0;
  const report = (kind: BreakKind, fromSeq: number, toSeq = fromSeq) => {
    if (breaks.length < MAX_BREAKS)
      breaks.push({ kind, fromSeq, toSeq, message: describe(kind, fromSeq, toSeq) });
    else moreBreaks += 1;
  };

  const legacy = options.predatesKeying
    ? { through: Number.MAX_SAFE_INTEGER, valid: true }
    : await legacyBoundary(db, keys);
  if (!legacy.valid) report('legacy_invalid', 0);
  const anchors = await db
    .selectFrom('auditAnchors')
    .selectAll()
    .orderBy('throughSeq', 'asc')
    .execute();
  const validAnchors = anchors.filter((anchor) => {
    if (options.anchorValid(anchor)) return true;
    report('anchor_invalid', anchor.throughSeq);
    return false;
  });
  const lastAnchor = validAnchors.at(-1);
  // Anchors tile the archived rows from row 1: a gap between them is rows archived under an anchor since deleted.
  let archivedUpTo = 0;
  for (const anchor of validAnchors) {
    const firstArchived = anchor.throughSeq - anchor.rowCount + 1;
    if (firstArchived > archivedUpTo + 1) report('missing', archivedUpTo + 1, firstArchived - 1);
    archivedUpTo = Math.max(archivedUpTo, anchor.throughSeq);
  }

  let checked = 0;
  let headSeq = lastAnchor?.throughSeq ?? 0;
  const checkpointRead = options.dataDir
    ? readCheckpoint(options.dataDir)
    : ({ kind: 'none' } as const);
  let checkpoint: Checkpoint | null = null;
  if (checkpointRead.kind === 'unreadable') report('checkpoint_invalid', 0);
  if (checkpointRead.kind === 'found') {
    if (
      keys.signatureValid(
        checkpointSignedText(checkpointRead.checkpoint),
        checkpointRead.checkpoint.mac,
      )
    )
      checkpoint = checkpointRead.checkpoint;
    else report('checkpoint_invalid', checkpointRead.checkpoint.seq);
  }

  const first = await db
    .selectFrom('auditLog')
    .select('seq')
    .orderBy('seq', 'asc')
    .limit(1)
    .executeTakeFirst();
  if (first) {
    const anchor = [...validAnchors].reverse().find((a) => a.throughSeq === first.seq - 1);
    let expectedPrev: string | null =
      first.seq === 1 ? GENESIS_HASH : (anchor?.throughHash ?? null);
    if (expectedPrev === null) report('missing', (lastAnchor?.throughSeq ?? 0) + 1, first.seq - 1);
    let expectedSeq = first.seq;
    const batch = 5000;
    for (;;) {
      const page = await db
        .selectFrom('auditLog')
        .selectAll()
        .where('seq', '>=', expectedSeq)
        .orderBy('seq', 'asc')
        .limit(batch)
        .execute();
      for (const row of page) {
        if (row.seq !== expectedSeq) {
          report('missing', expectedSeq, row.seq - 1);
          expectedPrev = null;
        }
        if (expectedPrev !== null && row.prevHash !== expectedPrev) report('unlinked', row.seq);
        const { hash, ...fields } = row;
        if (!keys.valid(fields, hash, legacy.through)) report('altered', row.seq);
        if (checkpoint && row.seq === checkpoint.seq && hash !== checkpoint.hash)
          report('checkpoint_mismatch', row.seq);
        expectedPrev = hash;
        expectedSeq = row.seq + 1;
        checked += 1;
      }
      if (page.length < batch) break;
    }
    headSeq = expectedSeq - 1;
  }
  if (checkpoint && checkpoint.seq > headSeq) report('truncated', headSeq + 1, checkpoint.seq);
  return {
    ok: breaks.length === 0,
    checked,
    breaks,
    moreBreaks,
    checkpoint: checkpoint ? { seq: checkpoint.seq, at: checkpoint.at } : null,
  };
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

export const anchorSignedText = (
  a: Pick<AnchorRow, 'throughSeq' | 'throughHash' | 'rowCount' | 'archiveDigest'>,
): string =>
  `guomen-audit-anchor|${a.throughSeq}|${a.throughHash}|${a.rowCount}|${a.archiveDigest}`;

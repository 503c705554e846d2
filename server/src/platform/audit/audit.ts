// Appending to the audit trail inside a write's transaction. The chain's keys, the legacy boundary
// and the verifier live in their own files beside this one; this file re-exports them so that the
// audit trail keeps one import path for its callers.
import { sql } from 'kysely';
import type { Actor } from '../access/actor.ts';
import type { Db, Dialect, Tx } from '../db/database.ts';
import { newId } from '../db/ids.ts';
import { writeJson } from '../db/values.ts';
import { storableText } from '../text/well-formed.ts';
import {
  checkpointSignedText,
  readCheckpoint,
  writeCheckpoint,
  type Checkpoint,
} from './checkpoint.ts';
import { GENESIS_HASH, type ChainedFields, type ChainKeys } from './chain-keys.ts';

export { createChainKeys, GENESIS_HASH, type ChainKeys } from './chain-keys.ts';
export { headKeyedBy, LEGACY_SETTING, sealLegacyChain } from './legacy.ts';
export {
  anchorSignedText,
  verifyAuditChain,
  type AnchorRow,
  type BreakKind,
  type ChainBreak,
  type VerifyResult,
} from './verify.ts';

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

// One lock id for the chain's tail: concurrent PostgreSQL transactions append one at a time.
const CHAIN_LOCK = 72_420_001;

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

// Walking the whole chain is an administrator's occasional check, not part of writing a row: it
// lives here with its break kinds and messages, and the anchors it trusts.
import type { Db } from '../db/database.ts';
import type { Text } from '../i18n/lang.ts';
import { checkpointSignedText, readCheckpoint, type Checkpoint } from './checkpoint.ts';
import { GENESIS_HASH, type ChainKeys } from './chain-keys.ts';
import { legacyBoundary } from './legacy.ts';

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

import fs from 'node:fs';
import path from 'node:path';
import type {
  AuditEntry,
  AuditQuery,
  AuditVerification,
  Page,
} from '../../../../contracts/index.ts';
import { inTransaction, type AppContext } from '../../platform/context.ts';
import {
  SYSTEM_ACTOR,
  anchorSignedText,
  verifyAuditChain,
  type VerifyResult,
} from '../../platform/audit/audit.ts';
import type { Lang } from '../../platform/i18n/lang.ts';
import type { AuditLogTable } from '../../platform/db/schema.ts';
import { newId } from '../../platform/db/ids.ts';
import { readJson, toIso } from '../../platform/db/values.ts';
import type { ExportQuery } from '../../platform/http/export-query.ts';
import { auditRepository } from './audit.repository.ts';
import { readAudit, type AuditReading } from './audit.names.ts';

type RawEntry = Omit<AuditEntry, keyof AuditReading>;

const raw = (r: AuditLogTable): RawEntry => ({
  seq: r.seq,
  id: r.id,
  at: toIso(r.at),
  actorId: r.actorId,
  actorUsername: r.actorUsername,
  address: r.address,
  action: r.action,
  entityType: r.entityType,
  entityId: r.entityId,
  before: readJson(r.beforeJson),
  after: readJson(r.afterJson),
  hash: r.hash,
});

/** The raw record as stored (and hashed), with the words and names read alongside it. */
async function present(ctx: AppContext, rows: AuditLogTable[], lang: Lang): Promise<AuditEntry[]> {
  return readAudit(ctx.db, rows.map(raw), lang);
}

export type RetentionResult = { archived: number; file: string | null };

export const auditService = {
  async list(ctx: AppContext, query: AuditQuery, lang: Lang): Promise<Page<AuditEntry>> {
    const { rows, total } = await auditRepository.list(ctx.db, query);
    const items = await present(ctx, rows, lang);
    return { items, total, page: query.page, pageSize: query.pageSize };
  },

  /** Every entry the filters select, for the export. */
  async listAll(
    ctx: AppContext,
    query: ExportQuery<AuditQuery>,
    lang: Lang,
  ): Promise<AuditEntry[]> {
    return present(ctx, await auditRepository.listForExport(ctx.db, query), lang);
  },

  actions: (ctx: AppContext) => auditRepository.actions(ctx.db),

  async verify(ctx: AppContext): Promise<VerifyResult> {
    await ctx.audit.flush();
    return verifyAuditChain(ctx.db, ctx.chainKeys, {
      dataDir: ctx.config.dataDir,
      anchorValid: (anchor) => ctx.crypto.macEquals(anchorSignedText(anchor), anchor.signature),
    });
  },

  presentVerification(result: VerifyResult, lang: Lang): AuditVerification {
    const first = result.breaks[0];
    return {
      ok: result.ok,
      checked: result.checked,
      firstBrokenSeq: first ? first.fromSeq : null,
      reason: first ? first.message[lang] : null,
      breaks: result.breaks.map((b) => ({
        kind: b.kind,
        fromSeq: b.fromSeq,
        toSeq: b.toSeq,
        message: b.message[lang],
      })),
      moreBreaks: result.moreBreaks,
      checkpoint: result.checkpoint
        ? { seq: result.checkpoint.seq, at: toIso(result.checkpoint.at) }
        : null,
    };
  },

  /**
   * Retention: rows older than the policy's period go to a signed JSON-lines file under the data directory,
   * then leave the table; an anchor row keeps the last archived hash so the chain still verifies across the cut.
   */
  async archiveExpired(ctx: AppContext): Promise<RetentionResult> {
    const policy = await ctx.policy.current();
    const days = Math.max(180, policy.auditRetentionDays);
    const cutoff = ctx.clock() - days * 86_400_000;
    const rows = await auditRepository.rowsThrough(ctx.db, cutoff);
    const last = rows.at(-1);
    const first = rows[0];
    if (!last || !first) return { archived: 0, file: null };
    const dir = path.join(ctx.config.dataDir, 'audit-archive');
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(
      dir,
      `audit-${String(first.seq).padStart(10, '0')}-${String(last.seq).padStart(10, '0')}.jsonl`,
    );
    const body = rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
    const archiveDigest = ctx.crypto.digest(body);
    const signed = {
      throughSeq: last.seq,
      throughHash: last.hash,
      rowCount: rows.length,
      archiveDigest,
    };
    const signature = ctx.crypto.mac(anchorSignedText(signed));
    const temp = `${file}.tmp`;
    fs.writeFileSync(
      temp,
      body +
        JSON.stringify({ signature: { ...signed, mac: signature, suite: ctx.crypto.suite } }) +
        '\n',
    );
    fs.renameSync(temp, file);
    await inTransaction(ctx, async (tx) => {
      await auditRepository.insertAnchorAndCut(tx, {
        id: newId(),
        ...signed,
        archiveFile: path.basename(file),
        signature,
        createdAt: ctx.clock(),
      });
      await ctx.audit.append(tx, SYSTEM_ACTOR, {
        action: 'audit.retention_archive',
        entityType: 'audit_log',
        entityId: null,
        after: { ...signed, file: path.basename(file) },
      });
    });
    return { archived: rows.length, file };
  },

  countSince: (ctx: AppContext, since: number) => auditRepository.countSince(ctx.db, since),
  loginsByDay: (ctx: AppContext, since: number) => auditRepository.loginsByDay(ctx.db, since),
};

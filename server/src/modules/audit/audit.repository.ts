import type { AuditQuery } from '../../../../contracts/index.ts';
import type { Db, Tx } from '../../platform/db/database.ts';
import type { AuditLogTable } from '../../platform/db/schema.ts';
import type { AnchorRow } from '../../platform/audit/audit.ts';
import { paginate } from '../../platform/db/paginate.ts';
import { EXPORT_MAX_ROWS, type ExportQuery } from '../../platform/http/export-query.ts';

/** The trail's rows that a query's filters select, in its order. */
function filtered(db: Db, q: ExportQuery<AuditQuery>) {
  let base = db.selectFrom('auditLog');
  if (q.actor) base = base.where('actorUsername', '=', q.actor.toLowerCase());
  if (q.action) base = base.where('action', '=', q.action);
  if (q.entityType) base = base.where('entityType', '=', q.entityType);
  if (q.entityId) base = base.where('entityId', '=', q.entityId);
  if (q.from) base = base.where('at', '>=', Date.parse(q.from));
  if (q.to) base = base.where('at', '<=', Date.parse(q.to));
  return base.selectAll().orderBy('seq', q.sort === 'seq' ? 'asc' : 'desc');
}

export const auditRepository = {
  async list(db: Db, q: AuditQuery): Promise<{ rows: AuditLogTable[]; total: number }> {
    return paginate(filtered(db, q), q.page, q.pageSize);
  },

  /** Every row the filters select, for an export. */
  listForExport(db: Db, q: ExportQuery<AuditQuery>): Promise<AuditLogTable[]> {
    return filtered(db, q).limit(EXPORT_MAX_ROWS).execute();
  },

  async actions(db: Db): Promise<string[]> {
    const rows = await db
      .selectFrom('auditLog')
      .select('action')
      .distinct()
      .orderBy('action')
      .execute();
    return rows.map((r) => r.action);
  },

  /**
   * The rows due for archiving: the unbroken run from the oldest row up to the first one not yet expired. Times
   * need not rise with the sequence (a clock step, skew between instances), and an anchor must cover exactly the
   * rows it removes.
   */
  async rowsThrough(db: Db | Tx, cutoff: number): Promise<AuditLogTable[]> {
    const kept = await db
      .selectFrom('auditLog')
      .select((eb) => eb.fn.min<number>('seq').as('seq'))
      .where('at', '>=', cutoff)
      .executeTakeFirst();
    let query = db.selectFrom('auditLog').selectAll().orderBy('seq');
    if (kept?.seq !== null && kept?.seq !== undefined)
      query = query.where('seq', '<', Number(kept.seq));
    return query.execute();
  },

  async insertAnchorAndCut(tx: Tx, anchor: AnchorRow): Promise<void> {
    await tx.insertInto('auditAnchors').values(anchor).execute();
    await tx.deleteFrom('auditLog').where('seq', '<=', anchor.throughSeq).execute();
  },

  async countSince(db: Db, since: number): Promise<number> {
    const r = await db
      .selectFrom('auditLog')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('at', '>=', since)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  },

  async loginsByDay(db: Db, since: number): Promise<{ at: number; action: string }[]> {
    return db
      .selectFrom('auditLog')
      .select(['at', 'action'])
      .where('at', '>=', since)
      .where('action', 'in', ['auth.login', 'auth.login_failed'])
      .execute();
  },
};

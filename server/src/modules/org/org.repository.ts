import { ADMIN_ROLES } from '../../../../contracts/roles.ts';
import { sql } from 'kysely';
import type { OrgListQuery } from '../../../../contracts/index.ts';
import type { Scope } from '../../platform/access/actor.ts';
import type { Db, Tx } from '../../platform/db/database.ts';
import type { OrgUnitTable } from '../../platform/db/schema.ts';
import { inScope, prefixEnd } from '../../platform/db/scope.ts';
import { likeContains } from '../../platform/db/values.ts';
import { paginate } from '../../platform/db/paginate.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';
import { EXPORT_MAX_ROWS, type ExportQuery } from '../../platform/http/export-query.ts';

export type OrgRow = OrgUnitTable;

const SORTS = {
  code: ['code', 'asc'],
  '-code': ['code', 'desc'],
  nameZh: ['nameZh', 'asc'],
  '-nameZh': ['nameZh', 'desc'],
  kind: ['kind', 'asc'],
  updatedAt: ['updatedAt', 'asc'],
  '-updatedAt': ['updatedAt', 'desc'],
} as const satisfies Record<OrgListQuery['sort'], readonly [keyof OrgRow, 'asc' | 'desc']>;

/** Units in scope that a list query's filters select, in its order. */
function filtered(db: Db, scope: Scope, q: ExportQuery<OrgListQuery>) {
  let base = db
    .selectFrom('orgUnits')
    .where((eb) => inScope(eb, scope, { path: 'path', kind: 'kind', depth: 'depth' }));
  if (q.kind) base = base.where('kind', '=', q.kind);
  if (q.status) base = base.where('status', '=', q.status);
  if (q.parentId) base = base.where('parentId', '=', q.parentId);
  if (q.q) {
    const pattern = likeContains(q.q.toLowerCase());
    base = base.where((eb) =>
      eb.or([
        sql<boolean>`lower(code) like ${pattern} escape '\\'`,
        sql<boolean>`lower(name_zh) like ${pattern} escape '\\'`,
        sql<boolean>`lower(name_en) like ${pattern} escape '\\'`,
      ]),
    );
  }
  const [column, direction] = SORTS[q.sort];
  return base.selectAll().orderBy(column, direction).orderBy('id', 'asc');
}

export const orgRepository = {
  findById(db: Db | Tx, id: string): Promise<OrgRow | undefined> {
    return db.selectFrom('orgUnits').selectAll().where('id', '=', id).executeTakeFirst();
  },

  async any(db: Db | Tx): Promise<boolean> {
    return (await db.selectFrom('orgUnits').select('id').limit(1).executeTakeFirst()) !== undefined;
  },

  findByCode(db: Db | Tx, code: string): Promise<OrgRow | undefined> {
    return db.selectFrom('orgUnits').selectAll().where('code', '=', code).executeTakeFirst();
  },

  async list(db: Db, scope: Scope, q: OrgListQuery): Promise<{ rows: OrgRow[]; total: number }> {
    return paginate(filtered(db, scope, q), q.page, q.pageSize);
  },

  /** Every unit the filters select, for an export. */
  listForExport(db: Db, scope: Scope, q: ExportQuery<OrgListQuery>): Promise<OrgRow[]> {
    return filtered(db, scope, q).limit(EXPORT_MAX_ROWS).execute();
  },

  tree(
    db: Db,
    scope: Scope,
  ): Promise<
    Pick<OrgRow, 'id' | 'code' | 'kind' | 'nameZh' | 'nameEn' | 'parentId' | 'status' | 'path'>[]
  > {
    return db
      .selectFrom('orgUnits')
      .select(['id', 'code', 'kind', 'nameZh', 'nameEn', 'parentId', 'status', 'path'])
      .where((eb) => inScope(eb, scope, { path: 'path', kind: 'kind', depth: 'depth' }))
      .orderBy('depth')
      .orderBy('code')
      .execute();
  },

  async insert(tx: Tx, row: OrgRow): Promise<void> {
    await tx.insertInto('orgUnits').values(row).execute();
  },

  /** Optimistic update: STALE_VERSION when the version has moved on. */
  update(
    tx: Tx,
    id: string,
    version: number,
    changes: Partial<Pick<OrgRow, 'nameZh' | 'nameEn' | 'status' | 'archivedReason'>>,
    actorId: string,
    now: number,
  ): Promise<OrgRow> {
    return updateVersioned(
      tx,
      'orgUnits',
      { id, version },
      { ...changes, updatedAt: now, updatedBy: actorId },
    );
  },

  /** Re-roots a subtree: the unit's own row (versioned: STALE_VERSION when it moved on) and every descendant's path and depth. */
  async move(
    tx: Tx,
    unit: OrgRow,
    parentId: string | null,
    newPath: string,
    newDepth: number,
    actorId: string,
    now: number,
  ): Promise<OrgRow> {
    const moved = await updateVersioned(tx, 'orgUnits', unit, {
      parentId,
      path: newPath,
      depth: newDepth,
      updatedAt: now,
      updatedBy: actorId,
    });
    const cut = unit.path.length + 1;
    await tx
      .updateTable('orgUnits')
      .set({
        path: sql<string>`${newPath} || substr(path, ${cut})`,
        depth: sql<number>`depth + ${newDepth - unit.depth}`,
      })
      .where('path', '>=', unit.path)
      .where('path', '<', prefixEnd(unit.path))
      .where('id', '!=', unit.id)
      .execute();
    return moved;
  },

  async countActiveChildren(db: Db | Tx, id: string): Promise<number> {
    const r = await db
      .selectFrom('orgUnits')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('parentId', '=', id)
      .where('status', '=', 'active')
      .executeTakeFirstOrThrow();
    return Number(r.n);
  },

  async countActiveUsers(db: Db | Tx, id: string): Promise<number> {
    const r = await db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('orgUnitId', '=', id)
      .where('status', '=', 'active')
      .executeTakeFirstOrThrow();
    return Number(r.n);
  },

  /** Live administrator-role grants held at the unit: archiving it would leave them without effect. */
  async countAdminGrants(db: Db | Tx, id: string): Promise<number> {
    const r = await db
      .selectFrom('grants')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('orgUnitId', '=', id)
      .where('revokedAt', 'is', null)
      .where('role', 'in', [...ADMIN_ROLES])
      .executeTakeFirstOrThrow();
    return Number(r.n);
  },

  async countByKind(db: Db, scope: Scope): Promise<Record<string, number>> {
    const rows = await db
      .selectFrom('orgUnits')
      .select(['kind', (eb) => eb.fn.countAll<number>().as('n')])
      .where('status', '=', 'active')
      .where((eb) => inScope(eb, scope, { path: 'path', kind: 'kind', depth: 'depth' }))
      .groupBy('kind')
      .execute();
    return Object.fromEntries(rows.map((r) => [r.kind, Number(r.n)]));
  },
};

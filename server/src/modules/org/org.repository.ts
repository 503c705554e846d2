import { ADMIN_ROLES } from '../../../../contracts/roles.ts';
import { sql } from 'kysely';
import type { OrgKind, OrgListQuery } from '../../../../contracts/index.ts';
import type { Scope } from '../../platform/access/actor.ts';
import type { Db, Tx } from '../../platform/db/database.ts';
import type { OrgUnitTable } from '../../platform/db/schema.ts';
import { inScope, prefixEnd } from '../../platform/db/scope.ts';
import { likeContains } from '../../platform/db/values.ts';
import { paginate } from '../../platform/db/paginate.ts';

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

  async list(
    db: Db,
    scope: Scope,
    q: OrgListQuery,
    limit: number | null,
  ): Promise<{ rows: OrgRow[]; total: number }> {
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
    return paginate(
      base.selectAll().orderBy(column, direction).orderBy('id', 'asc'),
      q.page,
      limit,
    );
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

  /** Optimistic update: false when the version has moved on. */
  async update(
    tx: Tx,
    id: string,
    version: number,
    changes: Partial<Pick<OrgRow, 'nameZh' | 'nameEn' | 'status' | 'archivedReason'>>,
    actorId: string,
    now: number,
  ): Promise<boolean> {
    const r = await tx
      .updateTable('orgUnits')
      .set({ ...changes, version: version + 1, updatedAt: now, updatedBy: actorId })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return r.numUpdatedRows > 0n;
  },

  /** Re-roots a subtree: the unit's own row (versioned) and every descendant's path and depth. */
  async move(
    tx: Tx,
    unit: OrgRow,
    parentId: string | null,
    newPath: string,
    newDepth: number,
    actorId: string,
    now: number,
  ): Promise<boolean> {
    const r = await tx
      .updateTable('orgUnits')
      .set({
        parentId,
        path: newPath,
        depth: newDepth,
        version: unit.version + 1,
        updatedAt: now,
        updatedBy: actorId,
      })
      .where('id', '=', unit.id)
      .where('version', '=', unit.version)
      .executeTakeFirst();
    if (r.numUpdatedRows === 0n) return false;
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
    return true;
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
    return Object.fromEntries(rows.map((r) => [r.kind as OrgKind, Number(r.n)]));
  },
};

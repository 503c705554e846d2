import type { CatalogListQuery } from '../../../../contracts/index.ts';
import type { Db, Tx } from '../../platform/db/database.ts';
import type {
  CatalogItemTable,
  CatalogVersionTable,
  RequirementCatalogTable,
} from '../../platform/db/schema.ts';
import { paginate } from '../../platform/db/paginate.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';
import { likeContains } from '../../platform/db/values.ts';

export type CatalogRow = RequirementCatalogTable;
export type VersionRow = CatalogVersionTable & {
  catalogCode: string;
  catalogNameZh: string;
  catalogNameEn: string;
};
export type ItemRow = CatalogItemTable;
export type VersionSummaryRow = CatalogVersionTable & { itemCount: number | string };

const SORTS = {
  code: ['code', 'asc'],
  '-code': ['code', 'desc'],
  updatedAt: ['updatedAt', 'asc'],
  '-updatedAt': ['updatedAt', 'desc'],
} as const satisfies Record<CatalogListQuery['sort'], readonly [string, 'asc' | 'desc']>;

function versions(db: Db | Tx) {
  return db
    .selectFrom('catalogVersions as v')
    .innerJoin('requirementCatalogs as c', 'c.id', 'v.catalogId')
    .selectAll('v')
    .select(['c.code as catalogCode', 'c.nameZh as catalogNameZh', 'c.nameEn as catalogNameEn']);
}

export const catalogsRepository = {
  async list(db: Db, q: CatalogListQuery): Promise<{ rows: CatalogRow[]; total: number }> {
    let base = db.selectFrom('requirementCatalogs').selectAll();
    if (q.q)
      base = base.where((eb) =>
        eb.or([
          eb('code', 'like', likeContains(q.q ?? '')),
          eb('nameZh', 'like', likeContains(q.q ?? '')),
          eb('nameEn', 'like', likeContains(q.q ?? '')),
        ]),
      );
    const [column, direction] = SORTS[q.sort];
    return paginate(base.orderBy(column, direction).orderBy('id', 'asc'), q.page, q.pageSize);
  },

  findById(db: Db | Tx, id: string): Promise<CatalogRow | undefined> {
    return db.selectFrom('requirementCatalogs').selectAll().where('id', '=', id).executeTakeFirst();
  },

  findByCode(db: Db | Tx, code: string): Promise<CatalogRow | undefined> {
    return db
      .selectFrom('requirementCatalogs')
      .selectAll()
      .where('code', '=', code)
      .executeTakeFirst();
  },

  versionSummaries(db: Db | Tx, catalogIds: readonly string[]): Promise<VersionSummaryRow[]> {
    if (catalogIds.length === 0) return Promise.resolve([]);
    return db
      .selectFrom('catalogVersions as v')
      .selectAll('v')
      .select((eb) =>
        eb
          .selectFrom('catalogItems as i')
          .select(eb.fn.countAll<number>().as('n'))
          .whereRef('i.versionId', '=', 'v.id')
          .as('itemCount'),
      )
      .where('v.catalogId', 'in', catalogIds)
      .orderBy('v.number', 'desc')
      .execute() as Promise<VersionSummaryRow[]>;
  },

  findVersion(db: Db | Tx, id: string): Promise<VersionRow | undefined> {
    return versions(db).where('v.id', '=', id).executeTakeFirst();
  },

  latestVersion(
    db: Db | Tx,
    catalogId: string,
    status?: 'draft' | 'published',
  ): Promise<VersionRow | undefined> {
    let q = versions(db).where('v.catalogId', '=', catalogId);
    if (status) q = q.where('v.status', '=', status);
    return q.orderBy('v.number', 'desc').limit(1).executeTakeFirst();
  },

  itemsOf(db: Db | Tx, versionId: string): Promise<ItemRow[]> {
    return db
      .selectFrom('catalogItems')
      .selectAll()
      .where('versionId', '=', versionId)
      .orderBy('sortOrder')
      .orderBy('code')
      .execute();
  },

  findItem(db: Db | Tx, id: string): Promise<(ItemRow & { versionStatus: string }) | undefined> {
    return db
      .selectFrom('catalogItems as i')
      .innerJoin('catalogVersions as v', 'v.id', 'i.versionId')
      .selectAll('i')
      .select('v.status as versionStatus')
      .where('i.id', '=', id)
      .executeTakeFirst();
  },

  async insertCatalog(tx: Tx, row: CatalogRow): Promise<void> {
    await tx.insertInto('requirementCatalogs').values(row).execute();
  },

  async insertVersion(tx: Tx, row: CatalogVersionTable): Promise<void> {
    await tx.insertInto('catalogVersions').values(row).execute();
  },

  async insertItems(tx: Tx, rows: ItemRow[]): Promise<void> {
    // Chunks keep each statement within both dialects' limits on bound parameters.
    for (let i = 0; i < rows.length; i += 200)
      await tx
        .insertInto('catalogItems')
        .values(rows.slice(i, i + 200))
        .execute();
  },

  async updateItem(
    tx: Tx,
    id: string,
    version: number,
    changes: Partial<ItemRow>,
    actorId: string,
    now: number,
  ): Promise<ItemRow> {
    return updateVersioned(
      tx,
      'catalogItems',
      { id, version },
      { ...changes, updatedAt: now, updatedBy: actorId },
    );
  },

  async deleteItem(tx: Tx, id: string, version: number): Promise<boolean> {
    const r = await tx
      .deleteFrom('catalogItems')
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return r.numDeletedRows > 0n;
  },

  async setItemChanges(tx: Tx, changes: { id: string; change: string }[]): Promise<void> {
    for (const c of changes)
      await tx
        .updateTable('catalogItems')
        .set({ change: c.change })
        .where('id', '=', c.id)
        .execute();
  },

  /** Bumps the version row (the guard for the version and its items); false when it moved on. */
  async touchVersion(
    tx: Tx,
    id: string,
    version: number,
    changes: Partial<CatalogVersionTable>,
    actorId: string,
    now: number,
  ): Promise<CatalogVersionTable> {
    return updateVersioned(
      tx,
      'catalogVersions',
      { id, version },
      { ...changes, updatedAt: now, updatedBy: actorId },
    );
  },

  async touchCatalog(tx: Tx, id: string, actorId: string, now: number): Promise<void> {
    await tx
      .updateTable('requirementCatalogs')
      .set((eb) => ({ version: eb('version', '+', 1), updatedAt: now, updatedBy: actorId }))
      .where('id', '=', id)
      .execute();
  },
};

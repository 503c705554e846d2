import { sql } from 'kysely';
import type {
  OrgKind,
  PortListQuery,
  PublicDesignationQuery,
} from '../../../../contracts/index.ts';
import type { Scope } from '../../platform/access/actor.ts';
import type { Db, Tx } from '../../platform/db/database.ts';
import type {
  DesignationCategoryTable,
  DesignationHistoryTable,
  PortDesignationTable,
  PortTable,
  TrafficTable,
} from '../../platform/db/schema.ts';
import { portInScope } from '../../platform/db/scope.ts';
import { likeContains } from '../../platform/db/values.ts';
import { paginate } from '../../platform/db/paginate.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';
import { EXPORT_MAX_ROWS, type ExportQuery } from '../../platform/http/export-query.ts';

/** A port with what its org unit says about it: code, names, branch and the path its scope is checked on. */
export type PortRow = PortTable & {
  code: string;
  nameZh: string;
  nameEn: string;
  branchId: string;
  branchCode: string;
  branchNameZh: string;
  branchNameEn: string;
  path: string;
  kind: OrgKind;
  depth: number;
  orgVersion: number;
};
export type DesignationRow = PortDesignationTable;
export type CategoryRow = DesignationCategoryTable;
export type TrafficRow = TrafficTable;

const SORTS = {
  code: ['u.code', 'asc'],
  '-code': ['u.code', 'desc'],
  nameZh: ['u.nameZh', 'asc'],
  '-nameZh': ['u.nameZh', 'desc'],
  status: ['ports.status', 'asc'],
  openedDate: ['ports.openedDate', 'asc'],
  '-openedDate': ['ports.openedDate', 'desc'],
  updatedAt: ['ports.updatedAt', 'asc'],
  '-updatedAt': ['ports.updatedAt', 'desc'],
} as const satisfies Record<PortListQuery['sort'], readonly [string, 'asc' | 'desc']>;

function withUnit(db: Db | Tx) {
  return db
    .selectFrom('ports')
    .innerJoin('orgUnits as u', 'u.id', 'ports.orgUnitId')
    .innerJoin('orgUnits as b', 'b.id', 'u.parentId')
    .selectAll('ports')
    .select([
      'u.code',
      'u.nameZh',
      'u.nameEn',
      'b.id as branchId',
      'b.code as branchCode',
      'b.nameZh as branchNameZh',
      'b.nameEn as branchNameEn',
      'u.path',
      'u.kind',
      'u.depth',
      'u.version as orgVersion',
    ]);
}

/** Ports in scope that a list query's filters select, in its order. */
function filtered(db: Db, scope: Scope, q: ExportQuery<PortListQuery>) {
  let base = withUnit(db).where((eb) => portInScope(eb, scope, 'u.path'));
  base =
    q.archived === 'true'
      ? base.where('ports.archivedAt', 'is not', null)
      : base.where('ports.archivedAt', 'is', null);
  if (q.mode) base = base.where('ports.modesJson', 'like', `%"${q.mode}"%`);
  if (q.placeKind) base = base.where('ports.placeKind', '=', q.placeKind);
  if (q.portClass) base = base.where('ports.portClass', '=', q.portClass);
  if (q.status) base = base.where('ports.status', '=', q.status);
  if (q.branchId) base = base.where('b.id', '=', q.branchId);
  if (q.provinceCode) base = base.where('ports.provinceCode', '=', q.provinceCode);
  const category = q.category;
  if (category) {
    base = base.where((eb) =>
      eb.exists(
        eb
          .selectFrom('portDesignations as d')
          .select('d.id')
          .whereRef('d.portId', '=', 'ports.id')
          .where('d.categoryCode', '=', category)
          .where('d.status', '!=', 'withdrawn'),
      ),
    );
  }
  if (q.q) {
    const pattern = likeContains(q.q.toLowerCase());
    base = base.where((eb) =>
      eb.or([
        sql<boolean>`lower(u.code) like ${pattern} escape '\\'`,
        sql<boolean>`lower(u.name_zh) like ${pattern} escape '\\'`,
        sql<boolean>`lower(u.name_en) like ${pattern} escape '\\'`,
      ]),
    );
  }
  const [column, direction] = SORTS[q.sort];
  return base.orderBy(column, direction).orderBy('ports.id', 'asc');
}

export const portsRepository = {
  findById(db: Db | Tx, id: string): Promise<PortRow | undefined> {
    return withUnit(db).where('ports.id', '=', id).executeTakeFirst();
  },

  findByCodes(db: Db | Tx, codes: readonly string[]): Promise<PortRow[]> {
    if (codes.length === 0) return Promise.resolve([]);
    return withUnit(db).where('u.code', 'in', codes).execute();
  },

  findByIds(db: Db | Tx, ids: readonly string[]): Promise<PortRow[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return withUnit(db).where('ports.id', 'in', ids).execute();
  },

  async list(db: Db, scope: Scope, q: PortListQuery): Promise<{ rows: PortRow[]; total: number }> {
    return paginate(filtered(db, scope, q), q.page, q.pageSize);
  },

  /** Every port the filters select, for an export or the map. */
  listForExport(db: Db, scope: Scope, q: ExportQuery<PortListQuery>): Promise<PortRow[]> {
    return filtered(db, scope, q).limit(EXPORT_MAX_ROWS).execute();
  },

  /** Live ports a scope reaches, with what a gap list shows of each. */
  /** The branches over the ports in scope, with how many live ports each has there. */
  branchesInScope(db: Db, scope: Scope) {
    return db
      .selectFrom('ports')
      .innerJoin('orgUnits as u', 'u.id', 'ports.orgUnitId')
      .innerJoin('orgUnits as b', 'b.id', 'u.parentId')
      .where((eb) => portInScope(eb, scope, 'u.path'))
      .where('ports.archivedAt', 'is', null)
      .groupBy(['b.id', 'b.code', 'b.nameZh', 'b.nameEn'])
      .select((eb) => [
        'b.id',
        'b.code',
        'b.nameZh',
        'b.nameEn',
        eb.fn.countAll<number>().as('ports'),
      ])
      .orderBy('b.code')
      .execute();
  },

  inScope(
    db: Db,
    scope: Scope,
    filter: { branchId?: string | undefined; portId?: string | undefined },
  ) {
    let q = withUnit(db)
      .where((eb) => portInScope(eb, scope, 'u.path'))
      .where('ports.archivedAt', 'is', null);
    if (filter.branchId) q = q.where('b.id', '=', filter.branchId);
    if (filter.portId) q = q.where('ports.id', '=', filter.portId);
    return q.orderBy('u.code').execute();
  },

  async insert(tx: Tx, row: PortTable): Promise<void> {
    await tx.insertInto('ports').values(row).execute();
  },

  /** Throws STALE_VERSION when the port's version has moved on. */
  update(
    tx: Tx,
    id: string,
    version: number,
    changes: Partial<Omit<PortTable, 'id' | 'orgUnitId' | 'version' | 'createdAt' | 'createdBy'>>,
    actorId: string,
    now: number,
  ): Promise<PortTable> {
    return updateVersioned(
      tx,
      'ports',
      { id, version },
      { ...changes, updatedAt: now, updatedBy: actorId },
    );
  },

  // Designations

  designationsOf(db: Db | Tx, portIds: readonly string[]): Promise<DesignationRow[]> {
    if (portIds.length === 0) return Promise.resolve([]);
    return db
      .selectFrom('portDesignations')
      .selectAll()
      .where('portId', 'in', portIds)
      .orderBy('categoryCode')
      .execute();
  },

  findDesignation(db: Db | Tx, id: string): Promise<DesignationRow | undefined> {
    return db.selectFrom('portDesignations').selectAll().where('id', '=', id).executeTakeFirst();
  },

  findDesignationFor(
    db: Db | Tx,
    portId: string,
    categoryCode: string,
  ): Promise<DesignationRow | undefined> {
    return db
      .selectFrom('portDesignations')
      .selectAll()
      .where('portId', '=', portId)
      .where('categoryCode', '=', categoryCode)
      .executeTakeFirst();
  },

  async insertDesignation(tx: Tx, row: DesignationRow): Promise<void> {
    await tx.insertInto('portDesignations').values(row).execute();
  },

  /** Throws STALE_VERSION when the designation's version has moved on. */
  updateDesignation(
    tx: Tx,
    id: string,
    version: number,
    changes: Pick<DesignationRow, 'status' | 'effectiveDate' | 'legalBasis' | 'reason'>,
    actorId: string,
    now: number,
  ): Promise<DesignationRow> {
    return updateVersioned(
      tx,
      'portDesignations',
      { id, version },
      { ...changes, updatedAt: now, updatedBy: actorId },
    );
  },

  async appendHistory(tx: Tx, row: DesignationHistoryTable): Promise<void> {
    await tx.insertInto('designationHistory').values(row).execute();
  },

  historyOf(db: Db, designationId: string): Promise<DesignationHistoryTable[]> {
    return db
      .selectFrom('designationHistory')
      .selectAll()
      .where('designationId', '=', designationId)
      .orderBy('at', 'desc')
      .orderBy('id', 'desc')
      .execute();
  },

  async publicDesignations(db: Db, q: PublicDesignationQuery) {
    let base = db
      .selectFrom('portDesignations as d')
      .innerJoin('ports', 'ports.id', 'd.portId')
      .innerJoin('orgUnits as u', 'u.id', 'ports.orgUnitId')
      .innerJoin('designationCategories as c', 'c.code', 'd.categoryCode')
      .select([
        'u.code as portCode',
        'u.nameZh as portNameZh',
        'u.nameEn as portNameEn',
        'ports.provinceCode',
        'ports.cityCode',
        'd.categoryCode',
        'c.nameZh as categoryNameZh',
        'c.nameEn as categoryNameEn',
        'd.effectiveDate',
        'd.legalBasis',
      ])
      .where('d.status', '=', 'approved')
      .where('ports.archivedAt', 'is', null)
      .where('ports.status', '!=', 'closed')
      // Designations stay on a place whose kind was changed only as withdrawn history, but the list is of
      // designated sites: it never shows a workplace or other centralised site, whatever its rows say.
      .where((eb) =>
        eb.or([
          eb('ports.placeKind', '=', 'designated_site'),
          eb('ports.placeType', '=', 'isolation'),
        ]),
      );
    if (q.category) base = base.where('d.categoryCode', '=', q.category);
    if (q.provinceCode) base = base.where('ports.provinceCode', '=', q.provinceCode);
    return paginate(
      base.orderBy('ports.provinceCode').orderBy('u.code').orderBy('d.categoryCode'),
      q.page,
      q.pageSize,
    );
  },

  // Reference: designation categories

  categories(db: Db | Tx): Promise<CategoryRow[]> {
    return db
      .selectFrom('designationCategories')
      .selectAll()
      .orderBy('builtIn', 'desc')
      .orderBy('code')
      .execute();
  },

  findCategory(db: Db | Tx, code: string): Promise<CategoryRow | undefined> {
    return db
      .selectFrom('designationCategories')
      .selectAll()
      .where('code', '=', code)
      .executeTakeFirst();
  },

  async insertCategory(tx: Tx, row: CategoryRow): Promise<void> {
    await tx.insertInto('designationCategories').values(row).execute();
  },

  // Traffic

  trafficOf(
    db: Db,
    portId: string,
    filter: {
      categoryCode?: string | undefined;
      fromYear?: number | undefined;
      toYear?: number | undefined;
    },
  ): Promise<TrafficRow[]> {
    let q = db.selectFrom('traffic').selectAll().where('portId', '=', portId);
    if (filter.categoryCode) q = q.where('categoryCode', '=', filter.categoryCode);
    if (filter.fromYear !== undefined) q = q.where('year', '>=', filter.fromYear);
    if (filter.toYear !== undefined) q = q.where('year', '<=', filter.toYear);
    return q.orderBy('categoryCode').orderBy('year').orderBy('month').execute();
  },

  findTraffic(db: Db | Tx, id: string): Promise<TrafficRow | undefined> {
    return db.selectFrom('traffic').selectAll().where('id', '=', id).executeTakeFirst();
  },

  findTrafficFor(
    db: Db | Tx,
    portId: string,
    categoryCode: string,
    year: number,
    month: number,
  ): Promise<TrafficRow | undefined> {
    return db
      .selectFrom('traffic')
      .selectAll()
      .where('portId', '=', portId)
      .where('categoryCode', '=', categoryCode)
      .where('year', '=', year)
      .where('month', '=', month)
      .executeTakeFirst();
  },

  trafficForPorts(db: Db | Tx, portIds: readonly string[]): Promise<TrafficRow[]> {
    if (portIds.length === 0) return Promise.resolve([]);
    return db.selectFrom('traffic').selectAll().where('portId', 'in', portIds).execute();
  },

  async insertTraffic(tx: Tx, rows: TrafficRow | TrafficRow[]): Promise<void> {
    await tx.insertInto('traffic').values(rows).execute();
  },

  /** Throws STALE_VERSION when the figure's version has moved on. */
  updateTraffic(
    tx: Tx,
    id: string,
    version: number,
    changes: Pick<TrafficRow, 'unit' | 'value'>,
    actorId: string,
    now: number,
  ): Promise<TrafficRow> {
    return updateVersioned(
      tx,
      'traffic',
      { id, version },
      { ...changes, updatedAt: now, updatedBy: actorId },
    );
  },
};

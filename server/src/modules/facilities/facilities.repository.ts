import { sql } from 'kysely';
import type { ExpiringQuery, FacilityListQuery, OrgKind } from '../../../../contracts/index.ts';
import type { Scope } from '../../platform/access/actor.ts';
import type { Db, Tx } from '../../platform/db/database.ts';
import type {
  FacilityCertificationTable,
  FacilityTable,
  FacilityTypeTable,
} from '../../platform/db/schema.ts';
import { portInScope } from '../../platform/db/scope.ts';
import { likeContains } from '../../platform/db/values.ts';
import { countsInPageQuery, paginate } from '../../platform/db/paginate.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';
import { EXPORT_MAX_ROWS, type ExportQuery } from '../../platform/http/export-query.ts';

/** A facility with its port's code, name and org path (for scope), its type's cycle and its latest certification expiry. */
export type FacilityRow = FacilityTable & {
  portCode: string;
  portNameZh: string;
  portNameEn: string;
  path: string;
  kind: OrgKind;
  depth: number;
  certificationCycleMonths: number | null;
  certificationExpiry: string | null;
};
export type FacilityTypeRow = FacilityTypeTable;
/** The days the certification filter judges by: today, and the last day counted as expiring. */
export type CertificationWindow = { today: string; expiringUntil: string };
export type CertificationRow = FacilityCertificationTable;
/** A row of the expiry board: a facility's latest certification with its port. */
export type ExpiringRow = Awaited<ReturnType<ReturnType<typeof expiringBoard>['execute']>>[number];

const SORTS = {
  portCode: ['u.code', 'asc'],
  '-portCode': ['u.code', 'desc'],
  typeCode: ['f.typeCode', 'asc'],
  '-typeCode': ['f.typeCode', 'desc'],
  status: ['f.status', 'asc'],
  commissionedDate: ['f.commissionedDate', 'asc'],
  '-commissionedDate': ['f.commissionedDate', 'desc'],
  updatedAt: ['f.updatedAt', 'asc'],
  '-updatedAt': ['f.updatedAt', 'desc'],
} as const satisfies Record<FacilityListQuery['sort'], readonly [string, 'asc' | 'desc']>;

function withPort(db: Db | Tx) {
  return db
    .selectFrom('facilities as f')
    .innerJoin('ports as p', 'p.id', 'f.portId')
    .innerJoin('orgUnits as u', 'u.id', 'p.orgUnitId')
    .innerJoin('facilityTypes as ft', 'ft.code', 'f.typeCode')
    .selectAll('f')
    .select([
      'u.code as portCode',
      'u.nameZh as portNameZh',
      'u.nameEn as portNameEn',
      'u.path',
      'u.kind',
      'u.depth',
      'ft.certificationCycleMonths',
    ]);
}

type BaseRow = Omit<FacilityRow, 'certificationExpiry'>;

/** Adds each row's latest certification expiry with one query for the page (not one subquery per matching row). */
async function withExpiry(db: Db | Tx, rows: BaseRow[]): Promise<FacilityRow[]> {
  if (rows.length === 0) return [];
  const latest = await db
    .selectFrom('facilityCertifications')
    .select(['facilityId', (eb) => eb.fn.max('expiryDate').as('expiry')])
    .where(
      'facilityId',
      'in',
      rows.map((r) => r.id),
    )
    .groupBy('facilityId')
    .execute();
  const byId = new Map(latest.map((l) => [l.facilityId, l.expiry]));
  return rows.map((r) => ({ ...r, certificationExpiry: byId.get(r.id) ?? null }));
}

/** Facilities matching a list query, with their port's unit joined for scope, filters and sorting; nothing selected yet. */
function filtered(
  db: Db,
  scope: Scope,
  q: ExportQuery<FacilityListQuery>,
  window: CertificationWindow,
) {
  let base = db
    .selectFrom('facilities as f')
    .innerJoin('ports as p', 'p.id', 'f.portId')
    .innerJoin('orgUnits as u', 'u.id', 'p.orgUnitId')
    .where((eb) => portInScope(eb, scope, 'u.path'));
  base =
    q.archived === 'true'
      ? base.where('f.archivedAt', 'is not', null)
      : base.where('f.archivedAt', 'is', null);
  if (q.portId) base = base.where('f.portId', '=', q.portId);
  if (q.branchId) base = base.where('u.parentId', '=', q.branchId);
  if (q.typeCode) base = base.where('f.typeCode', '=', q.typeCode);
  if (q.status) base = base.where('f.status', '=', q.status);
  if (q.certification) {
    const latest = sql<
      string | null
    >`(select max(c.expiry_date) from facility_certifications c where c.facility_id = f.id)`;
    const { today, expiringUntil } = window;
    const condition = {
      none: sql<boolean>`${latest} is null`,
      expired: sql<boolean>`${latest} < ${today}`,
      expiring: sql<boolean>`${latest} >= ${today} and ${latest} <= ${expiringUntil}`,
      valid: sql<boolean>`${latest} > ${expiringUntil}`,
    }[q.certification];
    base = base.where(condition);
  }
  if (q.q) {
    const pattern = likeContains(q.q.toLowerCase());
    base = base.where((eb) =>
      eb.or([
        sql<boolean>`lower(f.functional_area) like ${pattern} escape '\\'`,
        sql<boolean>`lower(u.code) like ${pattern} escape '\\'`,
      ]),
    );
  }
  return base;
}

/** The ids of the facilities a query selects, in its order: the database walks its indexes and can stop at a page. */
function orderedIds(
  db: Db,
  scope: Scope,
  q: ExportQuery<FacilityListQuery>,
  window: CertificationWindow,
) {
  const [column, direction] = SORTS[q.sort];
  return filtered(db, scope, q, window)
    .select('f.id')
    .orderBy(column, direction)
    .orderBy('f.id', 'asc');
}

/** The facilities with these ids, in the same order, each with its latest certification expiry. */
async function rowsOf(db: Db, ids: readonly { id: string }[]): Promise<FacilityRow[]> {
  const out: FacilityRow[] = [];
  // An export can name thousands of facilities; read them and their certifications in slices.
  for (let i = 0; i < ids.length; i += 1_000) {
    const slice = ids.slice(i, i + 1_000).map((r) => r.id);
    // The latest expiry comes in the same statement: a page is one more round trip, not two.
    const latest = sql<
      string | null
    >`(select max(c.expiry_date) from facility_certifications c where c.facility_id = f.id)`;
    const rows = new Map(
      (
        await withPort(db)
          .select(latest.as('certificationExpiry'))
          .where('f.id', 'in', slice)
          .execute()
      ).map((r) => [r.id, r]),
    );
    out.push(...slice.flatMap((id) => rows.get(id) ?? []));
  }
  return out;
}

/** The latest certification of each live facility, where it lapses on or before `until`, soonest first. */
function expiringBoard(
  db: Db,
  scope: Scope,
  q: Pick<ExpiringQuery, 'branchId' | 'portId'>,
  until: string,
) {
  let base = db
    .selectFrom('facilityCertifications as c')
    .innerJoin('facilities as f', 'f.id', 'c.facilityId')
    .innerJoin('ports as p', 'p.id', 'f.portId')
    .innerJoin('orgUnits as u', 'u.id', 'p.orgUnitId')
    .innerJoin('orgUnits as b', 'b.id', 'u.parentId')
    .select([
      'c.id as certificationId',
      'f.id as facilityId',
      'f.typeCode',
      'f.functionalArea',
      'p.id as portId',
      'u.code as portCode',
      'u.nameZh as portNameZh',
      'u.nameEn as portNameEn',
      'u.parentId as branchId',
      'b.nameZh as branchNameZh',
      'b.nameEn as branchNameEn',
      'c.issuer',
      'c.issuedDate',
      'c.expiryDate',
    ])
    .where('f.archivedAt', 'is', null)
    .where('p.archivedAt', 'is', null)
    .where('c.expiryDate', '<=', until)
    .where((eb) =>
      eb(
        'c.id',
        '=',
        eb
          .selectFrom('facilityCertifications as c2')
          .select('c2.id')
          .whereRef('c2.facilityId', '=', 'f.id')
          .orderBy('c2.expiryDate', 'desc')
          .orderBy('c2.id', 'desc')
          .limit(1),
      ),
    )
    .where((eb) => portInScope(eb, scope, 'u.path'));
  if (q.branchId) base = base.where('u.parentId', '=', q.branchId);
  if (q.portId) base = base.where('p.id', '=', q.portId);
  return base.orderBy('c.expiryDate', 'asc').orderBy('c.id', 'asc');
}

export const facilitiesRepository = {
  async findById(db: Db | Tx, id: string): Promise<FacilityRow | undefined> {
    const row = await withPort(db).where('f.id', '=', id).executeTakeFirst();
    return row ? (await withExpiry(db, [row]))[0] : undefined;
  },

  /**
   * `window` is the day range of the certification filter: today and the last day counted as expiring.
   * The ledger is the largest table people page through: the count and the page are worked out over ids
   * alone (the database walks its indexes in order and stops at the page, instead of sorting every
   * matching row with all its columns), then only the page's rows are read.
   */
  async list(
    db: Db,
    scope: Scope,
    q: FacilityListQuery,
    window: CertificationWindow,
  ): Promise<{ rows: FacilityRow[]; total: number }> {
    const ordered = orderedIds(db, scope, q, window);
    let ids: { id: string }[];
    let total: number;
    if (countsInPageQuery(db)) {
      ({ rows: ids, total } = await paginate(ordered, q.page, q.pageSize));
    } else {
      ids = await ordered
        .limit(q.pageSize)
        .offset((q.page - 1) * q.pageSize)
        .execute();
      total = Number(
        (
          await filtered(db, scope, q, window)
            .select((eb) => eb.fn.countAll<number | string>().as('n'))
            .executeTakeFirst()
        )?.n ?? 0,
      );
    }
    return { rows: await rowsOf(db, ids), total };
  },

  /** Every facility the filters select, for an export. */
  async listForExport(
    db: Db,
    scope: Scope,
    q: ExportQuery<FacilityListQuery>,
    window: CertificationWindow,
  ): Promise<FacilityRow[]> {
    return rowsOf(db, await orderedIds(db, scope, q, window).limit(EXPORT_MAX_ROWS).execute());
  },

  async insert(tx: Tx, row: FacilityTable | FacilityTable[]): Promise<void> {
    await tx.insertInto('facilities').values(row).execute();
  },

  /** Throws STALE_VERSION when the facility's version has moved on. */
  update(
    tx: Tx,
    id: string,
    version: number,
    changes: Partial<Omit<FacilityTable, 'id' | 'version' | 'createdAt' | 'createdBy'>>,
    actorId: string,
    now: number,
  ): Promise<FacilityTable> {
    return updateVersioned(
      tx,
      'facilities',
      { id, version },
      { ...changes, updatedAt: now, updatedBy: actorId },
    );
  },

  // Certifications

  certificationsOf(db: Db, facilityId: string): Promise<CertificationRow[]> {
    return db
      .selectFrom('facilityCertifications')
      .selectAll()
      .where('facilityId', '=', facilityId)
      .orderBy('expiryDate', 'desc')
      .orderBy('id', 'desc')
      .execute();
  },

  findCertification(db: Db | Tx, id: string): Promise<CertificationRow | undefined> {
    return db
      .selectFrom('facilityCertifications')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
  },

  async insertCertification(tx: Tx, row: CertificationRow | CertificationRow[]): Promise<void> {
    await tx.insertInto('facilityCertifications').values(row).execute();
  },

  /** One page of the expiry board: the latest certification of each live facility, lapsing on or before `until`. */
  expiring(
    db: Db,
    scope: Scope,
    q: Pick<ExpiringQuery, 'branchId' | 'portId' | 'page' | 'pageSize'>,
    until: string,
  ) {
    return paginate(expiringBoard(db, scope, q, until), q.page, q.pageSize);
  },

  /** The whole expiry board the filters select, for an export. */
  expiringForExport(
    db: Db,
    scope: Scope,
    q: Pick<ExpiringQuery, 'branchId' | 'portId'>,
    until: string,
  ) {
    return expiringBoard(db, scope, q, until).limit(EXPORT_MAX_ROWS).execute();
  },

  async countExpiring(
    db: Db,
    scope: Scope,
    today: string,
    until: string,
  ): Promise<{ expired: number; expiring: number }> {
    const rows = await db
      .selectFrom('facilityCertifications as c')
      .innerJoin('facilities as f', 'f.id', 'c.facilityId')
      .innerJoin('ports as p', 'p.id', 'f.portId')
      .innerJoin('orgUnits as u', 'u.id', 'p.orgUnitId')
      .select([
        sql<number>`sum(case when c.expiry_date < ${today} then 1 else 0 end)`.as('expired'),
        sql<number>`sum(case when c.expiry_date >= ${today} then 1 else 0 end)`.as('expiring'),
      ])
      .where('f.archivedAt', 'is', null)
      .where('p.archivedAt', 'is', null)
      .where('c.expiryDate', '<=', until)
      .where((eb) =>
        eb(
          'c.id',
          '=',
          eb
            .selectFrom('facilityCertifications as c2')
            .select('c2.id')
            .whereRef('c2.facilityId', '=', 'f.id')
            .orderBy('c2.expiryDate', 'desc')
            .orderBy('c2.id', 'desc')
            .limit(1),
        ),
      )
      .where((eb) => portInScope(eb, scope, 'u.path'))
      .executeTakeFirst();
    return { expired: Number(rows?.expired ?? 0), expiring: Number(rows?.expiring ?? 0) };
  },

  // Reference: facility types

  types(db: Db | Tx): Promise<FacilityTypeRow[]> {
    return db.selectFrom('facilityTypes').selectAll().orderBy('code').execute();
  },

  findType(db: Db | Tx, code: string): Promise<FacilityTypeRow | undefined> {
    return db.selectFrom('facilityTypes').selectAll().where('code', '=', code).executeTakeFirst();
  },

  async insertType(tx: Tx, row: FacilityTypeRow): Promise<void> {
    await tx.insertInto('facilityTypes').values(row).execute();
  },

  /** Throws STALE_VERSION when the type's version has moved on. */
  updateType(
    tx: Tx,
    code: string,
    version: number,
    changes: Partial<Omit<FacilityTypeRow, 'code' | 'version' | 'createdAt' | 'createdBy'>>,
    actorId: string,
    now: number,
  ): Promise<FacilityTypeRow> {
    return updateVersioned(
      tx,
      'facilityTypes',
      { id: code, version },
      { ...changes, updatedAt: now, updatedBy: actorId },
    );
  },
};

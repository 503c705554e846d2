import { sql } from 'kysely';
import type { FindingListQuery } from '../../../../contracts/index.ts';
import type { Scope } from '../../platform/access/actor.ts';
import type { Db, Tx } from '../../platform/db/database.ts';
import type { FindingTable } from '../../platform/db/schema.ts';
import { portInScope } from '../../platform/db/scope.ts';
import { paginate } from '../../platform/db/paginate.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';
import { likeContains } from '../../platform/db/values.ts';
import { EXPORT_MAX_ROWS, type ExportQuery } from '../../platform/http/export-query.ts';

/** A finding with its port's unit (scope) and names, its item's titles, its owner's name and the item's current result. */
export type FindingRow = FindingTable & {
  portCode: string;
  portNameZh: string;
  portNameEn: string;
  path: string;
  kind: string;
  depth: number;
  titleZh: string;
  titleEn: string;
  campaignNameZh: string;
  campaignNameEn: string;
  branchId: string;
  branchNameZh: string;
  branchNameEn: string;
  ownerName: string | null;
  currentResult: string | null;
};

const SORTS = {
  dueDate: ['f.dueDate', 'asc'],
  '-dueDate': ['f.dueDate', 'desc'],
  createdAt: ['f.createdAt', 'asc'],
  '-createdAt': ['f.createdAt', 'desc'],
  portCode: ['u.code', 'asc'],
} as const satisfies Record<FindingListQuery['sort'], readonly [string, 'asc' | 'desc']>;

/** A rectification still being worked on, which is what can fall overdue. */
export const OPEN_FINDING_STATUSES: readonly string[] = [
  'open',
  'in_progress',
  'submitted',
  'rejected',
];

function findings(db: Db | Tx) {
  return db
    .selectFrom('findings as f')
    .innerJoin('ports as p', 'p.id', 'f.portId')
    .innerJoin('orgUnits as u', 'u.id', 'p.orgUnitId')
    .innerJoin('orgUnits as b', 'b.id', 'u.parentId')
    .innerJoin('assessmentItems as ai', 'ai.id', 'f.assessmentItemId')
    .innerJoin('catalogItems as ci', 'ci.id', 'ai.catalogItemId')
    .innerJoin('campaigns as c', 'c.id', 'f.campaignId')
    .leftJoin('users as o', 'o.id', 'f.ownerId')
    .selectAll('f')
    .select([
      'u.code as portCode',
      'u.nameZh as portNameZh',
      'u.nameEn as portNameEn',
      'u.path',
      'u.kind',
      'u.depth',
      'ci.titleZh',
      'ci.titleEn',
      'c.nameZh as campaignNameZh',
      'c.nameEn as campaignNameEn',
      'b.id as branchId',
      'b.nameZh as branchNameZh',
      'b.nameEn as branchNameEn',
      'o.displayName as ownerName',
      'ai.result as currentResult',
    ]);
}

/** The findings the filters select in the scope (one owner's, if named), in the list's order. */
function filteredFindings(
  db: Db,
  scope: Scope,
  q: ExportQuery<FindingListQuery>,
  today: string,
  ownerId: string | null,
) {
  let base = findings(db).where((eb) => portInScope(eb, scope, 'u.path'));
  if (q.campaignId) base = base.where('f.campaignId', '=', q.campaignId);
  if (q.portId) base = base.where('f.portId', '=', q.portId);
  if (q.branchId) base = base.where('u.parentId', '=', q.branchId);
  if (q.aspect) base = base.where('f.aspect', '=', q.aspect);
  if (q.status) base = base.where('f.status', '=', q.status);
  if (q.overdue === 'true')
    base = base.where('f.status', 'in', OPEN_FINDING_STATUSES).where('f.dueDate', '<', today);
  if (q.overdue === 'false')
    base = base.where((eb) =>
      eb.or([
        eb('f.status', 'not in', OPEN_FINDING_STATUSES),
        eb('f.dueDate', '>=', today),
        eb('f.dueDate', 'is', null),
      ]),
    );
  if (ownerId) base = base.where('f.ownerId', '=', ownerId);
  if (q.owner) {
    const pattern = likeContains(q.owner.toLowerCase());
    base = base.where((eb) =>
      eb.or([
        sql<boolean>`lower(${eb.ref('o.displayName')}) like ${pattern} escape '\\'`,
        sql<boolean>`lower(${eb.ref('o.username')}) like ${pattern} escape '\\'`,
      ]),
    );
  }
  const [column, direction] = SORTS[q.sort];
  return base.orderBy(column, direction).orderBy('f.id', 'asc');
}

export const findingsRepository = {
  list(
    db: Db,
    scope: Scope,
    q: FindingListQuery,
    today: string,
    ownerId: string | null,
  ): Promise<{ rows: FindingRow[]; total: number }> {
    return paginate(filteredFindings(db, scope, q, today, ownerId), q.page, q.pageSize);
  },

  /** Every finding the filters select, for an export. */
  listForExport(
    db: Db,
    scope: Scope,
    q: ExportQuery<FindingListQuery>,
    today: string,
    ownerId: string | null,
  ): Promise<FindingRow[]> {
    return filteredFindings(db, scope, q, today, ownerId).limit(EXPORT_MAX_ROWS).execute();
  },

  findById(db: Db | Tx, id: string): Promise<FindingRow | undefined> {
    return findings(db).where('f.id', '=', id).executeTakeFirst();
  },

  /** Open findings past their due date within the scope, optionally only one owner's (home page). */
  async countOverdue(db: Db, scope: Scope, today: string, ownerId: string | null): Promise<number> {
    let q = db
      .selectFrom('findings as f')
      .innerJoin('ports as p', 'p.id', 'f.portId')
      .innerJoin('orgUnits as u', 'u.id', 'p.orgUnitId')
      .where((eb) => portInScope(eb, scope, 'u.path'))
      .where('f.status', 'in', OPEN_FINDING_STATUSES)
      .where('f.dueDate', '<', today)
      .select(sql<number>`count(*)`.as('n'));
    if (ownerId) q = q.where('f.ownerId', '=', ownerId);
    const row = await q.executeTakeFirst();
    return Number(row?.n ?? 0);
  },

  existingFor(
    db: Db | Tx,
    assessmentItemIds: readonly string[],
  ): Promise<{ assessmentItemId: string }[]> {
    if (assessmentItemIds.length === 0) return Promise.resolve([]);
    return db
      .selectFrom('findings')
      .select('assessmentItemId')
      .where('assessmentItemId', 'in', assessmentItemIds)
      .execute();
  },

  async insertMany(tx: Tx, rows: FindingTable[]): Promise<void> {
    for (let i = 0; i < rows.length; i += 300)
      await tx
        .insertInto('findings')
        .values(rows.slice(i, i + 300))
        .execute();
  },

  async update(
    tx: Tx,
    id: string,
    version: number,
    changes: Partial<FindingTable>,
    actorId: string,
    now: number,
  ): Promise<FindingTable> {
    return updateVersioned(
      tx,
      'findings',
      { id, version },
      { ...changes, updatedAt: now, updatedBy: actorId },
    );
  },
};

import { sql } from 'kysely';
import type { AssessmentListQuery } from '../../../../contracts/index.ts';
import type { Scope } from '../../platform/access/actor.ts';
import type { Db, Tx } from '../../platform/db/database.ts';
import type {
  AssessmentAspectTable,
  AssessmentItemTable,
  AssessmentTable,
} from '../../platform/db/schema.ts';
import { portInScope } from '../../platform/db/scope.ts';
import { paginate } from '../../platform/db/paginate.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';
import { EXPORT_MAX_ROWS, type ExportQuery } from '../../platform/http/export-query.ts';

/** An assessment with its port's unit (scope), names and branch, and its campaign's names and deadline. */
export type AssessmentRow = AssessmentTable & {
  portCode: string;
  portNameZh: string;
  portNameEn: string;
  path: string;
  kind: string;
  depth: number;
  branchId: string | null;
  branchNameZh: string;
  branchNameEn: string;
  campaignNameZh: string;
  campaignNameEn: string;
  deadline: string;
  reviewersJson: string;
  catalogVersionId: string;
  campaignStatus: string;
};
export type AspectRow = AssessmentAspectTable;

const ASSESSMENT_SORTS = {
  portCode: ['u.code', 'asc'],
  '-portCode': ['u.code', 'desc'],
  status: ['a.status', 'asc'],
  '-status': ['a.status', 'desc'],
} as const satisfies Record<AssessmentListQuery['sort'], readonly [string, 'asc' | 'desc']>;

function assessments(db: Db | Tx) {
  return db
    .selectFrom('assessments as a')
    .innerJoin('ports as p', 'p.id', 'a.portId')
    .innerJoin('orgUnits as u', 'u.id', 'p.orgUnitId')
    .leftJoin('orgUnits as b', 'b.id', 'u.parentId')
    .innerJoin('campaigns as c', 'c.id', 'a.campaignId')
    .selectAll('a')
    .select([
      'u.code as portCode',
      'u.nameZh as portNameZh',
      'u.nameEn as portNameEn',
      'u.path',
      'u.kind',
      'u.depth',
      'u.parentId as branchId',
      sql<string>`coalesce(b.name_zh, '')`.as('branchNameZh'),
      sql<string>`coalesce(b.name_en, '')`.as('branchNameEn'),
      'c.nameZh as campaignNameZh',
      'c.nameEn as campaignNameEn',
      'c.deadline',
      'c.reviewersJson',
      'c.catalogVersionId',
      'c.status as campaignStatus',
    ]);
}

/** The assessments the filters select in the scope, in the list's order. */
function filteredAssessments(db: Db, scope: Scope, q: ExportQuery<AssessmentListQuery>) {
  let base = assessments(db).where((eb) => portInScope(eb, scope, 'u.path'));
  if (q.campaignId) base = base.where('a.campaignId', '=', q.campaignId);
  if (q.portId) base = base.where('a.portId', '=', q.portId);
  if (q.branchId) base = base.where('u.parentId', '=', q.branchId);
  if (q.status) base = base.where('a.status', '=', q.status);
  const [column, direction] = ASSESSMENT_SORTS[q.sort];
  return base.orderBy(column, direction).orderBy('a.id', 'asc');
}

export const assessmentsRepository = {
  /** Assessment counts per branch and status, within the scope. */
  progress(
    db: Db,
    campaignIds: readonly string[],
    scope: Scope,
  ): Promise<
    {
      campaignId: string;
      branchId: string | null;
      branchNameZh: string;
      branchNameEn: string;
      status: string;
      n: number | string;
    }[]
  > {
    if (campaignIds.length === 0) return Promise.resolve([]);
    return db
      .selectFrom('assessments as a')
      .innerJoin('ports as p', 'p.id', 'a.portId')
      .innerJoin('orgUnits as u', 'u.id', 'p.orgUnitId')
      .leftJoin('orgUnits as b', 'b.id', 'u.parentId')
      .where('a.campaignId', 'in', campaignIds)
      .where((eb) => portInScope(eb, scope, 'u.path'))
      .select([
        'a.campaignId',
        'u.parentId as branchId',
        sql<string>`coalesce(b.name_zh, '')`.as('branchNameZh'),
        sql<string>`coalesce(b.name_en, '')`.as('branchNameEn'),
        'a.status',
      ])
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .groupBy(['a.campaignId', 'u.parentId', 'b.nameZh', 'b.nameEn', 'a.status'])
      .execute();
  },

  async insertAssessments(
    tx: Tx,
    assessmentRows: AssessmentTable[],
    aspects: AssessmentAspectTable[],
    items: AssessmentItemTable[],
  ): Promise<void> {
    for (let i = 0; i < assessmentRows.length; i += 500)
      await tx
        .insertInto('assessments')
        .values(assessmentRows.slice(i, i + 500))
        .execute();
    for (let i = 0; i < aspects.length; i += 500)
      await tx
        .insertInto('assessmentAspects')
        .values(aspects.slice(i, i + 500))
        .execute();
    // 25 columns a row: 300 rows stay under SQLite's 32,766 bound parameters.
    for (let i = 0; i < items.length; i += 300)
      await tx
        .insertInto('assessmentItems')
        .values(items.slice(i, i + 300))
        .execute();
  },

  listAssessments(
    db: Db,
    scope: Scope,
    q: AssessmentListQuery,
  ): Promise<{ rows: AssessmentRow[]; total: number }> {
    return paginate(filteredAssessments(db, scope, q), q.page, q.pageSize);
  },

  /** Every assessment the filters select, for an export. */
  listForExport(
    db: Db,
    scope: Scope,
    q: ExportQuery<AssessmentListQuery>,
  ): Promise<AssessmentRow[]> {
    return filteredAssessments(db, scope, q).limit(EXPORT_MAX_ROWS).execute();
  },

  /** Every assessment of a campaign within the scope (scores). */
  assessmentsOfCampaign(db: Db, campaignId: string, scope: Scope): Promise<AssessmentRow[]> {
    return assessments(db)
      .where('a.campaignId', '=', campaignId)
      .where((eb) => portInScope(eb, scope, 'u.path'))
      .orderBy('u.code')
      .execute();
  },

  findAssessment(db: Db | Tx, id: string): Promise<AssessmentRow | undefined> {
    return assessments(db).where('a.id', '=', id).executeTakeFirst();
  },

  /** Open assessments still being filled in at these ports: the ones whose automatic items follow the registers. */
  draftsAt(db: Db, portIds: readonly string[]): Promise<AssessmentRow[]> {
    if (portIds.length === 0) return Promise.resolve([]);
    return assessments(db)
      .where('a.portId', 'in', portIds)
      .where('a.status', '=', 'draft')
      .where('c.status', '=', 'open')
      .execute();
  },

  /** The fields scores read, for many assessments. */
  scoredItems(
    db: Db | Tx,
    assessmentIds: readonly string[],
  ): Promise<
    {
      assessmentId: string;
      aspect: string;
      importance: string;
      weight: number;
      result: string | null;
    }[]
  > {
    if (assessmentIds.length === 0) return Promise.resolve([]);
    return db
      .selectFrom('assessmentItems')
      .select(['assessmentId', 'aspect', 'importance', 'weight', 'result'])
      .where('assessmentId', 'in', assessmentIds)
      .execute();
  },

  aspectsOf(db: Db | Tx, assessmentId: string): Promise<AspectRow[]> {
    return db
      .selectFrom('assessmentAspects')
      .selectAll()
      .where('assessmentId', '=', assessmentId)
      .execute();
  },

  /** Bumps the assessment's version (the guard for it, its aspects and items); false when it moved on. */
  async touchAssessment(
    tx: Tx,
    id: string,
    version: number,
    changes: Partial<AssessmentTable>,
    actorId: string | null,
    now: number,
  ): Promise<AssessmentTable> {
    return updateVersioned(
      tx,
      'assessments',
      { id, version },
      { ...changes, updatedAt: now, updatedBy: actorId },
    );
  },

  async updateAspect(
    tx: Tx,
    assessmentId: string,
    aspect: string,
    changes: Partial<AssessmentAspectTable>,
    actorId: string,
    now: number,
  ): Promise<void> {
    await tx
      .updateTable('assessmentAspects')
      .set((eb) => ({
        ...changes,
        version: eb('version', '+', 1),
        updatedAt: now,
        updatedBy: actorId,
      }))
      .where('assessmentId', '=', assessmentId)
      .where('aspect', '=', aspect)
      .execute();
  },

  async resetAspects(
    tx: Tx,
    assessmentId: string,
    from: readonly string[],
    actorId: string,
    now: number,
  ): Promise<void> {
    await tx
      .updateTable('assessmentAspects')
      .set((eb) => ({
        status: 'pending',
        version: eb('version', '+', 1),
        updatedAt: now,
        updatedBy: actorId,
      }))
      .where('assessmentId', '=', assessmentId)
      .where('status', 'in', from)
      .execute();
  },
};

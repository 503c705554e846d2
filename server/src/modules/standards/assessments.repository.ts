import { sql } from 'kysely';
import type { AssessmentListQuery, CampaignListQuery } from '../../../../contracts/index.ts';
import type { Scope } from '../../platform/access/actor.ts';
import type { Db, Tx } from '../../platform/db/database.ts';
import type {
  AssessmentAspectTable,
  AssessmentItemTable,
  AssessmentTable,
  CampaignTable,
  StandardsEvidenceTable,
} from '../../platform/db/schema.ts';
import { inScope } from '../../platform/db/scope.ts';
import { paginate } from '../../platform/db/paginate.ts';

export type CampaignRow = CampaignTable & { catalogCode: string; catalogVersionNumber: number };
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
/** An assessment item with its catalog item's texts. */
export type AssessmentItemRow = AssessmentItemTable & {
  titleZh: string;
  titleEn: string;
  guidanceZh: string;
  guidanceEn: string;
  basis: string;
  evidenceGuidance: string;
};
export type AspectRow = AssessmentAspectTable;
export type EvidenceRow = StandardsEvidenceTable & { name: string; mime: string; size: number };

const CAMPAIGN_SORTS = {
  createdAt: ['c.createdAt', 'asc'],
  '-createdAt': ['c.createdAt', 'desc'],
  deadline: ['c.deadline', 'asc'],
  '-deadline': ['c.deadline', 'desc'],
} as const satisfies Record<CampaignListQuery['sort'], readonly [string, 'asc' | 'desc']>;

const ASSESSMENT_SORTS = {
  portCode: ['u.code', 'asc'],
  '-portCode': ['u.code', 'desc'],
  status: ['a.status', 'asc'],
  '-status': ['a.status', 'desc'],
} as const satisfies Record<AssessmentListQuery['sort'], readonly [string, 'asc' | 'desc']>;

function campaigns(db: Db | Tx) {
  return db
    .selectFrom('campaigns as c')
    .innerJoin('catalogVersions as v', 'v.id', 'c.catalogVersionId')
    .innerJoin('requirementCatalogs as rc', 'rc.id', 'v.catalogId')
    .selectAll('c')
    .select(['rc.code as catalogCode', 'v.number as catalogVersionNumber']);
}

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

const scopeColumns = { path: 'u.path', kind: 'u.kind', depth: 'u.depth' } as const;

export const assessmentsRepository = {
  listCampaigns(db: Db, q: CampaignListQuery): Promise<{ rows: CampaignRow[]; total: number }> {
    let base = campaigns(db);
    if (q.status) base = base.where('c.status', '=', q.status);
    const [column, direction] = CAMPAIGN_SORTS[q.sort];
    return paginate(base.orderBy(column, direction).orderBy('c.id', 'asc'), q.page, q.pageSize);
  },

  findCampaign(db: Db | Tx, id: string): Promise<CampaignRow | undefined> {
    return campaigns(db).where('c.id', '=', id).executeTakeFirst();
  },

  findCampaignByCode(db: Db | Tx, code: string): Promise<{ id: string } | undefined> {
    return db.selectFrom('campaigns').select('id').where('code', '=', code).executeTakeFirst();
  },

  /** Campaigns in the order they opened, for the trend. */
  openedCampaigns(db: Db): Promise<CampaignRow[]> {
    return campaigns(db).where('c.openedAt', 'is not', null).orderBy('c.openedAt', 'asc').execute();
  },

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
      .where((eb) => inScope(eb, scope, scopeColumns))
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

  async insertCampaign(tx: Tx, row: CampaignTable): Promise<void> {
    await tx.insertInto('campaigns').values(row).execute();
  },

  async touchCampaign(
    tx: Tx,
    id: string,
    version: number,
    changes: Partial<CampaignTable>,
    actorId: string,
    now: number,
  ): Promise<boolean> {
    const r = await tx
      .updateTable('campaigns')
      .set({ ...changes, version: version + 1, updatedAt: now, updatedBy: actorId })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return r.numUpdatedRows > 0n;
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
    let base = assessments(db).where((eb) => inScope(eb, scope, scopeColumns));
    if (q.campaignId) base = base.where('a.campaignId', '=', q.campaignId);
    if (q.portId) base = base.where('a.portId', '=', q.portId);
    if (q.branchId) base = base.where('u.parentId', '=', q.branchId);
    if (q.status) base = base.where('a.status', '=', q.status);
    const [column, direction] = ASSESSMENT_SORTS[q.sort];
    return paginate(base.orderBy(column, direction).orderBy('a.id', 'asc'), q.page, q.pageSize);
  },

  /** Every assessment of a campaign within the scope (scores). */
  assessmentsOfCampaign(db: Db, campaignId: string, scope: Scope): Promise<AssessmentRow[]> {
    return assessments(db)
      .where('a.campaignId', '=', campaignId)
      .where((eb) => inScope(eb, scope, scopeColumns))
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

  itemsOf(db: Db | Tx, assessmentId: string): Promise<AssessmentItemRow[]> {
    return db
      .selectFrom('assessmentItems as ai')
      .innerJoin('catalogItems as ci', 'ci.id', 'ai.catalogItemId')
      .selectAll('ai')
      .select([
        'ci.titleZh',
        'ci.titleEn',
        'ci.guidanceZh',
        'ci.guidanceEn',
        'ci.basis',
        'ci.evidenceGuidance',
      ])
      .where('ai.assessmentId', '=', assessmentId)
      .orderBy('ci.sortOrder')
      .orderBy('ai.itemCode')
      .execute();
  },

  findItem(db: Db | Tx, id: string): Promise<AssessmentItemRow | undefined> {
    return db
      .selectFrom('assessmentItems as ai')
      .innerJoin('catalogItems as ci', 'ci.id', 'ai.catalogItemId')
      .selectAll('ai')
      .select([
        'ci.titleZh',
        'ci.titleEn',
        'ci.guidanceZh',
        'ci.guidanceEn',
        'ci.basis',
        'ci.evidenceGuidance',
      ])
      .where('ai.id', '=', id)
      .executeTakeFirst();
  },

  aspectsOf(db: Db | Tx, assessmentId: string): Promise<AspectRow[]> {
    return db
      .selectFrom('assessmentAspects')
      .selectAll()
      .where('assessmentId', '=', assessmentId)
      .execute();
  },

  evidenceOf(
    db: Db | Tx,
    by: { assessmentItemIds?: readonly string[]; findingIds?: readonly string[] },
  ): Promise<EvidenceRow[]> {
    const itemIds = by.assessmentItemIds ?? [];
    const findingIds = by.findingIds ?? [];
    if (itemIds.length === 0 && findingIds.length === 0) return Promise.resolve([]);
    return db
      .selectFrom('standardsEvidence as e')
      .innerJoin('files as f', 'f.id', 'e.fileId')
      .selectAll('e')
      .select(['f.originalName as name', 'f.mime', 'f.size'])
      .where('e.archivedAt', 'is', null)
      .where((eb) =>
        eb.or([
          ...(itemIds.length > 0 ? [eb('e.assessmentItemId', 'in', itemIds)] : []),
          ...(findingIds.length > 0 ? [eb('e.findingId', 'in', findingIds)] : []),
        ]),
      )
      .orderBy('e.createdAt')
      .execute();
  },

  findEvidence(db: Db | Tx, id: string): Promise<(EvidenceRow & { hash: string }) | undefined> {
    return db
      .selectFrom('standardsEvidence as e')
      .innerJoin('files as f', 'f.id', 'e.fileId')
      .selectAll('e')
      .select(['f.originalName as name', 'f.mime', 'f.size', 'f.hash'])
      .where('e.id', '=', id)
      .where('e.archivedAt', 'is', null)
      .executeTakeFirst();
  },

  async insertEvidence(tx: Tx, row: StandardsEvidenceTable): Promise<void> {
    await tx.insertInto('standardsEvidence').values(row).execute();
  },

  /** Bumps the assessment's version (the guard for it, its aspects and items); false when it moved on. */
  async touchAssessment(
    tx: Tx,
    id: string,
    version: number,
    changes: Partial<AssessmentTable>,
    actorId: string | null,
    now: number,
  ): Promise<boolean> {
    const r = await tx
      .updateTable('assessments')
      .set({ ...changes, version: version + 1, updatedAt: now, updatedBy: actorId })
      .where('id', '=', id)
      .where('version', '=', version)
      .executeTakeFirst();
    return r.numUpdatedRows > 0n;
  },

  async updateItem(
    tx: Tx,
    id: string,
    version: number | null,
    changes: Partial<AssessmentItemTable>,
    actorId: string | null,
    now: number,
  ): Promise<boolean> {
    let q = tx
      .updateTable('assessmentItems')
      .set((eb) => ({
        ...changes,
        version: eb('version', '+', 1),
        updatedAt: now,
        updatedBy: actorId,
      }))
      .where('id', '=', id);
    if (version !== null) q = q.where('version', '=', version);
    const r = await q.executeTakeFirst();
    return r.numUpdatedRows > 0n;
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

  async clearReturnComments(
    tx: Tx,
    assessmentId: string,
    now: number,
    actorId: string,
  ): Promise<void> {
    await tx
      .updateTable('assessmentItems')
      .set({ returnComment: null, updatedAt: now, updatedBy: actorId })
      .where('assessmentId', '=', assessmentId)
      .where('returnComment', 'is not', null)
      .execute();
  },
};

import type { CampaignListQuery } from '../../../../contracts/index.ts';
import type { Db, Tx } from '../../platform/db/database.ts';
import type { CampaignTable } from '../../platform/db/schema.ts';
import { paginate } from '../../platform/db/paginate.ts';
import { updateVersioned } from '../../platform/db/versioned.ts';

export type CampaignRow = CampaignTable & { catalogCode: string; catalogVersionNumber: number };

const CAMPAIGN_SORTS = {
  createdAt: ['c.createdAt', 'asc'],
  '-createdAt': ['c.createdAt', 'desc'],
  deadline: ['c.deadline', 'asc'],
  '-deadline': ['c.deadline', 'desc'],
} as const satisfies Record<CampaignListQuery['sort'], readonly [string, 'asc' | 'desc']>;

function campaigns(db: Db | Tx) {
  return db
    .selectFrom('campaigns as c')
    .innerJoin('catalogVersions as v', 'v.id', 'c.catalogVersionId')
    .innerJoin('requirementCatalogs as rc', 'rc.id', 'v.catalogId')
    .selectAll('c')
    .select(['rc.code as catalogCode', 'v.number as catalogVersionNumber']);
}

export const campaignsRepository = {
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

  /** The ids of a campaign's assessments still being filled in (never submitted, or returned). */
  async draftAssessmentIds(db: Db | Tx, campaignId: string): Promise<string[]> {
    const rows = await db
      .selectFrom('assessments')
      .select('id')
      .where('campaignId', '=', campaignId)
      .where('status', '=', 'draft')
      .execute();
    return rows.map((r) => r.id);
  },

  /** Campaigns in the order they opened, for the trend. */
  openedCampaigns(db: Db): Promise<CampaignRow[]> {
    return campaigns(db).where('c.openedAt', 'is not', null).orderBy('c.openedAt', 'asc').execute();
  },

  /** The org path and names of each port a campaign opens over, for the tasks it hands out (the caller
   * chunks the ids and never passes none). */
  portUnits(db: Db | Tx, portIds: readonly string[]) {
    return db
      .selectFrom('ports as p')
      .innerJoin('orgUnits as u', 'u.id', 'p.orgUnitId')
      .select(['p.id', 'u.path', 'u.nameZh', 'u.nameEn'])
      .where('p.id', 'in', portIds)
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
  ): Promise<CampaignTable> {
    return updateVersioned(
      tx,
      'campaigns',
      { id, version },
      { ...changes, updatedAt: now, updatedBy: actorId },
    );
  },
};

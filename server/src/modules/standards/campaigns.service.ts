import {
  ASPECT_WORKING_GROUP,
  ASPECTS,
  type Campaign,
  type CampaignCreate,
  type CampaignListQuery,
  type CampaignProgress,
  type Page,
} from '../../../../contracts/index.ts';
import { inTransaction, type AppContext } from '../../platform/context.ts';
import { hasPermission, type Actor } from '../../platform/access/actor.ts';
import { newId } from '../../platform/db/ids.ts';
import type {
  AssessmentAspectTable,
  AssessmentItemTable,
  AssessmentTable,
} from '../../platform/db/schema.ts';
import { readJson } from '../../platform/db/values.ts';
import { forbidden, notFound } from '../../platform/errors/errors.ts';
import { portsService } from '../ports/ports.service.ts';
import { assessmentScope } from './assessment.policy.ts';
import { assessmentsRepository } from './assessments.repository.ts';
import { readsCampaigns } from './campaign.policy.ts';
import { presentCampaign } from './campaign.presenter.ts';
import { byChunks } from '../../platform/db/chunks.ts';
import { standardsWork } from './standards.work.ts';
import { campaignsRepository, type CampaignRow } from './campaigns.repository.ts';
import { catalogsService } from './catalogs.service.ts';
import { bundlesFor, compiledFor, evaluateAt } from './evaluation.ts';
import { standardsError } from './standards.errors.ts';

async function progressOf(
  ctx: AppContext,
  actor: Actor,
  campaignIds: readonly string[],
): Promise<Map<string, CampaignProgress[]>> {
  const rows = await assessmentsRepository.progress(ctx.db, campaignIds, assessmentScope(actor));
  const out = new Map<string, Map<string, CampaignProgress>>();
  for (const r of rows) {
    const byBranch = out.get(r.campaignId) ?? new Map<string, CampaignProgress>();
    out.set(r.campaignId, byBranch);
    const key = r.branchId ?? '';
    const entry = byBranch.get(key) ?? {
      branchId: key,
      branchNameZh: r.branchNameZh,
      branchNameEn: r.branchNameEn,
      total: 0,
      draft: 0,
      submitted: 0,
      reviewed: 0,
      approved: 0,
    };
    const n = Number(r.n);
    entry.total += n;
    if (
      r.status === 'draft' ||
      r.status === 'submitted' ||
      r.status === 'reviewed' ||
      r.status === 'approved'
    )
      entry[r.status] += n;
    byBranch.set(key, entry);
  }
  return new Map(
    [...out].map(([id, m]) => [
      id,
      [...m.values()].sort((a, b) => a.branchNameZh.localeCompare(b.branchNameZh)),
    ]),
  );
}

async function campaignOrThrow(ctx: AppContext, actor: Actor, id: string): Promise<CampaignRow> {
  if (!readsCampaigns(actor)) throw notFound();
  const row = await campaignsRepository.findCampaign(ctx.db, id);
  if (!row) throw notFound();
  return row;
}

export const campaignsService = {
  async list(ctx: AppContext, actor: Actor, query: CampaignListQuery): Promise<Page<Campaign>> {
    const { rows, total } = await campaignsRepository.listCampaigns(ctx.db, query);
    const progress = await progressOf(
      ctx,
      actor,
      rows.map((r) => r.id),
    );
    return {
      items: rows.map((r) => presentCampaign(r, progress.get(r.id) ?? [], actor)),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  },

  async get(ctx: AppContext, actor: Actor, id: string): Promise<Campaign> {
    const row = await campaignOrThrow(ctx, actor, id);
    return presentCampaign(row, (await progressOf(ctx, actor, [id])).get(id) ?? [], actor);
  },

  async create(ctx: AppContext, actor: Actor, input: CampaignCreate): Promise<Campaign> {
    if (!hasPermission(actor, 'campaign.manage')) throw forbidden();
    if (await campaignsRepository.findCampaignByCode(ctx.db, input.code))
      throw standardsError('CAMPAIGN_CODE_TAKEN', {
        code: { zh: '编码已被使用', en: 'code is taken' },
      });
    const published = await catalogsService.publishedItems(ctx, input.catalogVersionId);
    if (!published)
      throw standardsError('CAMPAIGN_VERSION_NOT_PUBLISHED', {
        catalogVersionId: { zh: '须为已发布的目录版本', en: 'must be a published catalog version' },
      });
    const ports = await portsService.findPorts(ctx, input.portIds);
    const live = new Set(ports.filter((p) => p.archivedAt === null).map((p) => p.id));
    const unknown = input.portIds.filter((id) => !live.has(id));
    if (unknown.length > 0)
      throw standardsError('CAMPAIGN_PORTS_UNKNOWN', {
        portIds: {
          zh: `${unknown.length} 个口岸不可用`,
          en: `${unknown.length} port(s) unavailable`,
        },
      });
    const now = ctx.clock();
    const id = newId();
    await inTransaction(ctx, async (tx) => {
      await campaignsRepository.insertCampaign(tx, {
        id,
        code: input.code,
        nameZh: input.nameZh,
        nameEn: input.nameEn,
        kind: input.kind,
        status: 'draft',
        catalogVersionId: input.catalogVersionId,
        deadline: input.deadline,
        portIdsJson: JSON.stringify(input.portIds),
        reviewersJson: JSON.stringify(input.reviewers ?? ASPECT_WORKING_GROUP),
        openedAt: null,
        closedAt: null,
        version: 1,
        createdAt: now,
        createdBy: actor.userId,
        updatedAt: now,
        updatedBy: actor.userId,
      });
      await ctx.audit.append(tx, actor, {
        action: 'campaign.create',
        entityType: 'campaign',
        entityId: id,
        after: { ...input, portIds: input.portIds.length },
      });
    });
    return campaignsService.get(ctx, actor, id);
  },

  /**
   * Opens a campaign: one assessment per port with every item of the catalog version, automatic items
   * evaluated on today's registers at once (an item that does not apply is recorded as not applicable).
   * All assessments are written in one transaction, or none.
   */
  async open(ctx: AppContext, actor: Actor, id: string, version: number): Promise<Campaign> {
    const campaign = await campaignOrThrow(ctx, actor, id);
    if (!hasPermission(actor, 'campaign.manage')) throw forbidden();
    if (campaign.status !== 'draft') throw standardsError('CAMPAIGN_NOT_DRAFT');
    const published = await catalogsService.publishedItems(ctx, campaign.catalogVersionId);
    if (!published) throw standardsError('CAMPAIGN_VERSION_NOT_PUBLISHED');
    const catalog = compiledFor(published.version.id, published.items, true);
    const portIds = readJson(campaign.portIdsJson) as string[];
    const bundles = await bundlesFor(ctx, portIds);
    const units = await byChunks(
      portIds,
      async (chunk) =>
        new Map((await campaignsRepository.portUnits(ctx.db, chunk)).map((u) => [u.id, u])),
    );
    const now = ctx.clock();
    const stamp = {
      version: 1,
      createdAt: now,
      createdBy: actor.userId,
      updatedAt: now,
      updatedBy: actor.userId,
    };
    const assessments: AssessmentTable[] = [];
    const aspects: AssessmentAspectTable[] = [];
    const items: AssessmentItemTable[] = [];
    const aspectsInCatalog = ASPECTS.filter((a) => published.items.some((i) => i.aspect === a));
    for (const portId of portIds) {
      const port = bundles.get(portId);
      if (!port) continue;
      const assessmentId = newId();
      assessments.push({
        id: assessmentId,
        campaignId: id,
        portId,
        status: 'draft',
        submittedAt: null,
        submittedBy: null,
        approvedAt: null,
        approvedBy: null,
        reopenRequestedAt: null,
        reopenRequestedBy: null,
        reopenReason: null,
        ...stamp,
      });
      for (const aspect of aspectsInCatalog)
        aspects.push({
          id: newId(),
          assessmentId,
          aspect,
          status: 'pending',
          reviewedBy: null,
          reviewedAt: null,
          comment: null,
          ...stamp,
        });
      const evaluated = evaluateAt(catalog, port.facts, published.items, true);
      for (const item of published.items) {
        const e = evaluated.get(item.code);
        items.push({
          id: newId(),
          assessmentId,
          catalogItemId: item.id,
          itemCode: item.code,
          aspect: item.aspect,
          importance: item.importance,
          weight: item.weight,
          automatic: item.measureExpr === null ? 0 : 1,
          result: e?.engineResult ?? null,
          grade: null,
          requiredValue: e?.requiredValue ?? null,
          presentValue: e?.presentValue ?? null,
          presentBool: e?.presentBool ?? null,
          explanationJson: e?.explanationJson ?? null,
          errorMessage: e?.errorMessage ?? null,
          naReason: null,
          note: null,
          returnComment: null,
          answeredBy: null,
          answeredAt: null,
          evaluatedAt: now,
          ...stamp,
        });
      }
    }
    await inTransaction(ctx, async (tx) => {
      await campaignsRepository.touchCampaign(
        tx,
        id,
        version,
        { status: 'open', openedAt: now },
        actor.userId,
        now,
      );
      await assessmentsRepository.insertAssessments(tx, assessments, aspects, items);
      await standardsWork.campaignOpened(
        ctx,
        tx,
        assessments.flatMap((a) => {
          const unit = units.get(a.portId);
          return unit
            ? [
                {
                  id: a.id,
                  path: unit.path,
                  portNameZh: unit.nameZh,
                  portNameEn: unit.nameEn,
                  campaignNameZh: campaign.nameZh,
                  campaignNameEn: campaign.nameEn,
                  deadline: campaign.deadline,
                },
              ]
            : [];
        }),
      );
      await ctx.audit.append(tx, actor, {
        action: 'campaign.open',
        entityType: 'campaign',
        entityId: id,
        after: { assessments: assessments.length, items: items.length },
      });
    });
    return campaignsService.get(ctx, actor, id);
  },

  async close(ctx: AppContext, actor: Actor, id: string, version: number): Promise<Campaign> {
    const campaign = await campaignOrThrow(ctx, actor, id);
    if (!hasPermission(actor, 'campaign.manage')) throw forbidden();
    if (campaign.status !== 'open') throw standardsError('CAMPAIGN_NOT_OPEN');
    await inTransaction(ctx, async (tx) => {
      const now = ctx.clock();
      await campaignsRepository.touchCampaign(
        tx,
        id,
        version,
        { status: 'closed', closedAt: now },
        actor.userId,
        now,
      );
      await standardsWork.campaignClosed(
        ctx,
        tx,
        await campaignsRepository.draftAssessmentIds(tx, id),
      );
      await ctx.audit.append(tx, actor, {
        action: 'campaign.close',
        entityType: 'campaign',
        entityId: id,
      });
    });
    return campaignsService.get(ctx, actor, id);
  },
};

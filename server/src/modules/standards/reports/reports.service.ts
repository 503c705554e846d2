import {
  findingListQuerySchema,
  type AssessmentReport,
  type CampaignReport,
  type Finding,
  type ReportUnit,
} from '../../../../../contracts/index.ts';
import type { Actor } from '../../../platform/access/actor.ts';
import type { AppContext } from '../../../platform/context.ts';
import { toIso, toIsoOrNull } from '../../../platform/db/values.ts';
import { notFound } from '../../../platform/errors/errors.ts';
import { orgService } from '../../org/org.service.ts';
import { assessmentScope } from '../assessment.policy.ts';
import { assessmentsRepository } from '../assessments.repository.ts';
import { assessmentsService } from '../assessments.service.ts';
import { campaignsRepository, type CampaignRow } from '../campaigns.repository.ts';
import { campaignsService } from '../campaigns.service.ts';
import { findingsService } from '../findings.service.ts';
import { insightsService } from '../insights.service.ts';
import {
  presentReportAspects,
  presentReportCampaign,
  presentReportFindings,
  signOff,
  unitOf,
} from './report.presenter.ts';
import { reportsRepository } from './reports.repository.ts';

/** The district a unit belongs to: the root of its path (paths are `/<root id>/…/<own id>/`). */
async function districtOf(ctx: AppContext, path: string): Promise<ReportUnit> {
  const rootId = path.split('/').find(Boolean);
  const root = rootId ? await orgService.findById(ctx, rootId) : undefined;
  if (!root) throw notFound();
  return unitOf(root);
}

async function reportCampaign(ctx: AppContext, row: CampaignRow) {
  const catalog = await reportsRepository.catalogOfVersion(ctx.db, row.catalogVersionId);
  if (!catalog) throw notFound();
  return presentReportCampaign(row, catalog);
}

/** The findings the actor reads among those of a campaign (at one port, if named). */
const findingsOf = (ctx: AppContext, actor: Actor, campaignId: string, portId?: string) =>
  findingsService.listAll(
    ctx,
    actor,
    findingListQuerySchema.omit({ page: true, pageSize: true }).parse({ campaignId, portId }),
  );

const peopleIn = (findings: readonly Finding[]) =>
  findings.flatMap((f) => (f.verifiedBy ? [f.verifiedBy] : []));

/**
 * Official reports: everything one printed report shows, read with the same access as the record it reports
 * on, so a caller who cannot read the assessment or campaign gets the answer its own GET gives.
 */
export const reportsService = {
  async assessment(ctx: AppContext, actor: Actor, id: string): Promise<AssessmentReport> {
    const row = await assessmentsService.readable(ctx, actor, id);
    const [a, campaignRow, branch, findings] = await Promise.all([
      assessmentsService.get(ctx, actor, id),
      campaignsRepository.findCampaign(ctx.db, row.campaignId),
      row.branchId ? orgService.findById(ctx, row.branchId) : Promise.resolve(undefined),
      findingsOf(ctx, actor, row.campaignId, row.portId),
    ]);
    if (!campaignRow) throw notFound();
    const names = await reportsRepository.displayNames(ctx.db, [
      ...a.items.flatMap((i) => (i.answeredBy ? [i.answeredBy] : [])),
      ...a.aspects.flatMap((r) => (r.reviewedBy ? [r.reviewedBy] : [])),
      ...(a.submittedBy ? [a.submittedBy] : []),
      ...(a.approvedBy ? [a.approvedBy] : []),
      ...peopleIn(findings),
    ]);
    return {
      generatedAt: toIso(ctx.clock()),
      district: await districtOf(ctx, row.path),
      branch: branch ? unitOf(branch) : null,
      port: { code: row.portCode, nameZh: row.portNameZh, nameEn: row.portNameEn },
      campaign: await reportCampaign(ctx, campaignRow),
      assessmentId: a.id,
      status: a.status,
      score: a.score,
      submitted: signOff(names, a.submittedBy, a.submittedAt),
      approved: signOff(names, a.approvedBy, a.approvedAt),
      aspects: presentReportAspects(a, names),
      findings: presentReportFindings(findings, new Map([[row.portId, row]]), names),
    };
  },

  async campaign(ctx: AppContext, actor: Actor, id: string): Promise<CampaignReport> {
    await campaignsService.get(ctx, actor, id);
    const campaignRow = await campaignsRepository.findCampaign(ctx.db, id);
    if (!campaignRow) throw notFound();
    const [scores, rows, findings] = await Promise.all([
      insightsService.scores(ctx, actor, id),
      assessmentsRepository.assessmentsOfCampaign(ctx.db, id, assessmentScope(actor)),
      findingsOf(ctx, actor, id),
    ]);
    const names = await reportsRepository.displayNames(ctx.db, [
      ...rows.flatMap((r) => [r.submittedBy, r.approvedBy].filter((u) => u !== null)),
      ...peopleIn(findings),
    ]);
    const branchUnits = new Map(
      await Promise.all(
        scores.branches.map(async (b) => [b.key, await orgService.findById(ctx, b.key)] as const),
      ),
    );
    const scored = new Map(scores.ports.map((p) => [p.assessmentId, p]));
    const actorUnit = rows[0] ? undefined : await orgService.findById(ctx, actor.orgUnitId);
    return {
      generatedAt: toIso(ctx.clock()),
      // A campaign is the district's: named after its ports' district, or the reader's when none is in reach.
      district: await districtOf(ctx, rows[0]?.path ?? actorUnit?.path ?? ''),
      campaign: await reportCampaign(ctx, campaignRow),
      overall: scores.district.overall,
      byAspect: scores.district.byAspect,
      ports: scores.district.ports,
      portsMeetingAll: scores.district.portsMeetingAll,
      attainmentRate: scores.district.attainmentRate,
      branches: scores.branches.map((b) => ({
        branch: { code: branchUnits.get(b.key)?.code ?? '', nameZh: b.nameZh, nameEn: b.nameEn },
        overall: b.overall,
        byAspect: b.byAspect,
        ports: b.ports,
        portsMeetingAll: b.portsMeetingAll,
        attainmentRate: b.attainmentRate,
      })),
      assessments: rows.flatMap((r) => {
        const s = scored.get(r.id);
        if (!s) return [];
        return [
          {
            assessmentId: r.id,
            port: { code: r.portCode, nameZh: r.portNameZh, nameEn: r.portNameEn },
            branchNameZh: r.branchNameZh,
            branchNameEn: r.branchNameEn,
            status: s.status,
            overall: s.overall,
            byAspect: s.byAspect,
            submitted: signOff(names, r.submittedBy, toIsoOrNull(r.submittedAt)),
            approved: signOff(names, r.approvedBy, toIsoOrNull(r.approvedAt)),
          },
        ];
      }),
      findings: presentReportFindings(findings, new Map(rows.map((r) => [r.portId, r])), names),
    };
  },
};

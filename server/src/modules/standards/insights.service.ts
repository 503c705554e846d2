import {
  ASPECTS,
  portListQuerySchema,
  type Aspect,
  type ExpressionCheck,
  type ExpressionPreview,
  type ItemResult,
  type Score,
  type Scores,
  type Trend,
  type WhatIf,
  type WhatIfResult,
} from '../../../../contracts/index.ts';
import {
  applyScenario,
  checkItem,
  compileCatalog,
  evaluatePort,
  toEngineFacts,
  type ItemOutcome,
} from '../../engines/standards/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { hasPermission, type Actor } from '../../platform/access/actor.ts';
import { toIsoOrNull } from '../../platform/db/values.ts';
import { notFound } from '../../platform/errors/errors.ts';
import { portsService } from '../ports/ports.service.ts';
import { assessmentScope } from './assessment.policy.ts';
import { assessmentsRepository, type AssessmentRow } from './assessments.repository.ts';
import { campaignsRepository } from './campaigns.repository.ts';
import { catalogsRepository } from './catalogs.repository.ts';
import { bundlesFor, compiledFor } from './evaluation.ts';
import { attainmentRate, scoreOf, type ScoredItem } from './scores.ts';
import { standardsError } from './standards.errors.ts';

/** Ports the preview and what-if run over: those the caller reads, at most this many. */
const PREVIEW_PORTS = 200;

type Scored = ScoredItem & { assessmentId: string; aspect: string };

const byAspect = (items: readonly Scored[]): Record<Aspect, Score> =>
  Object.fromEntries(
    ASPECTS.map((a) => [a, scoreOf(items.filter((i) => i.aspect === a))]),
  ) as Record<Aspect, Score>;

function groupByAssessment(items: readonly Scored[]): Map<string, Scored[]> {
  const out = new Map<string, Scored[]>();
  for (const i of items) {
    const list = out.get(i.assessmentId);
    if (list) list.push(i);
    else out.set(i.assessmentId, [i]);
  }
  return out;
}

async function readablePorts(ctx: AppContext, actor: Actor, ids: readonly string[]) {
  const ports = await portsService.listAll(ctx, actor, portListQuerySchema.parse({}));
  const chosen = ids.length > 0 ? ports.filter((p) => ids.includes(p.id)) : ports;
  return chosen.slice(0, ids.length > 0 ? ids.length : PREVIEW_PORTS);
}

const resultOf = (o: ItemOutcome | undefined): ItemResult | null =>
  o === undefined || o.status === 'manual' ? null : o.status;

export const insightsService = {
  /** Scores of a campaign: per port (and aspect), per branch, and for the district, with the 达标率. */
  async scores(ctx: AppContext, actor: Actor, campaignId: string): Promise<Scores> {
    const campaign = await campaignsRepository.findCampaign(ctx.db, campaignId);
    if (!campaign || !hasPermission(actor, 'campaign.read')) throw notFound();
    const assessments = await assessmentsRepository.assessmentsOfCampaign(
      ctx.db,
      campaignId,
      assessmentScope(actor),
    );
    const items = (await assessmentsRepository.scoredItems(
      ctx.db,
      assessments.map((a) => a.id),
    )) as Scored[];
    const itemsOf = groupByAssessment(items);
    const ports = assessments.map((a) => {
      const own = itemsOf.get(a.id) ?? [];
      return {
        key: a.portId,
        nameZh: a.portNameZh,
        nameEn: a.portNameEn,
        overall: scoreOf(own),
        byAspect: byAspect(own),
        branchNameZh: a.branchNameZh,
        branchNameEn: a.branchNameEn,
        assessmentId: a.id,
        status: a.status as Scores['ports'][number]['status'],
        branchId: a.branchId ?? '',
      };
    });
    const branches = new Map<string, { rows: AssessmentRow[] }>();
    for (const a of assessments) {
      const entry = branches.get(a.branchId ?? '');
      if (entry) entry.rows.push(a);
      else branches.set(a.branchId ?? '', { rows: [a] });
    }
    return {
      campaignId,
      district: {
        overall: scoreOf(items),
        byAspect: byAspect(items),
        ports: ports.length,
        portsMeetingAll: ports.filter((p) => p.overall.meetsAllMandatory).length,
        attainmentRate: attainmentRate(ports.map((p) => p.overall)),
      },
      branches: [...branches]
        .map(([branchId, { rows }]) => {
          const own = rows.flatMap((r) => itemsOf.get(r.id) ?? []);
          const portScores = ports.filter((p) => p.branchId === branchId).map((p) => p.overall);
          return {
            key: branchId,
            nameZh: rows[0]?.branchNameZh ?? '',
            nameEn: rows[0]?.branchNameEn ?? '',
            overall: scoreOf(own),
            byAspect: byAspect(own),
            ports: portScores.length,
            portsMeetingAll: portScores.filter((s) => s.meetsAllMandatory).length,
            attainmentRate: attainmentRate(portScores),
          };
        })
        .sort((a, b) => a.nameZh.localeCompare(b.nameZh)),
      ports: ports.map(({ branchId: _b, ...p }) => p),
    };
  },

  /** 达标率 and weighted scores across campaigns, oldest first. */
  async trend(ctx: AppContext, actor: Actor): Promise<Trend> {
    if (!hasPermission(actor, 'campaign.read')) throw notFound();
    const out: Trend = [];
    for (const c of await campaignsRepository.openedCampaigns(ctx.db)) {
      const assessments = await assessmentsRepository.assessmentsOfCampaign(
        ctx.db,
        c.id,
        assessmentScope(actor),
      );
      const items = (await assessmentsRepository.scoredItems(
        ctx.db,
        assessments.map((a) => a.id),
      )) as Scored[];
      const perPort = [...groupByAssessment(items).values()].map((own) => scoreOf(own));
      const aspects = byAspect(items);
      out.push({
        campaignId: c.id,
        code: c.code,
        nameZh: c.nameZh,
        nameEn: c.nameEn,
        openedAt: toIsoOrNull(c.openedAt),
        attainmentRate: attainmentRate(perPort),
        weighted: scoreOf(items).weighted,
        byAspect: Object.fromEntries(ASPECTS.map((a) => [a, aspects[a].weighted])) as Record<
          Aspect,
          number | null
        >,
      });
    }
    return out;
  },

  /** Checks one item's expressions as they are typed and, when they are valid, previews them over the caller's ports. */
  async check(ctx: AppContext, actor: Actor, input: ExpressionCheck): Promise<ExpressionPreview> {
    const rule = {
      code: input.code,
      aspect: input.aspect,
      importance: 'mandatory' as const,
      weight: 1,
      appliesWhen: input.appliesWhen,
      required: input.required,
      measure: input.measure,
    };
    const problems = checkItem(rule);
    if (problems.length > 0) return { problems, ports: [] };
    const catalog = compileCatalog([rule]);
    const ports = await readablePorts(ctx, actor, []);
    const bundles = await bundlesFor(
      ctx,
      ports.map((p) => p.id),
    );
    return {
      problems: [],
      ports: ports.flatMap((p) => {
        const b = bundles.get(p.id);
        const o = b ? evaluatePort(catalog, b.facts)[0] : undefined;
        if (!o) return [];
        return [
          {
            portId: p.id,
            portCode: p.code,
            portNameZh: p.nameZh,
            portNameEn: p.nameEn,
            applies: o.status !== 'not_applicable',
            result: resultOf(o),
            required: o.required,
            present: o.present,
            error: o.error,
          },
        ];
      }),
    };
  },

  /** Evaluates a catalog version with and without a change to traffic or designations; nothing is saved. */
  async whatIf(ctx: AppContext, actor: Actor, input: WhatIf): Promise<WhatIfResult> {
    if (!hasPermission(actor, 'standard.read')) throw notFound();
    const version = await catalogsRepository.findVersion(ctx.db, input.catalogVersionId);
    if (!version)
      throw standardsError('CAMPAIGN_VERSION_NOT_PUBLISHED', {
        catalogVersionId: { zh: '目录版本不存在', en: 'no such catalog version' },
      });
    const items = await catalogsRepository.itemsOf(ctx.db, version.id);
    const catalog = compiledFor(version.id, items, version.status === 'published');
    const ports = await readablePorts(ctx, actor, input.portIds);
    if (input.portIds.length > 0 && ports.length < new Set(input.portIds).size) throw notFound();
    const bundles = await bundlesFor(
      ctx,
      ports.map((p) => p.id),
    );
    const scenario = {
      trafficScale: input.trafficScale,
      addCategories: input.addCategories,
      removeCategories: input.removeCategories,
    };
    const titles = new Map(items.map((i) => [i.code, i]));
    const rows: WhatIfResult['ports'] = [];
    const beforeScores: Score[] = [];
    const afterScores: Score[] = [];
    for (const p of ports) {
      const b = bundles.get(p.id);
      if (!b) continue;
      const before = evaluatePort(catalog, b.facts);
      const after = evaluatePort(catalog, toEngineFacts(applyScenario(b.bundle, scenario)));
      // Manual items are left as unanswered on both sides: only what the registers decide can change here.
      const scored = (outcomes: ItemOutcome[]) =>
        outcomes.map((o) => ({
          importance: titles.get(o.code)?.importance ?? 'recommended',
          weight: titles.get(o.code)?.weight ?? 1,
          result: resultOf(o),
        }));
      const sb = scoreOf(scored(before));
      const sa = scoreOf(scored(after));
      beforeScores.push(sb);
      afterScores.push(sa);
      const changes = before.flatMap((o, i) => {
        const a = after[i];
        if (!a || (a.status === o.status && a.required === o.required)) return [];
        const item = titles.get(o.code);
        return [
          {
            itemCode: o.code,
            titleZh: item?.titleZh ?? o.code,
            titleEn: item?.titleEn ?? o.code,
            aspect: (item?.aspect ?? 'FACILITY') as Aspect,
            before: resultOf(o),
            after: resultOf(a),
            requiredBefore: o.required,
            requiredAfter: a.required,
          },
        ];
      });
      rows.push({
        portId: p.id,
        portCode: p.code,
        portNameZh: p.nameZh,
        portNameEn: p.nameEn,
        before: sb,
        after: sa,
        changes,
      });
    }
    return {
      ports: rows,
      district: { before: attainmentRate(beforeScores), after: attainmentRate(afterScores) },
    };
  },
};

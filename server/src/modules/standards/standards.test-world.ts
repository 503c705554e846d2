import {
  ASPECTS,
  type Aspect,
  type Assessment,
  type Campaign,
  type CatalogVersion,
  type Port,
} from '../../../../contracts/index.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { openCampaign, publishDefaultCatalog } from '../../seed/demo-standards.ts';
import {
  actorOf,
  createWorld,
  makeAccount,
  makeFacility,
  makePort,
  uniqueCode,
  type World,
} from '../../../test/factories.ts';
import type { TestApp } from '../../../test/helpers.ts';
import { assessmentApprovalService } from './assessment-approval.service.ts';
import { assessmentItemsService } from './assessment-items.service.ts';
import { assessmentReviewService } from './assessment-review.service.ts';
import { assessmentsService } from './assessments.service.ts';

/*
 * The world the standards tests assess: the factory district, a grain port whose facility ledger meets some
 * of the default catalog's grain-site items and misses others, the default catalog published and a campaign
 * open over the grain port and the district's three plain ports.
 */

export type ErrorReply = {
  error: {
    code: string;
    message: string;
    fields?: Record<string, { zh: string; en: string } | string>;
  };
};
export type PageOf<T> = { items: T[]; total: number };

/** Yearly grain imports at the grain port: the default catalog asks one automatic sampler per 2 million tonnes. */
export const GRAIN_TONNES = 5_600_000;
/** Facility types the grain port has, one each: a fence, video and a single sampler (three are required). */
export const GRAIN_PORT_FACILITIES = ['PERIMETER_FENCE', 'VIDEO_MONITORING', 'AUTOMATIC_SAMPLER'];

export type StandardsWorld = World & {
  /** Designated for grain under `branch`, with a year of grain traffic and the facilities above. */
  grainPort: Port;
  published: CatalogVersion;
  /** Open over `campaignPorts`, reviewed by the default working group of each aspect. */
  campaign: Campaign;
  campaignPorts: Port[];
  /** Username of a working-group member for each aspect (the factory world has FACILITY and SYSTEM only). */
  reviewers: Record<Aspect, string>;
};

/** Builds a {@link StandardsWorld} in an empty database (`createTestApp({ seed: false })`). */
export async function createStandardsWorld(t: TestApp): Promise<StandardsWorld> {
  const w = await createWorld(t);
  const grainPort = await makePort(t, w.branchActor, {
    branch: w.branch,
    modes: ['sea'],
    designations: ['GRAIN'],
    traffic: [{ categoryCode: 'GRAIN', year: 2025, value: GRAIN_TONNES }],
  });
  for (const typeCode of GRAIN_PORT_FACILITIES)
    await makeFacility(t, w.branchActor, { port: grainPort, typeCode });
  const reviewers: Record<Aspect, string> = {
    FACILITY: w.accounts.wgFacility,
    SYSTEM: w.accounts.wgSystem,
    TECH: await makeAccount(t, { role: 'wg_member', unit: w.district, group: 'TECH' }),
    STAFF: await makeAccount(t, { role: 'wg_member', unit: w.district, group: 'EDUCATION' }),
  };
  const published = await publishDefaultCatalog(t.ctx, w.officeActor);
  if (!published) throw new Error('the default catalog left no draft to publish');
  const campaignPorts = [grainPort, w.port, w.siblingPort, w.otherPort];
  const code = uniqueCode('T-CAMPAIGN');
  const campaign = await openCampaign(t.ctx, w.officeActor, {
    code,
    nameZh: `测试评估${code}`,
    nameEn: `Test campaign ${code}`,
    kind: 'annual',
    catalogVersionId: published.id,
    deadline: '2027-12-31',
    portIds: campaignPorts.map((p) => p.id),
  });
  return { ...w, grainPort, published, campaign, campaignPorts, reviewers };
}

/** The id of the campaign's assessment of `port`. */
export async function assessmentOf(
  t: TestApp,
  campaign: Pick<Campaign, 'id'>,
  port: Pick<Port, 'id'>,
): Promise<string> {
  const row = await t.ctx.db
    .selectFrom('assessments')
    .select('id')
    .where('campaignId', '=', campaign.id)
    .where('portId', '=', port.id)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** As the branch: every unanswered manual item answered compliant, then the assessment submitted. */
export async function submitAssessment(
  t: TestApp,
  w: StandardsWorld,
  id: string,
): Promise<Assessment> {
  const branch = w.branchActor;
  const draft = await assessmentsService.get(t.ctx, branch, id);
  for (const item of draft.items.filter((i) => !i.automatic && i.result === null))
    await assessmentItemsService.answer(t.ctx, branch, item.id, {
      version: item.version,
      result: 'compliant',
      grade: null,
      naReason: null,
      note: '已核实',
    });
  const a = await assessmentsService.get(t.ctx, branch, id);
  return assessmentReviewService.submit(t.ctx, branch, id, a.version);
}

/**
 * Takes a draft assessment to approved through the services, as the branch, the working groups and the
 * office would: every unanswered manual item answered compliant, submitted, each aspect accepted.
 */
export async function approveAssessment(
  t: TestApp,
  w: StandardsWorld,
  id: string,
): Promise<Assessment> {
  let a = await submitAssessment(t, w, id);
  for (const aspect of ASPECTS) {
    const reviewer: Actor = await actorOf(t, w.reviewers[aspect]);
    a = await assessmentReviewService.acceptAspect(t.ctx, reviewer, id, aspect, a.version, null);
  }
  return assessmentApprovalService.approve(t.ctx, w.officeActor, id, a.version);
}

/** A requirement as the item editor posts it: a FACILITY item checking for a cold store unless told otherwise. */
export const draftItem = (code: string, fields: Record<string, unknown> = {}) => ({
  code,
  aspect: 'FACILITY',
  titleZh: '测试项',
  titleEn: 'Test item',
  basisKind: 'programme_default',
  basis: '规划默认要求：测试',
  importance: 'recommended',
  weight: 1,
  appliesWhen: null,
  required: null,
  measure: "facilities.has('COLD_STORE')",
  ...fields,
});

export const yamlFile = (code: string, items: string) =>
  `code: ${code}\nnameZh: 测试目录\nnameEn: Test catalog\nitems:\n${items}`;
export const yamlItem = (code: string, extra = '') =>
  `  - code: ${code}\n    aspect: FACILITY\n    titleZh: 测试项\n    titleEn: Test item\n    basisKind: programme_default\n    basis: 规划默认要求：测试\n    importance: recommended\n    weight: 1\n    measure: facilities.has('COLD_STORE')\n${extra}`;

/** The message an error reply gives for one field, as text. */
export function fieldOf(reply: { json<T>(): T }, key: string): string {
  const value = reply.json<ErrorReply>().error.fields?.[key];
  return typeof value === 'string' ? value : JSON.stringify(value ?? null);
}

export const EN = { 'accept-language': 'en' };
export const ZH = { 'accept-language': 'zh-CN' };

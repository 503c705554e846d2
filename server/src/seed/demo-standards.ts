import fs from 'node:fs';
import path from 'node:path';
import type { Actor } from '../platform/access/actor.ts';
import type { AppContext } from '../platform/context.ts';
import { sessionRepository } from '../platform/auth/session.repository.ts';
import { orgRepository } from '../modules/org/org.repository.ts';
import { catalogsService } from '../modules/standards/catalogs.service.ts';
import { campaignsService } from '../modules/standards/campaigns.service.ts';
import { portsService } from '../modules/ports/ports.service.ts';
import { DEMO_DISTRICT } from './demo-port-list.ts';
import { readCatalogFile } from '../modules/standards/catalog-file.ts';
import { ruleOf } from '../modules/standards/rules.ts';
import { requiredByCategory } from '../engines/standards/index.ts';
import { requiredFor } from '../modules/facilities/required-facilities.ts';
import {
  DESIGNATION_CATEGORIES,
  portListQuerySchema,
  type Campaign,
  type CampaignCreate,
  type CatalogVersion,
} from '../../../contracts/index.ts';

export const DEFAULT_CATALOG_FILE = path.join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  'data',
  'standards',
  'default-catalog.yaml',
);
export const DEMO_BASELINE_CODE = '2026-BASELINE';

/**
 * The facility types the default catalog makes mandatory for a designated site of the given categories, read
 * from its file the way the gap list reads the published version, so that the demo's gaps are the ones meant.
 */
export function defaultCatalogRequires(): (categories: readonly string[]) => string[] {
  const file = readCatalogFile(fs.readFileSync(DEFAULT_CATALOG_FILE, 'utf8'), 'yaml');
  const required = {
    versionId: null,
    byCategory: requiredByCategory(file.items.map(ruleOf), DESIGNATION_CATEGORIES),
  };
  return (categories) => requiredFor(required, categories);
}

/** The programme office as the demo's standards steps run: the office account with its live grants. */
async function officeActor(ctx: AppContext): Promise<Actor> {
  const user = await ctx.db
    .selectFrom('users')
    .select(['id', 'username', 'displayName', 'orgUnitId'])
    .where('username', '=', 'office')
    .executeTakeFirstOrThrow();
  const grants = await sessionRepository.activeGrants(ctx.db, user.id);
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    orgUnitId: user.orgUnitId,
    grants,
    address: null,
    sessionId: 'seed',
  };
}

/**
 * Imports the default requirement catalog and publishes its draft as `actor` would through the API (same
 * checks, same audit trail); null when the import left no draft to publish.
 */
export async function publishDefaultCatalog(
  ctx: AppContext,
  actor: Actor,
): Promise<CatalogVersion | null> {
  const catalog = await catalogsService.importFile(ctx, actor, {
    format: 'yaml',
    content: fs.readFileSync(DEFAULT_CATALOG_FILE, 'utf8'),
  });
  const draft = catalog.versions.find((v) => v.status === 'draft');
  if (!draft) return null;
  return catalogsService.publish(ctx, actor, draft.id, 1);
}

/** Creates a campaign over the ports it names and opens it as `actor`, as the programme office would. */
export async function openCampaign(
  ctx: AppContext,
  actor: Actor,
  input: CampaignCreate,
): Promise<Campaign> {
  const campaign = await campaignsService.create(ctx, actor, input);
  return campaignsService.open(ctx, actor, campaign.id, campaign.version);
}

/**
 * The default requirement catalog, published, and the 2026 baseline survey opened over every demo port,
 * as the programme office would do it through the API (same checks, same audit trail).
 */
export async function seedDemoStandards(ctx: AppContext): Promise<void> {
  if (!(await orgRepository.findByCode(ctx.db, DEMO_DISTRICT))) return;
  const actor = await officeActor(ctx);
  const published = await publishDefaultCatalog(ctx, actor);
  if (!published) return;
  const ports = await portsService.listAll(ctx, actor, portListQuerySchema.parse({}));
  await openCampaign(ctx, actor, {
    code: DEMO_BASELINE_CODE,
    nameZh: '2026年口岸动植物检疫规范化建设摸底调查',
    nameEn: '2026 baseline survey of port quarantine standardisation',
    kind: 'baseline',
    catalogVersionId: published.id,
    deadline: '2027-03-31',
    portIds: ports.map((p) => p.id),
  });
}

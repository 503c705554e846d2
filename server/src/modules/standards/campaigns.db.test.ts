import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Campaign, Catalog, CatalogVersion } from '../../../../contracts/index.ts';
import { DEFAULT_CATALOG_FILE } from '../../seed/demo-standards.ts';
import {
  createTestApp,
  dbAvailable,
  login,
  tableCounts,
  type Agent,
  type TestApp,
} from '../../../test/helpers.ts';
import {
  createStandardsWorld,
  type ErrorReply,
  type PageOf,
  type StandardsWorld,
} from './standards.test-world.ts';

describe.skipIf(!dbAvailable)('assessment campaigns', () => {
  let t: TestApp;
  let w: StandardsWorld;
  let office: Agent;
  beforeAll(async () => {
    t = await createTestApp({ seed: false });
    w = await createStandardsWorld(t);
    office = await login(t, w.accounts.office);
  });
  afterAll(async () => t?.close());

  it('publishes the default catalog and opens a campaign with one draft assessment per port', async () => {
    const catalogs = (await office.get('/api/v1/catalogs')).json<PageOf<Catalog>>();
    expect(catalogs.items.map((c) => c.id)).toEqual([w.published.catalogId]);
    const shipped = fs.readFileSync(DEFAULT_CATALOG_FILE, 'utf8').match(/^ {2}- code: /gm);
    expect(catalogs.items[0]?.versions[0]).toMatchObject({
      status: 'published',
      publishedBy: w.accounts.office,
      itemCount: shipped?.length,
    });
    expect(catalogs.items[0]?.versions[0]?.itemCount).toBeGreaterThanOrEqual(60);

    const campaign = (await office.get(`/api/v1/campaigns/${w.campaign.id}`)).json<Campaign>();
    expect(campaign).toMatchObject({ status: 'open', catalogVersionId: w.published.id });
    expect(campaign.progress.reduce((n, p) => n + p.total, 0)).toBe(w.campaignPorts.length);
    const byBranch = Object.fromEntries(campaign.progress.map((p) => [p.branchId, p]));
    expect(byBranch[w.branch.id]).toMatchObject({ total: 3, draft: 3 });
    expect(byBranch[w.otherBranch.id]).toMatchObject({ total: 1, draft: 1 });

    const audit = await t.ctx.db
      .selectFrom('auditLog')
      .select(['action', 'actorUsername', 'afterJson'])
      .where('entityId', 'in', [w.published.id, w.campaign.id])
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => [a.action, a.actorUsername])).toEqual([
      ['catalog.version.publish', w.accounts.office],
      ['campaign.create', w.accounts.office],
      ['campaign.open', w.accounts.office],
    ]);
    expect(JSON.parse(audit[2]?.afterJson ?? '{}')).toMatchObject({
      assessments: w.campaignPorts.length,
      items: w.campaignPorts.length * (shipped?.length ?? 0),
    });
  });

  it('refuses a campaign over no ports or on a draft version, naming the field, and writes nothing', async () => {
    const catalog = (await office.get(`/api/v1/catalogs/${w.published.catalogId}`)).json<Catalog>();
    const draft = (
      await office.post(`/api/v1/catalogs/${catalog.id}/versions`, { version: catalog.version })
    ).json<CatalogVersion>();
    const before = await tableCounts(t);
    const noPorts = await office.post('/api/v1/campaigns', {
      code: 'NO-PORTS',
      nameZh: '空评估',
      nameEn: 'Nothing',
      kind: 'annual',
      catalogVersionId: w.published.id,
      deadline: '2027-12-31',
      portIds: [],
    });
    expect(noPorts.statusCode).toBe(400);
    expect(noPorts.json<ErrorReply>().error.fields).toHaveProperty('portIds');
    const draftCampaign = await office.post('/api/v1/campaigns', {
      code: 'ON-DRAFT',
      nameZh: '草稿目录',
      nameEn: 'Draft catalog',
      kind: 'annual',
      catalogVersionId: draft.id,
      deadline: '2027-12-31',
      portIds: [w.grainPort.id],
    });
    expect(draftCampaign.statusCode).toBe(422);
    expect(draftCampaign.json<ErrorReply>().error.code).toBe('CAMPAIGN_VERSION_NOT_PUBLISHED');
    expect(await tableCounts(t)).toEqual(before);
  });
});

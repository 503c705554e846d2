import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  Assessment,
  AssessmentSummary,
  Campaign,
  Catalog,
  CatalogVersion,
  Finding,
  Scores,
} from '../../contracts/index.ts';
import { SESSION_COOKIE } from '../src/platform/http/access.ts';
import {
  createTestApp,
  dbAvailable,
  login,
  tableCounts,
  userId,
  type Agent,
  type TestApp,
} from './helpers.ts';
import { SAMPLE_FILES } from './sample-files.ts';
import { multipartFile } from './xlsx-upload.ts';

type ErrorReply = {
  error: { code: string; fields?: Record<string, { zh: string; en: string } | string> };
};
type PageOf<T> = { items: T[]; total: number };

describe.skipIf(!dbAvailable)('standards', () => {
  let t: TestApp;
  let office: Agent;
  let wg: Agent;
  let branch: Agent;
  let leader: Agent;
  let baseline: Campaign;
  let westSummary: AssessmentSummary;
  const west = () => westSummary;
  beforeAll(async () => {
    t = await createTestApp();
    office = await login(t, 'office');
    wg = await login(t, 'wg.facility');
    branch = await login(t, 'branch.harbour');
    leader = await login(t, 'leader');
    baseline = (await office.get('/api/v1/campaigns')).json<PageOf<Campaign>>()
      .items[0] as Campaign;
    const page = (
      await office.get(`/api/v1/assessments?campaignId=${baseline.id}&pageSize=50`)
    ).json<PageOf<AssessmentSummary>>();
    westSummary = page.items.find((a) => a.portCode === 'P-SEA-WEST') as AssessmentSummary;
  });
  afterAll(async () => t?.close());

  it('the demo district has the default catalog published and the baseline survey open over every port', async () => {
    const catalogs = (await office.get('/api/v1/catalogs')).json<PageOf<Catalog>>();
    expect(catalogs.items[0]?.versions[0]).toMatchObject({ status: 'published' });
    expect(catalogs.items[0]?.versions[0]?.itemCount).toBeGreaterThanOrEqual(60);
    expect(baseline).toMatchObject({ code: '2026-BASELINE', status: 'open' });
    expect(baseline.progress.reduce((n, p) => n + p.total, 0)).toBe(12);
  });

  it('finds the planted facility gaps at once and explains the automatic items', async () => {
    const page = (
      await office.get(`/api/v1/assessments?campaignId=${baseline.id}&pageSize=50`)
    ).json<PageOf<AssessmentSummary>>();
    expect(page.total).toBe(12);
    const detail = (
      await office.get(`/api/v1/assessments/${page.items[0]?.id}`)
    ).json<Assessment>();
    const facility = detail.items.filter(
      (i) => i.aspect === 'FACILITY' && i.automatic && i.result !== 'not_applicable',
    );
    expect(facility.length).toBeGreaterThan(0);
    expect(facility.some((i) => i.result === 'non_compliant' || i.result === 'partial')).toBe(true);
    const explained = facility.find((i) => i.explanation?.present);
    expect(explained?.explanation?.present?.terms.length).toBeGreaterThan(0);
  });

  it('refuses an invalid expression naming the item, the field and the position', async () => {
    const catalog = (await office.get('/api/v1/catalogs')).json<PageOf<Catalog>>()
      .items[0] as Catalog;
    expect(
      (await wg.post(`/api/v1/catalogs/${catalog.id}/versions`, { version: catalog.version }))
        .statusCode,
    ).toBe(403);
    const res = await office.post(`/api/v1/catalogs/${catalog.id}/versions`, {
      version: catalog.version,
    });
    expect(res.statusCode, res.body).toBe(201);
    const draft = res.json<CatalogVersion>();
    const bad = await wg.post(`/api/v1/catalog-versions/${draft.id}/items`, {
      code: 'FAC-TEST-BAD',
      aspect: 'FACILITY',
      titleZh: '测试项',
      titleEn: 'Test item',
      basisKind: 'programme_default',
      basis: '规划默认要求：测试',
      importance: 'recommended',
      weight: 1,
      appliesWhen: "'MEAT' in port.categories",
      required: null,
      measure: "facilities.count('COLD_STORE') +",
    });
    expect(bad.statusCode).toBe(422);
    const body = bad.json<ErrorReply>();
    expect(body.error.code).toBe('CATALOG_EXPRESSION_INVALID');
    expect(JSON.stringify(body.error.fields?.measure)).toContain('FAC-TEST-BAD');
    const otherAspect = await wg.post(`/api/v1/catalog-versions/${draft.id}/items`, {
      code: 'STF-TEST',
      aspect: 'STAFF',
      titleZh: '测试项',
      titleEn: 'Test item',
      basisKind: 'programme_default',
      basis: '规划默认要求：测试',
      importance: 'recommended',
      weight: 1,
    });
    expect(otherAspect.statusCode).toBe(403);
  });

  it('refuses bad input naming the field, and writes nothing', async () => {
    const before = await tableCounts(t);
    const empty = (
      await office.post('/api/v1/catalogs', {
        code: 'EMPTY-CATALOG',
        nameZh: '空目录',
        nameEn: 'Empty catalog',
        source: '',
      })
    ).json<Catalog>();
    const draft = empty.versions[0];
    const publish = await office.post(`/api/v1/catalog-versions/${draft?.id}/publish`, {
      version: 1,
    });
    expect(publish.statusCode).toBe(422);
    expect(publish.json<ErrorReply>().error.code).toBe('CATALOG_EMPTY');
    const item = {
      code: 'FAC-ZERO',
      aspect: 'FACILITY',
      titleZh: '测试项',
      titleEn: 'Test item',
      basisKind: 'programme_default',
      basis: '规划默认要求：测试',
      importance: 'recommended',
      weight: 0,
    };
    const zero = await wg.post(`/api/v1/catalog-versions/${draft?.id}/items`, item);
    expect(zero.statusCode).toBe(400);
    expect(zero.json<ErrorReply>().error.fields).toHaveProperty('weight');
    const wrongType = await wg.post(`/api/v1/catalog-versions/${draft?.id}/items`, {
      ...item,
      weight: 1,
      required: "'x'",
      measure: "facilities.count('COLD_STORE')",
    });
    expect(wrongType.statusCode).toBe(422);
    expect(wrongType.json<ErrorReply>().error.fields).toHaveProperty('required');
    const unknownFact = await wg.post(`/api/v1/catalog-versions/${draft?.id}/items`, {
      ...item,
      weight: 1,
      appliesWhen: 'staff.count > 1',
    });
    expect(unknownFact.statusCode).toBe(422);
    expect(JSON.stringify(unknownFact.json<ErrorReply>().error.fields?.appliesWhen)).toContain(
      'FAC-ZERO',
    );
    const noPorts = await office.post('/api/v1/campaigns', {
      code: 'NO-PORTS',
      nameZh: '空评估',
      nameEn: 'Nothing',
      kind: 'annual',
      catalogVersionId: baseline.catalogVersionId,
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
      catalogVersionId: draft?.id,
      deadline: '2027-12-31',
      portIds: [west().portId],
    });
    expect(draftCampaign.statusCode).toBe(422);
    expect(draftCampaign.json<ErrorReply>().error.code).toBe('CAMPAIGN_VERSION_NOT_PUBLISHED');
    const badFile = await office.post('/api/v1/catalogs/import', {
      format: 'yaml',
      content:
        'code: BAD\nnameZh: 坏\nnameEn: Bad file\nitems:\n  - code: FAC-A\n    aspect: FACILITY\n    weight: -1\n',
    });
    expect(badFile.statusCode).toBe(400);
    expect(Object.keys(badFile.json<ErrorReply>().error.fields ?? {})).toContain('items.0.weight');
    const after = await tableCounts(t);
    // Only the empty catalog and its draft were written (and audited).
    expect(after.campaigns).toBe(before.campaigns);
    expect(after.catalogItems).toBe(before.catalogItems);
    expect(after.requirementCatalogs).toBe((before.requirementCatalogs ?? 0) + 1);
  });

  it('rejects evidence that is not what it claims to be', async () => {
    const a = (await branch.get(`/api/v1/assessments/${west().id}`)).json<Assessment>();
    const item = a.items.find((i) => !i.automatic) as Assessment['items'][number];
    const fake = multipartFile(Buffer.from('MZ not really a pdf'), '制度.pdf', 'application/pdf');
    const res = await t.app.inject({
      method: 'POST',
      url: `/api/v1/assessment-items/${item.id}/evidence`,
      payload: fake.payload,
      headers: {
        'content-type': fake.contentType,
        cookie: `${SESSION_COOKIE}=${branch.cookie}`,
        'x-csrf-token': branch.csrf,
      },
      remoteAddress: '127.0.0.1',
    });
    expect(res.statusCode).toBe(415);
    const good = multipartFile(SAMPLE_FILES.pdf, '制度.pdf', 'application/pdf');
    const ok = await t.app.inject({
      method: 'POST',
      url: `/api/v1/assessment-items/${item.id}/evidence`,
      payload: good.payload,
      headers: {
        'content-type': good.contentType,
        cookie: `${SESSION_COOKIE}=${branch.cookie}`,
        'x-csrf-token': branch.csrf,
      },
      remoteAddress: '127.0.0.1',
    });
    expect(ok.statusCode, ok.body).toBe(201);
    const withEvidence = (await branch.get(`/api/v1/assessments/${west().id}`)).json<Assessment>();
    expect(withEvidence.items.find((i) => i.id === item.id)?.evidence).toHaveLength(1);
  });

  it('runs an assessment from answers to approval, and a verified rectification moves the score', async () => {
    const page = (
      await branch.get(`/api/v1/assessments?campaignId=${baseline.id}&pageSize=50`)
    ).json<PageOf<AssessmentSummary>>();
    const west = page.items.find((a) => a.portCode === 'P-SEA-WEST') as AssessmentSummary;
    let a = (await branch.get(`/api/v1/assessments/${west.id}`)).json<Assessment>();
    const early = await branch.post(`/api/v1/assessments/${a.id}/submit`, { version: a.version });
    expect(early.statusCode).toBe(422);
    expect(early.json<ErrorReply>().error.code).toBe('ASSESSMENT_UNANSWERED');
    for (const item of a.items.filter((i) => !i.automatic && i.result === null)) {
      const res = await branch.put(`/api/v1/assessment-items/${item.id}`, {
        version: item.version,
        result: 'compliant',
        grade: null,
        naReason: null,
        note: '已核实',
      });
      expect(res.statusCode, res.body).toBe(200);
    }
    a = (await branch.get(`/api/v1/assessments/${a.id}`)).json<Assessment>();
    const submitted = await branch.post(`/api/v1/assessments/${a.id}/submit`, {
      version: a.version,
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
    a = submitted.json<Assessment>();
    expect(a.status).toBe('submitted');

    const facilityItem = a.items.find(
      (i) => i.aspect === 'FACILITY',
    ) as Assessment['items'][number];
    const returned = await wg.post(`/api/v1/assessments/${a.id}/aspects/FACILITY/return`, {
      version: a.version,
      comment: '请核实',
      items: [{ itemId: facilityItem.id, comment: '请补充照片' }],
    });
    expect(returned.statusCode, returned.body).toBe(200);
    a = returned.json<Assessment>();
    expect(a.status).toBe('draft');
    a = (
      await branch.post(`/api/v1/assessments/${a.id}/submit`, { version: a.version })
    ).json<Assessment>();
    expect(a.status).toBe('submitted');

    for (const [username, aspect] of [
      ['wg.facility', 'FACILITY'],
      ['wg.system', 'SYSTEM'],
      ['wg.tech', 'TECH'],
      ['wg.education', 'STAFF'],
    ] as const) {
      const reviewer = username === 'wg.facility' ? wg : await login(t, username);
      const res = await reviewer.post(`/api/v1/assessments/${a.id}/aspects/${aspect}/accept`, {
        version: a.version,
        comment: null,
      });
      expect(res.statusCode, `${aspect}: ${res.body}`).toBe(200);
      a = res.json<Assessment>();
    }
    expect(a.status).toBe('reviewed');
    const approved = await office.post(`/api/v1/assessments/${a.id}/approve`, {
      version: a.version,
    });
    expect(approved.statusCode, approved.body).toBe(200);
    a = approved.json<Assessment>();
    expect(a.status).toBe('approved');
    const before = a.score.weighted ?? 0;

    const findings = (
      await branch.get(`/api/v1/findings?portId=${a.portId}&aspect=FACILITY&pageSize=50`)
    ).json<PageOf<Finding>>();
    expect(findings.total).toBeGreaterThan(0);
    let finding = findings.items[0] as Finding;
    const owners = (await branch.get(`/api/v1/findings/${finding.id}/owners`)).json<
      { id: string; username: string }[]
    >();
    expect(owners.map((o) => o.username)).toContain('branch.harbour');
    expect(owners.map((o) => o.username)).not.toContain('port.east');
    const plan = { dueDate: '2027-03-31', priority: 'high', plan: '增设设施并取得认证' };
    const wrongOwner = await branch.put(`/api/v1/findings/${finding.id}/plan`, {
      version: finding.version,
      ownerId: await userId(t, 'leader'),
      ...plan,
    });
    expect(wrongOwner.statusCode).toBe(422);
    expect(wrongOwner.json<ErrorReply>().error.code).toBe('FINDING_OWNER_UNKNOWN');
    const planned = await branch.put(`/api/v1/findings/${finding.id}/plan`, {
      version: finding.version,
      ownerId: owners.find((o) => o.username === 'branch.harbour')?.id,
      ...plan,
    });
    expect(planned.statusCode, planned.body).toBe(200);
    finding = planned.json<Finding>();
    expect(finding).toMatchObject({
      status: 'in_progress',
      ownerName: expect.any(String),
      dueDate: '2027-03-31',
    });
    const mine = (await branch.get('/api/v1/findings?mine=true')).json<PageOf<Finding>>();
    expect(mine.items.map((f) => f.id)).toContain(finding.id);
    const late = findings.items[1];
    if (late) {
      const lapsed = await branch.put(`/api/v1/findings/${late.id}/plan`, {
        version: late.version,
        ownerId: owners.find((o) => o.username === 'branch.harbour')?.id,
        ...plan,
        dueDate: '2026-10-31',
      });
      expect(lapsed.json<Finding>().overdue).toBe(true);
      const home = (await branch.get('/api/v1/home/summary')).json<{
        overdueFindings: { mine: number; inScope: number };
      }>();
      expect(home.overdueFindings.mine).toBeGreaterThanOrEqual(1);
      const officeHome = (await office.get('/api/v1/home/summary')).json<{
        overdueFindings: { mine: number; inScope: number };
      }>();
      expect(officeHome.overdueFindings).toMatchObject({ mine: 0, inScope: expect.any(Number) });
      expect(officeHome.overdueFindings.inScope).toBeGreaterThanOrEqual(1);
    }
    finding = (
      await branch.post(`/api/v1/findings/${finding.id}/submit`, {
        version: finding.version,
        progressNote: '已整改完成',
      })
    ).json<Finding>();
    expect(finding.status).toBe('submitted');
    const verified = await wg.post(`/api/v1/findings/${finding.id}/verify`, {
      version: finding.version,
      comment: '现场核实',
    });
    expect(verified.statusCode, verified.body).toBe(200);
    a = (await office.get(`/api/v1/assessments/${a.id}`)).json<Assessment>();
    // A manual item verified becomes compliant; an automatic one follows the registers (unchanged here).
    expect(a.score.weighted ?? 0).toBeGreaterThanOrEqual(before);

    const reopen = await branch.post(`/api/v1/assessments/${a.id}/reopen-request`, {
      version: a.version,
      reason: '数据有误需更正',
    });
    expect(reopen.statusCode, reopen.body).toBe(200);
    a = reopen.json<Assessment>();
    expect(
      (
        await office.post(`/api/v1/assessments/${a.id}/reopen-decision`, {
          version: a.version,
          approve: true,
        })
      ).statusCode,
    ).toBe(403);
    const decided = await leader.post(`/api/v1/assessments/${a.id}/reopen-decision`, {
      version: a.version,
      approve: true,
    });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json<Assessment>().status).toBe('draft');

    const scores = (await office.get(`/api/v1/campaigns/${baseline.id}/scores`)).json<Scores>();
    expect(scores.ports).toHaveLength(12);
    expect(scores.district.attainmentRate).not.toBeNull();
  });
});

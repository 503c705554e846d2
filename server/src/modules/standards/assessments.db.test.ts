import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assessment, AssessmentSummary } from '../../../../contracts/index.ts';
import { SESSION_COOKIE } from '../../platform/http/access.ts';
import {
  createTestApp,
  dbAvailable,
  login,
  type Agent,
  type TestApp,
} from '../../../test/helpers.ts';
import { SAMPLE_FILES } from '../../../test/sample-files.ts';
import { multipartFile } from '../../../test/xlsx-upload.ts';
import {
  GRAIN_TONNES,
  assessmentOf,
  createStandardsWorld,
  type PageOf,
  type StandardsWorld,
} from './standards.test-world.ts';

type Item = Assessment['items'][number];

describe.skipIf(!dbAvailable)('assessments', () => {
  let t: TestApp;
  let w: StandardsWorld;
  let office: Agent;
  let branch: Agent;
  let grainId: string;
  beforeAll(async () => {
    t = await createTestApp({ seed: false });
    w = await createStandardsWorld(t);
    office = await login(t, w.accounts.office);
    branch = await login(t, w.accounts.branchOfficer);
    grainId = await assessmentOf(t, w.campaign, w.grainPort);
  });
  afterAll(async () => t?.close());

  it('finds the facility gaps at once and explains the automatic items', async () => {
    const page = (
      await office.get(`/api/v1/assessments?campaignId=${w.campaign.id}&pageSize=50`)
    ).json<PageOf<AssessmentSummary>>();
    expect(page.total).toBe(w.campaignPorts.length);
    expect(page.items.map((a) => a.portId).sort()).toEqual(w.campaignPorts.map((p) => p.id).sort());
    const detail = (await office.get(`/api/v1/assessments/${grainId}`)).json<Assessment>();
    const facility = detail.items.filter(
      (i) => i.aspect === 'FACILITY' && i.automatic && i.result !== 'not_applicable',
    );
    expect(facility.length).toBeGreaterThan(0);
    expect(facility.some((i) => i.result === 'non_compliant' || i.result === 'partial')).toBe(true);
    const explained = facility.find((i) => i.explanation?.present);
    expect(explained?.explanation?.present?.terms.length).toBeGreaterThan(0);

    // What the grain port's ledger holds decides each grain-site item: a fence, one sampler of three, no gate.
    const byCode = new Map(detail.items.map((i) => [i.itemCode, i]));
    expect(byCode.get('FAC-ALL-FENCE')).toMatchObject({ result: 'compliant', present: true });
    expect(byCode.get('FAC-ALL-GATE')).toMatchObject({ result: 'non_compliant', present: false });
    expect(byCode.get('FAC-GRAIN-SAMPLER-SCALE')).toMatchObject({
      result: 'partial',
      required: Math.ceil(GRAIN_TONNES / 2_000_000),
      present: 1,
    });
    expect(byCode.get('FAC-GRAIN-SAMPLER-SCALE')?.explanation?.required?.terms).toEqual([
      { text: "port.trafficOf('GRAIN', 'tonnes')", value: GRAIN_TONNES },
    ]);
    // A port with no designation is not held to the designated-site items.
    const plain = (
      await office.get(`/api/v1/assessments/${await assessmentOf(t, w.campaign, w.port)}`)
    ).json<Assessment>();
    expect(plain.items.find((i) => i.itemCode === 'FAC-ALL-FENCE')?.result).toBe('not_applicable');
  });

  it('rejects evidence that is not what it claims to be', async () => {
    const a = (await branch.get(`/api/v1/assessments/${grainId}`)).json<Assessment>();
    const item = a.items.find((i) => !i.automatic) as Item;
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
    const withEvidence = (await branch.get(`/api/v1/assessments/${grainId}`)).json<Assessment>();
    expect(withEvidence.items.find((i) => i.id === item.id)?.evidence).toHaveLength(1);
  });
});

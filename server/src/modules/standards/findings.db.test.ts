import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Assessment, Finding, HomeSummary } from '../../../../contracts/index.ts';
import { addDays } from '../../platform/dates.ts';
import { makeFacility } from '../../../test/factories.ts';
import {
  createTestApp,
  dbAvailable,
  login,
  userId,
  type Agent,
  type TestApp,
} from '../../../test/helpers.ts';
import { RECTIFICATION_DAYS_DEFAULT } from './assessment-approval.service.ts';
import {
  approveAssessment,
  assessmentOf,
  createStandardsWorld,
  type ErrorReply,
  type PageOf,
  type StandardsWorld,
} from './standards.test-world.ts';

/** The gap the last test closes in the ledger before the rectification is verified. */
const CLOSED_GAP = 'FAC-ALL-GATE';

describe.skipIf(!dbAvailable)('findings and rectification', () => {
  let t: TestApp;
  let w: StandardsWorld;
  let office: Agent;
  let branch: Agent;
  let approved: Assessment;
  let approvedOn: string;
  const facilityFindings = async () =>
    (
      await branch.get(`/api/v1/findings?portId=${w.grainPort.id}&aspect=FACILITY&pageSize=50`)
    ).json<PageOf<Finding>>();
  beforeAll(async () => {
    t = await createTestApp({ seed: false });
    w = await createStandardsWorld(t);
    office = await login(t, w.accounts.office);
    branch = await login(t, w.accounts.branchOfficer);
    approvedOn = t.ctx.today();
    approved = await approveAssessment(t, w, await assessmentOf(t, w.campaign, w.grainPort));
  });
  afterAll(async () => t?.close());

  it('raises a finding for each facility gap when the assessment is approved, due by default', async () => {
    const findings = await facilityFindings();
    expect(findings.total).toBeGreaterThan(0);
    const gaps = approved.items.filter(
      (i) => i.aspect === 'FACILITY' && (i.result === 'non_compliant' || i.result === 'partial'),
    );
    expect(findings.items.map((f) => f.itemCode).sort()).toEqual(
      gaps.map((i) => i.itemCode).sort(),
    );
    expect(findings.items.map((f) => f.itemCode)).toContain(CLOSED_GAP);
    for (const f of findings.items)
      expect(f).toMatchObject({
        status: 'open',
        ownerId: null,
        dueDate: addDays(approvedOn, RECTIFICATION_DAYS_DEFAULT),
        overdue: false,
      });
  });

  it('gives a rectification only to an officer responsible for the port, and counts it once overdue', async () => {
    const findings = (await facilityFindings()).items.filter((f) => f.itemCode !== CLOSED_GAP);
    expect(findings.length).toBeGreaterThanOrEqual(2);
    let finding = findings[0] as Finding;
    const owners = (await branch.get(`/api/v1/findings/${finding.id}/owners`)).json<
      { id: string; username: string }[]
    >();
    expect(owners.map((o) => o.username)).toContain(w.accounts.branchOfficer);
    // The port officer of a sibling port and the other branch's officer do not keep this port's registers.
    expect(owners.map((o) => o.username)).not.toContain(w.accounts.portOfficer);
    expect(owners.map((o) => o.username)).not.toContain(w.accounts.otherBranchOfficer);
    const owner = owners.find((o) => o.username === w.accounts.branchOfficer)?.id;
    const plan = { dueDate: '2027-03-31', priority: 'high', plan: '增设设施并取得认证' };
    const wrongOwner = await branch.put(`/api/v1/findings/${finding.id}/plan`, {
      version: finding.version,
      ownerId: await userId(t, w.accounts.leader),
      ...plan,
    });
    expect(wrongOwner.statusCode).toBe(422);
    expect(wrongOwner.json<ErrorReply>().error.code).toBe('FINDING_OWNER_UNKNOWN');
    const planned = await branch.put(`/api/v1/findings/${finding.id}/plan`, {
      version: finding.version,
      ownerId: owner,
      ...plan,
    });
    expect(planned.statusCode, planned.body).toBe(200);
    finding = planned.json<Finding>();
    expect(finding).toMatchObject({
      status: 'in_progress',
      ownerId: owner,
      ownerName: expect.any(String),
      dueDate: '2027-03-31',
    });
    const mine = (await branch.get('/api/v1/findings?mine=true')).json<PageOf<Finding>>();
    expect(mine.items.map((f) => f.id)).toEqual([finding.id]);

    const late = findings[1] as Finding;
    const lapsed = await branch.put(`/api/v1/findings/${late.id}/plan`, {
      version: late.version,
      ownerId: owner,
      ...plan,
      dueDate: '2026-10-31',
    });
    expect(lapsed.statusCode, lapsed.body).toBe(200);
    expect(lapsed.json<Finding>().overdue).toBe(true);
    const home = (await branch.get('/api/v1/home/summary')).json<HomeSummary>();
    expect(home.overdueFindings).toEqual({ mine: 1, inScope: 1 });
    const officeHome = (await office.get('/api/v1/home/summary')).json<HomeSummary>();
    expect(officeHome.overdueFindings).toEqual({ mine: 0, inScope: 1 });
  });

  it('re-evaluates the item when its rectification is verified, so the port’s score moves', async () => {
    let finding = (await facilityFindings()).items.find(
      (f) => f.itemCode === CLOSED_GAP,
    ) as Finding;
    const before = approved.score.weighted ?? 0;
    const planned = await branch.put(`/api/v1/findings/${finding.id}/plan`, {
      version: finding.version,
      ownerId: await userId(t, w.accounts.branchOfficer),
      dueDate: '2027-03-31',
      priority: 'high',
      plan: '增设卡口并与海关系统联网',
    });
    expect(planned.statusCode, planned.body).toBe(200);
    finding = planned.json<Finding>();
    expect(finding.status).toBe('in_progress');
    // The rectification: the missing gate is built and recorded in the ledger.
    await makeFacility(t, w.branchActor, { port: w.grainPort, typeCode: 'CUSTOMS_GATE' });
    finding = (
      await branch.post(`/api/v1/findings/${finding.id}/submit`, {
        version: finding.version,
        progressNote: '已整改完成',
      })
    ).json<Finding>();
    expect(finding.status).toBe('submitted');
    const wg = await login(t, w.reviewers.FACILITY);
    const verified = await wg.post(`/api/v1/findings/${finding.id}/verify`, {
      version: finding.version,
      comment: '现场核实',
    });
    expect(verified.statusCode, verified.body).toBe(200);
    expect(verified.json<Finding>()).toMatchObject({
      status: 'verified',
      verifiedBy: w.reviewers.FACILITY,
      resultAtFinding: 'non_compliant',
      currentResult: 'compliant',
    });
    const a = (await office.get(`/api/v1/assessments/${approved.id}`)).json<Assessment>();
    expect(a.items.find((i) => i.itemCode === CLOSED_GAP)?.result).toBe('compliant');
    expect(a.score.weighted ?? 0).toBeGreaterThan(before);
  });
});

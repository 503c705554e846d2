import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ASPECTS,
  type Assessment,
  type AssessmentReport,
  type CampaignReport,
  type Finding,
  type Scores,
} from '../../../../../contracts/index.ts';
import { actorOf, makeAccount } from '../../../../test/factories.ts';
import {
  createTestApp,
  dbAvailable,
  login,
  userId,
  type Agent,
  type TestApp,
} from '../../../../test/helpers.ts';
import { assessmentApprovalService } from '../assessment-approval.service.ts';
import { assessmentItemsService } from '../assessment-items.service.ts';
import { assessmentReviewService } from '../assessment-review.service.ts';
import { assessmentsService } from '../assessments.service.ts';
import { findingsService } from '../findings.service.ts';
import {
  assessmentOf,
  createStandardsWorld,
  type StandardsWorld,
} from '../standards.test-world.ts';

const APPROVER = '李主任（规范化办公室）';
const FACILITY_REVIEWER = '陈组长（口岸设施组）';
const RETURN_COMMENT = '请补充视频存储时长的截图';

describe.skipIf(!dbAvailable)('official reports', () => {
  let t: TestApp;
  let w: StandardsWorld;
  let office: Agent;
  let facilityReviewer: string;
  let approver: string;
  let grainId: string;

  /** The grain port's assessment answered by its branch, with one manual FACILITY item falling short. */
  async function answerAll(id: string): Promise<Assessment> {
    const branch = w.branchActor;
    const draft = await assessmentsService.get(t.ctx, branch, id);
    let short = false;
    for (const item of draft.items.filter((i) => !i.automatic && i.result === null)) {
      const fallsShort: boolean = !short && item.aspect === 'FACILITY';
      short ||= fallsShort;
      const answer = fallsShort
        ? { result: 'partial' as const, grade: 'minor' as const, note: '部分设施在建' }
        : { result: 'compliant' as const, grade: null, note: '已核实' };
      await assessmentItemsService.answer(t.ctx, branch, item.id, {
        version: item.version,
        naReason: null,
        ...answer,
      });
    }
    return assessmentsService.get(t.ctx, branch, id);
  }

  beforeAll(async () => {
    t = await createTestApp({ seed: false });
    w = await createStandardsWorld(t);
    office = await login(t, w.accounts.office);
    approver = await makeAccount(t, { role: 'office', unit: w.office, displayName: APPROVER });
    facilityReviewer = await makeAccount(t, {
      role: 'wg_member',
      unit: w.district,
      group: 'FACILITY',
      displayName: FACILITY_REVIEWER,
    });
    grainId = await assessmentOf(t, w.campaign, w.grainPort);
  });
  afterAll(async () => t?.close());

  describe('reports.assessment', () => {
    it('shows a returned item’s comment with the reviewer’s name and time', async () => {
      let a = await answerAll(grainId);
      a = await assessmentReviewService.submit(t.ctx, w.branchActor, grainId, a.version);
      // Another item than the one falling short: a returned item loses its answerer until answered again.
      const item = a.items.find(
        (i) => i.aspect === 'FACILITY' && !i.automatic && i.result === 'compliant',
      );
      if (!item) throw new Error('no manual FACILITY item');
      await assessmentReviewService.returnAspect(
        t.ctx,
        await actorOf(t, facilityReviewer),
        grainId,
        'FACILITY',
        {
          version: a.version,
          comment: '设施部分需补充材料',
          items: [{ itemId: item.id, comment: RETURN_COMMENT }],
        },
      );
      const res = await office.get(`/api/v1/assessments/${grainId}/report`);
      expect(res.statusCode, res.body).toBe(200);
      const report = res.json<AssessmentReport>();
      const facility = report.aspects.find((x) => x.aspect === 'FACILITY');
      expect(facility).toMatchObject({
        status: 'returned',
        comment: '设施部分需补充材料',
        reviewed: { username: facilityReviewer, displayName: FACILITY_REVIEWER },
      });
      const commented = facility?.items.find((i) => i.itemCode === item.itemCode);
      expect(commented?.reviewComment).toEqual({
        text: RETURN_COMMENT,
        by: {
          username: facilityReviewer,
          displayName: FACILITY_REVIEWER,
          at: facility?.reviewed?.at,
        },
      });
      expect(facility?.reviewed?.at).toMatch(/^\d{4}-\d\d-\d\dT/);
    });

    it('holds units by name, scores by aspect, each item’s result and note, the sign-off and the findings', async () => {
      let a = await assessmentsService.get(t.ctx, w.branchActor, grainId);
      a = await assessmentReviewService.submit(t.ctx, w.branchActor, grainId, a.version);
      for (const aspect of ASPECTS) {
        const reviewer = await actorOf(
          t,
          aspect === 'FACILITY' ? facilityReviewer : w.reviewers[aspect],
        );
        a = await assessmentReviewService.acceptAspect(
          t.ctx,
          reviewer,
          grainId,
          aspect,
          a.version,
          null,
        );
      }
      a = await assessmentApprovalService.approve(
        t.ctx,
        await actorOf(t, approver),
        grainId,
        a.version,
      );
      const finding = (
        await findingsService.list(t.ctx, w.officeActor, {
          campaignId: w.campaign.id,
          portId: w.grainPort.id,
          page: 1,
          pageSize: 1,
          sort: 'createdAt',
        })
      ).items[0] as Finding;
      await findingsService.plan(t.ctx, w.branchActor, finding.id, {
        version: finding.version,
        ownerId: await userId(t, w.accounts.branchOfficer),
        dueDate: '2027-06-30',
        priority: 'high',
        plan: '年内补齐设施',
      });

      const report = (
        await office.get(`/api/v1/assessments/${grainId}/report`)
      ).json<AssessmentReport>();
      const district = await t.ctx.db
        .selectFrom('orgUnits')
        .select(['code', 'nameZh', 'nameEn'])
        .where('id', '=', w.district.id)
        .executeTakeFirstOrThrow();
      expect(report.district).toEqual(district);
      expect(report.branch?.code).toBe(w.branch.code);
      expect(report.branch?.nameZh).toBe(`测试${w.branch.code}`);
      expect(report.port).toEqual({
        code: w.grainPort.code,
        nameZh: w.grainPort.nameZh,
        nameEn: w.grainPort.nameEn,
      });
      expect(report.campaign).toMatchObject({
        code: w.campaign.code,
        nameZh: w.campaign.nameZh,
        nameEn: w.campaign.nameEn,
        deadline: '2027-12-31',
        catalog: { code: w.campaign.catalogCode, versionNumber: w.campaign.catalogVersionNumber },
      });
      expect(report.campaign.catalog.nameZh.length).toBeGreaterThan(0);
      expect(report.status).toBe('approved');
      expect(report.score).toEqual(a.score);
      expect(report.approved).toMatchObject({ username: approver, displayName: APPROVER });
      expect(report.approved?.at).toBe(a.approvedAt);
      expect(report.submitted?.username).toBe(w.accounts.branchOfficer);
      expect(report.aspects.map((x) => x.aspect)).toEqual(a.aspects.map((x) => x.aspect));
      for (const aspect of report.aspects) {
        const own = a.aspects.find((x) => x.aspect === aspect.aspect);
        expect(aspect.score).toEqual(own?.score);
        expect(aspect.status).toBe('accepted');
        expect(aspect.reviewed?.at).toBe(own?.reviewedAt);
        expect(aspect.items).toHaveLength(a.items.filter((i) => i.aspect === aspect.aspect).length);
      }
      const facility = report.aspects.find((x) => x.aspect === 'FACILITY');
      expect(facility?.reviewed?.displayName).toBe(FACILITY_REVIEWER);
      const partial = facility?.items.find((i) => i.result === 'partial' && !i.automatic);
      expect(partial).toMatchObject({
        grade: 'minor',
        note: '部分设施在建',
        answered: { username: w.accounts.branchOfficer },
        reviewComment: null,
      });

      expect(report.findings.length).toBeGreaterThan(0);
      expect(report.findings.map((f) => f.itemCode)).toContain(partial?.itemCode);
      expect(report.findings.find((f) => f.id === finding.id)).toMatchObject({
        ownerName: w.accounts.branchOfficer,
        dueDate: '2027-06-30',
        status: 'in_progress',
        priority: 'high',
        portNameEn: w.grainPort.nameEn,
      });
    });

    it('refuses a caller who cannot read the assessment as its own GET does', async () => {
      const otherBranch = await login(t, w.accounts.otherBranchOfficer);
      const staff = await login(t, w.accounts.labOfficer);
      for (const caller of [otherBranch, staff]) {
        const own = await caller.get(`/api/v1/assessments/${grainId}`);
        const report = await caller.get(`/api/v1/assessments/${grainId}/report`);
        expect([own.statusCode, report.statusCode]).toEqual([
          caller === otherBranch ? 404 : 403,
          caller === otherBranch ? 404 : 403,
        ]);
      }
    });
  });

  describe('reports.campaign', () => {
    it('scores the campaign by aspect and branch, with each port’s sign-off and every finding', async () => {
      const res = await office.get(`/api/v1/campaigns/${w.campaign.id}/report`);
      expect(res.statusCode, res.body).toBe(200);
      const report = res.json<CampaignReport>();
      const scores = (await office.get(`/api/v1/campaigns/${w.campaign.id}/scores`)).json<Scores>();
      expect(report.district.code).toBe(w.district.code);
      expect(report.campaign.nameZh).toBe(w.campaign.nameZh);
      expect(report.overall).toEqual(scores.district.overall);
      expect(report.byAspect).toEqual(scores.district.byAspect);
      expect(report.attainmentRate).toBe(scores.district.attainmentRate);
      expect(report.branches.map((b) => b.branch.code).sort()).toEqual(
        [w.branch.code, w.otherBranch.code].sort(),
      );
      expect(report.branches.find((b) => b.branch.code === w.branch.code)?.ports).toBe(3);
      expect(report.assessments.map((x) => x.port.code).sort()).toEqual(
        w.campaignPorts.map((p) => p.code).sort(),
      );
      const grain = report.assessments.find((x) => x.assessmentId === grainId);
      expect(grain).toMatchObject({
        status: 'approved',
        approved: { username: approver, displayName: APPROVER },
        branchNameZh: `测试${w.branch.code}`,
      });
      expect(report.findings.length).toBeGreaterThan(0);
      expect(new Set(report.findings.map((f) => f.portCode))).toEqual(new Set([w.grainPort.code]));
    });

    it('keeps to the caller’s scope, and refuses whoever cannot read campaigns', async () => {
      const otherBranch = await login(t, w.accounts.otherBranchOfficer);
      const report = (
        await otherBranch.get(`/api/v1/campaigns/${w.campaign.id}/report`)
      ).json<CampaignReport>();
      expect(report.assessments.map((x) => x.port.code)).toEqual([w.otherPort.code]);
      expect(report.branches.map((b) => b.branch.code)).toEqual([w.otherBranch.code]);
      expect(report.findings).toEqual([]);
      const lab = await login(t, w.accounts.labOfficer);
      expect((await lab.get(`/api/v1/campaigns/${w.campaign.id}`)).statusCode).toBe(403);
      expect((await lab.get(`/api/v1/campaigns/${w.campaign.id}/report`)).statusCode).toBe(403);
      const unknown = '01900000-0000-7000-8000-000000000000';
      expect((await office.get(`/api/v1/campaigns/${unknown}/report`)).statusCode).toBe(404);
    });
  });
});

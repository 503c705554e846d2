import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ASPECTS,
  findingListQuerySchema,
  type Page,
  type Task,
} from '../../../../contracts/index.ts';
import { createTestApp, dbAvailable, login, type TestApp } from '../../../test/helpers.ts';
import { actorOf } from '../../../test/factories.ts';
import { assessmentApprovalService } from './assessment-approval.service.ts';
import { assessmentItemsService } from './assessment-items.service.ts';
import { assessmentReviewService } from './assessment-review.service.ts';
import { assessmentsService } from './assessments.service.ts';
import { campaignsService } from './campaigns.service.ts';
import { findingsService } from './findings.service.ts';
import {
  approveAssessment,
  assessmentOf,
  createStandardsWorld,
  submitAssessment,
  type StandardsWorld,
} from './standards.test-world.ts';

/** The standardisation round as each person's queue shows it: every step closes its task and opens the next. */
describe.skipIf(!dbAvailable)('the standardisation cycle in the work queue', () => {
  let t: TestApp;
  let w: StandardsWorld;
  beforeEach(async () => {
    t = await createTestApp({ seed: false });
    w = await createStandardsWorld(t);
  });
  afterEach(async () => t.close());

  /** What the account's queue holds, as `kind subject-title` lines, in the queue's order. */
  const queue = async (username: string, view = 'mine') =>
    (await (await login(t, username)).get(`/api/v1/work/tasks?view=${view}&pageSize=200`))
      .json<Page<Task>>()
      .items.map((i) => `${i.kind} ${i.titleEn}`);
  const of = (port: { nameEn: string }) => `${port.nameEn} · ${w.campaign.nameEn}`;

  it('hands each step to the right people and closes it when it is done', async () => {
    // The campaign is open: each branch fills its own ports' assessments by the deadline.
    expect((await queue(w.accounts.branchOfficer)).sort()).toEqual(
      [w.grainPort, w.port, w.siblingPort].map((p) => `assessment.fill ${of(p)}`).sort(),
    );
    expect(await queue(w.accounts.otherBranchOfficer)).toEqual([
      `assessment.fill ${of(w.otherPort)}`,
    ]);
    expect(await queue(w.accounts.portOfficer)).toEqual([`assessment.fill ${of(w.port)}`]);

    const id = await assessmentOf(t, w.campaign, w.grainPort);
    const branch = w.branchActor;
    let a = await assessmentsService.get(t.ctx, branch, id);
    for (const item of a.items.filter((i) => !i.automatic && i.result === null))
      await assessmentItemsService.answer(t.ctx, branch, item.id, {
        version: item.version,
        result: 'compliant',
        grade: null,
        naReason: null,
        note: '已核实',
      });
    a = await assessmentsService.get(t.ctx, branch, id);
    a = await assessmentReviewService.submit(t.ctx, branch, id, a.version);
    expect(await queue(w.accounts.branchOfficer)).not.toContain(
      `assessment.fill ${of(w.grainPort)}`,
    );
    for (const aspect of ASPECTS)
      expect(await queue(w.reviewers[aspect])).toEqual([
        expect.stringMatching(new RegExp(`^assessment\\.review ${of(w.grainPort)} · `)),
      ]);

    // The facility group returns its aspect: every review waits, and the branch is asked to revise.
    const facility = await actorOf(t, w.reviewers.FACILITY);
    const returned = a.items.find((i) => i.aspect === 'FACILITY');
    await assessmentReviewService.returnAspect(t.ctx, facility, id, 'FACILITY', {
      version: a.version,
      comment: '请补充说明',
      items: [{ itemId: returned?.id ?? '', comment: '请核实' }],
    });
    for (const aspect of ASPECTS) expect(await queue(w.reviewers[aspect])).toEqual([]);
    expect(await queue(w.accounts.branchOfficer)).toContain(
      `assessment.resubmit ${of(w.grainPort)}`,
    );

    a = await assessmentsService.get(t.ctx, branch, id);
    for (const item of a.items.filter((i) => !i.automatic && i.result === null))
      await assessmentItemsService.answer(t.ctx, branch, item.id, {
        version: item.version,
        result: 'compliant',
        grade: null,
        naReason: null,
        note: '已补充',
      });
    a = await assessmentsService.get(t.ctx, branch, id);
    a = await assessmentReviewService.submit(t.ctx, branch, id, a.version);
    expect(await queue(w.accounts.branchOfficer)).not.toContain(
      `assessment.resubmit ${of(w.grainPort)}`,
    );
    for (const aspect of ASPECTS) {
      expect(await queue(w.accounts.office)).toEqual([]);
      a = await assessmentReviewService.acceptAspect(
        t.ctx,
        await actorOf(t, w.reviewers[aspect]),
        id,
        aspect,
        a.version,
        null,
      );
      expect(await queue(w.reviewers[aspect])).toEqual([]);
    }
    // Every aspect accepted: the office approves, which raises the findings the branch must plan.
    expect(await queue(w.accounts.office)).toEqual([`assessment.approve ${of(w.grainPort)}`]);
    await assessmentApprovalService.approve(t.ctx, w.officeActor, id, a.version);
    expect(await queue(w.accounts.office)).toEqual([]);
    const findings = await findingsService.list(
      t.ctx,
      branch,
      findingListQuerySchema.parse({
        campaignId: w.campaign.id,
        portId: w.grainPort.id,
        pageSize: 200,
      }),
    );
    expect(findings.total).toBeGreaterThan(0);
    const plans = (await queue(w.accounts.branchOfficer)).filter((k) =>
      k.startsWith('finding.plan'),
    );
    expect(plans).toHaveLength(findings.total);

    // Planned with an owner: the owner alone carries it out; submitted, its working group verifies.
    const finding = findings.items[0];
    if (!finding) throw new Error('no finding');
    const owners = await findingsService.owners(t.ctx, branch, finding.id);
    const owner = owners.find((o) => o.id === branch.userId);
    expect(owner).toBeDefined();
    const planned = await findingsService.plan(t.ctx, branch, finding.id, {
      version: finding.version,
      ownerId: branch.userId,
      dueDate: '2027-06-30',
      priority: 'high',
      plan: '增设设施',
    });
    const line = `${w.grainPort.nameEn} · ${finding.titleEn}`;
    const mine = await (
      await login(t, w.accounts.branchOfficer)
    ).get('/api/v1/work/tasks?pageSize=200');
    expect(mine.json<Page<Task>>().items.filter((i) => i.kind === 'finding.submit')).toMatchObject([
      {
        titleEn: line,
        personal: true,
        dueDate: '2027-06-30',
        // One click opens the finding itself, not the assessment it came from.
        link: `/standards/findings?finding=${finding.id}`,
      },
    ]);
    expect(await queue(w.accounts.otherBranchOfficer)).not.toContain(`finding.submit ${line}`);
    const submitted = await findingsService.submit(
      t.ctx,
      branch,
      finding.id,
      planned.version,
      '已整改',
    );
    const verifier = w.reviewers[finding.aspect];
    expect(await queue(verifier)).toEqual([`finding.verify ${line}`]);
    await findingsService.verify(
      t.ctx,
      await actorOf(t, verifier),
      finding.id,
      submitted.version,
      null,
    );
    expect(await queue(verifier)).toEqual([]);
    const closed = await t.ctx.db
      .selectFrom('tasks')
      .select(['kind', 'closeReason'])
      .where('subjectId', '=', finding.id)
      .execute();
    expect(closed.every((r) => r.closeReason === 'done')).toBe(true);
  });

  it('asks the leadership to decide a reopen request, and the port to fill the assessment again', async () => {
    const id = await assessmentOf(t, w.campaign, w.port);
    const approved = await approveAssessment(t, w, id);
    await assessmentApprovalService.requestReopen(
      t.ctx,
      w.branchActor,
      id,
      approved.version,
      '数据有误',
    );
    expect(await queue(w.accounts.leader)).toEqual([`assessment.reopen_decide ${of(w.port)}`]);
    const requested = await assessmentsService.get(t.ctx, w.branchActor, id);
    await assessmentApprovalService.decideReopen(
      t.ctx,
      await actorOf(t, w.accounts.leader),
      id,
      requested.version,
      true,
    );
    expect(await queue(w.accounts.leader)).toEqual([]);
    expect(await queue(w.accounts.portOfficer)).toContain(`assessment.resubmit ${of(w.port)}`);
  });

  it('cancels the filling of what was never submitted when the campaign closes, and keeps reviews going', async () => {
    await submitAssessment(t, w, await assessmentOf(t, w.campaign, w.grainPort));

    const campaign = await campaignsService.get(t.ctx, w.officeActor, w.campaign.id);
    await campaignsService.close(t.ctx, w.officeActor, campaign.id, campaign.version);
    expect(await queue(w.accounts.branchOfficer)).toEqual([]);
    expect(await queue(w.accounts.otherBranchOfficer)).toEqual([]);
    expect(await queue(w.reviewers.FACILITY)).toEqual([
      expect.stringMatching(new RegExp(`^assessment\\.review ${of(w.grainPort)} · `)),
    ]);
    const cancelled = await t.ctx.db
      .selectFrom('tasks')
      .select('closeReason')
      .where('kind', '=', 'assessment.fill')
      .where('closeReason', '=', 'cancelled')
      .execute();
    expect(cancelled).toHaveLength(3);
  });
});

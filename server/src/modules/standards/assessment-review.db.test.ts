import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASPECTS, type Assessment, type Scores } from '../../../../contracts/index.ts';
import {
  createTestApp,
  dbAvailable,
  login,
  type Agent,
  type TestApp,
} from '../../../test/helpers.ts';
import {
  approveAssessment,
  assessmentOf,
  createStandardsWorld,
  type ErrorReply,
  type StandardsWorld,
} from './standards.test-world.ts';

type Item = Assessment['items'][number];

describe.skipIf(!dbAvailable)('assessment review and approval', () => {
  let t: TestApp;
  let w: StandardsWorld;
  let office: Agent;
  let branch: Agent;
  let leader: Agent;
  beforeAll(async () => {
    t = await createTestApp({ seed: false });
    w = await createStandardsWorld(t);
    office = await login(t, w.accounts.office);
    branch = await login(t, w.accounts.branchOfficer);
    leader = await login(t, w.accounts.leader);
  });
  afterAll(async () => t?.close());

  it('runs an assessment from answers through each working group’s review to approval', async () => {
    const id = await assessmentOf(t, w.campaign, w.grainPort);
    let a = (await branch.get(`/api/v1/assessments/${id}`)).json<Assessment>();
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

    const wg = await login(t, w.reviewers.FACILITY);
    const facilityItem = a.items.find((i) => i.aspect === 'FACILITY') as Item;
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

    for (const aspect of ASPECTS) {
      const reviewer = aspect === 'FACILITY' ? wg : await login(t, w.reviewers[aspect]);
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

    const audit = await t.ctx.db
      .selectFrom('auditLog')
      .select(['action', 'actorUsername'])
      .where('entityId', '=', id)
      .orderBy('seq')
      .execute();
    expect(audit.map((r) => [r.action, r.actorUsername])).toEqual([
      ['assessment.submit', w.accounts.branchOfficer],
      ['assessment.aspect.return', w.reviewers.FACILITY],
      ['assessment.submit', w.accounts.branchOfficer],
      ...ASPECTS.map((aspect) => ['assessment.aspect.accept', w.reviewers[aspect]]),
      ['assessment.approve', w.accounts.office],
    ]);
  });

  it('reopens an approved assessment on the leadership group’s decision, not the office’s', async () => {
    let a = await approveAssessment(t, w, await assessmentOf(t, w.campaign, w.siblingPort));
    expect(a.status).toBe('approved');
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
  });

  it('scores the campaign over every port it covers', async () => {
    const scores = (await office.get(`/api/v1/campaigns/${w.campaign.id}/scores`)).json<Scores>();
    expect(scores.ports).toHaveLength(w.campaignPorts.length);
    expect(scores.ports.map((p) => p.key).sort()).toEqual(w.campaignPorts.map((p) => p.id).sort());
    expect(scores.district.ports).toBe(w.campaignPorts.length);
    expect(scores.district.attainmentRate).not.toBeNull();
  });
});

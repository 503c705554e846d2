import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HomeSummary, Port } from '../../../../contracts/index.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { createTestApp, dbAvailable, login, type TestApp } from '../../../test/helpers.ts';
import {
  createWorld,
  makeCertification,
  makeFacility,
  makeUnit,
  type World,
} from '../../../test/factories.ts';

/** A facility at `port` whose only certification lapses on `expiryDate`. */
async function certifiedFacility(t: TestApp, as: Actor, port: Port, expiryDate: string) {
  const facility = await makeFacility(t, as, { port, typeCode: 'VIDEO_MONITORING' });
  await makeCertification(t, as, { facility, issuedDate: '2024-01-01', expiryDate });
}

// The summary only reads, so one world serves every test.
describe.skipIf(!dbAvailable)('home.summary', () => {
  let t: TestApp;
  let w: World;
  beforeAll(async () => {
    t = await createTestApp({ seed: false });
    w = await createWorld(t);
    await makeUnit(t, { kind: 'office', parent: w.branch });
    // The test clock stands at 2026-11-28: one certification lapsed, one lapsing within 90 days, and one
    // of each in the other branch, out of the branch officer's sight.
    await certifiedFacility(t, w.branchActor, w.port, '2026-06-30');
    await certifiedFacility(t, w.branchActor, w.siblingPort, '2027-01-31');
    await certifiedFacility(t, w.otherBranchActor, w.otherPort, '2026-06-30');
    await certifiedFacility(t, w.otherBranchActor, w.otherPort, '2027-01-31');
  });
  afterAll(async () => t.close());

  it('gives the system administrator account figures and logins, counted from the database', async () => {
    const sysadmin = await login(t, w.accounts.sysadmin);
    const summary = (await sysadmin.get('/api/v1/home/summary')).json<HomeSummary>();
    const active = await t.ctx.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', '=', 'active')
      .executeTakeFirstOrThrow();
    expect(summary.activeUsers).toBe(Number(active.n));
    expect(summary.activeUsers).toBe(Object.keys(w.accounts).length);
    expect(summary.activeSessions).toBeGreaterThanOrEqual(1);
    expect(summary.loginsLast7Days).toHaveLength(7);
    expect(summary.loginsLast7Days?.at(-1)?.success).toBeGreaterThanOrEqual(1);
    expect(summary.auditRowsLast24h).toBeNull();
    expect(summary.certifications).toBeNull();
  });

  it('shows a branch officer its own units and certifications, and no account figures', async () => {
    const officer = await login(t, w.accounts.branchOfficer);
    const summary = (await officer.get('/api/v1/home/summary')).json<HomeSummary>();
    expect(summary.activeUsers).toBeNull();
    expect(summary.activeSessions).toBeNull();
    expect(summary.loginsLast7Days).toBeNull();
    expect(summary.orgUnitsByKind).toEqual({ branch: 1, office: 1, port: 2 });
    expect(summary.certifications).toEqual({ expired: 1, expiring: 1 });
  });

  it('gives the auditor the audit volume and nothing of the business', async () => {
    const auditor = await login(t, w.accounts.auditor);
    const summary = (await auditor.get('/api/v1/home/summary')).json<HomeSummary>();
    expect(summary.auditRowsLast24h).toBeGreaterThan(0);
    expect(summary.orgUnitsByKind).toEqual({});
    expect(summary.certifications).toBeNull();
  });
});

import type { HomeSummary } from '../../contracts/index.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, dbAvailable, login, type TestApp } from './helpers.ts';

describe.skipIf(!dbAvailable)('home.summary', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('gives the system administrator account figures and logins, counted from the database', async () => {
    const sysadmin = await login(t, 'sysadmin');
    const summary = (await sysadmin.get('/api/v1/home/summary')).json<HomeSummary>();
    const active = await t.ctx.db
      .selectFrom('users')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', '=', 'active')
      .executeTakeFirstOrThrow();
    expect(summary.activeUsers).toBe(Number(active.n));
    expect(summary.activeSessions).toBeGreaterThanOrEqual(1);
    expect(summary.loginsLast7Days).toHaveLength(7);
    expect(summary.loginsLast7Days?.at(-1)?.success).toBeGreaterThanOrEqual(1);
    expect(summary.auditRowsLast24h).toBeNull();
    expect(summary.certifications).toBeNull();
  });

  it('shows a branch officer its own units and certifications, and no account figures', async () => {
    const officer = await login(t, 'branch.harbour');
    const summary = (await officer.get('/api/v1/home/summary')).json<HomeSummary>();
    expect(summary.activeUsers).toBeNull();
    expect(summary.activeSessions).toBeNull();
    expect(summary.loginsLast7Days).toBeNull();
    expect(summary.orgUnitsByKind).toEqual({ branch: 1, office: 1, port: 3 });
    expect(summary.certifications).toEqual({
      expired: expect.any(Number),
      expiring: expect.any(Number),
    });
  });

  it('gives the auditor the audit volume and nothing of the business', async () => {
    const auditor = await login(t, 'auditor');
    const summary = (await auditor.get('/api/v1/home/summary')).json<HomeSummary>();
    expect(summary.auditRowsLast24h).toBeGreaterThan(0);
    expect(summary.orgUnitsByKind).toEqual({});
    expect(summary.certifications).toBeNull();
  });
});

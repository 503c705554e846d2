import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page, Task } from '../../../../contracts/index.ts';
import { createTestApp, dbAvailable, login, type TestApp } from '../../../test/helpers.ts';
import {
  createWorld,
  makeCertification,
  makeFacility,
  type World,
} from '../../../test/factories.ts';
import { addDays } from '../../platform/dates.ts';
import { noticeFor, openRenewalTasks } from './certification-renewals.ts';

const DAY = 86_400_000;

describe('renewal notices', () => {
  it('are due at 90, 30 and 7 days, the nearest passed one counting', () => {
    const today = '2026-12-01';
    expect(noticeFor(today, '2027-06-01')).toBeNull();
    expect(noticeFor(today, addDays(today, 90))).toBe(90);
    expect(noticeFor(today, addDays(today, 31))).toBe(90);
    expect(noticeFor(today, addDays(today, 30))).toBe(30);
    expect(noticeFor(today, addDays(today, 7))).toBe(7);
    expect(noticeFor(today, addDays(today, -3))).toBe(7);
  });
});

describe.skipIf(!dbAvailable)('certification renewal tasks', () => {
  let t: TestApp;
  let w: World;
  beforeEach(async () => {
    t = await createTestApp({ seed: false });
    w = await createWorld(t);
  });
  afterEach(async () => t.close());

  const renewals = async (username: string) =>
    (await (await login(t, username)).get('/api/v1/work/tasks?kind=certification.renew'))
      .json<Page<Task>>()
      .items.map((i) => i.dueDate);

  it("asks the port's keepers to renew, nearer each notice, and stops once the renewal is recorded", async () => {
    const today = t.ctx.today();
    const chamber = await makeFacility(t, w.branchActor, {
      port: w.port,
      typeCode: 'FUMIGATION_CHAMBER',
    });
    const expiry = addDays(today, 40);
    await makeCertification(t, w.branchActor, {
      facility: chamber,
      issuedDate: addDays(today, -300),
      expiryDate: expiry,
    });
    // Far from lapsing: no notice for another facility.
    const later = await makeFacility(t, w.branchActor, {
      port: w.port,
      typeCode: 'FUMIGATION_CHAMBER',
    });
    await makeCertification(t, w.branchActor, {
      facility: later,
      issuedDate: today,
      expiryDate: addDays(today, 360),
    });

    await openRenewalTasks(t.ctx);
    await openRenewalTasks(t.ctx);
    expect(await renewals(w.accounts.portOfficer)).toEqual([expiry]);
    expect(await renewals(w.accounts.branchOfficer)).toEqual([expiry]);
    expect(await renewals(w.accounts.otherBranchOfficer)).toEqual([]);
    // A read-only role is not asked.
    expect(await renewals(w.accounts.staff)).toEqual([]);

    t.clock.advance(15 * DAY);
    await openRenewalTasks(t.ctx);
    const keys = await t.ctx.db
      .selectFrom('tasks')
      .select(['subjectKey', 'closeReason'])
      .where('subjectId', '=', chamber.id)
      .orderBy('openedAt')
      .execute();
    expect(keys).toEqual([
      { subjectKey: '90', closeReason: 'cancelled' },
      { subjectKey: '30', closeReason: null },
    ]);
    expect(await renewals(w.accounts.portOfficer)).toEqual([expiry]);

    await makeCertification(t, w.branchActor, {
      facility: chamber,
      issuedDate: t.ctx.today(),
      expiryDate: addDays(t.ctx.today(), 365),
    });
    expect(await renewals(w.accounts.portOfficer)).toEqual([]);
    await openRenewalTasks(t.ctx);
    expect(await renewals(w.accounts.portOfficer)).toEqual([]);
  });
});

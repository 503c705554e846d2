import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  Certification,
  ErrorBody,
  ExpiringCertification,
  Facility,
  HomeSummary,
  Page,
} from '../../../../contracts/index.ts';
import {
  createTestApp,
  dbAvailable,
  login,
  type Agent,
  type TestApp,
} from '../../../test/helpers.ts';
import {
  createWorld,
  makeCertification,
  makeFacility,
  type World,
} from '../../../test/factories.ts';
import type { Actor } from '../../platform/access/actor.ts';

/** Lapsed before the test's today (2026-11-28). */
const EXPIRED = '2026-08-31';
/** Within 90 days of the test's today, but not within 30. */
const EXPIRING = '2027-01-15';

describe.skipIf(!dbAvailable)('certifications', () => {
  let t: TestApp;
  let w: World;
  let officer: Agent;
  beforeEach(async () => {
    t = await createTestApp({ seed: false });
    w = await createWorld(t);
    officer = await login(t, w.accounts.branchOfficer);
  });
  afterEach(async () => t.close());

  /** A facility of a type with a certification cycle, certified once until `expiryDate`. */
  const certified = async (
    as: Actor,
    port: { id: string },
    typeCode: string,
    expiryDate: string,
  ): Promise<Facility> => {
    const facility = await makeFacility(t, as, { port, typeCode });
    const issued = Number(expiryDate.slice(0, 4)) - 1;
    await makeCertification(t, as, {
      facility,
      issuedDate: `${issued}${expiryDate.slice(4)}`,
      expiryDate,
    });
    return facility;
  };

  it('refuses an expiry before the issue date with 400 on expiryDate, and records a renewal that clears the expired state', async () => {
    const kiln = await certified(w.branchActor, w.siblingPort, 'HEAT_TREATMENT_KILN', EXPIRED);
    expect((await officer.get(`/api/v1/facilities/${kiln.id}`)).json<Facility>()).toMatchObject({
      certificationState: 'expired',
    });
    const bad = await officer.post(`/api/v1/facilities/${kiln.id}/certifications`, {
      issuer: '示例直属海关',
      issuedDate: '2026-11-01',
      expiryDate: '2026-10-01',
      documentRef: null,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<ErrorBody>().error.fields).toHaveProperty('expiryDate');
    const ok = await officer.post(`/api/v1/facilities/${kiln.id}/certifications`, {
      issuer: '示例直属海关',
      issuedDate: '2026-11-20',
      expiryDate: '2027-11-19',
      documentRef: '核准证书 2026-201',
    });
    expect(ok.statusCode).toBe(201);
    const list = (await officer.get(`/api/v1/facilities/${kiln.id}/certifications`)).json<
      Certification[]
    >();
    expect(list.map((c) => c.expiryDate)).toEqual(['2027-11-19', EXPIRED]);
    expect((await officer.get(`/api/v1/facilities/${kiln.id}`)).json<Facility>()).toMatchObject({
      certificationState: 'valid',
      certificationExpiry: '2027-11-19',
    });
  });

  it('lists expired and expiring certifications in scope, soonest first, and counts them for the home page', async () => {
    // The branch: two lapsed, one lapsing; the other branch: one lapsed, one lapsing; one still valid.
    await certified(w.branchActor, w.port, 'FUMIGATION_CHAMBER', EXPIRED);
    await certified(w.branchActor, w.port, 'COLD_TREATMENT_ROOM', EXPIRING);
    await certified(w.branchActor, w.siblingPort, 'HEAT_TREATMENT_KILN', EXPIRED);
    await certified(w.otherBranchActor, w.otherPort, 'FUMIGATION_CHAMBER', EXPIRED);
    await certified(w.otherBranchActor, w.otherPort, 'VAPOUR_HEAT_CHAMBER', EXPIRING);
    await certified(w.branchActor, w.siblingPort, 'FUMIGATION_CHAMBER', '2027-10-31');
    const wg = await login(t, w.accounts.wgFacility);
    const board = (await wg.get('/api/v1/certifications/expiring?within=90')).json<
      Page<ExpiringCertification>
    >();
    const states = board.items.map((c) => c.state);
    expect(states).toEqual(['expired', 'expired', 'expired', 'expiring', 'expiring']);
    expect(board.items.map((c) => `${c.portCode}:${c.typeCode}`).sort()).toEqual(
      [
        `${w.port.code}:FUMIGATION_CHAMBER`,
        `${w.port.code}:COLD_TREATMENT_ROOM`,
        `${w.siblingPort.code}:HEAT_TREATMENT_KILN`,
        `${w.otherPort.code}:FUMIGATION_CHAMBER`,
        `${w.otherPort.code}:VAPOUR_HEAT_CHAMBER`,
      ].sort(),
    );
    expect(board.items.map((c) => c.expiryDate)).toEqual([
      EXPIRED,
      EXPIRED,
      EXPIRED,
      EXPIRING,
      EXPIRING,
    ]);
    expect(board.items[0]?.daysLeft).toBeLessThan(0);
    const mine = (await officer.get('/api/v1/certifications/expiring?within=90')).json<
      Page<ExpiringCertification>
    >();
    expect(mine.items.map((c) => c.portCode).sort()).toEqual(
      [w.port.code, w.port.code, w.siblingPort.code].sort(),
    );
    const other = (
      await wg.get(`/api/v1/certifications/expiring?within=30&branchId=${w.otherBranch.id}`)
    ).json<Page<ExpiringCertification>>();
    expect(other.items.map((c) => `${c.portCode}:${c.typeCode}`)).toEqual([
      `${w.otherPort.code}:FUMIGATION_CHAMBER`,
    ]);
    // Within 30 days of the test's today (2026-11-28), January's expiries are not yet listed.
    expect(
      (await wg.get('/api/v1/certifications/expiring?within=30')).json<
        Page<ExpiringCertification>
      >().total,
    ).toBe(3);
    const home = (await officer.get('/api/v1/home/summary')).json<HomeSummary>();
    expect(home.certifications).toEqual({ expired: 2, expiring: 1 });
    const sysadmin = await login(t, w.accounts.sysadmin);
    expect(
      (await sysadmin.get('/api/v1/home/summary')).json<HomeSummary>().certifications,
    ).toBeNull();
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ErrorBody, Facility, Page } from '../../../../contracts/index.ts';
import {
  createTestApp,
  dbAvailable,
  rowCount,
  login,
  type Agent,
  type TestApp,
} from '../../../test/helpers.ts';
import {
  createWorld,
  makeCertification,
  makeFacility,
  makePort,
  type World,
} from '../../../test/factories.ts';

const facilityCount = (t: TestApp) => rowCount(t, 'facilities');

/** A valid new-facility body, with overrides. */
const newFacility = (port: string, overrides: Record<string, unknown> = {}) => ({
  portId: port,
  typeCode: 'COLD_STORE',
  functionalArea: '冷链查验区',
  quantity: 2,
  capacity: 1500,
  commissionedDate: '2024-05-01',
  status: 'in_service',
  notes: null,
  ...overrides,
});

const updateBody = (f: Facility, overrides: Record<string, unknown> = {}) => ({
  version: f.version,
  portId: f.portId,
  typeCode: f.typeCode,
  functionalArea: f.functionalArea,
  quantity: f.quantity,
  capacity: f.capacity,
  commissionedDate: f.commissionedDate,
  status: f.status,
  notes: f.notes,
  ...overrides,
});

describe.skipIf(!dbAvailable)('facilities', () => {
  let t: TestApp;
  let w: World;
  let officer: Agent;
  beforeEach(async () => {
    t = await createTestApp({ seed: false });
    w = await createWorld(t);
    officer = await login(t, w.accounts.branchOfficer);
  });
  afterEach(async () => t.close());

  const create = async (portId: string) => {
    const res = await officer.post('/api/v1/facilities', newFacility(portId));
    expect(res.statusCode, res.body).toBe(201);
    return res.json<Facility>();
  };

  describe('facilities.create', () => {
    it('adds a facility at a port of the branch and audits it', async () => {
      const f = await create(w.port.id);
      expect(f).toMatchObject({
        portCode: w.port.code,
        typeCode: 'COLD_STORE',
        certificationState: 'not_required',
        version: 1,
        can: { update: true },
      });
      const audit = await t.ctx.db
        .selectFrom('auditLog')
        .select('action')
        .where('entityId', '=', f.id)
        .execute();
      expect(audit.map((a) => a.action)).toEqual(['facility.create']);
    });

    it('refuses a port of another branch (404) and an unknown type (422), writing nothing', async () => {
      const before = await facilityCount(t);
      const other = await officer.post('/api/v1/facilities', newFacility(w.otherPort.id));
      expect(other.statusCode).toBe(404);
      const type = await officer.post(
        '/api/v1/facilities',
        newFacility(w.port.id, { typeCode: 'TELEPORTER' }),
      );
      expect(type.statusCode).toBe(422);
      expect(type.json<ErrorBody>().error.fields).toHaveProperty('typeCode');
      const quantity = await officer.post(
        '/api/v1/facilities',
        newFacility(w.port.id, { quantity: 0 }),
      );
      expect(quantity.statusCode).toBe(400);
      expect(quantity.json<ErrorBody>().error.fields).toHaveProperty('quantity');
      expect(await facilityCount(t)).toBe(before);
    });
  });

  describe('facilities.update', () => {
    it('moves a facility between ports of the same branch, audited as a move', async () => {
      const created = await create(w.port.id);
      const moved = await officer.put(
        `/api/v1/facilities/${created.id}`,
        updateBody(created, { portId: w.siblingPort.id }),
      );
      expect(moved.statusCode, moved.body).toBe(200);
      expect(moved.json<Facility>()).toMatchObject({ portCode: w.siblingPort.code, version: 2 });
      const actions = await t.ctx.db
        .selectFrom('auditLog')
        .select('action')
        .where('entityId', '=', created.id)
        .orderBy('seq')
        .execute();
      expect(actions.map((a) => a.action)).toEqual(['facility.create', 'facility.move']);
    });

    it('refuses a move to a port of another branch by someone who does not own both, and leaves the facility where it was', async () => {
      const created = await create(w.siblingPort.id);
      const res = await officer.put(
        `/api/v1/facilities/${created.id}`,
        updateBody(created, { portId: w.otherPort.id }),
      );
      expect(res.statusCode).toBe(404);
      // A port officer can read its own port but not write at a sibling: the facility is out of its scope.
      const portOfficer = await login(t, w.accounts.portOfficer);
      expect(
        (
          await portOfficer.put(
            `/api/v1/facilities/${created.id}`,
            updateBody(created, { portId: w.port.id }),
          )
        ).statusCode,
      ).toBe(404);
      const after = (await officer.get(`/api/v1/facilities/${created.id}`)).json<Facility>();
      expect(after).toMatchObject({ portCode: w.siblingPort.code, version: 1 });
    });

    it('refuses a stale version with 409 and an archived facility with 422', async () => {
      const created = await create(w.port.id);
      expect(
        (
          await officer.put(
            `/api/v1/facilities/${created.id}`,
            updateBody(created, { quantity: 3 }),
          )
        ).statusCode,
      ).toBe(200);
      const stale = await officer.put(
        `/api/v1/facilities/${created.id}`,
        updateBody(created, { quantity: 4 }),
      );
      expect(stale.statusCode).toBe(409);
      const archived = await officer.post(`/api/v1/facilities/${created.id}/archive`, {
        version: 2,
        reason: '设备报废',
      });
      expect(archived.json<Facility>()).toMatchObject({
        archived: true,
        archivedReason: '设备报废',
      });
      const edit = await officer.put(
        `/api/v1/facilities/${created.id}`,
        updateBody(archived.json<Facility>()),
      );
      expect(edit.statusCode).toBe(422);
      expect(edit.json<ErrorBody>().error.code).toBe('FACILITY_ARCHIVED');
    });
  });

  describe('facilities.list', () => {
    it('scopes the ledger and filters on the server', async () => {
      const otherRiver = await makePort(t, w.otherBranchActor, {
        branch: w.otherBranch,
        modes: ['river'],
      });
      for (const port of [w.port, w.siblingPort])
        await makeFacility(t, w.branchActor, { port, typeCode: 'VIDEO_MONITORING' });
      for (const port of [w.otherPort, otherRiver])
        await makeFacility(t, w.otherBranchActor, { port, typeCode: 'CUSTOMS_GATE' });
      // The one kiln in the district, its certification lapsed on 2026-08-31 (the test's today is 2026-11-28).
      const kiln = await makeFacility(t, w.branchActor, {
        port: w.siblingPort,
        typeCode: 'HEAT_TREATMENT_KILN',
      });
      await makeCertification(t, w.branchActor, {
        facility: kiln,
        issuedDate: '2025-09-01',
        expiryDate: '2026-08-31',
      });
      const own = (await officer.get('/api/v1/facilities?pageSize=200')).json<Page<Facility>>();
      expect(new Set(own.items.map((f) => f.portCode))).toEqual(
        new Set([w.port.code, w.siblingPort.code]),
      );
      expect(own.total).toBe(3);
      const leader = await login(t, w.accounts.leader);
      const all = (await leader.get('/api/v1/facilities?pageSize=1')).json<Page<Facility>>();
      expect(all.total).toBe(5);
      expect(all.items).toHaveLength(1);
      const kilns = (await leader.get('/api/v1/facilities?typeCode=HEAT_TREATMENT_KILN')).json<
        Page<Facility>
      >();
      expect(kilns.items.map((f) => [f.portCode, f.certificationState])).toEqual([
        [w.siblingPort.code, 'expired'],
      ]);
      const branch = (
        await leader.get(`/api/v1/facilities?pageSize=200&branchId=${w.otherBranch.id}`)
      ).json<Page<Facility>>();
      expect(new Set(branch.items.map((f) => f.portCode))).toEqual(
        new Set([w.otherPort.code, otherRiver.code]),
      );
    });
  });
});

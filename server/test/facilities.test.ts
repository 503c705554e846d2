import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  Certification,
  ExpiringCertification,
  Facility,
  FacilityType,
  HomeSummary,
} from '../../contracts/index.ts';
import { createTestApp, dbAvailable, login, type Agent, type TestApp } from './helpers.ts';

type ErrorReply = { error: { code: string; fields?: Record<string, string> } };
type PageOf<T> = { items: T[]; total: number; page: number; pageSize: number };

const portId = async (t: TestApp, code: string) =>
  (
    await t.ctx.db
      .selectFrom('ports')
      .innerJoin('orgUnits', 'orgUnits.id', 'ports.orgUnitId')
      .select('ports.id')
      .where('orgUnits.code', '=', code)
      .executeTakeFirstOrThrow()
  ).id;

const facilityCount = async (t: TestApp) =>
  Number(
    (
      await t.ctx.db
        .selectFrom('facilities')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

/** Factory: a valid new-facility body, with overrides. */
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
  let officer: Agent;
  beforeEach(async () => {
    t = await createTestApp();
    officer = await login(t, 'branch.harbour');
  });
  afterEach(async () => t.close());

  describe('facilities.create', () => {
    it('adds a facility at a port of the branch and audits it', async () => {
      const res = await officer.post(
        '/api/v1/facilities',
        newFacility(await portId(t, 'P-SEA-WEST')),
      );
      expect(res.statusCode, res.body).toBe(201);
      const f = res.json<Facility>();
      expect(f).toMatchObject({
        portCode: 'P-SEA-WEST',
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
      const other = await officer.post(
        '/api/v1/facilities',
        newFacility(await portId(t, 'P-AIR-INTL')),
      );
      expect(other.statusCode).toBe(404);
      const type = await officer.post(
        '/api/v1/facilities',
        newFacility(await portId(t, 'P-SEA-WEST'), { typeCode: 'TELEPORTER' }),
      );
      expect(type.statusCode).toBe(422);
      expect(type.json<ErrorReply>().error.fields).toHaveProperty('typeCode');
      const quantity = await officer.post(
        '/api/v1/facilities',
        newFacility(await portId(t, 'P-SEA-WEST'), { quantity: 0 }),
      );
      expect(quantity.statusCode).toBe(400);
      expect(quantity.json<ErrorReply>().error.fields).toHaveProperty('quantity');
      expect(await facilityCount(t)).toBe(before);
    });
  });

  describe('facilities.update', () => {
    it('moves a facility between ports of the same branch, audited as a move', async () => {
      const created = (
        await officer.post('/api/v1/facilities', newFacility(await portId(t, 'P-SEA-WEST')))
      ).json<Facility>();
      const moved = await officer.put(
        `/api/v1/facilities/${created.id}`,
        updateBody(created, { portId: await portId(t, 'P-SEA-EAST') }),
      );
      expect(moved.statusCode, moved.body).toBe(200);
      expect(moved.json<Facility>()).toMatchObject({ portCode: 'P-SEA-EAST', version: 2 });
      const actions = await t.ctx.db
        .selectFrom('auditLog')
        .select('action')
        .where('entityId', '=', created.id)
        .orderBy('seq')
        .execute();
      expect(actions.map((a) => a.action)).toEqual(['facility.create', 'facility.move']);
    });

    it('refuses a move to a port of another branch by someone who does not own both, and leaves the facility where it was', async () => {
      const created = (
        await officer.post('/api/v1/facilities', newFacility(await portId(t, 'P-SEA-WEST')))
      ).json<Facility>();
      const res = await officer.put(
        `/api/v1/facilities/${created.id}`,
        updateBody(created, { portId: await portId(t, 'P-AIR-INTL') }),
      );
      expect(res.statusCode).toBe(404);
      // A port officer can read its own port but not write at a sibling: the facility is out of its scope.
      const portOfficer = await login(t, 'port.east');
      expect(
        (
          await portOfficer.put(
            `/api/v1/facilities/${created.id}`,
            updateBody(created, { portId: await portId(t, 'P-SEA-EAST') }),
          )
        ).statusCode,
      ).toBe(404);
      const after = (await officer.get(`/api/v1/facilities/${created.id}`)).json<Facility>();
      expect(after).toMatchObject({ portCode: 'P-SEA-WEST', version: 1 });
    });

    it('refuses a stale version with 409 and an archived facility with 422', async () => {
      const created = (
        await officer.post('/api/v1/facilities', newFacility(await portId(t, 'P-SEA-WEST')))
      ).json<Facility>();
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
      expect(edit.json<ErrorReply>().error.code).toBe('FACILITY_ARCHIVED');
    });
  });

  describe('facilities.list', () => {
    it('scopes the ledger and filters on the server', async () => {
      const own = (await officer.get('/api/v1/facilities?pageSize=200')).json<PageOf<Facility>>();
      expect(new Set(own.items.map((f) => f.portCode))).toEqual(
        new Set(['P-SEA-EAST', 'P-SEA-WEST', 'P-SEA-LOGS']),
      );
      const leader = await login(t, 'leader');
      const all = (await leader.get('/api/v1/facilities?pageSize=1')).json<PageOf<Facility>>();
      expect(all.total).toBe(171);
      const kilns = (await leader.get('/api/v1/facilities?typeCode=HEAT_TREATMENT_KILN')).json<
        PageOf<Facility>
      >();
      expect(kilns.items.map((f) => [f.portCode, f.certificationState])).toEqual([
        ['P-SEA-LOGS', 'expired'],
      ]);
      const branch = (
        await leader.get(
          `/api/v1/facilities?pageSize=200&branchId=${own.items[0] ? (await t.ctx.db.selectFrom('orgUnits').select('id').where('code', '=', 'BR-RIVER').executeTakeFirstOrThrow()).id : ''}`,
        )
      ).json<PageOf<Facility>>();
      expect(new Set(branch.items.map((f) => f.portCode))).toEqual(
        new Set(['P-RIVER-GRAIN', 'P-RIVER-PAX']),
      );
    });
  });

  describe('certifications', () => {
    it('refuses an expiry before the issue date with 400 on expiryDate, and records a renewal that clears the expired state', async () => {
      const kiln = (await officer.get('/api/v1/facilities?typeCode=HEAT_TREATMENT_KILN')).json<
        PageOf<Facility>
      >().items[0];
      if (!kiln) throw new Error('no kiln');
      const bad = await officer.post(`/api/v1/facilities/${kiln.id}/certifications`, {
        issuer: '示例直属海关',
        issuedDate: '2026-11-01',
        expiryDate: '2026-10-01',
        documentRef: null,
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json<ErrorReply>().error.fields).toHaveProperty('expiryDate');
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
      expect(list.map((c) => c.expiryDate)).toEqual(['2027-11-19', '2026-08-31']);
      expect((await officer.get(`/api/v1/facilities/${kiln.id}`)).json<Facility>()).toMatchObject({
        certificationState: 'valid',
        certificationExpiry: '2027-11-19',
      });
    });

    it('lists expired and expiring certifications in scope, soonest first, and counts them for the home page', async () => {
      const wg = await login(t, 'wg.facility');
      const board = (await wg.get('/api/v1/certifications/expiring?within=90')).json<
        PageOf<ExpiringCertification>
      >();
      const states = board.items.map((c) => c.state);
      expect(states).toEqual(['expired', 'expired', 'expired', 'expiring', 'expiring']);
      expect(board.items.map((c) => `${c.portCode}:${c.typeCode}`).sort()).toEqual([
        'P-AIR-INTL:FUMIGATION_CHAMBER',
        'P-RAIL:FUMIGATION_CHAMBER',
        'P-SEA-EAST:COLD_TREATMENT_ROOM',
        'P-SEA-EAST:FUMIGATION_CHAMBER',
        'P-SEA-LOGS:HEAT_TREATMENT_KILN',
      ]);
      expect(board.items.map((c) => c.expiryDate)).toEqual([
        '2026-08-31',
        '2026-08-31',
        '2026-08-31',
        '2027-01-15',
        '2027-01-15',
      ]);
      expect(board.items[0]?.daysLeft).toBeLessThan(0);
      const mine = (await officer.get('/api/v1/certifications/expiring?within=90')).json<
        PageOf<ExpiringCertification>
      >();
      expect(mine.items.map((c) => c.portCode).sort()).toEqual([
        'P-SEA-EAST',
        'P-SEA-EAST',
        'P-SEA-LOGS',
      ]);
      const border = (
        await wg.get(
          `/api/v1/certifications/expiring?within=30&branchId=${(await t.ctx.db.selectFrom('orgUnits').select('id').where('code', '=', 'BR-BORDER').executeTakeFirstOrThrow()).id}`,
        )
      ).json<PageOf<ExpiringCertification>>();
      expect(border.items.map((c) => c.portCode)).toEqual(['P-RAIL']);
      // Within 30 days of the test's today (2026-11-28), January's expiries are not yet listed.
      expect(
        (await wg.get('/api/v1/certifications/expiring?within=30')).json<
          PageOf<ExpiringCertification>
        >().total,
      ).toBe(3);
      const home = (await officer.get('/api/v1/home/summary')).json<HomeSummary>();
      expect(home.certifications).toEqual({ expired: 2, expiring: 1 });
      const sysadmin = await login(t, 'sysadmin');
      expect(
        (await sysadmin.get('/api/v1/home/summary')).json<HomeSummary>().certifications,
      ).toBeNull();
    });
  });

  describe('facilities.gaps', () => {
    it('lists the required facility types each port lacks for its categories, in scope', async () => {
      const wg = await login(t, 'wg.facility');
      const gaps = (await wg.get('/api/v1/facilities/gaps')).json<
        { portCode: string; categoryCode: string; missingTypes: string[] }[]
      >();
      const byPort = gaps.map((g) => `${g.portCode}:${g.categoryCode}:${g.missingTypes.join(',')}`);
      expect(byPort).toEqual([
        'P-AIR-CARGO:LIVE_AQUATIC:HOLDING_TANKS',
        'P-AIR-INTL:PLANT_PROPAGATION:ISOLATION_NURSERY',
        'P-ECOM:OTHER_HIGH_RISK:HARMLESS_DISPOSAL',
        'P-RAIL:FRUIT:COLD_TREATMENT_ROOM,FUMIGATION_CHAMBER',
        'P-ROAD:MEAT:HARMLESS_DISPOSAL',
        'P-SEA-EAST:FRUIT:COLD_TREATMENT_ROOM,REARING_ROOM',
        'P-SEA-LOGS:LOGS:HEAT_TREATMENT_KILN',
        'P-SEA-WEST:GRAIN:AUTOMATIC_SAMPLER',
      ]);
      const mine = (await officer.get('/api/v1/facilities/gaps?category=GRAIN')).json<
        { portCode: string }[]
      >();
      expect(mine.map((g) => g.portCode)).toEqual(['P-SEA-WEST']);
    });
  });

  describe('reference.facility_types', () => {
    it('serves the seeded catalog with cycles, and lets only the FACILITY working group edit it', async () => {
      const types = (await officer.get('/api/v1/reference/facility-types')).json<FacilityType[]>();
      expect(types.find((x) => x.code === 'FUMIGATION_CHAMBER')).toMatchObject({
        certificationCycleMonths: 12,
        sourceTag: 'S',
        can: { update: false },
      });
      expect(types.find((x) => x.code === 'COLD_TREATMENT_ROOM')?.certificationCycleMonths).toBe(
        36,
      );
      const wg = await login(t, 'wg.facility');
      const body = {
        code: 'SOIL_SCREEN',
        nameZh: '土壤筛查设备',
        nameEn: 'Soil screening',
        capacityUnit: 'count',
        certificationCycleMonths: null,
        applicableCategories: ['NOPE'],
        sourceTag: 'P',
        source: '提议',
      };
      const unknown = await wg.post('/api/v1/reference/facility-types', body);
      expect(unknown.statusCode).toBe(422);
      expect(unknown.json<ErrorReply>().error.fields).toHaveProperty('applicableCategories');
      expect(
        (await wg.post('/api/v1/reference/facility-types', { ...body, applicableCategories: [] }))
          .statusCode,
      ).toBe(201);
      expect(
        (await wg.post('/api/v1/reference/facility-types', { ...body, applicableCategories: [] }))
          .statusCode,
      ).toBe(409);
      expect(
        (await officer.post('/api/v1/reference/facility-types', { ...body, code: 'OTHER' }))
          .statusCode,
      ).toBe(403);
    });
  });
});

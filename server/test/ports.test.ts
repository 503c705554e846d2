import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type {
  Designation,
  DesignationHistoryEntry,
  Port,
  PortTraffic,
  PublicDesignation,
} from '../../contracts/index.ts';
import {
  createTestApp,
  dbAvailable,
  login,
  tableCounts,
  unitId,
  type Agent,
  type TestApp,
} from './helpers.ts';

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

const countOf = async (
  t: TestApp,
  table: 'ports' | 'portDesignations' | 'designationHistory' | 'traffic',
) =>
  Number(
    (
      await t.ctx.db
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

/** Factory: a valid new-port body under a branch, with overrides. */
const newPort = async (t: TestApp, overrides: Record<string, unknown> = {}) => ({
  code: 'P-SEA-SOUTH',
  branchId: await unitId(t, 'BR-HARBOUR'),
  status: 'planned',
  nameZh: '南港口岸',
  nameEn: 'South Harbour Port',
  modes: ['sea'],
  portClass: 'II',
  provinceCode: '440000',
  cityCode: '440300',
  latitude: 22.5,
  longitude: 113.9,
  openedDate: null,
  designCapacity: [{ mode: 'sea', unit: 'teu_per_year', value: 1_000_000 }],
  ...overrides,
});

const updateBody = (p: Port, overrides: Record<string, unknown> = {}) => ({
  version: p.version,
  nameZh: p.nameZh,
  nameEn: p.nameEn,
  modes: p.modes,
  portClass: p.portClass,
  provinceCode: p.provinceCode,
  cityCode: p.cityCode,
  latitude: p.latitude,
  longitude: p.longitude,
  openedDate: p.openedDate,
  designCapacity: p.designCapacity,
  ...overrides,
});

describe.skipIf(!dbAvailable)('ports', () => {
  let t: TestApp;
  let officer: Agent;
  beforeEach(async () => {
    t = await createTestApp();
    officer = await login(t, 'branch.harbour');
  });
  afterEach(async () => t.close());

  describe('ports.create', () => {
    it('creates the port and its org unit under the branch in one transaction, audited', async () => {
      const res = await officer.post('/api/v1/ports', await newPort(t));
      expect(res.statusCode, res.body).toBe(201);
      const port = res.json<Port>();
      expect(port).toMatchObject({
        code: 'P-SEA-SOUTH',
        branchCode: 'BR-HARBOUR',
        modes: ['sea'],
        status: 'planned',
        version: 1,
        categories: [],
        can: { update: true },
      });
      const unit = await t.ctx.db
        .selectFrom('orgUnits')
        .select(['kind', 'parentId'])
        .where('id', '=', port.orgUnitId)
        .executeTakeFirstOrThrow();
      expect(unit).toEqual({ kind: 'port', parentId: await unitId(t, 'BR-HARBOUR') });
      const audit = await t.ctx.db
        .selectFrom('auditLog')
        .select('action')
        .where('entityId', '=', port.id)
        .execute();
      expect(audit.map((a) => a.action)).toEqual(['port.create']);
      // The officer's list now shows it; the other branch's officers never see it.
      const list = (await officer.get('/api/v1/ports?q=south')).json<PageOf<Port>>();
      expect(list.items.map((p) => p.code)).toEqual(['P-SEA-SOUTH']);
    });

    it('refuses a duplicate port code with 409 and writes nothing', async () => {
      const before = await tableCounts(t);
      const res = await officer.post('/api/v1/ports', await newPort(t, { code: 'P-SEA-EAST' }));
      expect(res.statusCode).toBe(409);
      expect(res.json<ErrorReply>().error).toMatchObject({
        code: 'ORG_CODE_TAKEN',
        fields: { code: expect.any(String) },
      });
      expect(await tableCounts(t)).toEqual(before);
      expect(await countOf(t, 'ports')).toBe(12);
    });

    it('refuses coordinates outside China with 400 naming the field', async () => {
      for (const [field, value] of [
        ['latitude', 60],
        ['latitude', 2],
        ['longitude', 140],
        ['longitude', 70],
      ] as const) {
        const res = await officer.post('/api/v1/ports', await newPort(t, { [field]: value }));
        expect(res.statusCode, `${field}=${value}`).toBe(400);
        expect(res.json<ErrorReply>().error.fields, `${field}=${value}`).toHaveProperty(field);
      }
      expect(await countOf(t, 'ports')).toBe(12);
    });

    it('refuses unknown or mismatched GB/T 2260 codes, naming the field', async () => {
      const notAProvince = await officer.post(
        '/api/v1/ports',
        await newPort(t, { provinceCode: '990000', cityCode: '990100' }),
      );
      expect(notAProvince.statusCode).toBe(400);
      expect(notAProvince.json<ErrorReply>().error).toMatchObject({
        code: 'PORT_REGION_UNKNOWN',
        fields: { provinceCode: expect.any(String) },
      });
      const wrongCity = await officer.post(
        '/api/v1/ports',
        await newPort(t, { cityCode: '449900' }),
      );
      expect(wrongCity.statusCode).toBe(400);
      expect(wrongCity.json<ErrorReply>().error.fields).toHaveProperty('cityCode');
      const otherProvince = await officer.post(
        '/api/v1/ports',
        await newPort(t, { cityCode: '310100' }),
      );
      expect(otherProvince.statusCode).toBe(400);
      expect(otherProvince.json<ErrorReply>().error.fields).toHaveProperty('cityCode');
    });

    it('refuses design capacity for a mode the port does not have', async () => {
      const res = await officer.post(
        '/api/v1/ports',
        await newPort(t, { designCapacity: [{ mode: 'air', unit: 'tonnes_per_year', value: 1 }] }),
      );
      expect(res.statusCode).toBe(400);
      expect(res.json<ErrorReply>().error.fields).toHaveProperty('designCapacity');
    });

    it('refuses a port officer adding a sibling port (404: the branch is outside its scope) and a port under a non-branch (422)', async () => {
      const portOfficer = await login(t, 'port.east');
      expect((await portOfficer.post('/api/v1/ports', await newPort(t))).statusCode).toBe(404);
      const res = await officer.post(
        '/api/v1/ports',
        await newPort(t, { branchId: await unitId(t, 'BR-HARBOUR-OFF') }),
      );
      expect(res.statusCode).toBe(422);
      expect(res.json<ErrorReply>().error).toMatchObject({
        code: 'PORT_BRANCH_INVALID',
        fields: { branchId: expect.any(String) },
      });
    });
  });

  describe('ports.update', () => {
    it('edits with the version read, renames the org unit, and refuses a stale version with 409', async () => {
      const id = await portId(t, 'P-SEA-WEST');
      const port = (await officer.get(`/api/v1/ports/${id}`)).json<Port>();
      const ok = await officer.put(
        `/api/v1/ports/${id}`,
        updateBody(port, { nameZh: '西港口岸', portClass: 'II' }),
      );
      expect(ok.statusCode, ok.body).toBe(200);
      expect(ok.json<Port>()).toMatchObject({
        nameZh: '西港口岸',
        portClass: 'II',
        version: port.version + 1,
      });
      const stale = await officer.put(`/api/v1/ports/${id}`, updateBody(port, { nameZh: '旧名' }));
      expect(stale.statusCode).toBe(409);
      expect(stale.json<ErrorReply>().error.code).toBe('STALE_VERSION');
      const unit = await t.ctx.db
        .selectFrom('orgUnits')
        .select('nameZh')
        .where('code', '=', 'P-SEA-WEST')
        .executeTakeFirstOrThrow();
      expect(unit.nameZh).toBe('西港口岸');
    });

    it("answers 404 to another branch's officer and to a port officer of a sibling port", async () => {
      const id = await portId(t, 'P-AIR-INTL');
      const port = (await (await login(t, 'leader')).get(`/api/v1/ports/${id}`)).json<Port>();
      expect((await officer.get(`/api/v1/ports/${id}`)).statusCode).toBe(404);
      expect((await officer.put(`/api/v1/ports/${id}`, updateBody(port))).statusCode).toBe(404);
      const portOfficer = await login(t, 'port.east');
      expect(
        (await portOfficer.get(`/api/v1/ports/${await portId(t, 'P-SEA-WEST')}`)).statusCode,
      ).toBe(404);
    });

    it('changes status with a reason and archives; an archived port refuses edits', async () => {
      const id = await portId(t, 'P-SEA-LOGS');
      let port = (await officer.get(`/api/v1/ports/${id}`)).json<Port>();
      const same = await officer.post(`/api/v1/ports/${id}/status`, {
        version: port.version,
        status: 'open',
        reason: '无变化',
      });
      expect(same.statusCode).toBe(422);
      const suspended = await officer.post(`/api/v1/ports/${id}/status`, {
        version: port.version,
        status: 'suspended',
        reason: '泊位改造',
      });
      expect(suspended.json<Port>()).toMatchObject({
        status: 'suspended',
        statusReason: '泊位改造',
      });
      port = suspended.json<Port>();
      const archived = await officer.post(`/api/v1/ports/${id}/archive`, {
        version: port.version,
        reason: '口岸撤并',
      });
      expect(archived.json<Port>()).toMatchObject({
        archived: true,
        archivedReason: '口岸撤并',
        can: { update: false },
      });
      const edit = await officer.put(`/api/v1/ports/${id}`, updateBody(archived.json<Port>()));
      expect(edit.statusCode).toBe(422);
      expect(edit.json<ErrorReply>().error.code).toBe('PORT_ARCHIVED');
      const live = (await officer.get('/api/v1/ports'))
        .json<PageOf<Port>>()
        .items.map((p) => p.code);
      expect(live).not.toContain('P-SEA-LOGS');
      expect(
        (await officer.get('/api/v1/ports?archived=true'))
          .json<PageOf<Port>>()
          .items.map((p) => p.code),
      ).toEqual(['P-SEA-LOGS']);
    });
  });

  describe('ports.list', () => {
    it('scopes, filters and sorts on the server', async () => {
      const branch = (await officer.get('/api/v1/ports?pageSize=200')).json<PageOf<Port>>();
      expect(branch.items.map((p) => p.code)).toEqual(['P-SEA-EAST', 'P-SEA-LOGS', 'P-SEA-WEST']);
      const office = await login(t, 'office');
      expect((await office.get('/api/v1/ports')).json<PageOf<Port>>().total).toBe(12);
      const air = (await office.get('/api/v1/ports?mode=air&sort=-code')).json<PageOf<Port>>();
      expect(air.items.map((p) => p.code)).toEqual(['P-AIR-INTL', 'P-AIR-CARGO']);
      const grain = (await office.get('/api/v1/ports?category=GRAIN')).json<PageOf<Port>>();
      expect(grain.items.map((p) => p.code).sort()).toEqual([
        'P-RAIL',
        'P-RIVER-GRAIN',
        'P-SEA-WEST',
      ]);
      const paged = (await office.get('/api/v1/ports?pageSize=5&page=3')).json<PageOf<Port>>();
      expect(paged).toMatchObject({ total: 12, page: 3, pageSize: 5 });
      expect(paged.items).toHaveLength(2);
      const staffList = (await (await login(t, 'staff.east')).get('/api/v1/ports')).json<
        PageOf<Port>
      >();
      expect(staffList.items.map((p) => p.code)).toEqual(['P-SEA-EAST']);
    });
  });

  describe('ports.map', () => {
    it('gives every port in scope as a point with its latest yearly tonnes, filtered like the list', async () => {
      const office = await login(t, 'office');
      const points = (await office.get('/api/v1/ports/map')).json<
        { code: string; latitude: number | null; latestTonnes: number }[]
      >();
      expect(points).toHaveLength(12);
      expect(points.some((p) => p.latestTonnes > 0)).toBe(true);
      const west = points.find((p) => p.code === 'P-SEA-WEST');
      const traffic = (
        await office.get(`/api/v1/ports/${await portId(t, 'P-SEA-WEST')}/traffic`)
      ).json<PortTraffic>();
      const year = Math.max(...traffic.series.flatMap((s) => s.yearly.map((y) => y.year)));
      const tonnes = traffic.series
        .filter((s) => s.unit === 'tonnes')
        .reduce((n, s) => n + (s.yearly.find((y) => y.year === year)?.value ?? 0), 0);
      expect(west?.latestTonnes).toBeCloseTo(tonnes, 3);
      expect((await officer.get('/api/v1/ports/map')).json<unknown[]>()).toHaveLength(3);
      expect((await office.get('/api/v1/ports/map?mode=air')).json<unknown[]>()).toHaveLength(2);
      expect((await office.get('/api/v1/ports/map?page=2')).statusCode).toBe(400);
    });
  });

  describe('designations', () => {
    it('suspends, reinstates and withdraws per category, keeping every step in the history', async () => {
      const id = await portId(t, 'P-SEA-EAST');
      const list = (await officer.get(`/api/v1/ports/${id}/designations`)).json<Designation[]>();
      expect(list.map((d) => d.categoryCode)).toEqual(['CHILLED_AQUATIC', 'FRUIT', 'MEAT']);
      const meat = list.find((d) => d.categoryCode === 'MEAT');
      if (!meat) throw new Error('no MEAT designation');
      const body = {
        effectiveDate: '2026-11-02',
        legalBasis: '整改通知书',
        reason: '冷库温控不达标',
      };
      const suspended = await officer.post(`/api/v1/designations/${meat.id}/status`, {
        ...body,
        version: meat.version,
        status: 'suspended',
      });
      expect(suspended.json<Designation>()).toMatchObject({
        status: 'suspended',
        can: { reinstate: true, suspend: false },
      });
      // The other categories at the port are untouched.
      const after = (await officer.get(`/api/v1/ports/${id}/designations`)).json<Designation[]>();
      expect(after.map((d) => `${d.categoryCode}:${d.status}`)).toEqual([
        'CHILLED_AQUATIC:approved',
        'FRUIT:approved',
        'MEAT:suspended',
      ]);
      const reinstated = await officer.post(`/api/v1/designations/${meat.id}/status`, {
        ...body,
        version: meat.version + 1,
        status: 'approved',
        reason: '整改完成',
      });
      expect(reinstated.statusCode).toBe(200);
      const withdrawn = await officer.post(`/api/v1/designations/${meat.id}/status`, {
        ...body,
        version: meat.version + 2,
        status: 'withdrawn',
        reason: '企业退出',
      });
      expect(withdrawn.statusCode).toBe(200);
      const again = await officer.post(`/api/v1/designations/${meat.id}/status`, {
        ...body,
        version: meat.version + 3,
        status: 'suspended',
      });
      expect(again.statusCode).toBe(422);
      expect(again.json<ErrorReply>().error).toMatchObject({
        code: 'DESIGNATION_TRANSITION_INVALID',
        fields: { status: expect.any(String) },
      });
      const stale = await officer.post(`/api/v1/designations/${meat.id}/status`, {
        ...body,
        version: meat.version,
        status: 'approved',
      });
      expect(stale.statusCode).toBe(409);
      const history = (await officer.get(`/api/v1/designations/${meat.id}/history`)).json<
        DesignationHistoryEntry[]
      >();
      expect(history.map((h) => h.status)).toEqual([
        'withdrawn',
        'approved',
        'suspended',
        'approved',
      ]);
    });

    it('grants a new category once (409 the second time) and refuses an unknown category', async () => {
      const id = await portId(t, 'P-SEA-WEST');
      const body = {
        categoryCode: 'LOGS',
        effectiveDate: '2026-10-01',
        legalBasis: '海关总署公告',
        reason: null,
      };
      expect((await officer.post(`/api/v1/ports/${id}/designations`, body)).statusCode).toBe(201);
      const twice = await officer.post(`/api/v1/ports/${id}/designations`, body);
      expect(twice.statusCode).toBe(409);
      const unknown = await officer.post(`/api/v1/ports/${id}/designations`, {
        ...body,
        categoryCode: 'NOPE',
      });
      expect(unknown.statusCode).toBe(422);
      expect(unknown.json<ErrorReply>().error.fields).toHaveProperty('categoryCode');
      const badDate = await officer.post(`/api/v1/ports/${id}/designations`, {
        ...body,
        categoryCode: 'FRUIT',
        effectiveDate: '2026-02-30',
      });
      expect(badDate.statusCode).toBe(400);
      expect(badDate.json<ErrorReply>().error.fields).toHaveProperty('effectiveDate');
    });

    it('lists current approved designations publicly, filtered by category and province', async () => {
      const anon = await t.app.inject({
        method: 'GET',
        url: '/api/v1/public/designations?category=GRAIN',
      });
      expect(anon.statusCode).toBe(200);
      const page = anon.json<PageOf<PublicDesignation>>();
      expect(page.items.map((d) => d.portCode).sort()).toEqual([
        'P-RAIL',
        'P-RIVER-GRAIN',
        'P-SEA-WEST',
      ]);
      expect(page.items[0]).toMatchObject({ categoryNameZh: '进境粮食', provinceCode: '440000' });
      const none = (
        await t.app.inject({
          method: 'GET',
          url: '/api/v1/public/designations?provinceCode=310000',
        })
      ).json<PageOf<PublicDesignation>>();
      expect(none.total).toBe(0);
      const meat = (
        await officer.get(`/api/v1/ports/${await portId(t, 'P-SEA-EAST')}/designations`)
      )
        .json<Designation[]>()
        .find((d) => d.categoryCode === 'MEAT');
      if (!meat) throw new Error('no MEAT designation');
      await officer.post(`/api/v1/designations/${meat.id}/status`, {
        version: meat.version,
        status: 'suspended',
        effectiveDate: '2026-11-02',
        legalBasis: '整改通知书',
        reason: '整改',
      });
      const meatList = (
        await t.app.inject({ method: 'GET', url: '/api/v1/public/designations?category=MEAT' })
      ).json<PageOf<PublicDesignation>>();
      expect(meatList.items.map((d) => d.portCode)).toEqual(['P-ROAD']);
    });
  });

  describe('traffic', () => {
    it('returns five yearly figures and twelve monthly ones per category as chart series', async () => {
      const traffic = (
        await officer.get(`/api/v1/ports/${await portId(t, 'P-SEA-EAST')}/traffic`)
      ).json<PortTraffic>();
      expect(traffic.series.map((s) => `${s.categoryCode}:${s.unit}`)).toEqual([
        'CHILLED_AQUATIC:tonnes',
        'FRUIT:tonnes',
        'MEAT:tonnes',
      ]);
      for (const s of traffic.series) {
        expect(s.yearly.map((y) => y.year)).toEqual([2021, 2022, 2023, 2024, 2025]);
        expect(s.monthly).toHaveLength(12);
      }
    });

    it('refuses a unit that does not fit the category, naming the field, and a second figure for the same period', async () => {
      const id = await portId(t, 'P-SEA-WEST');
      const before = await countOf(t, 'traffic');
      const misfit = await officer.post(`/api/v1/ports/${id}/traffic`, {
        categoryCode: 'GRAIN',
        year: 2026,
        month: null,
        unit: 'head',
        value: 10,
      });
      expect(misfit.statusCode).toBe(422);
      expect(misfit.json<ErrorReply>().error).toMatchObject({
        code: 'TRAFFIC_UNIT_MISFIT',
        fields: { unit: expect.any(String) },
      });
      const dup = await officer.post(`/api/v1/ports/${id}/traffic`, {
        categoryCode: 'GRAIN',
        year: 2025,
        month: null,
        unit: 'tonnes',
        value: 10,
      });
      expect(dup.statusCode).toBe(409);
      expect(await countOf(t, 'traffic')).toBe(before);
      const ok = await officer.post(`/api/v1/ports/${id}/traffic`, {
        categoryCode: 'GRAIN',
        year: 2026,
        month: null,
        unit: 'tonnes',
        value: 10,
      });
      expect(ok.statusCode).toBe(201);
      const entry = ok.json<{ id: string; version: number }>();
      const put = await officer.put(`/api/v1/traffic/${entry.id}`, {
        version: entry.version,
        unit: 'lots',
        value: 12,
      });
      expect(put.json()).toMatchObject({ unit: 'lots', value: 12, version: 2 });
      const misfitPut = await officer.put(`/api/v1/traffic/${entry.id}`, {
        version: 2,
        unit: 'm3',
        value: 12,
      });
      expect(misfitPut.statusCode).toBe(422);
    });
  });

  describe('reference', () => {
    it('lets a FACILITY working-group member add a category with its own units, once', async () => {
      const wg = await login(t, 'wg.facility');
      const body = {
        code: 'FEED',
        nameZh: '进境饲料',
        nameEn: 'Imported feed',
        trafficUnits: ['tonnes'],
        source: null,
      };
      expect((await wg.post('/api/v1/reference/designation-categories', body)).statusCode).toBe(
        201,
      );
      expect((await wg.post('/api/v1/reference/designation-categories', body)).statusCode).toBe(
        409,
      );
      expect(
        (await officer.post('/api/v1/reference/designation-categories', { ...body, code: 'FEED2' }))
          .statusCode,
      ).toBe(403);
      const codes = (await officer.get('/api/v1/reference/designation-categories'))
        .json<{ code: string }[]>()
        .map((c) => c.code);
      expect(codes).toHaveLength(10);
      expect(codes).toContain('FEED');
    });

    it('serves GB/T 2260 provinces and cities without a login', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/reference/regions' });
      const regions = res.json<{
        provinces: { code: string; cities: { code: string; name: string }[] }[];
      }>();
      const guangdong = regions.provinces.find((p) => p.code === '440000');
      expect(guangdong?.cities.find((c) => c.code === '440300')?.name).toBe('深圳市');
      expect(regions.provinces.length).toBeGreaterThanOrEqual(31);
    });
  });
});

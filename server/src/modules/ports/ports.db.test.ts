import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ErrorBody, Page, Port } from '../../../../contracts/index.ts';
import {
  createTestApp,
  dbAvailable,
  rowCount,
  login,
  tableCounts,
  type Agent,
  type TestApp,
} from '../../../test/helpers.ts';
import {
  createWorld,
  makePort,
  makeUnit,
  uniqueCode,
  type World,
} from '../../../test/factories.ts';

const portCount = (t: TestApp) => rowCount(t, 'ports');

/** A valid new-port body under the world's branch, with overrides. */
const newPort = (w: World, overrides: Record<string, unknown> = {}) => ({
  code: uniqueCode('T-SOUTH'),
  branchId: w.branch.id,
  status: 'planned',
  nameZh: '南港口岸',
  nameEn: 'South Harbour Port',
  placeKind: 'designated_site',
  placeType: null,
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
  placeKind: p.placeKind,
  placeType: p.placeType,
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
  let w: World;
  let officer: Agent;
  beforeEach(async () => {
    t = await createTestApp({ seed: false });
    w = await createWorld(t);
    officer = await login(t, w.accounts.branchOfficer);
  });
  afterEach(async () => t.close());

  describe('ports.create', () => {
    it('creates the port and its org unit under the branch in one transaction, audited', async () => {
      const body = newPort(w);
      const res = await officer.post('/api/v1/ports', body);
      expect(res.statusCode, res.body).toBe(201);
      const port = res.json<Port>();
      expect(port).toMatchObject({
        code: body.code,
        branchCode: w.branch.code,
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
      expect(unit).toEqual({ kind: 'port', parentId: w.branch.id });
      const audit = await t.ctx.db
        .selectFrom('auditLog')
        .select('action')
        .where('entityId', '=', port.id)
        .execute();
      expect(audit.map((a) => a.action)).toEqual(['port.create']);
      // The officer's list now shows it; the other branch's officers never see it.
      const list = (await officer.get('/api/v1/ports?q=south')).json<Page<Port>>();
      expect(list.items.map((p) => p.code)).toEqual([body.code]);
      const other = await login(t, w.accounts.otherBranchOfficer);
      expect((await other.get('/api/v1/ports?q=south')).json<Page<Port>>().items).toEqual([]);
    });

    it('refuses a duplicate port code with 409 and writes nothing', async () => {
      const before = await tableCounts(t);
      const res = await officer.post('/api/v1/ports', newPort(w, { code: w.port.code }));
      expect(res.statusCode).toBe(409);
      expect(res.json<ErrorBody>().error).toMatchObject({
        code: 'ORG_CODE_TAKEN',
        fields: { code: expect.any(String) },
      });
      expect(await tableCounts(t)).toEqual(before);
    });

    it('refuses coordinates outside China with 400 naming the field', async () => {
      const before = await portCount(t);
      for (const [field, value] of [
        ['latitude', 60],
        ['latitude', 2],
        ['longitude', 140],
        ['longitude', 70],
      ] as const) {
        const res = await officer.post('/api/v1/ports', newPort(w, { [field]: value }));
        expect(res.statusCode, `${field}=${value}`).toBe(400);
        expect(res.json<ErrorBody>().error.fields, `${field}=${value}`).toHaveProperty(field);
      }
      expect(await portCount(t)).toBe(before);
    });

    it('refuses unknown or mismatched GB/T 2260 codes, naming the field', async () => {
      const notAProvince = await officer.post(
        '/api/v1/ports',
        newPort(w, { provinceCode: '990000', cityCode: '990100' }),
      );
      expect(notAProvince.statusCode).toBe(400);
      expect(notAProvince.json<ErrorBody>().error).toMatchObject({
        code: 'PORT_REGION_UNKNOWN',
        fields: { provinceCode: expect.any(String) },
      });
      const wrongCity = await officer.post('/api/v1/ports', newPort(w, { cityCode: '449900' }));
      expect(wrongCity.statusCode).toBe(400);
      expect(wrongCity.json<ErrorBody>().error.fields).toHaveProperty('cityCode');
      const otherProvince = await officer.post('/api/v1/ports', newPort(w, { cityCode: '310100' }));
      expect(otherProvince.statusCode).toBe(400);
      expect(otherProvince.json<ErrorBody>().error.fields).toHaveProperty('cityCode');
    });

    it('refuses design capacity for a mode the port does not have', async () => {
      const res = await officer.post(
        '/api/v1/ports',
        newPort(w, { designCapacity: [{ mode: 'air', unit: 'tonnes_per_year', value: 1 }] }),
      );
      expect(res.statusCode).toBe(400);
      expect(res.json<ErrorBody>().error.fields).toHaveProperty('designCapacity');
    });

    it("refuses a port officer creating a port (403: creating ports is the branch's decision) and a port under a non-branch (422)", async () => {
      const portOfficer = await login(t, w.accounts.portOfficer);
      const before = await tableCounts(t);
      expect((await portOfficer.post('/api/v1/ports', newPort(w))).statusCode).toBe(403);
      expect(await tableCounts(t)).toEqual(before);
      const branchOffice = await makeUnit(t, { kind: 'office', parent: w.branch });
      const res = await officer.post('/api/v1/ports', newPort(w, { branchId: branchOffice.id }));
      expect(res.statusCode).toBe(422);
      expect(res.json<ErrorBody>().error).toMatchObject({
        code: 'PORT_BRANCH_INVALID',
        fields: { branchId: expect.any(String) },
      });
    });
  });

  describe('ports.update', () => {
    it('edits with the version read, renames the org unit, and refuses a stale version with 409', async () => {
      const id = w.port.id;
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
      expect(stale.json<ErrorBody>().error.code).toBe('STALE_VERSION');
      const unit = await t.ctx.db
        .selectFrom('orgUnits')
        .select('nameZh')
        .where('code', '=', w.port.code)
        .executeTakeFirstOrThrow();
      expect(unit.nameZh).toBe('西港口岸');
    });

    it("answers 404 to another branch's officer and to a port officer of a sibling port", async () => {
      const id = w.otherPort.id;
      const leader = await login(t, w.accounts.leader);
      const port = (await leader.get(`/api/v1/ports/${id}`)).json<Port>();
      expect(port.code).toBe(w.otherPort.code);
      expect((await officer.get(`/api/v1/ports/${id}`)).statusCode).toBe(404);
      expect((await officer.put(`/api/v1/ports/${id}`, updateBody(port))).statusCode).toBe(404);
      const portOfficer = await login(t, w.accounts.portOfficer);
      expect((await portOfficer.get(`/api/v1/ports/${w.siblingPort.id}`)).statusCode).toBe(404);
    });

    it('changes status with a reason and archives; an archived port refuses edits', async () => {
      const made = await makePort(t, w.branchActor, { branch: w.branch, status: 'open' });
      const id = made.id;
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
      expect(edit.json<ErrorBody>().error.code).toBe('PORT_ARCHIVED');
      const live = (await officer.get('/api/v1/ports')).json<Page<Port>>().items.map((p) => p.code);
      expect(live).not.toContain(made.code);
      expect(live.sort()).toEqual([w.port.code, w.siblingPort.code].sort());
      expect(
        (await officer.get('/api/v1/ports?archived=true'))
          .json<Page<Port>>()
          .items.map((p) => p.code),
      ).toEqual([made.code]);
    });
  });
});

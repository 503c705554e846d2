import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Page, Port, PortMapPoint, PortTraffic } from '../../../../contracts/index.ts';
import { createTestApp, dbAvailable, login, type TestApp } from '../../../test/helpers.ts';
import { createWorld, makePort, type World } from '../../../test/factories.ts';

describe.skipIf(!dbAvailable)('ports', () => {
  let t: TestApp;
  let w: World;
  /** Two more ports beside the world's three: an air port under the branch, a river port under the other. */
  let airCargo: Port;
  let river: Port;
  beforeEach(async () => {
    t = await createTestApp({ seed: false });
    w = await createWorld(t);
    airCargo = await makePort(t, w.branchActor, {
      branch: w.branch,
      modes: ['air'],
      designations: ['GRAIN'],
    });
    river = await makePort(t, w.otherBranchActor, {
      branch: w.otherBranch,
      modes: ['river'],
      designations: ['GRAIN', 'FRUIT'],
      traffic: [
        { categoryCode: 'GRAIN', year: 2024, value: 800 },
        { categoryCode: 'GRAIN', year: 2025, value: 1000 },
        // A monthly figure is not a year's total, and logs count in cubic metres, not tonnes.
        { categoryCode: 'GRAIN', year: 2025, month: 1, value: 90 },
        { categoryCode: 'FRUIT', year: 2025, value: 200 },
        { categoryCode: 'LOGS', year: 2025, value: 5000 },
      ],
    });
  });
  afterEach(async () => t.close());

  describe('ports.list', () => {
    it('lists the branches a caller reads ports of: every one for the office, its own for a branch', async () => {
      type Option = { id: string; nameZh: string; ports: number };
      const office = await login(t, w.accounts.office);
      const all = (await office.get('/api/v1/ports/branches')).json<Option[]>();
      expect(Object.fromEntries(all.map((b) => [b.id, b.ports]))).toEqual({
        [w.branch.id]: 3,
        [w.otherBranch.id]: 2,
      });
      expect(all.every((b) => b.nameZh.length > 0)).toBe(true);
      const branch = await login(t, w.accounts.branchOfficer);
      const own = (await branch.get('/api/v1/ports/branches')).json<Option[]>();
      expect(own.map((b) => b.id)).toEqual([w.branch.id]);
    });

    it('filters by kind of place', async () => {
      const hall = await makePort(t, w.branchActor, {
        branch: w.branch,
        modes: ['passenger'],
        overrides: { placeKind: 'centralised_site', placeType: 'passenger' },
      });
      const office = await login(t, w.accounts.office);
      const codes = async (kind: string) =>
        (await office.get(`/api/v1/ports?placeKind=${kind}&pageSize=200`))
          .json<Page<Port>>()
          .items.map((p) => p.code);
      expect(await codes('centralised_site')).toEqual([hall.code]);
      expect(await codes('designated_site')).not.toContain(hall.code);
      expect(await codes('workplace')).toEqual([]);
      const bad = await office.get('/api/v1/ports?placeKind=airport');
      expect(bad.statusCode).toBe(400);
    });

    it('scopes, filters and sorts on the server', async () => {
      const officer = await login(t, w.accounts.branchOfficer);
      const branch = (await officer.get('/api/v1/ports?pageSize=200')).json<Page<Port>>();
      expect(branch.items.map((p) => p.code)).toEqual(
        [w.port.code, w.siblingPort.code, airCargo.code].sort(),
      );
      const office = await login(t, w.accounts.office);
      expect((await office.get('/api/v1/ports')).json<Page<Port>>().total).toBe(5);
      const air = (await office.get('/api/v1/ports?mode=air&sort=-code')).json<Page<Port>>();
      expect(air.items.map((p) => p.code)).toEqual(
        [w.siblingPort.code, airCargo.code].sort().reverse(),
      );
      const grain = (await office.get('/api/v1/ports?category=GRAIN')).json<Page<Port>>();
      expect(grain.items.map((p) => p.code).sort()).toEqual([airCargo.code, river.code].sort());
      const paged = (await office.get('/api/v1/ports?pageSize=2&page=3')).json<Page<Port>>();
      expect(paged).toMatchObject({ total: 5, page: 3, pageSize: 2 });
      expect(paged.items).toHaveLength(1);
      const staffList = (await (await login(t, w.accounts.staff)).get('/api/v1/ports')).json<
        Page<Port>
      >();
      expect(staffList.items.map((p) => p.code)).toEqual([w.port.code]);
    });
  });

  describe('ports.map', () => {
    it('gives every port in scope as a point with its latest yearly tonnes, filtered like the list', async () => {
      const office = await login(t, w.accounts.office);
      const points = (await office.get('/api/v1/ports/map')).json<PortMapPoint[]>();
      expect(points).toHaveLength(5);
      expect(points.some((p) => p.latestTonnes > 0)).toBe(true);
      const point = points.find((p) => p.code === river.code);
      const traffic = (await office.get(`/api/v1/ports/${river.id}/traffic`)).json<PortTraffic>();
      const year = Math.max(...traffic.series.flatMap((s) => s.yearly.map((y) => y.year)));
      const tonnes = traffic.series
        .filter((s) => s.unit === 'tonnes')
        .reduce((n, s) => n + (s.yearly.find((y) => y.year === year)?.value ?? 0), 0);
      expect(tonnes).toBe(1200);
      expect(point?.latestTonnes).toBeCloseTo(tonnes, 3);
      expect(points.find((p) => p.code === w.port.code)?.latestTonnes).toBe(0);
      const officer = await login(t, w.accounts.branchOfficer);
      expect((await officer.get('/api/v1/ports/map')).json<unknown[]>()).toHaveLength(3);
      expect((await office.get('/api/v1/ports/map?mode=air')).json<unknown[]>()).toHaveLength(2);
      expect((await office.get('/api/v1/ports/map?page=2')).statusCode).toBe(400);
    });
  });
});

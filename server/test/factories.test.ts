import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Port } from '../../contracts/index.ts';
import { createTestApp, dbAvailable, login, type TestApp } from './helpers.ts';
import { createWorld, makeFacility, makePort, type World } from './factories.ts';

describe.skipIf(!dbAvailable)('factories', () => {
  let t: TestApp;
  let w: World;
  beforeEach(async () => {
    t = await createTestApp({ seed: false });
    w = await createWorld(t);
  });
  afterEach(async () => t.close());

  it('builds a world whose every account signs in and sees its own scope', async () => {
    for (const username of Object.values(w.accounts)) await login(t, username);
    const branch = await login(t, w.accounts.branchOfficer);
    const res = await branch.get('/api/v1/ports?pageSize=100');
    expect(res.statusCode, res.body).toBe(200);
    const codes = res.json<{ items: Port[] }>().items.map((p) => p.code);
    expect(codes.sort()).toEqual([w.port.code, w.siblingPort.code].sort());
  });

  it('grants designations, records traffic and adds facilities through the services', async () => {
    const port = await makePort(t, w.branchActor, {
      branch: w.branch,
      designations: ['FRUIT'],
      traffic: [{ categoryCode: 'FRUIT', year: 2025, value: 1200 }],
    });
    const facility = await makeFacility(t, w.branchActor, { port, typeCode: 'VIDEO_MONITORING' });
    expect(facility.portId).toBe(port.id);
    const office = await login(t, w.accounts.office);
    const designations = await office.get(`/api/v1/ports/${port.id}/designations`);
    expect(designations.json<{ categoryCode: string }[]>().map((d) => d.categoryCode)).toEqual([
      'FRUIT',
    ]);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ErrorBody, Project } from '../../../../contracts/index.ts';
import { createTestApp, dbAvailable, login, type TestApp } from '../../../test/helpers.ts';
import { createWorld, makeProject, type World } from '../../../test/factories.ts';

describe.skipIf(!dbAvailable)('projects.restore', () => {
  let t: TestApp;
  let w: World;
  beforeEach(async () => {
    t = await createTestApp({ seed: false });
    w = await createWorld(t);
  });
  afterEach(async () => t.close());

  it('brings a project back', async () => {
    const p = await makeProject(t, w.branchActor, { port: w.port });
    const officer = await login(t, w.accounts.branchOfficer);
    expect(
      (
        await officer.post(`/api/v1/projects/${p.id}/restore`, { version: p.version })
      ).json<ErrorBody>().error.code,
    ).toBe('PROJECT_NOT_ARCHIVED');
    expect(
      (
        await officer.post(`/api/v1/projects/${p.id}/archive`, {
          version: p.version,
          reason: '规划调整',
        })
      ).statusCode,
    ).toBe(200);
    const res = await officer.post(`/api/v1/projects/${p.id}/restore`, { version: p.version + 1 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<Project>().archived).toBe(false);
    // The facility working group reads projects and signs gates, but keeps no port's records.
    const wg = await login(t, w.accounts.wgFacility);
    expect(
      (await wg.post(`/api/v1/projects/${p.id}/restore`, { version: p.version + 2 })).statusCode,
    ).toBe(403);
  });
});

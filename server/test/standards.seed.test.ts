import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Campaign, Catalog } from '../../contracts/index.ts';
import { DEMO_PORTS } from '../src/seed/demo-ports.ts';
import { DEMO_BASELINE_CODE } from '../src/seed/demo-standards.ts';
import { createTestApp, dbAvailable, login, type TestApp } from './helpers.ts';

// What the demo seed leaves in the standards module: this is about the seed itself, so it reads the demo
// district; the module's behaviour is tested on factory worlds beside the module.

type PageOf<T> = { items: T[]; total: number };

describe.skipIf(!dbAvailable)('the demo seed of the standards module', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t?.close());

  it('publishes the default catalog and opens the baseline survey over every port', async () => {
    const office = await login(t, 'office');
    const catalogs = (await office.get('/api/v1/catalogs')).json<PageOf<Catalog>>();
    expect(catalogs.items[0]?.versions[0]).toMatchObject({ status: 'published' });
    expect(catalogs.items[0]?.versions[0]?.itemCount).toBeGreaterThanOrEqual(60);
    const baseline = (await office.get('/api/v1/campaigns')).json<PageOf<Campaign>>().items[0];
    expect(baseline).toMatchObject({ code: DEMO_BASELINE_CODE, status: 'open' });
    expect(baseline?.progress.reduce((n, p) => n + p.total, 0)).toBe(DEMO_PORTS.length);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PLACE_TYPES_BY_KIND,
  takesDesignations,
  type FacilityGap,
  type Port,
  type PublicDesignation,
} from '../../contracts/index.ts';
import { DEMO_PORTS, designationBasis, RECONFIRMED_UNDER_212 } from '../src/seed/demo-ports.ts';
import { DEMO_UNITS } from '../src/seed/demo.ts';
import { defaultCatalogRequires } from '../src/seed/demo-standards.ts';
import { createTestApp, dbAvailable, login, type TestApp } from './helpers.ts';

// What the demo seed leaves in the register: one real district, places of the right kinds, designations on
// the basis in force when they were made, and a gap list that asks what the published catalog asks.

type PageOf<T> = { items: T[]; total: number };

describe('the demo district', () => {
  it('lies in one customs district: every place in Zhuhai or Zhongshan', () => {
    expect(new Set(DEMO_PORTS.map((p) => p.cityCode))).toEqual(new Set(['440400', '442000']));
  });

  it('gives each place a type of its kind, and categories to designated sites only', () => {
    for (const p of DEMO_PORTS) {
      if (p.placeKind === 'designated_site') expect(p.placeType, p.code).toBeNull();
      else expect(PLACE_TYPES_BY_KIND[p.placeKind], p.code).toContain(p.placeType);
      if (!takesDesignations(p)) expect(p.categories, p.code).toEqual([]);
    }
    const mailAndChannels = DEMO_PORTS.filter((p) =>
      p.modes.some((m) => ['mail', 'express', 'ecommerce', 'passenger'].includes(m)),
    );
    expect(mailAndChannels.length).toBeGreaterThan(0);
    for (const p of mailAndChannels) expect(p.placeKind, p.code).not.toBe('designated_site');
  });

  it('names partner units of the districts, Hong Kong and Macao it works with', () => {
    const partners = DEMO_UNITS.filter((u) => u.kind === 'partner').map((u) => u.nameZh);
    for (const name of ['广州海关', '深圳海关', '渔农自然护理署', '食物安全中心', '市政署'])
      expect(
        partners.some((p) => p.includes(name)),
        name,
      ).toBe(true);
  });

  it('picks the basis in force on the day of a designation', () => {
    expect(designationBasis('MEAT', '2016-07-01')).toContain('令第136号');
    expect(designationBasis('MEAT', RECONFIRMED_UNDER_212)).toContain('2019年第212号');
    expect(designationBasis('FRUIT', '2019-12-22')).not.toContain('2019年第212号');
    expect(designationBasis('FRUIT', '2019-12-23')).toContain('2019年第212号');
  });

  it('requires of each category what the default catalog makes mandatory, and not what it recommends', () => {
    const requires = defaultCatalogRequires();
    expect(requires(['LOGS'])).not.toContain('HEAT_TREATMENT_KILN');
    expect(requires(['MEAT'])).not.toContain('HARMLESS_DISPOSAL');
    expect(requires(['PLANT_PROPAGATION'])).not.toContain('FUMIGATION_CHAMBER');
    expect(requires(['FRUIT'])).toEqual(
      expect.arrayContaining(['COLD_TREATMENT_ROOM', 'PERIMETER_FENCE']),
    );
    expect(requires(['ANIMAL_ISOLATION'])).toContain('HARMLESS_DISPOSAL');
  });
});

describe.skipIf(!dbAvailable)('the demo seed of the register', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t?.close());

  it('lists designated sites only on the public list', async () => {
    const office = await login(t, 'office');
    const kinds = new Map(
      (await office.get('/api/v1/ports?pageSize=100'))
        .json<PageOf<Port>>()
        .items.map((p) => [p.code, p.placeKind]),
    );
    const listed = (await t.app.inject({ url: '/api/v1/public/designations?pageSize=100' })).json<
      PageOf<PublicDesignation>
    >().items;
    expect(listed.length).toBe(
      DEMO_PORTS.filter((p) => p.status !== 'closed').flatMap((p) => p.categories).length,
    );
    for (const d of listed) expect(kinds.get(d.portCode), d.portCode).toBe('designated_site');
  });

  it('keeps a designation made before 212 in the history, under the rules of its day', async () => {
    const office = await login(t, 'office');
    const site = (await office.get('/api/v1/ports?q=GL-DS')).json<PageOf<Port>>().items[0];
    const meat = (await office.get(`/api/v1/ports/${site?.id}/designations`))
      .json<{ id: string; categoryCode: string; legalBasis: string; effectiveDate: string }[]>()
      .find((d) => d.categoryCode === 'MEAT');
    expect(meat).toMatchObject({ effectiveDate: RECONFIRMED_UNDER_212 });
    expect(meat?.legalBasis).toContain('2019年第212号');
    const history = (await office.get(`/api/v1/designations/${meat?.id}/history`)).json<
      { effectiveDate: string; legalBasis: string }[]
    >();
    expect(history.map((h) => h.legalBasis)).toEqual(
      expect.arrayContaining([expect.stringContaining('令第136号')]),
    );
  });

  it('asks in the gap list what the published catalog asks, and finds the gaps the demo leaves', async () => {
    const office = await login(t, 'office');
    const gaps = (await office.get('/api/v1/facilities/gaps')).json<FacilityGap[]>();
    const requires = defaultCatalogRequires();
    for (const g of gaps) expect(g.requiredTypes, g.portCode).toEqual(requires([g.categoryCode]));
    expect(gaps.find((g) => g.portCode === 'GL-GRAIN')?.missingTypes).toContain(
      'AUTOMATIC_SAMPLER',
    );
    expect(gaps.some((g) => g.missingTypes.includes('HEAT_TREATMENT_KILN'))).toBe(false);
  });
});

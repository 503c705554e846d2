import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog, CatalogVersion } from '../../../../contracts/index.ts';
import {
  createTestApp,
  dbAvailable,
  login,
  tableCounts,
  type Agent,
  type TestApp,
} from '../../../test/helpers.ts';
import {
  createStandardsWorld,
  type ErrorReply,
  type StandardsWorld,
} from './standards.test-world.ts';

describe.skipIf(!dbAvailable)('requirement catalogs', () => {
  let t: TestApp;
  let w: StandardsWorld;
  let office: Agent;
  let wg: Agent;
  beforeAll(async () => {
    t = await createTestApp({ seed: false });
    w = await createStandardsWorld(t);
    office = await login(t, w.accounts.office);
    wg = await login(t, w.accounts.wgFacility);
  });
  afterAll(async () => t?.close());

  it('refuses an invalid expression naming the item, the field and the position', async () => {
    const catalog = (await office.get(`/api/v1/catalogs/${w.published.catalogId}`)).json<Catalog>();
    expect(
      (await wg.post(`/api/v1/catalogs/${catalog.id}/versions`, { version: catalog.version }))
        .statusCode,
    ).toBe(403);
    const res = await office.post(`/api/v1/catalogs/${catalog.id}/versions`, {
      version: catalog.version,
    });
    expect(res.statusCode, res.body).toBe(201);
    const draft = res.json<CatalogVersion>();
    const bad = await wg.post(`/api/v1/catalog-versions/${draft.id}/items`, {
      code: 'FAC-TEST-BAD',
      aspect: 'FACILITY',
      titleZh: '测试项',
      titleEn: 'Test item',
      basisKind: 'programme_default',
      basis: '规划默认要求：测试',
      importance: 'recommended',
      weight: 1,
      appliesWhen: "'MEAT' in port.categories",
      required: null,
      measure: "facilities.count('COLD_STORE') +",
    });
    expect(bad.statusCode).toBe(422);
    const body = bad.json<ErrorReply>();
    expect(body.error.code).toBe('CATALOG_EXPRESSION_INVALID');
    expect(JSON.stringify(body.error.fields?.measure)).toContain('FAC-TEST-BAD');
    const otherAspect = await wg.post(`/api/v1/catalog-versions/${draft.id}/items`, {
      code: 'STF-TEST',
      aspect: 'STAFF',
      titleZh: '测试项',
      titleEn: 'Test item',
      basisKind: 'programme_default',
      basis: '规划默认要求：测试',
      importance: 'recommended',
      weight: 1,
    });
    expect(otherAspect.statusCode).toBe(403);
  });

  it('refuses bad input naming the field, and writes nothing but the empty catalog', async () => {
    const before = await tableCounts(t);
    const empty = (
      await office.post('/api/v1/catalogs', {
        code: 'EMPTY-CATALOG',
        nameZh: '空目录',
        nameEn: 'Empty catalog',
        source: '',
      })
    ).json<Catalog>();
    const draft = empty.versions[0];
    const publish = await office.post(`/api/v1/catalog-versions/${draft?.id}/publish`, {
      version: 1,
    });
    expect(publish.statusCode).toBe(422);
    expect(publish.json<ErrorReply>().error.code).toBe('CATALOG_EMPTY');
    const item = {
      code: 'FAC-ZERO',
      aspect: 'FACILITY',
      titleZh: '测试项',
      titleEn: 'Test item',
      basisKind: 'programme_default',
      basis: '规划默认要求：测试',
      importance: 'recommended',
      weight: 0,
    };
    const zero = await wg.post(`/api/v1/catalog-versions/${draft?.id}/items`, item);
    expect(zero.statusCode).toBe(400);
    expect(zero.json<ErrorReply>().error.fields).toHaveProperty('weight');
    const wrongType = await wg.post(`/api/v1/catalog-versions/${draft?.id}/items`, {
      ...item,
      weight: 1,
      required: "'x'",
      measure: "facilities.count('COLD_STORE')",
    });
    expect(wrongType.statusCode).toBe(422);
    expect(wrongType.json<ErrorReply>().error.fields).toHaveProperty('required');
    const unknownFact = await wg.post(`/api/v1/catalog-versions/${draft?.id}/items`, {
      ...item,
      weight: 1,
      appliesWhen: 'staff.count > 1',
    });
    expect(unknownFact.statusCode).toBe(422);
    expect(JSON.stringify(unknownFact.json<ErrorReply>().error.fields?.appliesWhen)).toContain(
      'FAC-ZERO',
    );
    const badFile = await office.post('/api/v1/catalogs/import', {
      format: 'yaml',
      content:
        'code: BAD\nnameZh: 坏\nnameEn: Bad file\nitems:\n  - code: FAC-A\n    aspect: FACILITY\n    weight: -1\n',
    });
    expect(badFile.statusCode).toBe(400);
    expect(Object.keys(badFile.json<ErrorReply>().error.fields ?? {})).toContain('items.0.weight');
    const after = await tableCounts(t);
    // Only the empty catalog and its draft were written (and audited).
    expect(after.catalogItems).toBe(before.catalogItems);
    expect(after.requirementCatalogs).toBe((before.requirementCatalogs ?? 0) + 1);
    expect(after.catalogVersions).toBe((before.catalogVersions ?? 0) + 1);
    expect(after.campaigns).toBe(before.campaigns);
  });
});

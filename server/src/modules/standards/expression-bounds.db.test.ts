import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MAX_EXPRESSION_LENGTH,
  type Campaign,
  type Catalog,
  type CatalogVersion,
  type ExpressionPreview,
} from '../../../../contracts/index.ts';
import {
  createTestApp,
  dbAvailable,
  login,
  tableCounts,
  type Agent,
  type TestApp,
} from '../../../test/helpers.ts';
import {
  EN,
  ZH,
  createStandardsWorld,
  draftItem,
  fieldOf,
  yamlFile,
  yamlItem,
  type ErrorReply,
} from './standards.test-world.ts';

// Requirement expressions that could not be made to fail: refused where they enter, with a 4xx naming the
// place, and never a 500 where one was stored before the bounds (written here straight into the database).

/** 1,990 `!` before `true`: within the length limit, and 1,991 levels deep. */
const DEEP = `${'!'.repeat(1990)}true`;
/** A flat chain that cel-js builds as a tree one level per `||`. */
const FLAT = Array.from({ length: 249 }, () => 'true').join(' || ');
/** A chain of additions, for a quantity. */
const SUM = Array.from({ length: 490 }, () => '1').join(' + ');
/** A regular expression that backtracks exponentially: seconds at 26 characters, hours at 36. */
const REGEX = '"aaaaaaaaaaaaaaaaaaaaaaaaaa!".matches("^(a+)+$")';
/** Five `exists` nested over 30-element lists: 30^5 steps, seconds, in 530 characters. */
const NESTED_MACROS = (() => {
  const list = `[${Array.from({ length: 30 }, (_, i) => i).join(',')}]`;
  let body = 'x0+x1+x2+x3+x4 < port.capacityOf("sea")-1e12';
  for (let i = 4; i >= 0; i--) body = `${list}.exists(x${i}, ${body})`;
  return body;
})();
/** Shallow, and one string literal past the length limit. */
const LONG = `'${'x'.repeat(MAX_EXPRESSION_LENGTH)}' in port.categories`;

describe.skipIf(!dbAvailable)('bounds on requirement expressions', () => {
  let t: TestApp;
  let office: Agent;
  let wg: Agent;
  let draft: CatalogVersion;
  let portId: string;

  beforeAll(async () => {
    t = await createTestApp({ seed: false });
    const w = await createStandardsWorld(t);
    office = await login(t, w.accounts.office);
    wg = await login(t, w.accounts.wgFacility);
    const catalog = (await office.get(`/api/v1/catalogs/${w.published.catalogId}`)).json<Catalog>();
    draft = (
      await office.post(`/api/v1/catalogs/${catalog.id}/versions`, { version: catalog.version })
    ).json<CatalogVersion>();
    portId = w.grainPort.id;
  });
  afterAll(async () => t?.close());

  /** Imports a catalog and returns its draft version. */
  async function imported(
    code: string,
    items = yamlItem('FAC-BOUND-A') + yamlItem('FAC-BOUND-B'),
  ): Promise<CatalogVersion> {
    const res = await office.post('/api/v1/catalogs/import', {
      format: 'yaml',
      content: yamlFile(code, items),
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json<Catalog>().versions[0]?.id;
    return (await office.get(`/api/v1/catalog-versions/${id}`)).json<CatalogVersion>();
  }

  /** Writes an expression into a stored item, as a version saved before the bounds would hold it. */
  async function storeExpression(
    itemId: string,
    column: 'measureExpr' | 'appliesWhen',
    expression: string,
  ): Promise<void> {
    const changes =
      column === 'measureExpr' ? { measureExpr: expression } : { appliesWhen: expression };
    await t.ctx.db.updateTable('catalogItems').set(changes).where('id', '=', itemId).execute();
  }

  it('refuses a deeply nested expression when an item is saved, naming the item and the field in both languages', async () => {
    const before = await tableCounts(t);
    const url = `/api/v1/catalog-versions/${draft.id}/items`;
    const en = await wg.post(url, draftItem('FAC-DEEP', { measure: DEEP }), EN);
    expect(en.statusCode, en.body).toBe(422);
    expect(en.json<ErrorReply>().error.code).toBe('CATALOG_EXPRESSION_INVALID');
    expect(fieldOf(en, 'measure')).toMatch(
      /^FAC-DEEP: expression nests too deeply \(more than \d+ levels\)/,
    );
    const zh = await wg.post(url, draftItem('FAC-DEEP', { measure: DEEP }), ZH);
    expect(zh.statusCode).toBe(422);
    expect(fieldOf(zh, 'measure')).toMatch(/^FAC-DEEP：表达式嵌套过深/);

    for (const [field, expression] of [
      ['appliesWhen', FLAT],
      ['required', SUM],
      ['required', `${'-'.repeat(1990)}1`],
    ] as const) {
      expect(expression.length).toBeLessThanOrEqual(MAX_EXPRESSION_LENGTH);
      const res = await wg.post(
        url,
        draftItem('FAC-FLAT', {
          [field]: expression,
          ...(field === 'required' ? { measure: "facilities.count('COLD_STORE')" } : {}),
        }),
        EN,
      );
      expect(res.statusCode, `${field}: ${res.body}`).toBe(422);
      expect(fieldOf(res, field)).toContain('FAC-FLAT: expression nests too deeply');
    }

    const long = await wg.post(url, draftItem('FAC-LONG', { measure: LONG }), EN);
    expect(long.statusCode).toBe(400);
    expect(fieldOf(long, 'measure')).toBe(`must be at most ${MAX_EXPRESSION_LENGTH} characters`);

    const saved = await wg.post(url, draftItem('FAC-SHALLOW'));
    expect(saved.statusCode, saved.body).toBe(201);
    const item = saved.json<{ id: string; version: number }>();
    const changed = await wg.put(
      `/api/v1/catalog-items/${item.id}`,
      { ...draftItem('FAC-SHALLOW', { measure: FLAT }), version: item.version },
      EN,
    );
    expect(changed.statusCode).toBe(422);
    expect(fieldOf(changed, 'measure')).toContain('FAC-SHALLOW: expression nests too deeply');
    const stored = await t.ctx.db
      .selectFrom('catalogItems')
      .select('measureExpr')
      .where('id', '=', item.id)
      .executeTakeFirstOrThrow();
    expect(stored.measureExpr).toBe("facilities.has('COLD_STORE')");
    expect((await tableCounts(t)).catalogItems).toBe((before.catalogItems ?? 0) + 1);
  });

  it('refuses one in an imported catalog file, YAML or JSON, naming the row and the item, and writes nothing', async () => {
    const before = await tableCounts(t);
    const yaml = yamlFile(
      'BOUND-IMPORT',
      yamlItem('FAC-FIRST') + yamlItem('FAC-SECOND', `    appliesWhen: "${DEEP}"\n`),
    );
    const fromYaml = await office.post(
      '/api/v1/catalogs/import',
      { format: 'yaml', content: yaml },
      EN,
    );
    expect(fromYaml.statusCode, fromYaml.body).toBe(422);
    expect(fromYaml.json<ErrorReply>().error.code).toBe('CATALOG_EXPRESSION_INVALID');
    expect(fieldOf(fromYaml, 'items.1.appliesWhen')).toContain(
      'FAC-SECOND: expression nests too deeply',
    );

    const json = JSON.stringify({
      code: 'BOUND-IMPORT',
      nameZh: '测试目录',
      nameEn: 'Test catalog',
      items: [draftItem('FAC-FLAT', { measure: FLAT })],
    });
    const fromJson = await office.post(
      '/api/v1/catalogs/import',
      { format: 'json', content: json },
      EN,
    );
    expect(fromJson.statusCode, fromJson.body).toBe(422);
    expect(fieldOf(fromJson, 'items.0.measure')).toContain('FAC-FLAT: expression nests too deeply');

    const tooLong = JSON.stringify({
      code: 'BOUND-IMPORT',
      nameZh: '测试目录',
      nameEn: 'Test catalog',
      items: [draftItem('FAC-LONG', { measure: LONG })],
    });
    const long = await office.post(
      '/api/v1/catalogs/import',
      { format: 'json', content: tooLong },
      EN,
    );
    expect(long.statusCode).toBe(400);
    expect(fieldOf(long, 'items.0.measure')).toBe(
      `FAC-LONG: must be at most ${MAX_EXPRESSION_LENGTH} characters`,
    );
    expect(await tableCounts(t)).toEqual(before);
  });

  it('refuses to publish a version already holding one, with a 422 naming the item', async () => {
    const version = await imported('BOUND-PUBLISH');
    const second = version.items[1] as CatalogVersion['items'][number];
    await storeExpression(second.id, 'measureExpr', DEEP);
    const res = await office.post(
      `/api/v1/catalog-versions/${version.id}/publish`,
      { version: version.version },
      EN,
    );
    expect(res.statusCode, res.body).toBe(422);
    expect(res.json<ErrorReply>().error.code).toBe('CATALOG_EXPRESSION_INVALID');
    expect(fieldOf(res, 'items.1.measure')).toContain(
      `${second.code}: expression nests too deeply`,
    );
    await storeExpression(second.id, 'measureExpr', LONG);
    const long = await office.post(
      `/api/v1/catalog-versions/${version.id}/publish`,
      { version: version.version },
      EN,
    );
    expect(long.statusCode, long.body).toBe(422);
    expect(fieldOf(long, 'items.1.measure')).toContain(
      `${second.code}: expression too long (${LONG.length} characters, at most ${MAX_EXPRESSION_LENGTH})`,
    );
    // From the database: the API's response schema would itself refuse an item holding the over-long expression.
    const row = await t.ctx.db
      .selectFrom('catalogVersions')
      .select('status')
      .where('id', '=', version.id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('draft');
  });

  it('reports one as a problem in the editor’s check, without evaluating it', async () => {
    for (const expression of [DEEP, FLAT]) {
      const res = await office.post(
        '/api/v1/standards/check',
        { code: 'FAC-CHECK', appliesWhen: null, required: null, measure: expression },
        EN,
      );
      expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
      const preview = res.json<ExpressionPreview>();
      expect(preview.ports).toEqual([]);
      expect(preview.problems).toHaveLength(1);
      expect(preview.problems[0]).toMatchObject({
        itemCode: 'FAC-CHECK',
        field: 'measure',
        message: {
          en: expect.stringContaining('nests too deeply'),
          zh: expect.stringContaining('嵌套过深'),
        },
      });
    }
    const sum = await office.post('/api/v1/standards/check', {
      code: 'FAC-CHECK',
      appliesWhen: null,
      required: SUM,
      measure: "facilities.count('COLD_STORE')",
    });
    expect(sum.json<ExpressionPreview>().problems[0]?.field).toBe('required');
  });

  it('lists a backtracking regex or nested list macros as a problem in the check, without evaluating them', async () => {
    for (const [expression, says, zh] of [
      [REGEX, 'matches() (regular expressions) is not available', '不支持正则匹配'],
      [NESTED_MACROS, 'list macros', '嵌套超过'],
    ] as const) {
      expect(expression.length).toBeLessThanOrEqual(MAX_EXPRESSION_LENGTH);
      const res = await office.post(
        '/api/v1/standards/check',
        { code: 'FAC-CHECK', appliesWhen: null, required: null, measure: expression },
        EN,
      );
      expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
      const preview = res.json<ExpressionPreview>();
      expect(preview.ports).toEqual([]);
      expect(preview.problems).toHaveLength(1);
      expect(preview.problems[0]).toMatchObject({
        itemCode: 'FAC-CHECK',
        field: 'measure',
        message: { en: expect.stringContaining(says), zh: expect.stringContaining(zh) },
      });
    }
  });

  it('refuses to save an item holding either, with a 422 naming the item and the field', async () => {
    const before = await tableCounts(t);
    const url = `/api/v1/catalog-versions/${draft.id}/items`;
    const regex = await wg.post(url, draftItem('FAC-REGEX', { measure: REGEX }), EN);
    expect(regex.statusCode, regex.body).toBe(422);
    expect(regex.json<ErrorReply>().error.code).toBe('CATALOG_EXPRESSION_INVALID');
    expect(fieldOf(regex, 'measure')).toContain(
      'FAC-REGEX: matches() (regular expressions) is not available',
    );
    const nested = await wg.post(url, draftItem('FAC-MACROS', { appliesWhen: NESTED_MACROS }), ZH);
    expect(nested.statusCode, nested.body).toBe(422);
    expect(fieldOf(nested, 'appliesWhen')).toMatch(/^FAC-MACROS：列表宏.*嵌套超过 2 层/);
    expect(await tableCounts(t)).toEqual(before);
  });

  it('refuses to open a campaign (or try a what-if) on a published version holding one, with 422 and nothing written', async () => {
    const version = await imported('BOUND-CAMPAIGN');
    const published = await office.post(`/api/v1/catalog-versions/${version.id}/publish`, {
      version: version.version,
    });
    expect(published.statusCode, published.body).toBe(200);
    const first = version.items[0] as CatalogVersion['items'][number];
    // Stored before the bound and never compiled in this process.
    await storeExpression(first.id, 'appliesWhen', FLAT);
    const created = await office.post('/api/v1/campaigns', {
      code: 'BOUND-OPEN',
      nameZh: '边界测试',
      nameEn: 'Bounds',
      kind: 'annual',
      catalogVersionId: version.id,
      deadline: '2027-12-31',
      portIds: [portId],
    });
    expect(created.statusCode, created.body).toBe(201);
    const campaign = created.json<Campaign>();
    const before = await tableCounts(t);
    const open = await office.post(
      `/api/v1/campaigns/${campaign.id}/open`,
      { version: campaign.version },
      EN,
    );
    expect(open.statusCode, open.body).toBe(422);
    expect(open.json<ErrorReply>().error.code).toBe('CATALOG_EXPRESSION_INVALID');
    expect(fieldOf(open, 'items.0.appliesWhen')).toContain(
      `${first.code}: expression nests too deeply`,
    );
    const whatIf = await office.post(
      '/api/v1/standards/what-if',
      { catalogVersionId: version.id, portIds: [portId], addCategories: ['LOGS'] },
      EN,
    );
    expect(whatIf.statusCode, whatIf.body).toBe(422);
    expect(fieldOf(whatIf, 'items.0.appliesWhen')).toContain('expression nests too deeply');
    await storeExpression(first.id, 'appliesWhen', LONG);
    const long = await office.post(
      `/api/v1/campaigns/${campaign.id}/open`,
      { version: campaign.version },
      EN,
    );
    expect(long.statusCode, long.body).toBe(422);
    expect(fieldOf(long, 'items.0.appliesWhen')).toContain('expression too long');
    await storeExpression(first.id, 'appliesWhen', REGEX);
    const regex = await office.post(
      `/api/v1/campaigns/${campaign.id}/open`,
      { version: campaign.version },
      EN,
    );
    expect(regex.statusCode, regex.body).toBe(422);
    expect(fieldOf(regex, 'items.0.appliesWhen')).toContain(
      `${first.code}: matches() (regular expressions) is not available`,
    );
    expect(await tableCounts(t)).toEqual(before);
    expect((await office.get(`/api/v1/campaigns/${campaign.id}`)).json<Campaign>().status).toBe(
      'draft',
    );
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  MAX_EXPRESSION_LENGTH,
  type Campaign,
  type Catalog,
  type CatalogVersion,
  type ExpressionPreview,
} from '../../contracts/index.ts';
import {
  createTestApp,
  dbAvailable,
  login,
  tableCounts,
  type Agent,
  type TestApp,
} from './helpers.ts';

// Requirement expressions and catalog files that could not be made to fail: refused where they enter, with a
// 4xx naming the place, and never a 500 where one was stored before the bounds (written here straight into
// the database).

type FieldText = { zh: string; en: string } | string;
type ErrorReply = { error: { code: string; message: string; fields?: Record<string, FieldText> } };

const EN = { 'accept-language': 'en' };
const ZH = { 'accept-language': 'zh-CN' };

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

const draftItem = (code: string, fields: Record<string, unknown> = {}) => ({
  code,
  aspect: 'FACILITY',
  titleZh: '测试项',
  titleEn: 'Test item',
  basisKind: 'programme_default',
  basis: '规划默认要求：测试',
  importance: 'recommended',
  weight: 1,
  appliesWhen: null,
  required: null,
  measure: "facilities.has('COLD_STORE')",
  ...fields,
});

const yamlFile = (code: string, items: string) =>
  `code: ${code}\nnameZh: 测试目录\nnameEn: Test catalog\nitems:\n${items}`;
const yamlItem = (code: string, extra = '') =>
  `  - code: ${code}\n    aspect: FACILITY\n    titleZh: 测试项\n    titleEn: Test item\n    basisKind: programme_default\n    basis: 规划默认要求：测试\n    importance: recommended\n    weight: 1\n    measure: facilities.has('COLD_STORE')\n${extra}`;

function fieldOf(reply: { json<T>(): T }, key: string): string {
  const value = reply.json<ErrorReply>().error.fields?.[key];
  return typeof value === 'string' ? value : JSON.stringify(value ?? null);
}

describe.skipIf(!dbAvailable)('bounds on requirement expressions and catalog files', () => {
  let t: TestApp;
  let office: Agent;
  let wg: Agent;
  let draft: CatalogVersion;
  let portId: string;

  beforeAll(async () => {
    t = await createTestApp();
    office = await login(t, 'office');
    wg = await login(t, 'wg.facility');
    const catalog = (await office.get('/api/v1/catalogs')).json<{ items: Catalog[] }>()
      .items[0] as Catalog;
    draft = (
      await office.post(`/api/v1/catalogs/${catalog.id}/versions`, { version: catalog.version })
    ).json<CatalogVersion>();
    const port = await t.ctx.db
      .selectFrom('ports')
      .select('id')
      .where('archivedAt', 'is', null)
      .orderBy('id')
      .executeTakeFirstOrThrow();
    portId = port.id;
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

  describe('ill-formed text anywhere in an imported catalog file', () => {
    const json = (patch: (file: Record<string, unknown>) => void) => {
      const file: Record<string, unknown> = {
        code: 'BOUND-TEXT',
        nameZh: '测试目录',
        nameEn: 'Test catalog',
        items: [draftItem('FAC-TEXT')],
      };
      patch(file);
      return JSON.stringify(file);
    };
    const item = (file: Record<string, unknown>) =>
      (file.items as Record<string, unknown>[])[0] as Record<string, unknown>;
    const cases: {
      name: string;
      format: 'yaml' | 'json';
      content: string;
      field: string;
      says: string;
    }[] = [
      {
        name: 'a NUL escape in a YAML value',
        format: 'yaml',
        content: yamlFile('BOUND-TEXT', yamlItem('FAC-TEXT', '    guidanceEn: "before\\0after"\n')),
        field: 'items.0.guidanceEn',
        says: 'FAC-TEXT: must not contain NUL characters',
      },
      {
        name: 'a lone surrogate in a YAML value',
        format: 'yaml',
        content: yamlFile('BOUND-TEXT', yamlItem('FAC-TEXT', '    guidanceZh: "前\\ud800后"\n')),
        field: 'items.0.guidanceZh',
        says: 'FAC-TEXT: holds an invalid Unicode character (a lone surrogate)',
      },
      {
        name: 'a NUL in a YAML top-level value',
        format: 'yaml',
        content: yamlFile('BOUND-TEXT', yamlItem('FAC-TEXT')).replace(
          'nameEn: Test catalog',
          'nameEn: "Test\\0catalog"',
        ),
        field: 'nameEn',
        says: 'must not contain NUL characters',
      },
      {
        name: 'a NUL in a YAML key',
        format: 'yaml',
        content: yamlFile('BOUND-TEXT', yamlItem('FAC-TEXT', '    "note\\0": x\n')),
        field: 'items.0.note\ufffd',
        says: 'FAC-TEXT: must not contain NUL characters',
      },
      {
        name: 'a NUL escape in a JSON value',
        format: 'json',
        content: json((f) => void (item(f).titleEn = 'Test\u0000item')),
        field: 'items.0.titleEn',
        says: 'FAC-TEXT: must not contain NUL characters',
      },
      {
        name: 'a lone surrogate in a JSON value',
        format: 'json',
        content: json((f) => void (f.source = 'x\udc00y')),
        field: 'source',
        says: 'holds an invalid Unicode character (a lone surrogate)',
      },
      {
        name: 'a lone surrogate in a JSON key',
        format: 'json',
        content: json((f) => void (item(f)['\ud800'] = 1)),
        field: 'items.0.\ufffd',
        says: 'FAC-TEXT: holds an invalid Unicode character (a lone surrogate)',
      },
    ];

    it.each(cases)(
      'refuses $name with a 400 naming the field',
      async ({ format, content, field, says }) => {
        // The content is sent as well-formed JSON: only the catalog file, once read, holds the ill-formed text.
        expect(content.isWellFormed() && !content.includes('\u0000')).toBe(true);
        const before = await tableCounts(t);
        const res = await office.post('/api/v1/catalogs/import', { format, content }, EN);
        expect(res.statusCode, res.body).toBe(400);
        expect(res.json<ErrorReply>().error.code).toBe('CATALOG_FILE_INVALID');
        expect(fieldOf(res, field)).toBe(says);
        expect(await tableCounts(t)).toEqual(before);
        expect(
          await t.ctx.db
            .selectFrom('requirementCatalogs')
            .select('id')
            .where('code', '=', 'BOUND-TEXT')
            .executeTakeFirst(),
        ).toBeUndefined();
      },
    );

    it('refuses a NUL the parser drops (in a comment) or that arrives raw, pointing at the line', async () => {
      const before = await tableCounts(t);
      const raw = await office.post(
        '/api/v1/catalogs/import',
        {
          format: 'yaml',
          content: `# note \u0000\n${yamlFile('BOUND-TEXT', yamlItem('FAC-TEXT'))}`,
        },
        EN,
      );
      expect(raw.statusCode, raw.body).toBe(400);
      expect(fieldOf(raw, 'content')).toMatch(/NUL/);
      const surrogate = await office.post(
        '/api/v1/catalogs/import',
        {
          format: 'yaml',
          content: yamlFile('BOUND-TEXT', yamlItem('FAC-TEXT', '    guidanceEn: ab\ud800\n')),
        },
        EN,
      );
      expect(surrogate.statusCode, surrogate.body).toBe(400);
      expect(await tableCounts(t)).toEqual(before);
    });
  });

  describe('catalog files that would blow up the reader', () => {
    let laughs = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
    for (let i = 1; i < 10; i++) {
      const [name, prev] = [String.fromCharCode(97 + i), String.fromCharCode(96 + i)];
      laughs += `${name}: &${name} [${Array.from({ length: 9 }, () => `*${prev}`).join(',')}]\n`;
    }
    const cases: { name: string; format: 'yaml' | 'json'; content: string; says: RegExp }[] = [
      {
        name: 'a billion laughs',
        format: 'yaml',
        content: laughs,
        says: /aliases .* expand too much/,
      },
      {
        name: 'block sequences nested 100,000 deep',
        format: 'yaml',
        content: `${'- '.repeat(100_000)}x`,
        says: /nests too deeply/,
      },
      {
        name: 'mappings indented deeper on every line',
        format: 'yaml',
        content: Array.from({ length: 500 }, (_, i) => `${' '.repeat(i)}k:`).join('\n'),
        says: /^line 65, column 65: nests too deeply/,
      },
      {
        name: 'flow collections nested 100,000 deep',
        format: 'yaml',
        content: `items: ${'['.repeat(100_000)}${']'.repeat(100_000)}`,
        says: /nests too deeply/,
      },
      {
        name: 'JSON nested 100,000 deep',
        format: 'json',
        content: `{"items": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
        says: /must not nest deeper than 64 levels/,
      },
    ];

    it.each(cases)('refuses $name with a 400, quickly', async ({ format, content, says }) => {
      const before = await tableCounts(t);
      const started = Date.now();
      const res = await office.post('/api/v1/catalogs/import', { format, content }, EN);
      expect(res.statusCode, res.body.slice(0, 300)).toBe(400);
      expect(res.json<ErrorReply>().error.code).toBe('CATALOG_FILE_INVALID');
      expect(fieldOf(res, 'content')).toMatch(says);
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(await tableCounts(t)).toEqual(before);
    });

    it('refuses a file larger than a request may be with a 413', async () => {
      const content = yamlFile(
        'BOUND-HUGE',
        yamlItem('FAC-HUGE', `    guidanceEn: "${'x'.repeat(t.config.bodyLimit)}"\n`),
      );
      const res = await office.post('/api/v1/catalogs/import', { format: 'yaml', content });
      expect(res.statusCode).toBe(413);
    });

    it('still reads a file that shares a text through an anchor', async () => {
      const content = yamlFile(
        'BOUND-ANCHOR',
        yamlItem('FAC-ANCHOR-A', '    guidanceEn: &shared Check the register first\n') +
          yamlItem('FAC-ANCHOR-B', '    guidanceEn: *shared\n'),
      );
      const res = await office.post('/api/v1/catalogs/import', { format: 'yaml', content });
      expect(res.statusCode, res.body).toBe(201);
      const version = (
        await office.get(`/api/v1/catalog-versions/${res.json<Catalog>().versions[0]?.id}`)
      ).json<CatalogVersion>();
      expect(version.items.map((i) => i.guidanceEn)).toEqual([
        'Check the register first',
        'Check the register first',
      ]);
    });
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog, CatalogVersion } from '../../../../contracts/index.ts';
import { createWorld } from '../../../test/factories.ts';
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
  draftItem,
  fieldOf,
  yamlFile,
  yamlItem,
  type ErrorReply,
} from './standards.test-world.ts';

// Catalog files that could not be made to fail: ill-formed text and structures that would blow up the
// reader are refused where the file enters, with a 400 naming the place, and nothing is written.

describe.skipIf(!dbAvailable)('bounds on imported catalog files', () => {
  let t: TestApp;
  let office: Agent;

  beforeAll(async () => {
    t = await createTestApp({ seed: false });
    const w = await createWorld(t);
    office = await login(t, w.accounts.office);
  });
  afterAll(async () => t?.close());

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

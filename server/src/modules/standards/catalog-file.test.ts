import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../platform/errors/errors.ts';
import { readCatalogFile, writeCatalogFile, type CatalogFormat } from './catalog-file.ts';

const DEFAULT_CATALOG_FILE = path.join(
  import.meta.dirname,
  '..',
  '..',
  '..',
  '..',
  'data',
  'standards',
  'default-catalog.yaml',
);
const header = 'code: FILE-TEST\nnameZh: 测试目录\nnameEn: Test catalog\n';
const item = (extra = '') =>
  `  - code: FAC-FILE\n    aspect: FACILITY\n    titleZh: 测试项\n    titleEn: Test item\n    basisKind: programme_default\n    basis: 规划默认要求：测试\n    importance: recommended\n    weight: 1\n    measure: "facilities.has('COLD_STORE')"\n${extra}`;

function refusal(
  content: string,
  format: CatalogFormat = 'yaml',
): Record<string, { zh: string; en: string }> {
  try {
    readCatalogFile(content, format);
  } catch (e) {
    if (e instanceof AppError && e.code === 'CATALOG_FILE_INVALID') return e.fields ?? {};
    throw e;
  }
  throw new Error('the file was read');
}

describe('reading a catalog file', () => {
  it('reads the default catalog, and what it exports, in both formats', () => {
    const file = readCatalogFile(fs.readFileSync(DEFAULT_CATALOG_FILE, 'utf8'), 'yaml');
    for (const format of ['yaml', 'json'] as const)
      expect(readCatalogFile(writeCatalogFile(file, format), format)).toEqual(file);
  });

  it('does not take brackets, indentation or long lines inside texts for nesting', () => {
    const guidance = `    guidanceEn: |\n${Array.from({ length: 5 }, (_, i) => `${' '.repeat(6 + i * 40)}step ${i} ${'['.repeat(100)}`).join('\n')}\n`;
    const basis = `    guidanceZh: see ${'[ ( { '.repeat(100)} and ${'x'.repeat(3000)}\n`;
    const file = readCatalogFile(
      `${header}source: "${'{['.repeat(200)}"\nitems:\n${item(guidance + basis)}`,
      'yaml',
    );
    expect(file.items[0]?.guidanceEn).toContain('step 4');
    expect(file.source).toBe('{['.repeat(200));
  });

  it('refuses nesting past the bound on the parsed file, naming where', () => {
    const fields = refusal(
      `${header}items:\n${item()}    extra: ${'['.repeat(70)}${']'.repeat(70)}\n`,
    );
    expect(Object.keys(fields)).toEqual([expect.stringMatching(/^items\.0\.extra(\.0)+$/)]);
    expect(Object.values(fields)[0]?.en).toBe('FAC-FILE: must not nest deeper than 64 levels');
  });

  it('refuses block nesting the composer cannot take before it runs, pointing at the line', () => {
    const fields = refusal(
      `${header}items:\n${item()}    x:\n${Array.from({ length: 80 }, (_, i) => `${' '.repeat(6 + i)}- a:`).join('\n')}\n`,
    );
    expect(fields.content?.en).toMatch(/^line \d+, column \d+: nests too deeply/);
    expect(fields.content?.zh).toMatch(/^第 \d+ 行第 \d+ 列：嵌套过深/);
  });

  it('refuses NUL and lone surrogates in keys, values and the rest of the text', () => {
    expect(
      refusal(`${header}items:\n${item('    guidanceEn: "a\\0b"\n')}`)['items.0.guidanceEn']?.en,
    ).toBe('FAC-FILE: must not contain NUL characters');
    expect(refusal(`${header}items:\n${item('    "x\\udfff": 1\n')}`)['items.0.x\ufffd']?.zh).toBe(
      'FAC-FILE：含有无效的 Unicode 字符（孤立的代理项）',
    );
    expect(refusal(`# \u0000\n${header}items:\n${item()}`).content?.en).toBe(
      'line 1, column 3: must not contain NUL characters',
    );
    expect(
      refusal(
        JSON.stringify({ code: 'FILE-TEST', nameZh: '测试目录', nameEn: 'Test\ud800', items: [] }),
        'json',
      ).nameEn?.en,
    ).toBe('holds an invalid Unicode character (a lone surrogate)');
  });

  it('tells schema problems in both languages, with the item code', () => {
    const fields = refusal(
      `${header}items:\n${item('    weight: 0\n').replace('    weight: 1\n', '')}`,
    );
    expect(fields['items.0.weight']).toEqual({
      zh: 'FAC-FILE：不能小于 0',
      en: 'FAC-FILE: must be at least 0',
    });
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCatalogFile } from './catalog-file.ts';

// The published basis of the reference data: every catalog basis names the clause it rests on, facility
// type sources cite published documents, and the designation bases cover every date without gaps.

const DATA = path.join(import.meta.dirname, '..', '..', '..', '..', 'data');
const read = (...parts: string[]) => fs.readFileSync(path.join(DATA, ...parts), 'utf8');

/** A clause: 第…条/章/节/款/项, a numbered point such as 一、（一）, a standard section such as 3.1.4, an annex,
 * a CFR section; or the stated reason why a document has no citable clause. */
const CLAUSE =
  /第[一二三四五六七八九十百零\d]+[条章节款项]|[一二三四五六七八九十]+、[（(][一二三四五六七八九十]+[）)]|第[（(][一二三四五六七八九十]+[）)]项|\b\d+(?:\.\d+)+\b|附件\s*\d|\d+ CFR \d+\.\d+|无可引条款：/;
const PROGRAMME_DEFAULT = '规划默认要求：';

describe('catalog bases', () => {
  const catalog = readCatalogFile(read('standards', 'default-catalog.yaml'), 'yaml');

  it('names a clause for every regulation and standard item', () => {
    const missing = catalog.items
      .filter((item) => item.basisKind !== 'programme_default' && !CLAUSE.test(item.basis))
      .map((item) => item.code);
    expect(missing).toEqual([]);
  });

  it('says why for every programme default', () => {
    const bare = catalog.items
      .filter(
        (item) =>
          item.basisKind === 'programme_default' &&
          (!item.basis.startsWith(PROGRAMME_DEFAULT) ||
            item.basis.length < PROGRAMME_DEFAULT.length + 8),
      )
      .map((item) => item.code);
    expect(bare).toEqual([]);
  });

  it('cites the legal bases in the catalog source', () => {
    expect(catalog.source).toContain('《中华人民共和国进出境动植物检疫法》');
    expect(catalog.source).toContain('实施条例');
  });
});

type FacilityTypeRow = { code: string; sourceTag: string; source: string };

describe('facility type sources', () => {
  const types = (JSON.parse(read('facility-types.json')) as { types: FacilityTypeRow[] }).types;

  it('cite published documents, not internal design notes', () => {
    expect(types.filter((t) => /DOMAIN\.md/i.test(t.source)).map((t) => t.code)).toEqual([]);
  });

  it('start every programme default with 规划默认要求', () => {
    expect(
      types
        .filter((t) => t.sourceTag === 'P' && !t.source.startsWith('规划默认要求'))
        .map((t) => t.code),
    ).toEqual([]);
  });

  it('use only the S, G and P tags', () => {
    expect(types.filter((t) => !['S', 'G', 'P'].includes(t.sourceTag)).map((t) => t.code)).toEqual(
      [],
    );
  });
});

type BasisPeriod = {
  from: string;
  to: string | null;
  basisZh: string;
  basisEn: string;
  tag: string;
};

describe('designation bases', () => {
  const bases = JSON.parse(read('designation-bases.json')) as {
    categories: Record<string, BasisPeriod[]>;
  };
  const categories = (
    JSON.parse(read('designation-categories.json')) as { categories: { code: string }[] }
  ).categories.map((c) => c.code);
  const day = /^\d{4}-\d{2}-\d{2}$/;

  it('give every designated site category a basis', () => {
    expect(Object.keys(bases.categories).sort()).toEqual([...categories].sort());
  });

  it.each(categories)('%s: periods from 2000-01-01 are contiguous and end open', (code) => {
    const periods = bases.categories[code] ?? [];
    expect(periods.length).toBeGreaterThan(0);
    expect(periods[0]?.from).toBe('2000-01-01');
    periods.forEach((period, i) => {
      expect(period.from).toMatch(day);
      expect(['S', 'G']).toContain(period.tag);
      expect(period.basisZh.length).toBeGreaterThan(0);
      expect(period.basisEn.length).toBeGreaterThan(0);
      const next = periods[i + 1];
      if (next) {
        expect(period.to).toMatch(day);
        expect(period.to! > period.from).toBe(true);
        expect(next.from).toBe(period.to);
      } else {
        expect(period.to).toBeNull();
      }
    });
  });
});

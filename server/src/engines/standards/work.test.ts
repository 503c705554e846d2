import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { MAX_EXPRESSION_LENGTH } from '../../../../contracts/standards.ts';
import {
  MAX_COMPREHENSION_NESTING,
  MAX_COMPREHENSIONS,
  MAX_EXPRESSION_WORK,
  MAX_LITERAL_ELEMENTS,
  treeTooCostly,
} from './bounds.ts';
import { CatalogProblems, checkItem, compileCatalog } from './catalog.ts';
import { environmentFor } from './environment.ts';
import type { RuleItem } from './types.ts';
import { FACT_FAMILIES } from './vocabulary.ts';

// Expressions within the length and nesting bounds whose evaluation would block the event loop: refused when
// checked, before anything evaluates them, and quickly.

const env = environmentFor(FACT_FAMILIES);
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

function item(fields: Partial<RuleItem>): RuleItem {
  return {
    code: 'FAC-WORK',
    aspect: 'FACILITY',
    importance: 'mandatory',
    weight: 1,
    appliesWhen: null,
    required: null,
    measure: null,
    ...fields,
  };
}

const list = (n: number, separator = ', ') =>
  `[${Array.from({ length: n }, (_, i) => i).join(separator)}]`;
/** `n`-element literals nested `depth` macros deep, as the probe wrote them. */
function nestedExists(n: number, depth: number, separator = ', '): string {
  let body = `${Array.from({ length: depth }, (_, i) => `x${i}`).join('+')}<port.capacityOf("sea")-1e12`;
  for (let i = depth - 1; i >= 0; i--) body = `${list(n, separator)}.exists(x${i},${body})`;
  return body;
}
const REGEX = '"aaaaaaaaaaaaaaaaaaaaaaaaaa!".matches("^(a+)+$")';
const x10 = (v: string) => Array.from({ length: 10 }, () => v).join(' + ');

/** Each refused with a message saying why, in both languages. */
const REFUSED: Record<string, { expression: string; en: string; zh: string }> = {
  'a backtracking regular expression': {
    expression: REGEX,
    en: 'matches() (regular expressions) is not available',
    zh: '不支持正则匹配',
  },
  'matches on a fact': {
    expression: "port.code.matches('^CN')",
    en: 'matches() (regular expressions) is not available',
    zh: '不支持正则匹配',
  },
  'five exists nested over 30-element lists': {
    expression: nestedExists(30, 5),
    en: `nest more than ${MAX_COMPREHENSION_NESTING} deep`,
    zh: '嵌套超过',
  },
  'six nested over 100-element lists': {
    expression: nestedExists(100, 6, ','),
    en: `nest more than ${MAX_COMPREHENSION_NESTING} deep`,
    zh: '嵌套超过',
  },
  'three nested over tiny lists': {
    expression: nestedExists(2, 3),
    en: `nest more than ${MAX_COMPREHENSION_NESTING} deep`,
    zh: '嵌套超过',
  },
  'map and filter nested three deep': {
    expression: '[1, 2].map(a, [1, 2].filter(b, [1, 2].all(c, c > a + b))).size() > 0',
    en: `nest more than ${MAX_COMPREHENSION_NESTING} deep`,
    zh: '嵌套超过',
  },
  'two nested over 200-element lists': {
    expression: nestedExists(200, 2),
    en: 'too much work',
    zh: '计算量可能过大',
  },
  'map building a list of lists, then doubling it': {
    expression: `${list(200)}.map(x, ${list(150)}).map(y, y + y + y + y).exists(z, size(z) > 0)`,
    en: 'too much work',
    zh: '计算量可能过大',
  },
  'chained maps multiplying a list': {
    expression: `[${list(10)}]${Array.from({ length: 5 }, () => `.map(x, ${x10('x')})`).join('')}.exists(y, size(y) > 0)`,
    en: 'too much work',
    zh: '计算量可能过大',
  },
  'chained maps multiplying a string': {
    expression: `['${'x'.repeat(50)}']${Array.from({ length: 4 }, () => `.map(s, ${x10('s')})`).join('')}.exists(s, s.contains('y'))`,
    en: 'too much work',
    zh: '计算量可能过大',
  },
  'cel.bind doubling a string': {
    expression: `cel.bind(a, '${'x'.repeat(10)}', cel.bind(b, ${x10('a')}, cel.bind(c, ${x10('b')}, cel.bind(d, ${x10('c')}, cel.bind(e, ${x10('d')}, size(${x10('e')}) > 0)))))`,
    en: 'too much work',
    zh: '计算量可能过大',
  },
  'split of a joined list': {
    expression: `${list(150)}.map(x, '${'a'.repeat(50)}').join('').split('').exists(c, c == 'b')`,
    en: 'too much work',
    zh: '计算量可能过大',
  },
  [`a literal of ${MAX_LITERAL_ELEMENTS + 1} elements`]: {
    expression: `1 in ${list(MAX_LITERAL_ELEMENTS + 1)}`,
    en: `(${MAX_LITERAL_ELEMENTS + 1} elements, at most ${MAX_LITERAL_ELEMENTS})`,
    zh: '元素过多',
  },
  [`${MAX_COMPREHENSIONS + 1} macros side by side`]: {
    expression: Array.from(
      { length: MAX_COMPREHENSIONS + 1 },
      () => "port.modes.exists(m, m == 'sea')",
    ).join(' || '),
    en: `more than ${MAX_COMPREHENSIONS} list macros`,
    zh: `超过 ${MAX_COMPREHENSIONS} 个`,
  },
};

describe('bounds on the work of a requirement expression', () => {
  it.each(Object.entries(REFUSED))(
    'refuses %s when checked, quickly, naming the item, the field and the place',
    (_name, { expression, en, zh }) => {
      expect(expression.length).toBeLessThanOrEqual(MAX_EXPRESSION_LENGTH);
      const started = performance.now();
      const problems = checkItem(item({ measure: expression }));
      // Generous on a shared machine: the point is that nothing is evaluated (the regex alone would take seconds).
      expect(performance.now() - started).toBeLessThan(1_000);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ itemCode: 'FAC-WORK', field: 'measure', expression });
      expect(problems[0]?.message.en).toContain(en);
      expect(problems[0]?.message.zh).toContain(zh);
      expect(problems[0]?.start).toEqual(expect.any(Number));
      expect(() => compileCatalog([item({ measure: expression })])).toThrow(CatalogProblems);
    },
  );

  it('points at the macro that nests too deeply and at the call to matches', () => {
    const nested = nestedExists(2, 3);
    const [problem] = checkItem(item({ measure: nested }));
    expect(nested.slice(problem?.start ?? 0, problem?.end ?? 0)).toMatch(/^\[0, 1\]\.exists\(x2,/);
    const guarded = `port.hasMode('sea') && ${REGEX}`;
    const [regex] = checkItem(item({ measure: guarded }));
    expect(guarded.slice(regex?.start ?? 0, regex?.end ?? 0)).toBe(REGEX);
  });

  it('still allows macros within the bounds', () => {
    for (const measure of [
      "port.categories.exists(c, c.startsWith('LIVE_'))",
      'port.categories.exists(c, port.modes.exists(m, port.trafficOf(c, m) > 0.0))',
      `port.modes.all(m, m in ['sea', 'air', 'rail']) && ${list(MAX_LITERAL_ELEMENTS)}.exists(x, x == facilities.count('COLD_STORE'))`,
      nestedExists(60, 2),
      "port.categories.filter(c, c != 'LOGS').map(c, port.trafficOf(c, 'tonnes')).size() > 2",
      Array.from({ length: MAX_COMPREHENSIONS }, () => "port.modes.exists(m, m == 'sea')").join(
        ' || ',
      ),
    ]) {
      expect(checkItem(item({ measure })), measure).toEqual([]);
    }
  });

  it('passes every expression of the default catalog, each far within the work bound', () => {
    const file = parseYaml(fs.readFileSync(DEFAULT_CATALOG_FILE, 'utf8')) as {
      items: Record<string, unknown>[];
    };
    const text = (v: unknown) => (typeof v === 'string' ? v : null);
    const items: RuleItem[] = file.items.map((i) => ({
      ...item({}),
      code: String(i.code),
      appliesWhen: text(i.appliesWhen),
      required: text(i.required),
      measure: text(i.measure),
    }));
    expect(items.length).toBeGreaterThan(100);
    for (const rule of items) expect(checkItem(rule), rule.code).toEqual([]);
    expect(() => compileCatalog(items)).not.toThrow();
    for (const rule of items) {
      for (const expression of [rule.appliesWhen, rule.required, rule.measure]) {
        if (expression !== null)
          expect(treeTooCostly(env.parse(expression).ast, FACT_FAMILIES), expression).toBeNull();
      }
    }
    expect(MAX_EXPRESSION_WORK).toBe(100_000);
  });
});

import { describe, expect, it } from 'vitest';
import type { PortFacts } from '../../../../contracts/port-facts.ts';
import { MAX_EXPRESSION_LENGTH } from '../../../../contracts/standards.ts';
import { MAX_EXPRESSION_DEPTH, textTooDeep, treeTooDeep } from './bounds.ts';
import { CatalogProblems, checkItem, compileCatalog, type CompiledCatalog } from './catalog.ts';
import { compileExpression, evaluateExpression, fromCel, type Backend } from './compiler.ts';
import { environmentFor } from './environment.ts';
import { evaluatePort, toEngineFacts } from './evaluate.ts';
import { explainItem } from './explain.ts';
import type { RuleItem } from './types.ts';
import { FACT_FAMILIES } from './vocabulary.ts';

const none = { count: 0, capacity: 0 };
const port: PortFacts = {
  portId: 'p-1',
  code: 'CNNGB',
  placeKind: 'designated_site',
  placeType: null,
  modes: ['sea'],
  portClass: 'I',
  status: 'open',
  categories: { LOGS: 'approved' },
  designCapacity: {},
  traffic: { LOGS: { year: 2024, unit: 'm3', value: 10 } },
  facilities: {
    COLD_STORE: {
      count: 1,
      capacity: 10,
      byStatus: {
        in_service: { count: 1, capacity: 10 },
        under_maintenance: none,
        out_of_service: none,
        planned: none,
      },
    },
  },
};
const facts = toEngineFacts({ port });
const env = environmentFor(FACT_FAMILIES);

function item(fields: Partial<RuleItem>): RuleItem {
  return {
    code: 'FAC-DEEP',
    aspect: 'FACILITY',
    importance: 'mandatory',
    weight: 1,
    appliesWhen: null,
    required: null,
    measure: null,
    ...fields,
  };
}

const chain = (term: string, op: string, n: number) =>
  Array.from({ length: n }, () => term).join(` ${op} `);
const nested = (open: string, close: string, n: number, inner: string) =>
  `${open.repeat(n)}${inner}${close.repeat(n)}`;

/** Expressions past the bound, each well under the length limit, in every shape that nests. */
const TOO_DEEP: Record<string, { field: 'measure' | 'required'; expression: string }> = {
  'a run of 1,990 !': { field: 'measure', expression: `${'!'.repeat(1990)}true` },
  'a run of unary minus': { field: 'required', expression: `${'-'.repeat(1990)}1` },
  'a flat || chain': { field: 'measure', expression: chain('true', '||', 249) },
  'a flat && chain of fact reads': {
    field: 'measure',
    expression: chain("facilities.has('X')", '&&', 80),
  },
  'a flat + chain': { field: 'required', expression: chain('1', '+', 490) },
  'a chain of comparisons': { field: 'measure', expression: `${chain('1', '==', 300)}` },
  parentheses: { field: 'measure', expression: nested('(', ')', 300, 'true') },
  'nested calls': { field: 'required', expression: nested('max(1, ', ')', 100, '1') },
  'nested lists': { field: 'measure', expression: `1 in ${nested('[', ']', 300, '1')}` },
  'nested maps': { field: 'measure', expression: `has(${nested('{"a": ', '}', 200, '1')}.a)` },
  'a ternary chain': {
    field: 'required',
    expression: `${Array.from({ length: 120 }, () => 'true ? 1 :').join(' ')} 0`,
  },
  'nested ternaries': {
    field: 'required',
    expression: `${Array.from({ length: 120 }, () => 'true ?').join(' ')} 1${' : 0'.repeat(120)}`,
  },
  'negations of parentheses': { field: 'measure', expression: nested('!(', ')', 300, 'true') },
};

describe('bounds on requirement expressions', () => {
  it.each(Object.entries(TOO_DEEP))(
    'refuses %s when checked, naming the item and the field',
    (_name, { field, expression }) => {
      expect(expression.length).toBeLessThanOrEqual(MAX_EXPRESSION_LENGTH);
      const problems = checkItem(
        item({ [field]: expression, ...(field === 'required' ? { measure: '1' } : {}) }),
      );
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatchObject({ itemCode: 'FAC-DEEP', field, expression });
      expect(problems[0]?.message.en).toContain(`more than ${MAX_EXPRESSION_DEPTH} levels`);
      expect(problems[0]?.message.zh).toContain('嵌套过深');
      expect(problems[0]?.start).toEqual(expect.any(Number));
    },
  );

  it.each(Object.entries(TOO_DEEP))(
    'refuses to compile a catalog holding %s, as problems and not a stack overflow',
    (_name, { field, expression }) => {
      const rule = item({ [field]: expression, ...(field === 'required' ? { measure: '1' } : {}) });
      expect(() => compileCatalog([rule])).toThrow(CatalogProblems);
    },
  );

  it('places the refusal where the nesting passes the bound', () => {
    expect(textTooDeep(`${'!'.repeat(100)}true`)).toMatchObject({
      start: MAX_EXPRESSION_DEPTH,
      end: MAX_EXPRESSION_DEPTH + 1,
    });
    expect(textTooDeep(`${'('.repeat(100)}1${')'.repeat(100)}`)).toMatchObject({
      start: MAX_EXPRESSION_DEPTH,
    });
  });

  it('does not count brackets, ! or - inside strings and comments, nor binary minus', () => {
    const text = `'${'('.repeat(300)}' in port.categories && "${'!['.repeat(300)}" != 'x' && r'${'{'.repeat(100)}' != '' // ${'('.repeat(100)}\n && 1 - 1 - 1 - 1 == -2`;
    expect(textTooDeep(text)).toBeNull();
    expect(textTooDeep(`'''${"('".repeat(200)}''' != ''`)).toBeNull();
    expect(textTooDeep(chain('1', '-', 500))).toBeNull();
  });

  it('leaves chains of binary operators to the tree, which it measures without recursion', () => {
    const flat = chain('true', '||', 999);
    expect(textTooDeep(flat)).toBeNull();
    expect(treeTooDeep(env.parse(flat).ast)).not.toBeNull();
    // Far past anything a JavaScript recursion could walk: the measure itself must not overflow.
    expect(treeTooDeep(env.parse(chain('1', '+', 50_000)).ast)).not.toBeNull();
  });

  /** The deepest expressions the bound allows, and one level more. */
  const AT_BOUND: { name: string; field: 'measure' | 'required'; at: string; past: string }[] = [
    {
      name: 'a run of !',
      field: 'measure',
      at: `${'!'.repeat(MAX_EXPRESSION_DEPTH - 1)}true`,
      past: `${'!'.repeat(MAX_EXPRESSION_DEPTH)}true`,
    },
    {
      name: 'a flat || chain',
      field: 'measure',
      at: chain('false', '||', MAX_EXPRESSION_DEPTH),
      past: chain('false', '||', MAX_EXPRESSION_DEPTH + 1),
    },
    {
      name: 'a flat && chain of fact reads',
      field: 'measure',
      at: chain("port.hasMode('sea')", '&&', MAX_EXPRESSION_DEPTH - 1),
      past: chain("port.hasMode('sea')", '&&', MAX_EXPRESSION_DEPTH),
    },
    {
      name: 'a chain of failing reads absorbed by ||',
      field: 'measure',
      at: chain("port.traffic['G']['t'] > 1.0", '||', MAX_EXPRESSION_DEPTH - 5).concat(' || true'),
      past: chain("port.traffic['G']['t'] > 1.0", '||', MAX_EXPRESSION_DEPTH - 4).concat(
        ' || true',
      ),
    },
    {
      name: 'a flat + chain',
      field: 'required',
      at: chain('1', '+', MAX_EXPRESSION_DEPTH),
      past: chain('1', '+', MAX_EXPRESSION_DEPTH + 1),
    },
    {
      name: 'nested calls',
      field: 'required',
      at: nested('max(1, ', ')', MAX_EXPRESSION_DEPTH - 2, '1'),
      past: nested('max(1, ', ')', MAX_EXPRESSION_DEPTH, '1'),
    },
  ];

  function outcomeOf(catalog: CompiledCatalog) {
    return evaluatePort(catalog, facts)[0];
  }

  it.each(AT_BOUND)(
    'compiles and evaluates $name at the bound on every path, and refuses one level more',
    ({ field, at, past }) => {
      // Each can be saved: within the contract's length.
      expect(Math.max(at.length, past.length)).toBeLessThanOrEqual(MAX_EXPRESSION_LENGTH);
      const extra = field === 'required' ? { measure: '1' } : {};
      expect(checkItem(item({ [field]: at, ...extra }))).toEqual([]);
      expect(checkItem(item({ [field]: past, ...extra }))).toHaveLength(1);
      const expected = fromCel(env.parse(at)(facts.ctx));
      for (const backend of ['source', 'closures'] as Backend[]) {
        const catalog = compileCatalog([item({ [field]: at, ...extra })], { backend });
        const compiled = catalog.items[0]?.[field];
        expect(compiled?.compiled).toBe(true);
        if (!compiled) throw new Error('not compiled');
        expect(evaluateExpression(compiled, facts.ctx)).toEqual(expected);
        expect(compiled.exact(facts.ctx)).toEqual(expected);
        expect(outcomeOf(catalog)?.status).not.toBe('error');
        const explanation = explainItem(catalog, facts, 'FAC-DEEP');
        expect(explanation[field === 'measure' ? 'present' : 'required']?.value).toEqual(expected);
        const alone = compileExpression(env.parse(at), at, compiled.type, FACT_FAMILIES, backend);
        expect(alone.run(facts.ctx)).toEqual(expected);
      }
    },
  );
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PortFacts } from '../../../../contracts/port-facts.ts';
import { checkItem, compileCatalog, type CompiledItem } from './catalog.ts';
import {
  compileExpression,
  evaluateExpression,
  fromCel,
  type Backend,
  type Context,
} from './compiler.ts';
import { environmentFor } from './environment.ts';
import { evaluatePort, toEngineFacts } from './evaluate.ts';
import type { ItemOutcome, RuleItem } from './types.ts';
import { FACT_FAMILIES } from './vocabulary.ts';

const CATEGORIES = ['MEAT', 'GRAIN', 'LOGS', 'FRUIT'] as const;
const UNITS = ['tonnes', 'm3', 'lots'] as const;
const TYPES = ['COLD_STORE', 'FUMIGATION_CHAMBER', 'XRAY_CT'] as const;
const MODES = ['sea', 'air', 'rail'] as const;

const q = (s: string) => `'${s}'`;
const pick = <T extends string>(xs: readonly T[]) => fc.constantFrom(...xs).map(q);

type Gen = fc.Arbitrary<string>;
const leafInt: Gen = fc.oneof(
  fc.integer({ min: -20, max: 20 }).map(String),
  fc.constantFrom('0', '1000000', '2147483647', '9007199254740991'),
  pick(TYPES).map((t) => `facilities.count(${t})`),
  pick(TYPES).map((t) => `facilities.countAll(${t})`),
  fc.constant('size(port.categories)'),
  fc.constant('port.modes.size()'),
);
const leafDouble: Gen = fc.oneof(
  fc.constantFrom('0.0', '0.5', '2.5', '-1.5', '3.0', '1000000.0', '1e300', '-0.0'),
  fc.tuple(pick(CATEGORIES), pick(UNITS)).map(([c, u]) => `port.trafficOf(${c}, ${u})`),
  pick(MODES).map((m) => `port.capacityOf(${m})`),
  pick(TYPES).map((t) => `facilities.capacity(${t})`),
  pick(MODES).map((m) => `port.designCapacity[${m}]`),
  fc.tuple(pick(CATEGORIES), pick(UNITS)).map(([c, u]) => `port.traffic[${c}][${u}]`),
);
const leafBool: Gen = fc.oneof(
  fc.constantFrom('true', 'false'),
  pick(CATEGORIES).map((c) => `${c} in port.categories`),
  pick(CATEGORIES).map((c) => `${c} in port.suspendedCategories`),
  pick(CATEGORIES).map((c) => `${c} in port.traffic`),
  fc.constantFrom(...CATEGORIES).map((c) => `has(port.traffic.${c})`),
  pick(MODES).map((m) => `port.hasMode(${m})`),
  pick(TYPES).map((t) => `facilities.has(${t})`),
  fc.constantFrom(
    "port.portClass == 'I'",
    "port.status != 'open'",
    "port.categories.exists(c, c == 'LOGS')",
    "port.modes.all(m, m != 'air')",
  ),
);

const { int, double, bool } = fc.letrec<{ int: string; double: string; bool: string }>((tie) => ({
  int: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leafInt,
    fc
      .tuple(tie('int'), fc.constantFrom('+', '-', '*', '/', '%'), tie('int'))
      .map(([a, op, b]) => `(${a} ${op} ${b})`),
    tie('int').map((a) => `-(${a})`),
    tie('double').map((a) => `ceil(${a})`),
    tie('double').map((a) => `floor(${a})`),
    tie('double').map((a) => `round(${a})`),
    tie('double').map((a) => `int(${a})`),
    fc
      .tuple(fc.constantFrom('max', 'min'), tie('int'), tie('int'))
      .map(([f, a, b]) => `${f}(${a}, ${b})`),
    fc.tuple(tie('bool'), tie('int'), tie('int')).map(([c, a, b]) => `(${c} ? ${a} : ${b})`),
  ),
  double: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leafDouble,
    fc
      .tuple(tie('double'), fc.constantFrom('+', '-', '*', '/'), tie('double'))
      .map(([a, op, b]) => `(${a} ${op} ${b})`),
    tie('int').map((a) => `double(${a})`),
    fc
      .tuple(fc.constantFrom('max', 'min'), tie('int'), tie('double'))
      .map(([f, a, b]) => `${f}(${a}, ${b})`),
    fc
      .tuple(fc.constantFrom('max', 'min'), tie('double'), tie('double'))
      .map(([f, a, b]) => `${f}(${a}, ${b})`),
    fc.tuple(tie('bool'), tie('double'), tie('double')).map(([c, a, b]) => `(${c} ? ${a} : ${b})`),
  ),
  bool: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leafBool,
    fc
      .tuple(tie('int'), fc.constantFrom('<', '<=', '>', '>=', '==', '!='), tie('int'))
      .map(([a, op, b]) => `${a} ${op} ${b}`),
    fc
      .tuple(tie('double'), fc.constantFrom('<', '<=', '>', '>=', '==', '!='), tie('double'))
      .map(([a, op, b]) => `${a} ${op} ${b}`),
    fc
      .tuple(tie('int'), fc.constantFrom('<', '>='), tie('double'))
      .map(([a, op, b]) => `${a} ${op} ${b}`),
    fc
      .tuple(tie('bool'), fc.constantFrom('&&', '||'), tie('bool'))
      .map(([a, op, b]) => `(${a} ${op} ${b})`),
    tie('bool').map((a) => `!(${a})`),
    tie('int').map((a) => `${a} in [1, 2, 3]`),
    fc.tuple(tie('bool'), tie('bool'), tie('bool')).map(([c, a, b]) => `(${c} ? ${a} : ${b})`),
  ),
}));

const tallyArb = fc
  .record({ inService: fc.nat(4), other: fc.nat(3), capacity: fc.constantFrom(0, 0.5, 120, 8000) })
  .map(({ inService, other, capacity }) => ({
    count: inService + other,
    capacity,
    byStatus: {
      in_service: { count: inService, capacity },
      under_maintenance: { count: other, capacity: 0 },
      out_of_service: { count: 0, capacity: 0 },
      planned: { count: 0, capacity: 0 },
    },
  }));

const portArb: fc.Arbitrary<PortFacts> = fc.record({
  portId: fc.constant('p'),
  code: fc.constant('P-PROBE'),
  placeKind: fc.constant('designated_site' as const),
  placeType: fc.constant(null),
  modes: fc.subarray([...MODES]),
  portClass: fc.constantFrom('I' as const, 'II' as const),
  status: fc.constantFrom('open' as const, 'suspended' as const),
  categories: fc.dictionary(
    fc.constantFrom(...CATEGORIES),
    fc.constantFrom('approved' as const, 'suspended' as const, 'withdrawn' as const),
  ),
  designCapacity: fc.dictionary(
    fc.constantFrom(...MODES),
    fc.record({
      unit: fc.constant('teu_per_year' as const),
      value: fc.constantFrom(0, 1.5, 90000),
    }),
  ),
  traffic: fc.dictionary(
    fc.constantFrom(...CATEGORIES),
    fc.record({
      year: fc.constant(2024),
      unit: fc.constantFrom(...UNITS),
      value: fc.constantFrom(0, 0.25, 3, 1_240_000),
    }),
  ),
  facilities: fc.dictionary(fc.constantFrom(...TYPES), tallyArb),
});

const env = environmentFor(FACT_FAMILIES);

type Result = { ok: true; value: unknown } | { ok: false };
function attempt(f: () => unknown): Result {
  try {
    return { ok: true, value: f() };
  } catch {
    return { ok: false };
  }
}

function agrees(expression: string, port: PortFacts, backend: Backend): void {
  const checked = env.check(expression);
  expect(checked.valid, `${expression}: ${checked.error?.message}`).toBe(true);
  const program = env.parse(expression);
  const compiled = compileExpression(
    program,
    expression,
    checked.type ?? '',
    FACT_FAMILIES,
    backend,
  );
  expect(compiled.compiled, expression).toBe(true);
  const { ctx } = toEngineFacts({ port });
  const reference = attempt(() => fromCel(program(ctx)));
  const ours = attempt(() => evaluateExpression(compiled, ctx));
  expect(ours.ok, `${expression} ok`).toBe(reference.ok);
  if (reference.ok && ours.ok) expect(ours.value, expression).toEqual(reference.value);
}

describe('compiled evaluation agrees with cel-js', () => {
  for (const backend of ['source', 'closures'] as const) {
    for (const [name, arb] of [
      ['int', int],
      ['double', double],
      ['bool', bool],
    ] as const) {
      it(`${name} expressions (${backend})`, () => {
        fc.assert(
          fc.property(arb, portArb, (expression, port) => agrees(expression, port, backend)),
          { numRuns: 400 },
        );
      });
    }
  }
});

/** The outcome evaluate.ts decides, with every expression evaluated by cel-js; `error` only says whether one occurred. */
function referenceOutcome(
  c: CompiledItem,
  ctx: Context,
): Omit<ItemOutcome, 'error'> & { error: boolean } {
  const code = c.item.code;
  const error = { code, status: 'error' as const, required: null, present: null, error: true };
  try {
    if (c.appliesWhen !== null && c.appliesWhen.exact(ctx) !== true)
      return { ...c.notApplicable, error: false };
    const required = c.required === null ? null : (c.required.exact(ctx) as number);
    if (required !== null && !Number.isFinite(required)) return error;
    if (c.measure === null)
      return { code, status: 'manual', required, present: null, error: false };
    const measured = c.measure.exact(ctx);
    if (required === null)
      return {
        code,
        status: measured === true ? 'compliant' : 'non_compliant',
        required: null,
        present: measured === true,
        error: false,
      };
    const present = measured as number;
    if (!Number.isFinite(present)) return error;
    const status =
      present >= required || required <= 0
        ? 'compliant'
        : present > 0
          ? 'partial'
          : 'non_compliant';
    return { code, status, required, present, error: false };
  } catch {
    return error;
  }
}

const ruleArb: fc.Arbitrary<Pick<RuleItem, 'appliesWhen' | 'required' | 'measure'>> = fc.oneof(
  fc.record({
    appliesWhen: fc.option(bool, { nil: null }),
    required: fc.constant(null),
    measure: fc.option(bool, { nil: null }),
  }),
  fc.record({
    appliesWhen: fc.option(bool, { nil: null }),
    required: fc.oneof(int, double),
    measure: fc.option(fc.oneof(int, double), { nil: null }),
  }),
);

describe('a compiled catalog agrees with cel-js item by item', () => {
  it('gives every port the outcomes cel-js decides, and exactly those of per-expression evaluation', () => {
    fc.assert(
      fc.property(
        fc.array(ruleArb, { minLength: 1, maxLength: 90 }),
        fc.array(portArb, { minLength: 1, maxLength: 3 }),
        (rules, ports) => {
          const items: RuleItem[] = rules.map((r, i) => ({
            code: `R${i}`,
            aspect: 'FACILITY',
            importance: 'mandatory',
            weight: 1,
            ...r,
          }));
          // The generator's leaves include list macros, so a large expression can hold more than bounds.ts's
          // MAX_COMPREHENSIONS of them, which the check refuses; such a catalog is never compiled, so it is
          // skipped rather than compared.
          fc.pre(items.every((item) => checkItem(item).length === 0));
          const catalog = compileCatalog(items);
          expect(catalog.program?.deferred).toEqual([]);
          const perExpression = compileCatalog(items, { backend: 'closures' });
          expect(perExpression.program).toBeNull();
          for (const port of ports) {
            const facts = toEngineFacts({ port });
            const outcomes = evaluatePort(catalog, facts);
            expect(outcomes).toEqual(evaluatePort(perExpression, facts));
            const reference = catalog.items.map((c) => referenceOutcome(c, facts.ctx));
            expect(outcomes.map((o) => ({ ...o, error: o.error !== null }))).toEqual(reference);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

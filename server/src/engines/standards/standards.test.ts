import { describe, expect, it } from 'vitest';
import type { PortFacts } from '../../../../contracts/port-facts.ts';
import {
  applyScenario,
  CatalogProblems,
  checkItem,
  compileCatalog,
  evaluatePort,
  explainItem,
  toEngineFacts,
  type ItemOutcome,
  type RuleItem,
} from './index.ts';

const none = { count: 0, capacity: 0 };
function tally(inService: number, capacity = 0, other = 0) {
  return {
    count: inService + other,
    capacity: capacity,
    byStatus: {
      in_service: { count: inService, capacity },
      under_maintenance: { count: other, capacity: 0 },
      out_of_service: none,
      planned: none,
    },
  };
}

const ningbo: PortFacts = {
  portId: 'p-1',
  code: 'CNNGB',
  placeKind: 'designated_site',
  placeType: null,
  modes: ['sea', 'rail'],
  portClass: 'I',
  status: 'open',
  categories: { LOGS: 'approved', MEAT: 'approved', FRUIT: 'suspended', GRAIN: 'withdrawn' },
  designCapacity: { sea: { unit: 'teu_per_year', value: 4_000_000 } },
  traffic: {
    LOGS: { year: 2024, unit: 'm3', value: 1_240_000 },
    MEAT: { year: 2024, unit: 'tonnes', value: 80_000 },
  },
  facilities: { FUMIGATION_CHAMBER: tally(2, 600, 1), COLD_STORE: tally(1, 5000) },
};

function item(code: string, fields: Partial<RuleItem>): RuleItem {
  return {
    code,
    aspect: 'FACILITY',
    importance: 'mandatory',
    weight: 1,
    appliesWhen: null,
    required: null,
    measure: null,
    ...fields,
  };
}

function outcomeOf(rule: RuleItem, port: PortFacts = ningbo): ItemOutcome {
  const [outcome] = evaluatePort(compileCatalog([rule]), toEngineFacts({ port }));
  if (!outcome) throw new Error('no outcome');
  return outcome;
}

const logsFumigation = item('FAC-LOGS-FUMIGATION', {
  appliesWhen: "'LOGS' in port.categories",
  required: "max(1, ceil(port.trafficOf('LOGS', 'm3') / 500000.0))",
  measure: "facilities.count('FUMIGATION_CHAMBER')",
});

describe('evaluation', () => {
  it('applies an item by category membership and scales the required count with traffic', () => {
    // 1,240,000 m3 / 500,000 rounds up to 3 chambers; 2 are in service (the third is under maintenance).
    expect(outcomeOf(logsFumigation)).toEqual({
      code: 'FAC-LOGS-FUMIGATION',
      status: 'partial',
      required: 3,
      present: 2,
      error: null,
    });
  });

  it('is not applicable when the category is not approved', () => {
    const fruit = item('FAC-FRUIT', {
      appliesWhen: "'FRUIT' in port.categories",
      required: '1',
      measure: "facilities.count('VAPOUR_HEAT_CHAMBER')",
    });
    expect(outcomeOf(fruit).status).toBe('not_applicable');
    const suspended = item('SYS-FRUIT-SUSPENDED', {
      appliesWhen: "'FRUIT' in port.suspendedCategories",
      measure: 'true',
    });
    expect(outcomeOf(suspended).status).toBe('compliant');
  });

  it('answers a yes/no item from a boolean measure', () => {
    expect(
      outcomeOf(
        item('FAC-MEAT-COLD', {
          appliesWhen: "'MEAT' in port.categories",
          measure: "facilities.has('COLD_STORE')",
        }),
      ),
    ).toEqual({
      code: 'FAC-MEAT-COLD',
      status: 'compliant',
      required: null,
      present: true,
      error: null,
    });
    expect(outcomeOf(item('FAC-XRAY', { measure: "facilities.has('XRAY_CT')" })).status).toBe(
      'non_compliant',
    );
  });

  it('leaves a manual item to a person but still states the required quantity', () => {
    expect(
      outcomeOf(item('STAFF-INSPECTORS', { required: "port.portClass == 'I' ? 6 : 3" })),
    ).toEqual({
      code: 'STAFF-INSPECTORS',
      status: 'manual',
      required: 6,
      present: null,
      error: null,
    });
  });

  it('grades quantities: enough is compliant, none is non-compliant, a required zero is always met', () => {
    expect(
      outcomeOf(item('A', { required: '2', measure: "facilities.count('FUMIGATION_CHAMBER')" }))
        .status,
    ).toBe('compliant');
    expect(
      outcomeOf(item('B', { required: '1', measure: "facilities.count('XRAY_CT')" })).status,
    ).toBe('non_compliant');
    expect(
      outcomeOf(item('C', { required: '0', measure: "facilities.count('XRAY_CT')" })).status,
    ).toBe('compliant');
    expect(
      outcomeOf(item('D', { required: '4000.0', measure: "facilities.capacity('COLD_STORE')" }))
        .status,
    ).toBe('compliant');
  });

  it('turns a runtime failure into an error outcome naming the expression, without throwing', () => {
    expect(
      outcomeOf(item('E', { required: "facilities.count('COLD_STORE') / 0", measure: '1' })),
    ).toEqual({
      code: 'E',
      status: 'error',
      required: null,
      present: null,
      error: 'required: division by zero',
    });
    expect(
      outcomeOf(item('F', { required: "port.traffic['GRAIN']['tonnes']", measure: '1.0' })).error,
    ).toBe('required: No such key: GRAIN');
    expect(outcomeOf(item('G', { required: '1.0 / 0.0', measure: '1.0' })).status).toBe('error');
  });

  it('absorbs an error on one side of && when the other side decides', () => {
    const rule = item('H', {
      appliesWhen: "port.traffic['GRAIN']['tonnes'] > 10.0 && 'GRAIN' in port.categories",
      measure: 'true',
    });
    expect(outcomeOf(rule).status).toBe('not_applicable');
  });

  it('keeps ints beyond 2^53 exact by handing them to cel-js', () => {
    const big = item('I', {
      required: '9007199254740993 - 9007199254740992',
      measure: "facilities.count('COLD_STORE') + 9007199254740991 - 9007199254740991",
    });
    expect(outcomeOf(big)).toMatchObject({ status: 'compliant', required: 1, present: 1 });
  });

  it('reports a family the bundle does not carry as an error outcome', () => {
    const catalog = compileCatalog([logsFumigation]);
    const [outcome] = evaluatePort(catalog, toEngineFacts({}));
    expect(outcome).toMatchObject({ status: 'error', error: 'unknown fact: port' });
  });
});

describe('checking', () => {
  it('accepts a well-formed item', () => {
    expect(checkItem(logsFumigation)).toEqual([]);
  });

  it('places an unknown function', () => {
    const [problem] = checkItem(item('X', { required: 'max(1, quota(2))', measure: '1' }));
    expect(problem).toMatchObject({
      itemCode: 'X',
      field: 'required',
      expression: 'max(1, quota(2))',
      start: 7,
      end: 15,
    });
    expect(problem?.message.en).toContain('quota');
    expect(problem?.message.zh).toContain('未知函数');
  });

  it('refuses an expression of the wrong result type', () => {
    const problems = checkItem(
      item('Y', {
        appliesWhen: "facilities.count('COLD_STORE')",
        required: "'LOGS' in port.categories",
        measure: "facilities.has('COLD_STORE')",
      }),
    );
    expect(problems.map((p) => p.field)).toEqual(['appliesWhen', 'required', 'measure']);
    expect(problems[0]?.message.en).toBe('appliesWhen must give bool, not int');
    // With a required quantity, a boolean measure cannot be compared with it.
    expect(problems[2]?.message.en).toBe('measure must give int / double, not bool');
  });

  it('names unknown facts, fields and syntax errors with positions', () => {
    expect(checkItem(item('Z', { measure: "staff.count('VET') > 0" }))[0]).toMatchObject({
      message: { en: 'unknown fact: staff' },
      start: 0,
      end: 5,
    });
    expect(checkItem(item('Z', { measure: 'port.berths > 0' }))[0]).toMatchObject({
      message: { en: 'unknown field: berths' },
      start: 5,
      end: 11,
    });
    expect(checkItem(item('Z', { measure: "facilities.count('X') >" }))[0]?.message.en).toMatch(
      /^syntax error/,
    );
    expect(
      checkItem(item('Z', { measure: "facilities.count('X') + 1.5 > 0.0" }))[0]?.message.en,
    ).toMatch(/^operator not defined/);
  });

  it('says a known family is not provided when the caller leaves it out', () => {
    const [problem] = checkItem(item('Z', { measure: "facilities.has('COLD_STORE')" }), {
      families: ['port'],
    });
    expect(problem?.message.en).toBe('unknown fact: facilities (not provided here)');
  });

  it('refuses to compile a catalog with problems, listing all of them', () => {
    expect(() => compileCatalog([logsFumigation, item('BAD', { measure: 'nope' })])).toThrow(
      CatalogProblems,
    );
    try {
      compileCatalog([item('BAD1', { measure: '1 +' }), item('BAD2', { appliesWhen: '1' })]);
    } catch (e) {
      expect(e instanceof CatalogProblems && e.problems.map((p) => p.itemCode)).toEqual([
        'BAD1',
        'BAD2',
      ]);
    }
  });

  it('compiles each distinct expression once', () => {
    const catalog = compileCatalog([
      logsFumigation,
      { ...logsFumigation, code: 'FAC-LOGS-FUMIGATION-2' },
    ]);
    expect(catalog.stats).toEqual({ expressions: 3, compiled: 3, interpreted: 0 });
    expect(catalog.items[0]?.required).toBe(catalog.items[1]?.required);
  });
});

describe('explanation and scenarios', () => {
  it('explains a required quantity by the facts it read', () => {
    const catalog = compileCatalog([logsFumigation]);
    const explanation = explainItem(catalog, toEngineFacts({ port: ningbo }), logsFumigation.code);
    expect(explanation.required).toEqual({
      expression: logsFumigation.required,
      value: 3,
      terms: [{ text: "port.trafficOf('LOGS', 'm3')", value: 1_240_000 }],
    });
    expect(explanation.present?.terms).toEqual([
      { text: "facilities.count('FUMIGATION_CHAMBER')", value: 2 },
    ]);
    expect(explanation.appliesWhen?.terms).toEqual([
      { text: 'port.categories', value: ['LOGS', 'MEAT'] },
    ]);
  });

  it('reports a failing term and value', () => {
    const rule = item('F', {
      required: "port.traffic['GRAIN']['tonnes'] / 1000.0",
      measure: '1.0',
    });
    const explanation = explainItem(compileCatalog([rule]), toEngineFacts({ port: ningbo }), 'F');
    expect(explanation.required).toMatchObject({
      value: null,
      error: 'No such key: GRAIN',
      terms: [{ text: "port.traffic['GRAIN']['tonnes']", value: null }],
    });
  });

  it('scales traffic and changes designations without touching the original', () => {
    const bundle = { port: ningbo };
    const more = applyScenario(bundle, {
      trafficScale: { LOGS: 1.3 },
      addCategories: ['GRAIN'],
      removeCategories: ['MEAT'],
    });
    expect(more.port.traffic.LOGS?.value).toBeCloseTo(1_612_000);
    expect(more.port.categories).toEqual({
      LOGS: 'approved',
      FRUIT: 'suspended',
      GRAIN: 'approved',
    });
    expect(ningbo.traffic.LOGS?.value).toBe(1_240_000);
    const catalog = compileCatalog([logsFumigation]);
    expect(evaluatePort(catalog, toEngineFacts(more))[0]).toMatchObject({
      required: 4,
      present: 2,
    });
  });
});

// The facts a requirement expression may read: the single source for the CEL environment, the compiler,
// the evaluation context and the vocabulary the catalog editor shows.
import type { PortFacts } from '../../../../contracts/port-facts.ts';
import { PORT_MODES } from '../../../../contracts/ports.ts';

export type Label = { zh: string; en: string };

/**
 * Everything the engine may know about one port. Only `port` exists today; later modules (staff, labs,
 * documents) add optional keys, and an expression that reads a family whose key is absent cannot be used.
 */
export type FactBundle = { port: PortFacts };

/** CEL type names, as cel-js spells them in signatures ('int', 'list<string>', 'map<string, double>', 'Port'). */
export type CelTypeName = string;

/**
 * Implementations work on JavaScript numbers for both int and double: the compiled evaluator calls them
 * directly, and the cel-js environment wraps them, converting BigInt ints at its boundary, so the two
 * evaluators cannot drift apart.
 */
export type Implementation = (...args: never[]) => unknown;

export type ParamDef = { name: string; type: CelTypeName; label: Label };

export type MethodDef = {
  name: string;
  params: readonly ParamDef[];
  result: CelTypeName;
  label: Label;
  /** Called with the receiver first. */
  impl: Implementation;
};

export type FieldDef = {
  type: CelTypeName;
  label: Label;
  /**
   * The most elements (or keys) a list or map field can hold, when the data guarantees it; work.ts counts
   * the others at FACT_COLLECTION_SIZE when it estimates an expression's work.
   */
  maxElements?: number;
};

export type FactFamily = {
  /** The variable name expressions use. */
  name: string;
  /** The CEL type the variable has. */
  typeName: string;
  label: Label;
  ctor: new (...args: never[]) => object;
  fields: Readonly<Record<string, FieldDef>>;
  methods: readonly MethodDef[];
  /** The family's value for one port, or undefined when the bundle does not carry it. */
  build(bundle: Partial<FactBundle>): object | undefined;
};

/** `fails`: the implementation can throw (an int result out of range), which the compiler must know. */
export type OverloadDef = {
  params: readonly CelTypeName[];
  result: CelTypeName;
  impl: Implementation;
  fails?: boolean;
};
export type FunctionDef = { name: string; label: Label; overloads: readonly OverloadDef[] };

// 2^63: a CEL int is a signed 64-bit integer.
const INT64_LIMIT = 9223372036854775808;

function toInt(x: number): number {
  if (!Number.isFinite(x) || x >= INT64_LIMIT || x < -INT64_LIMIT)
    throw new Error('integer overflow');
  return x + 0;
}

/** What expressions see as `port`; lists and maps are in the shapes cel-js reads (arrays, Maps). */
export class PortValue {
  constructor(
    readonly code: string,
    readonly placeKind: string,
    readonly placeType: string,
    readonly portClass: string,
    readonly status: string,
    readonly modes: readonly string[],
    readonly categories: readonly string[],
    readonly suspendedCategories: readonly string[],
    readonly designCapacity: ReadonlyMap<string, number>,
    readonly traffic: ReadonlyMap<string, ReadonlyMap<string, number>>,
  ) {}
}

/** What expressions see as `facilities`: only methods, so that the tallies' shape can change freely. */
export class FacilitiesValue {
  constructor(
    readonly inService: ReadonlyMap<string, number>,
    readonly all: ReadonlyMap<string, number>,
    readonly capacity: ReadonlyMap<string, number>,
  ) {}
}

function buildPort(p: PortFacts): PortValue {
  const approved: string[] = [];
  const suspended: string[] = [];
  for (const [category, status] of Object.entries(p.categories)) {
    if (status === 'approved') approved.push(category);
    else if (status === 'suspended') suspended.push(category);
  }
  const capacity = new Map<string, number>();
  for (const [mode, c] of Object.entries(p.designCapacity)) if (c) capacity.set(mode, c.value);
  const traffic = new Map<string, Map<string, number>>();
  for (const [category, t] of Object.entries(p.traffic))
    traffic.set(category, new Map([[t.unit, t.value]]));
  return new PortValue(
    p.code,
    p.placeKind,
    p.placeType ?? '',
    p.portClass,
    p.status,
    [...p.modes],
    approved,
    suspended,
    capacity,
    traffic,
  );
}

function buildFacilities(p: PortFacts): FacilitiesValue {
  const inService = new Map<string, number>();
  const all = new Map<string, number>();
  const capacity = new Map<string, number>();
  for (const [type, t] of Object.entries(p.facilities)) {
    inService.set(type, t.byStatus.in_service.count);
    all.set(type, t.count);
    capacity.set(type, t.byStatus.in_service.capacity);
  }
  return new FacilitiesValue(inService, all, capacity);
}

const str = (name: string, zh: string, en: string): ParamDef => ({
  name,
  type: 'string',
  label: { zh, en },
});
const categoryParam = str('category', '场地类别代码', 'designation category code');
const unitParam = str('unit', '计量单位', 'traffic unit');
const modeParam = str('mode', '运输方式', 'port mode');
const typeParam = str('type', '设施类型代码', 'facility type code');

export const PORT_FAMILY: FactFamily = {
  name: 'port',
  typeName: 'Port',
  label: { zh: '口岸', en: 'The port' },
  ctor: PortValue,
  build: (bundle) => (bundle.port ? buildPort(bundle.port) : undefined),
  fields: {
    code: { type: 'string', label: { zh: '口岸代码', en: 'Port code' } },
    placeKind: {
      type: 'string',
      label: {
        zh: '场所类型（designated_site 指定监管场地、workplace 监管作业场所、centralised_site 集中作业场地）',
        en: 'Kind of place (designated_site, workplace, centralised_site)',
      },
    },
    placeType: {
      type: 'string',
      label: {
        zh: '场所细类（water、road、air、rail、express、ecommerce、passenger、mail、isolation；指定监管场地为空字符串）',
        en: "Type of workplace or centralised site (water, road, air, rail, express, ecommerce, passenger, mail, isolation; '' for a designated site)",
      },
    },
    portClass: {
      type: 'string',
      label: { zh: '口岸类别（I 一类，II 二类）', en: "Port class ('I' or 'II')" },
    },
    status: {
      type: 'string',
      label: {
        zh: '口岸状态（planned、open、suspended、closed）',
        en: 'Port status (planned, open, suspended, closed)',
      },
    },
    modes: {
      type: 'list<string>',
      label: { zh: '运输方式', en: 'Modes (sea, air, rail …)' },
      maxElements: PORT_MODES.length,
    },
    categories: {
      type: 'list<string>',
      label: { zh: '已批准的指定监管场地类别', en: 'Approved designation categories' },
    },
    suspendedCategories: {
      type: 'list<string>',
      label: { zh: '暂停的指定监管场地类别', en: 'Suspended designation categories' },
    },
    designCapacity: {
      type: 'map<string, double>',
      label: { zh: '设计能力（运输方式 → 数值）', en: 'Design capacity (mode → value)' },
      maxElements: PORT_MODES.length,
    },
    traffic: {
      type: 'map<string, map<string, double>>',
      label: {
        zh: '最近一年业务量（类别 → 单位 → 数值）',
        en: "Latest year's traffic (category → unit → value)",
      },
    },
  },
  methods: [
    {
      name: 'trafficOf',
      params: [categoryParam, unitParam],
      result: 'double',
      label: {
        zh: '某类别按某单位计的最近一年业务量，没有则为 0.0',
        en: "Latest year's traffic of a category in a unit, 0.0 when none",
      },
      impl: (p: PortValue, category: string, unit: string): number =>
        p.traffic.get(category)?.get(unit) ?? 0,
    },
    {
      name: 'capacityOf',
      params: [modeParam],
      result: 'double',
      label: {
        zh: '某运输方式的设计能力，没有则为 0.0',
        en: 'Design capacity of a mode, 0.0 when none',
      },
      impl: (p: PortValue, mode: string): number => p.designCapacity.get(mode) ?? 0,
    },
    {
      name: 'hasMode',
      params: [modeParam],
      result: 'bool',
      label: { zh: '口岸是否有该运输方式', en: 'Whether the port has the mode' },
      impl: (p: PortValue, mode: string): boolean => p.modes.includes(mode),
    },
  ],
};

export const FACILITIES_FAMILY: FactFamily = {
  name: 'facilities',
  typeName: 'Facilities',
  label: {
    zh: '口岸专业设施（只计认证有效的）',
    en: 'Port facilities (only those with a valid certification count)',
  },
  ctor: FacilitiesValue,
  build: (bundle) => (bundle.port ? buildFacilities(bundle.port) : undefined),
  fields: {},
  methods: [
    {
      name: 'count',
      params: [typeParam],
      result: 'int',
      label: { zh: '在用且认证有效的数量', en: 'Quantity in service with a valid certification' },
      impl: (f: FacilitiesValue, type: string): number => f.inService.get(type) ?? 0,
    },
    {
      name: 'countAll',
      params: [typeParam],
      result: 'int',
      label: { zh: '各状态合计数量', en: 'Quantity over all statuses' },
      impl: (f: FacilitiesValue, type: string): number => f.all.get(type) ?? 0,
    },
    {
      name: 'capacity',
      params: [typeParam],
      result: 'double',
      label: {
        zh: '在用设施的能力合计（按该类型的单位）',
        en: "Capacity in service, in the type's unit",
      },
      impl: (f: FacilitiesValue, type: string): number => f.capacity.get(type) ?? 0,
    },
    {
      name: 'has',
      params: [typeParam],
      result: 'bool',
      label: {
        zh: '是否有在用且认证有效的该类设施',
        en: 'Whether any is in service with a valid certification',
      },
      impl: (f: FacilitiesValue, type: string): boolean => (f.inService.get(type) ?? 0) > 0,
    },
  ],
};

/** Every fact family, in the order the editor lists them. A new family is one entry here. */
export const FACT_FAMILIES: readonly FactFamily[] = [PORT_FAMILY, FACILITIES_FAMILY];

const numericPairs = (pick: (a: number, b: number) => number): OverloadDef[] => [
  { params: ['int', 'int'], result: 'int', impl: pick },
  { params: ['double', 'double'], result: 'double', impl: pick },
  { params: ['int', 'double'], result: 'double', impl: pick },
  { params: ['double', 'int'], result: 'double', impl: pick },
];

/** Helpers beyond CEL's standard functions (which are also available: size, int, double, has, exists, all). */
export const FUNCTIONS: readonly FunctionDef[] = [
  {
    name: 'max',
    label: { zh: '两数取大', en: 'The larger of two numbers' },
    overloads: numericPairs((a, b) => Math.max(a, b)),
  },
  {
    name: 'min',
    label: { zh: '两数取小', en: 'The smaller of two numbers' },
    overloads: numericPairs((a, b) => Math.min(a, b)),
  },
  {
    name: 'ceil',
    label: { zh: '向上取整', en: 'Round up to an int' },
    overloads: [
      { params: ['double'], result: 'int', impl: (x: number) => toInt(Math.ceil(x)), fails: true },
    ],
  },
  {
    name: 'floor',
    label: { zh: '向下取整', en: 'Round down to an int' },
    overloads: [
      { params: ['double'], result: 'int', impl: (x: number) => toInt(Math.floor(x)), fails: true },
    ],
  },
  {
    name: 'round',
    label: {
      zh: '四舍五入取整（.5 远离零）',
      en: 'Round to the nearest int, halves away from zero',
    },
    overloads: [
      {
        params: ['double'],
        result: 'int',
        impl: (x: number) => toInt(Math.sign(x) * Math.round(Math.abs(x))),
        fails: true,
      },
    ],
  },
];

/** The family names an expression may use when the bundle carries every family. */
export const FAMILY_NAMES: readonly string[] = FACT_FAMILIES.map((f) => f.name);

export function familiesNamed(names: readonly string[] | undefined): readonly FactFamily[] {
  if (names === undefined) return FACT_FAMILIES;
  return FACT_FAMILIES.filter((f) => names.includes(f.name));
}

/** The vocabulary as the catalog editor shows it (plain data). */
export type VocabularyView = {
  variables: {
    name: string;
    type: string;
    label: Label;
    fields: { name: string; type: string; label: Label }[];
    methods: { signature: string; label: Label }[];
  }[];
  functions: { signature: string; label: Label }[];
};

export function describeVocabulary(): VocabularyView {
  return {
    variables: FACT_FAMILIES.map((f) => ({
      name: f.name,
      type: f.typeName,
      label: f.label,
      fields: Object.entries(f.fields).map(([name, d]) => ({ name, type: d.type, label: d.label })),
      methods: f.methods.map((m) => ({
        signature: `${f.name}.${m.name}(${m.params.map((p) => `${p.name}: ${p.type}`).join(', ')}): ${m.result}`,
        label: m.label,
      })),
    })),
    functions: FUNCTIONS.flatMap((fn) =>
      fn.overloads.map((o) => ({
        signature: `${fn.name}(${o.params.join(', ')}): ${o.result}`,
        label: fn.label,
      })),
    ),
  };
}

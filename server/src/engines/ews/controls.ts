// Control parameters of each method: R's defaults, and the parsing of `name=value` settings with a
// refusal that names the control when it is unknown for the method or given a value of the wrong kind.
import type {
  ControlsByMethod,
  CusumTransform,
  EwsMethod,
  MethodSettings,
  PowerTransform,
  ThresholdMethod,
} from './types.ts';

export const DEFAULT_CONTROLS: ControlsByMethod = {
  farringtonFlexible: {
    b: 5,
    w: 3,
    reweight: true,
    weightsThreshold: 2.58,
    alpha: 0.05,
    trend: true,
    pThresholdTrend: 0.05,
    limit54: [5, 4],
    powertrans: '2/3',
    noPeriods: 1,
    pastWeeksNotIncluded: null,
    thresholdMethod: 'delta',
  },
  farrington: {
    b: 5,
    w: 3,
    reweight: true,
    alpha: 0.05,
    trend: true,
    limit54: [5, 4],
    powertrans: '2/3',
  },
  C1: { baseline: 7, minSigma: 0, alpha: null },
  C2: { baseline: 7, minSigma: 0, alpha: null },
  C3: { baseline: 7, minSigma: 0, alpha: null },
  cusum: { k: 1.04, h: 2.26, m: null, trans: 'standard', alpha: null },
};

export class ControlError extends Error {
  override readonly name = 'ControlError';
}

type ControlValue = number | boolean | string | null | readonly [number, number];

interface ControlKind {
  readonly describe: string;
  readonly parse: (raw: string) => ControlValue | undefined;
}

const NUMBER_PATTERN = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const parseNumber = (raw: string): number | undefined =>
  NUMBER_PATTERN.test(raw.trim()) ? Number(raw) : undefined;

const kinds = {
  count: {
    describe: 'a whole number >= 0',
    parse: (raw) => {
      const v = parseNumber(raw);
      return v !== undefined && Number.isInteger(v) && v >= 0 ? v : undefined;
    },
  },
  positiveCount: {
    describe: 'a whole number >= 1',
    parse: (raw) => {
      const v = parseNumber(raw);
      return v !== undefined && Number.isInteger(v) && v >= 1 ? v : undefined;
    },
  },
  probability: {
    describe: 'a number strictly between 0 and 1',
    parse: (raw) => {
      const v = parseNumber(raw);
      return v !== undefined && v > 0 && v < 1 ? v : undefined;
    },
  },
  pThreshold: {
    describe: 'a number between 0 and 1',
    parse: (raw) => {
      const v = parseNumber(raw);
      return v !== undefined && v >= 0 && v <= 1 ? v : undefined;
    },
  },
  number: { describe: 'a number', parse: (raw) => parseNumber(raw) },
  nonNegative: {
    describe: 'a number >= 0',
    parse: (raw) => {
      const v = parseNumber(raw);
      return v !== undefined && v >= 0 ? v : undefined;
    },
  },
  boolean: {
    describe: 'true or false',
    parse: (raw) => ({ true: true, TRUE: true, false: false, FALSE: false })[raw.trim()],
  },
  limit54: {
    describe: 'two numbers "cases,weeks" with cases >= 0 and weeks a whole number >= 1',
    parse: (raw) => {
      const parts = raw.split(',').map(parseNumber);
      const [cases, weeks] = parts;
      if (parts.length !== 2 || cases === undefined || weeks === undefined) return undefined;
      return cases >= 0 && Number.isInteger(weeks) && weeks >= 1
        ? ([cases, weeks] as const)
        : undefined;
    },
  },
} satisfies Record<string, ControlKind>;

function oneOf<T extends string>(words: readonly T[]): ControlKind {
  return {
    describe: `one of ${words.join(', ')}`,
    parse: (raw) => words.find((word) => word === raw.trim()),
  };
}

const POWER_TRANSFORMS: readonly PowerTransform[] = ['2/3', '1/2', 'none'];
const THRESHOLD_METHODS: readonly ThresholdMethod[] = ['delta', 'nbPlugin', 'muan'];
const CUSUM_TRANSFORMS: readonly CusumTransform[] = [
  'standard',
  'rossi',
  'anscombe',
  'anscombe2nd',
  'pearsonNegBin',
  'none',
];

const earsKinds: Record<string, ControlKind> = {
  baseline: {
    describe: 'a whole number >= 3',
    parse: (raw) => {
      const v = kinds.count.parse(raw);
      return v !== undefined && v >= 3 ? v : undefined;
    },
  },
  minSigma: kinds.nonNegative,
  alpha: kinds.probability,
};

const CONTROL_KINDS: Readonly<Record<EwsMethod, Readonly<Record<string, ControlKind>>>> = {
  farringtonFlexible: {
    b: kinds.positiveCount,
    w: kinds.count,
    reweight: kinds.boolean,
    weightsThreshold: kinds.number,
    alpha: kinds.probability,
    trend: kinds.boolean,
    pThresholdTrend: kinds.pThreshold,
    limit54: kinds.limit54,
    powertrans: oneOf(POWER_TRANSFORMS),
    noPeriods: kinds.positiveCount,
    pastWeeksNotIncluded: kinds.count,
    thresholdMethod: oneOf(THRESHOLD_METHODS),
  },
  farrington: {
    b: kinds.positiveCount,
    w: kinds.count,
    reweight: kinds.boolean,
    alpha: kinds.probability,
    trend: kinds.boolean,
    limit54: kinds.limit54,
    powertrans: oneOf(POWER_TRANSFORMS),
  },
  C1: earsKinds,
  C2: earsKinds,
  C3: earsKinds,
  cusum: {
    k: kinds.number,
    h: kinds.number,
    m: {
      describe: 'a number > 0 or glm',
      parse: (raw) =>
        raw.trim() === 'glm'
          ? 'glm'
          : ((v) => (v !== undefined && v > 0 ? v : undefined))(parseNumber(raw)),
    },
    trans: oneOf(CUSUM_TRANSFORMS),
    alpha: kinds.nonNegative,
  },
};

/** The names `--set` accepts for a method. */
export function controlNames(method: EwsMethod): string[] {
  return Object.keys(CONTROL_KINDS[method]);
}

function withDefaults<M extends EwsMethod>(
  method: M,
  parsed: Readonly<Record<string, ControlValue>>,
): ControlsByMethod[M] {
  return Object.assign({}, DEFAULT_CONTROLS[method], parsed);
}

/** Parses textual settings (name -> raw value) onto the method's defaults. */
export function resolveControls(
  method: EwsMethod,
  settings: ReadonlyMap<string, string>,
): MethodSettings {
  const accepted = CONTROL_KINDS[method];
  const parsed: Record<string, ControlValue> = {};
  for (const [name, raw] of settings) {
    const kind = Object.hasOwn(accepted, name) ? accepted[name] : undefined;
    if (kind === undefined) {
      throw new ControlError(
        `unknown control "${name}" for method ${method} (known: ${controlNames(method).join(', ')})`,
      );
    }
    const value = kind.parse(raw);
    if (value === undefined)
      throw new ControlError(`control "${name}" must be ${kind.describe}, got "${raw}"`);
    parsed[name] = value;
  }
  switch (method) {
    case 'farringtonFlexible':
      return { method, control: withDefaults(method, parsed) };
    case 'farrington':
      return { method, control: withDefaults(method, parsed) };
    case 'C1':
    case 'C2':
    case 'C3':
      return { method, control: withDefaults(method, parsed) };
    case 'cusum':
      return { method, control: withDefaults(method, parsed) };
  }
}

/** Splits "name=value" into its parts, refusing anything else. */
export function parseAssignment(assignment: string): [name: string, value: string] {
  const at = assignment.indexOf('=');
  if (at <= 0) throw new ControlError(`a setting must look like name=value, got "${assignment}"`);
  return [assignment.slice(0, at).trim(), assignment.slice(at + 1)];
}

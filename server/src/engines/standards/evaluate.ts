// Evaluating a compiled catalog against ports' facts: the hot path of a campaign, so facts are converted
// once per port and every item runs its compiled expressions without allocating beyond its outcome.
import type { CompiledCatalog, CompiledItem } from './catalog.ts';
import { EXACT, evaluateExpression, type Context } from './compiler.ts';
import type { ItemOutcome } from './types.ts';
import { FACT_FAMILIES, type FactBundle } from './vocabulary.ts';

/** One port's facts in the shapes expressions read, built once per port. */
export type EngineFacts = {
  readonly ctx: Context;
  /** Families the bundle did not carry: items reading them end in 'error'. */
  readonly missing: readonly string[];
};

export function toEngineFacts(bundle: Partial<FactBundle>): EngineFacts {
  const ctx: Record<string, unknown> = {};
  const missing: string[] = [];
  for (const family of FACT_FAMILIES) {
    const value = family.build(bundle);
    if (value === undefined) missing.push(family.name);
    else ctx[family.name] = value;
  }
  return { ctx, missing };
}

function messageOf(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return text.split('\n')[0] ?? text;
}

function finite(field: string, v: unknown): number {
  const n = v as number;
  if (!Number.isFinite(n)) throw new Error(`${field} is not a finite number (${String(n)})`);
  return n;
}

type Stage = 'appliesWhen' | 'required' | 'measure';

function failed(code: string, stage: Stage, e: unknown): ItemOutcome {
  return { code, status: 'error', required: null, present: null, error: `${stage}: ${messageOf(e)}` };
}

function graded(code: string, required: number, measured: unknown): ItemOutcome {
  const present = finite('measure', measured);
  const status = present >= required || required <= 0 ? 'compliant' : present > 0 ? 'partial' : 'non_compliant';
  return { code, status, required, present, error: null };
}

/** The hot path: compiled code only; EXACT escapes so that the caller can redo the item exactly. */
function decideFast(c: CompiledItem, ctx: Context): ItemOutcome {
  const code = c.item.code;
  let stage: Stage = 'appliesWhen';
  try {
    if (c.appliesWhen !== null && c.appliesWhen.run(ctx) !== true) return c.notApplicable;
    stage = 'required';
    const required = c.required === null ? null : finite('required', c.required.run(ctx));
    if (c.measure === null) return { code, status: 'manual', required, present: null, error: null };
    stage = 'measure';
    const measured = c.measure.run(ctx);
    if (required === null) {
      const yes = measured === true;
      return { code, status: yes ? 'compliant' : 'non_compliant', required: null, present: yes, error: null };
    }
    return graded(code, required, measured);
  } catch (e) {
    if (e === EXACT) throw e;
    return failed(code, stage, e);
  }
}

/** The same decision with every int kept exact (cel-js takes over an expression whose int outgrows 2^53). */
function decideExact(c: CompiledItem, ctx: Context): ItemOutcome {
  const code = c.item.code;
  let stage: Stage = 'appliesWhen';
  try {
    if (c.appliesWhen !== null && evaluateExpression(c.appliesWhen, ctx) !== true) return c.notApplicable;
    stage = 'required';
    const required = c.required === null ? null : finite('required', evaluateExpression(c.required, ctx));
    if (c.measure === null) return { code, status: 'manual', required, present: null, error: null };
    stage = 'measure';
    const measured = evaluateExpression(c.measure, ctx);
    if (required === null) {
      const yes = measured === true;
      return { code, status: yes ? 'compliant' : 'non_compliant', required: null, present: yes, error: null };
    }
    return graded(code, required, measured);
  } catch (e) {
    return failed(code, stage, e);
  }
}

function missingFamily(c: CompiledItem, facts: EngineFacts): ItemOutcome | null {
  const gap = c.families.find((f) => facts.missing.includes(f));
  return gap === undefined ? null : { code: c.item.code, status: 'error', required: null, present: null, error: `unknown fact: ${gap}` };
}

export function evaluateItem(c: CompiledItem, facts: EngineFacts): ItemOutcome {
  if (facts.missing.length > 0) {
    const gap = missingFamily(c, facts);
    if (gap !== null) return gap;
  }
  return evaluateCarried(c, facts);
}

/** An item whose families the facts all carry. */
function evaluateCarried(c: CompiledItem, facts: EngineFacts): ItemOutcome {
  try {
    return decideFast(c, facts.ctx);
  } catch {
    // Only EXACT escapes decideFast: an int outgrew JS numbers.
    return decideExact(c, facts.ctx);
  }
}

/**
 * Outcomes of every item of the catalog for one port, in catalog order. Never throws. A not-applicable
 * outcome is one frozen object per item, shared by every port.
 */
export function evaluatePort(catalog: CompiledCatalog, facts: EngineFacts): ItemOutcome[] {
  const items = catalog.items;
  const out = new Array<ItemOutcome>(items.length);
  if (facts.missing.length === 0) {
    for (let i = 0; i < items.length; i++) out[i] = evaluateCarried(items[i] as CompiledItem, facts);
  } else {
    for (let i = 0; i < items.length; i++) out[i] = evaluateItem(items[i] as CompiledItem, facts);
  }
  return out;
}

export function evaluatePorts(catalog: CompiledCatalog, factsList: readonly EngineFacts[]): ItemOutcome[][] {
  return factsList.map((facts) => evaluatePort(catalog, facts));
}

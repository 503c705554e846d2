// Evaluating a compiled catalog against ports' facts: the hot path of a campaign, so facts are converted
// once per port and every item runs its compiled expressions without allocating beyond its outcome.
import type { CompiledCatalog, CompiledItem } from './catalog.ts';
import type { CatalogProgram, ChunkProgram } from './catalogProgram.ts';
import { EXACT, evaluateExpression, type Context } from './compiler.ts';
import { failed, graded, notFiniteMessage, type Stage } from './outcomes.ts';
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

function finite(field: Stage, v: unknown): number {
  const n = v as number;
  if (!Number.isFinite(n)) throw new Error(notFiniteMessage(field, n));
  return n;
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
      return {
        code,
        status: yes ? 'compliant' : 'non_compliant',
        required: null,
        present: yes,
        error: null,
      };
    }
    return graded(code, required, finite('measure', measured));
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
    if (c.appliesWhen !== null && evaluateExpression(c.appliesWhen, ctx) !== true)
      return c.notApplicable;
    stage = 'required';
    const required =
      c.required === null ? null : finite('required', evaluateExpression(c.required, ctx));
    if (c.measure === null) return { code, status: 'manual', required, present: null, error: null };
    stage = 'measure';
    const measured = evaluateExpression(c.measure, ctx);
    if (required === null) {
      const yes = measured === true;
      return {
        code,
        status: yes ? 'compliant' : 'non_compliant',
        required: null,
        present: yes,
        error: null,
      };
    }
    return graded(code, required, finite('measure', measured));
  } catch (e) {
    return failed(code, stage, e);
  }
}

function missingFamily(c: CompiledItem, facts: EngineFacts): ItemOutcome | null {
  const gap = c.families.find((f) => facts.missing.includes(f));
  return gap === undefined
    ? null
    : {
        code: c.item.code,
        status: 'error',
        required: null,
        present: null,
        error: `unknown fact: ${gap}`,
      };
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

/** Fills the catalog program's slots from one port's facts; false when that port must go item by item. */
function filled(program: CatalogProgram, ctx: Context): boolean {
  try {
    program.fill(ctx);
    return true;
  } catch {
    return false;
  }
}

/** The catalog program for one port whose slots are filled; a chunk that throws EXACT is redone item by item. */
function runProgram(
  program: CatalogProgram,
  catalog: CompiledCatalog,
  facts: EngineFacts,
  out: ItemOutcome[],
): void {
  const chunks = program.chunks;
  for (let k = 0; k < chunks.length; k++) {
    const chunk = chunks[k] as ChunkProgram;
    try {
      chunk.run(facts.ctx, out);
    } catch {
      for (let i = chunk.from; i < chunk.to; i++)
        out[i] = evaluateCarried(catalog.items[i] as CompiledItem, facts);
    }
  }
  for (const i of program.deferred)
    out[i] = evaluateCarried(catalog.items[i] as CompiledItem, facts);
}

/**
 * Outcomes of every item of the catalog for one port, in catalog order. Never throws. A not-applicable
 * outcome is one frozen object per item, shared by every port.
 */
export function evaluatePort(catalog: CompiledCatalog, facts: EngineFacts): ItemOutcome[] {
  const items = catalog.items;
  const out = new Array<ItemOutcome>(items.length);
  const program = catalog.program;
  if (facts.missing.length > 0) {
    for (let i = 0; i < items.length; i++) out[i] = evaluateItem(items[i] as CompiledItem, facts);
  } else if (program !== null && filled(program, facts.ctx)) {
    runProgram(program, catalog, facts, out);
  } else {
    for (let i = 0; i < items.length; i++)
      out[i] = evaluateCarried(items[i] as CompiledItem, facts);
  }
  return out;
}

export function evaluatePorts(
  catalog: CompiledCatalog,
  factsList: readonly EngineFacts[],
): ItemOutcome[][] {
  return factsList.map((facts) => evaluatePort(catalog, facts));
}

// Compiles a whole catalog into one generated module, so that a fact many items read is read once per port
// and items are decided inline rather than through one expression call each.
import { typedTree, type CompiledExpression } from './compiler.ts';
import { failed, graded, notFinite, outcome } from './outcomes.ts';
import { RUNTIME, type Context } from './runtime.ts';
import { SourceWriter } from './sourceBackend.ts';
import type { ItemOutcome } from './types.ts';
import type { Implementation } from './vocabulary.ts';

/** One item as the catalog module needs it. */
export type ItemSource = {
  code: string;
  notApplicable: ItemOutcome;
  appliesWhen: CompiledExpression | null;
  required: CompiledExpression | null;
  measure: CompiledExpression | null;
};

/** Items [from, to) of the catalog for one port, written into `out`; throws only EXACT. */
export type ChunkProgram = {
  run: (F: Context, out: ItemOutcome[]) => void;
  from: number;
  to: number;
};

/**
 * A catalog compiled into one module. `fill(F)` computes one port's slots (and may throw, EXACT or
 * otherwise: the caller then evaluates that port item by item); after it, each chunk writes its items'
 * outcomes for the same port. Items with an expression outside the compiled subset are `deferred`: the
 * chunks leave them to the caller.
 */
export type CatalogProgram = {
  fill: (F: Context) => void;
  chunks: readonly ChunkProgram[];
  deferred: readonly number[];
  slots: { numbers: number; booleans: number };
};

const OUTCOMES = { O: outcome, FAIL: failed, NONFINITE: notFinite, GRADED: graded };

/** Items per generated function: large enough to save the calls, small enough for the optimising compiler. */
const CHUNK_ITEMS = 40;

/**
 * One item's decision as statements inside the block labelled `b<i>`: evaluate.ts's decision, reading facts
 * through slots filled once per port: an appliesWhen's fact-only parts whole (every item evaluates its
 * appliesWhen), required and measure down to single fact reads (they run only where the item applies).
 */
function itemStatements(writer: SourceWriter, i: number, item: ItemSource): string[] {
  const tree = (c: CompiledExpression | null) => (c === null ? null : (typedTree(c) ?? null));
  const applies = tree(item.appliesWhen);
  const required = tree(item.required);
  const measure = tree(item.measure);
  const code = `code${i}`;
  const give = (value: string) => `{ out[${i}] = ${value}; break b${i}; }`;
  const guarded = (statement: string, fails: boolean, stage: string): string =>
    fails
      ? `try { ${statement} } catch (e) { if (e === EXACT) throw e; ${give(`FAIL(${code}, ${JSON.stringify(stage)}, e)`)} }`
      : statement;
  const body: string[] = [];
  if (applies !== null) {
    body.push(
      guarded(
        `if (${writer.emit(applies.root, applies.fns, 'whole')} !== true) ${give(`na${i}`)}`,
        applies.root.fails,
        'appliesWhen',
      ),
    );
  }
  if (required !== null) {
    body.push(
      'let r;',
      guarded(
        `r = ${writer.emit(required.root, required.fns, 'reads')};`,
        required.root.fails,
        'required',
      ),
    );
    body.push(`if (!Number.isFinite(r)) ${give(`NONFINITE(${code}, "required", r)`)}`);
  }
  const r = required === null ? 'null' : 'r';
  if (measure === null) {
    body.push(`out[${i}] = O(${code}, "manual", ${r}, null);`);
  } else {
    body.push(
      'let m;',
      guarded(
        `m = ${writer.emit(measure.root, measure.fns, 'reads')};`,
        measure.root.fails,
        'measure',
      ),
    );
    if (required === null) {
      body.push(
        `out[${i}] = m === true ? O(${code}, "compliant", null, true) : O(${code}, "non_compliant", null, false);`,
      );
    } else {
      body.push(`if (!Number.isFinite(m)) ${give(`NONFINITE(${code}, "measure", m)`)}`);
      body.push(`out[${i}] = GRADED(${code}, r, m);`);
    }
  }
  return [`b${i}: {`, ...body, '}'];
}

export function compileCatalogProgram(items: readonly ItemSource[]): CatalogProgram {
  const writer = new SourceWriter();
  const functions: string[] = [];
  const chunks: string[] = [];
  const deferred: number[] = [];
  for (let from = 0; from < items.length; from += CHUNK_ITEMS) {
    const to = Math.min(items.length, from + CHUNK_ITEMS);
    const body: string[] = [];
    for (let i = from; i < to; i++) {
      const item = items[i] as ItemSource;
      if (
        [item.appliesWhen, item.required, item.measure].some(
          (c) => c !== null && typedTree(c) === undefined,
        )
      )
        deferred.push(i);
      else {
        body.push(`const code${i} = CODES[${i}], na${i} = NAS[${i}];`);
        functions.push(...itemStatements(writer, i, item));
      }
    }
    // The constants sit outside the chunk function: it only reads them.
    const statements = functions.splice(0);
    chunks.push(...body, `function chunk${from}(F, out) {`, ...statements, '}');
    chunks.push(`CHUNKS.push({ run: chunk${from}, from: ${from}, to: ${to} });`);
  }
  const source = [
    writer.prelude(),
    'const { O, FAIL, NONFINITE, GRADED } = OUT;',
    ...(writer.numberSlots.length + writer.boolSlots.length === 0 ? ['function fill(F) {}'] : []),
    'const CHUNKS = [];',
    ...chunks,
    'return { fill, chunks: CHUNKS };',
  ].join('\n');
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- the catalog is compiled to JavaScript by design (ADR 0014), from type-checked trees
  const factory = new Function('R', 'FNS', 'OUT', 'CODES', 'NAS', source) as (
    r: typeof RUNTIME,
    fns: readonly Implementation[],
    out: typeof OUTCOMES,
    codes: readonly string[],
    nas: readonly ItemOutcome[],
  ) => Pick<CatalogProgram, 'fill' | 'chunks'>;
  const made = factory(
    RUNTIME,
    writer.fns,
    OUTCOMES,
    items.map((i) => i.code),
    items.map((i) => i.notApplicable),
  );
  return {
    ...made,
    deferred,
    slots: { numbers: writer.numberSlots.length, booleans: writer.boolSlots.length },
  };
}

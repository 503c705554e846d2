// Compiles type-checked CEL expressions to JavaScript for the subset the vocabulary needs, because
// interpreting every rule for every port is too slow for a district-wide campaign. Outside the subset an
// expression keeps cel-js's own program. Semantics follow cel-js: ints are 64-bit (here JS numbers, with
// any result beyond 2^53 handed back to cel-js so precision is never silently lost), int division
// truncates, division or modulo by zero is an error, a missing map key is an error, and && / || absorb an
// error on one side when the other side decides the result.
import type { ASTNode, ParseResult } from '@marcbachmann/cel-js';
import { emitClosures } from './closureBackend.ts';
import { Builder, Unsupported, type Node } from './lower.ts';
import { EXACT, type Context, type Evaluator } from './runtime.ts';
import { emitSource } from './sourceBackend.ts';
import type { FactFamily, Implementation } from './vocabulary.ts';

export { EXACT, type Context, type Evaluator } from './runtime.ts';

export type Backend = 'source' | 'closures';

export type CompiledExpression = {
  expression: string;
  /** The cel-js type name of the result. */
  type: string;
  /** Fast evaluation: compiled, or cel-js's program when the expression is outside the subset. */
  run: Evaluator;
  /** cel-js's own program: the reference, and the path taken when compiled code throws EXACT. */
  exact: Evaluator;
  compiled: boolean;
  /** Fact families the expression reads. */
  families: readonly string[];
};

/** A cel-js value as the engine hands it on: ints as JS numbers. */
export function fromCel(v: unknown): unknown {
  if (typeof v === 'bigint') return Number(v);
  if (Array.isArray(v)) return v.map(fromCel);
  if (v instanceof Map) return new Map([...v].map(([k, x]) => [fromCel(k), fromCel(x)]));
  return v;
}

function familiesRead(node: ASTNode, families: readonly FactFamily[], out: Set<string>): void {
  if (node.op === 'id') {
    if (families.some((f) => f.name === node.args)) out.add(node.args);
    return;
  }
  const visit = (x: unknown): void => {
    if (Array.isArray(x)) x.forEach(visit);
    else if (x !== null && typeof x === 'object' && 'op' in x && 'args' in x)
      familiesRead(x as ASTNode, families, out);
  };
  visit(node.args);
}

/** The typed tree behind each compiled expression, for compiling a whole catalog into one module. */
const trees = new WeakMap<CompiledExpression, { root: Node; fns: readonly Implementation[] }>();

/** The typed tree behind a compiled expression; undefined when it runs on cel-js's program. */
export function typedTree(
  c: CompiledExpression,
): { root: Node; fns: readonly Implementation[] } | undefined {
  return trees.get(c);
}

/** Compiles one expression that cel-js has already type-checked in an environment of these families. */
export function compileExpression(
  program: ParseResult,
  expression: string,
  type: string,
  families: readonly FactFamily[],
  backend: Backend = 'source',
): CompiledExpression {
  const exact: Evaluator = (ctx) => fromCel(program(ctx));
  const read = new Set<string>();
  familiesRead(program.ast, families, read);
  const base = { expression, type, exact, families: [...read] };
  try {
    const builder = new Builder(families);
    const root = builder.build(program.ast, new Map());
    const run =
      backend === 'source'
        ? emitSource(root, builder.fns)
        : emitClosures(root, builder.fns, builder.slots);
    const compiled: CompiledExpression = { ...base, run, compiled: true };
    trees.set(compiled, { root, fns: builder.fns });
    return compiled;
  } catch (e) {
    if (!(e instanceof Unsupported)) throw e;
    return { ...base, run: exact, compiled: false };
  }
}

/** Evaluates with the fast path, deferring to cel-js when an int leaves the exact range. */
export function evaluateExpression(c: CompiledExpression, ctx: Context): unknown {
  try {
    return c.run(ctx);
  } catch (e) {
    if (e === EXACT) return c.exact(ctx);
    throw e;
  }
}

// The helpers compiled code calls at run time, in one place so both back ends (and the catalog module)
// share a single definition of CEL's int, map-key and && / || error semantics.

/** Family name → that family's value for one port. */
export type Context = Readonly<Record<string, unknown>>;
export type Evaluator = (ctx: Context) => unknown;

/**
 * Thrown by compiled code when an int leaves the range JS numbers hold exactly; the caller then
 * evaluates the expression with cel-js. Never absorbed by && or ||. One instance, recognised by
 * identity: throwing it captures no stack.
 */
export const EXACT: Error = new Error('an int left the range JavaScript numbers hold exactly');
EXACT.name = 'CelExactIntRequired';

const MAX = Number.MAX_SAFE_INTEGER;

export function SI(x: number): number {
  if (x > MAX || x < -MAX) throw EXACT;
  // An int has no negative zero (0 * -1 gives -0 in JS).
  return x + 0;
}
export function IDIV(a: number, b: number): number {
  if (b === 0) throw new Error('division by zero');
  // (a - a % b) is an exact multiple of b, so the division is exact: truncation without float rounding.
  return (a - (a % b)) / b + 0;
}
export function IMOD(a: number, b: number): number {
  if (b === 0) throw new Error('modulo by zero');
  return (a % b) + 0;
}
export function TOINT(x: number): number {
  const r = Math.trunc(x);
  if (!(r <= MAX && r >= -MAX)) throw EXACT;
  return r + 0;
}
export function MGET(m: ReadonlyMap<unknown, unknown>, k: unknown): unknown {
  const v = m.get(k);
  if (v === undefined && !m.has(k)) throw new Error(`No such key: ${String(k)}`);
  return v;
}
export function AND(a: () => unknown, b: () => unknown): boolean {
  let error: unknown = null;
  let failed = false;
  try {
    if (a() === false) return false;
  } catch (e) {
    if (e === EXACT) throw e;
    failed = true;
    error = e;
  }
  if (b() === false) return false;
  if (failed) throw error;
  return true;
}
export function OR(a: () => unknown, b: () => unknown): boolean {
  let error: unknown = null;
  let failed = false;
  try {
    if (a() === true) return true;
  } catch (e) {
    if (e === EXACT) throw e;
    failed = true;
    error = e;
  }
  if (b() === true) return true;
  if (failed) throw error;
  return false;
}

/** Handed to generated code as `R`: a `new Function` body cannot import. */
export const RUNTIME = { EXACT, SI, IDIV, IMOD, TOINT, MGET, AND, OR };

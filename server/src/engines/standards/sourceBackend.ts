// The generated-source back end: writes JavaScript for typed trees, pooling functions, constants and per-port
// fact slots so that many expressions (a whole catalog) can share one module.
import type { Node } from './lower.ts';
import { RUNTIME, type Evaluator } from './runtime.ts';
import type { Implementation } from './vocabulary.ts';

/** Which sub-expressions a catalog hoists into per-port slots: none, whole fact-only ones, or single fact reads. */
export type SlotMode = 'none' | 'whole' | 'reads';

function usesLocal(x: Node): boolean {
  switch (x.n) {
    case 'local':
      return true;
    case 'lit':
    case 'constList':
    case 'fam':
      return false;
    case 'field':
      return usesLocal(x.obj);
    case 'mget':
      return usesLocal(x.map) || usesLocal(x.key);
    case 'call':
      return x.args.some(usesLocal);
    case 'arith':
    case 'cmp':
    case 'and':
    case 'or':
      return usesLocal(x.a) || usesLocal(x.b);
    case 'not':
    case 'neg':
    case 'toInt':
    case 'toDouble':
    case 'size':
      return usesLocal(x.a);
    case 'cond':
      return usesLocal(x.c) || usesLocal(x.a) || usesLocal(x.b);
    case 'inList':
    case 'inMap':
      return usesLocal(x.x) || usesLocal(x.coll);
    case 'list':
      return x.items.some(usesLocal);
    case 'macro':
      return true;
  }
}

/** A fact reached by field selections only: `port.categories`. */
const isFactPath = (x: Node): boolean => x.n === 'fam' || (x.n === 'field' && isFactPath(x.obj));

/** One read of a fact with literal arguments: `facilities.count('X')`, `'X' in port.categories`, `size(port.modes)`. */
function isFactRead(x: Node): boolean {
  switch (x.n) {
    case 'call':
      return (
        x.args.length > 0 &&
        (x.args[0] as Node).n === 'fam' &&
        x.args.slice(1).every((a) => a.n === 'lit')
      );
    case 'inList':
    case 'inMap':
      return x.x.n === 'lit' && isFactPath(x.coll);
    case 'size':
      return isFactPath(x.a);
    case 'cmp':
      return (x.a.n === 'lit' && isFactPath(x.b)) || (x.b.n === 'lit' && isFactPath(x.a));
    default:
      return false;
  }
}

function readsFacts(x: Node): boolean {
  switch (x.n) {
    case 'fam':
      return true;
    case 'lit':
    case 'constList':
    case 'local':
      return false;
    case 'field':
      return readsFacts(x.obj);
    case 'mget':
      return readsFacts(x.map) || readsFacts(x.key);
    case 'call':
      return x.args.some(readsFacts);
    case 'arith':
    case 'cmp':
    case 'and':
    case 'or':
      return readsFacts(x.a) || readsFacts(x.b);
    case 'not':
    case 'neg':
    case 'toInt':
    case 'toDouble':
    case 'size':
      return readsFacts(x.a);
    case 'cond':
      return readsFacts(x.c) || readsFacts(x.a) || readsFacts(x.b);
    case 'inList':
    case 'inMap':
      return readsFacts(x.x) || readsFacts(x.coll);
    case 'list':
      return x.items.some(readsFacts);
    case 'macro':
      return readsFacts(x.list) || readsFacts(x.pred);
  }
}

/**
 * Writes JavaScript for typed trees. Functions and constant lists are pooled, so that many expressions can
 * share one generated module. With slots, a sub-expression that reads only facts and literals and cannot
 * fail is computed once per port by `fill` (into N for numbers, B for booleans) and read from there, so a
 * catalog reads each fact once per port however many items use it.
 */
export class SourceWriter {
  readonly fns: Implementation[] = [];
  readonly constants: string[] = [];
  private readonly constantIndex = new Map<string, number>();
  /** Slot source → slot; numbers and booleans are numbered separately. */
  private readonly slotIndex = new Map<string, { bool: boolean; at: number }>();
  readonly numberSlots: string[] = [];
  readonly boolSlots: string[] = [];

  private fn(impl: Implementation): number {
    const at = this.fns.indexOf(impl);
    if (at >= 0) return at;
    this.fns.push(impl);
    return this.fns.length - 1;
  }

  private constant(json: string): string {
    let at = this.constantIndex.get(json);
    if (at === undefined) {
      at = this.constants.length;
      this.constants.push(json);
      this.constantIndex.set(json, at);
    }
    return `c${at}`;
  }

  private slot(x: Node, source: string): string {
    const bool = x.t.k === 'bool';
    let s = this.slotIndex.get(source);
    if (s === undefined) {
      const list = bool ? this.boolSlots : this.numberSlots;
      s = { bool, at: list.length };
      list.push(source);
      this.slotIndex.set(source, s);
    }
    return s.bool ? `(B[${s.at}] === 1)` : `N[${s.at}]`;
  }

  private slotted(x: Node, mode: SlotMode): boolean {
    if (mode === 'none' || x.fails || (x.t.k !== 'bool' && x.t.k !== 'int' && x.t.k !== 'double'))
      return false;
    if (mode === 'reads') return isFactRead(x) && !usesLocal(x);
    return x.n !== 'lit' && readsFacts(x) && !usesLocal(x);
  }

  /** `fns` maps the tree's function numbers to the implementations they stand for. */
  emit(x: Node, fns: readonly Implementation[], mode: SlotMode = 'none'): string {
    if (this.slotted(x, mode)) return this.slot(x, this.emit(x, fns, 'none'));
    const e = (y: Node): string => this.emit(y, fns, mode);
    switch (x.n) {
      case 'lit':
        // JSON.stringify drops the sign of -0.0, which CEL doubles keep.
        return Object.is(x.v, -0) ? '-0' : JSON.stringify(x.v);
      case 'constList':
        return this.constant(JSON.stringify(x.v));
      case 'fam':
        return `F[${JSON.stringify(x.name)}]`;
      case 'local':
        return `l${x.slot}`;
      case 'field':
        return `${e(x.obj)}[${JSON.stringify(x.name)}]`;
      case 'mget':
        return `MGET(${e(x.map)}, ${e(x.key)})`;
      case 'call': {
        const c = `f${this.fn(fns[x.fn] as Implementation)}(${x.args.map(e).join(', ')})`;
        return x.intResult ? `SI(${c})` : c;
      }
      case 'arith': {
        const a = e(x.a);
        const b = e(x.b);
        if (!x.int) return `(${a} ${x.op} ${b})`;
        if (x.op === '/') return `IDIV(${a}, ${b})`;
        if (x.op === '%') return `IMOD(${a}, ${b})`;
        return `SI(${a} ${x.op} ${b})`;
      }
      case 'cmp': {
        const op = x.op === '==' ? '===' : x.op === '!=' ? '!==' : x.op;
        return `(${e(x.a)} ${op} ${e(x.b)})`;
      }
      case 'and':
        if (!x.a.fails) return `(${e(x.a)} && ${e(x.b)})`;
        if (!x.b.fails) return `(${e(x.b)} ? ${e(x.a)} : false)`;
        return `AND(() => ${e(x.a)}, () => ${e(x.b)})`;
      case 'or':
        if (!x.a.fails) return `(${e(x.a)} || ${e(x.b)})`;
        if (!x.b.fails) return `(${e(x.b)} ? true : ${e(x.a)})`;
        return `OR(() => ${e(x.a)}, () => ${e(x.b)})`;
      case 'not':
        return `(!${e(x.a)})`;
      case 'neg':
        return x.t.k === 'int' ? `(-(${e(x.a)}) + 0)` : `(-(${e(x.a)}))`;
      case 'toInt':
        return `TOINT(${e(x.a)})`;
      case 'toDouble':
        return e(x.a);
      case 'cond':
        return `(${e(x.c)} ? ${e(x.a)} : ${e(x.b)})`;
      case 'inList':
        return `(${e(x.coll)}.indexOf(${e(x.x)}) !== -1)`;
      case 'inMap':
        return `${e(x.coll)}.has(${e(x.x)})`;
      case 'size':
        return x.a.t.k === 'map' ? `${e(x.a)}.size` : `${e(x.a)}.length`;
      case 'list':
        return `[${x.items.map(e).join(', ')}]`;
      case 'macro':
        return `${e(x.list)}.${x.kind === 'exists' ? 'some' : 'every'}((l${x.slot}) => ${e(x.pred)})`;
    }
  }

  /** The module prelude: runtime helpers, pooled functions and constants, and the slot arrays with their fill. */
  prelude(): string {
    const lines = [
      '"use strict";',
      'const { EXACT, SI, IDIV, IMOD, TOINT, MGET, AND, OR } = R;',
      ...this.fns.map((_, i) => `const f${i} = FNS[${i}];`),
      ...this.constants.map((c, i) => `const c${i} = ${c};`),
    ];
    if (this.numberSlots.length === 0 && this.boolSlots.length === 0) return lines.join('\n');
    lines.push(
      `const N = new Float64Array(${this.numberSlots.length});`,
      `const B = new Uint8Array(${this.boolSlots.length});`,
    );
    // Filled in chunks: one huge function would be too large for the optimising compiler.
    const statements = [
      ...this.numberSlots.map((src, i) => `N[${i}] = ${src};`),
      ...this.boolSlots.map((src, i) => `B[${i}] = ${src} ? 1 : 0;`),
    ];
    const chunks: string[] = [];
    for (let i = 0; i < statements.length; i += FILL_CHUNK) {
      lines.push(`function fill${chunks.length}(F) {`, ...statements.slice(i, i + FILL_CHUNK), '}');
      chunks.push(`fill${chunks.length}(F);`);
    }
    lines.push('function fill(F) {', ...chunks, '}');
    return lines.join('\n');
  }
}

const FILL_CHUNK = 100;

export function emitSource(root: Node, fns: readonly Implementation[]): Evaluator {
  const writer = new SourceWriter();
  const body = writer.emit(root, fns);
  const source = [writer.prelude(), `return function compiledRule(F) { return ${body}; };`].join(
    '\n',
  );
  // eslint-disable-next-line @typescript-eslint/no-implied-eval -- rules are compiled to JavaScript by design (ADR 0014), from type-checked trees
  const factory = new Function('R', 'FNS', source) as (
    r: typeof RUNTIME,
    fns: readonly Implementation[],
  ) => Evaluator;
  return factory(RUNTIME, writer.fns);
}

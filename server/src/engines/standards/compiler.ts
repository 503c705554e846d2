// Compiles type-checked CEL expressions to JavaScript for the subset the vocabulary needs, because
// interpreting every rule for every port is too slow for a district-wide campaign. Outside the subset an
// expression keeps cel-js's own program. Semantics follow cel-js: ints are 64-bit (here JS numbers, with
// any result beyond 2^53 handed back to cel-js so precision is never silently lost), int division
// truncates, division or modulo by zero is an error, a missing map key is an error, and && / || absorb an
// error on one side when the other side decides the result.
import type { ASTNode, ParseResult } from '@marcbachmann/cel-js';
import { failed, graded, notFinite, outcome } from './outcomes.ts';
import type { ItemOutcome } from './types.ts';
import { FUNCTIONS, type CelTypeName, type FactFamily, type Implementation } from './vocabulary.ts';

/** Family name → that family's value for one port. */
export type Context = Readonly<Record<string, unknown>>;
export type Evaluator = (ctx: Context) => unknown;

/**
 * Thrown by compiled code when an int leaves the range JS numbers hold exactly; the caller then
 * evaluates the expression with cel-js. Never absorbed by && or ||.
 */
export const EXACT: unique symbol = Symbol('cel.exact');

export type CType =
  | { k: 'int' }
  | { k: 'double' }
  | { k: 'bool' }
  | { k: 'string' }
  | { k: 'list'; elem: CType }
  | { k: 'map'; key: CType; value: CType }
  | { k: 'object'; family: FactFamily };

const INT: CType = { k: 'int' };
const DOUBLE: CType = { k: 'double' };
const BOOL: CType = { k: 'bool' };
const STRING: CType = { k: 'string' };

class Unsupported extends Error {}

function splitTop(s: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '<') depth++;
    else if (c === '>') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(s.slice(from, i).trim());
      from = i + 1;
    }
  }
  parts.push(s.slice(from).trim());
  return parts;
}

export function parseType(name: CelTypeName, families: readonly FactFamily[]): CType {
  const t = name.trim();
  if (t === 'int') return INT;
  if (t === 'double') return DOUBLE;
  if (t === 'bool') return BOOL;
  if (t === 'string') return STRING;
  const generic = /^(list|map)<(.*)>$/.exec(t);
  if (generic) {
    const parts = splitTop(generic[2] ?? '');
    if (generic[1] === 'list' && parts.length === 1) return { k: 'list', elem: parseType(parts[0] ?? '', families) };
    if (generic[1] === 'map' && parts.length === 2) {
      return { k: 'map', key: parseType(parts[0] ?? '', families), value: parseType(parts[1] ?? '', families) };
    }
  }
  const family = families.find((f) => f.typeName === t);
  if (family) return { k: 'object', family };
  throw new Unsupported(`type ${t}`);
}

function sameType(a: CType, b: CType): boolean {
  if (a.k !== b.k) return false;
  if (a.k === 'list' && b.k === 'list') return sameType(a.elem, b.elem);
  if (a.k === 'map' && b.k === 'map') return sameType(a.key, b.key) && sameType(a.value, b.value);
  if (a.k === 'object' && b.k === 'object') return a.family === b.family;
  return true;
}

const isNumeric = (t: CType): boolean => t.k === 'int' || t.k === 'double';
const isScalar = (t: CType): boolean => isNumeric(t) || t.k === 'string' || t.k === 'bool';

type Literal = number | string | boolean;

/** The typed tree both back ends work from. `fails`: may throw a real error (not EXACT). */
type Node = { t: CType; fails: boolean } & (
  | { n: 'lit'; v: Literal }
  | { n: 'constList'; v: Literal[] }
  | { n: 'fam'; name: string }
  | { n: 'local'; slot: number }
  | { n: 'field'; obj: Node; name: string }
  | { n: 'mget'; map: Node; key: Node }
  | { n: 'call'; fn: number; args: Node[]; intResult: boolean }
  | { n: 'arith'; op: '+' | '-' | '*' | '/' | '%'; int: boolean; a: Node; b: Node }
  | { n: 'cmp'; op: '<' | '<=' | '>' | '>=' | '==' | '!='; a: Node; b: Node }
  | { n: 'and' | 'or'; a: Node; b: Node }
  | { n: 'not' | 'neg' | 'toInt' | 'toDouble'; a: Node }
  | { n: 'cond'; c: Node; a: Node; b: Node }
  | { n: 'inList' | 'inMap'; x: Node; coll: Node }
  | { n: 'size'; a: Node }
  | { n: 'list'; items: Node[] }
  | { n: 'macro'; kind: 'exists' | 'all'; list: Node; slot: number; pred: Node }
);

type Scope = ReadonlyMap<string, { slot: number; t: CType }>;

class Builder {
  readonly fns: Implementation[] = [];
  slots = 0;
  constructor(private readonly families: readonly FactFamily[]) {}

  private fn(impl: Implementation): number {
    const at = this.fns.indexOf(impl);
    if (at >= 0) return at;
    this.fns.push(impl);
    return this.fns.length - 1;
  }

  build(node: ASTNode, scope: Scope): Node {
    switch (node.op) {
      case 'value': {
        const v = node.args;
        if (typeof v === 'bigint') {
          if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < -BigInt(Number.MAX_SAFE_INTEGER)) throw new Unsupported('large int');
          return { n: 'lit', v: Number(v), t: INT, fails: false };
        }
        if (typeof v === 'number') {
          if (!Number.isFinite(v)) throw new Unsupported('literal');
          return { n: 'lit', v, t: DOUBLE, fails: false };
        }
        if (typeof v === 'string') return { n: 'lit', v, t: STRING, fails: false };
        if (typeof v === 'boolean') return { n: 'lit', v, t: BOOL, fails: false };
        throw new Unsupported('literal');
      }
      case 'id': {
        const local = scope.get(node.args);
        if (local) return { n: 'local', slot: local.slot, t: local.t, fails: false };
        const family = this.families.find((f) => f.name === node.args);
        if (!family) throw new Unsupported('identifier');
        return { n: 'fam', name: family.name, t: { k: 'object', family }, fails: false };
      }
      case '.': {
        const [objAst, name] = node.args;
        const obj = this.build(objAst, scope);
        if (obj.t.k === 'object') {
          const field = obj.t.family.fields[name];
          if (!field || !Object.hasOwn(obj.t.family.fields, name)) throw new Unsupported('field');
          return { n: 'field', obj, name, t: parseType(field.type, this.families), fails: obj.fails };
        }
        if (obj.t.k === 'map' && obj.t.key.k === 'string') {
          return { n: 'mget', map: obj, key: { n: 'lit', v: name, t: STRING, fails: false }, t: obj.t.value, fails: true };
        }
        throw new Unsupported('select');
      }
      case '[]': {
        const [mAst, kAst] = node.args;
        const map = this.build(mAst, scope);
        const key = this.build(kAst, scope);
        if (map.t.k === 'map' && sameType(map.t.key, key.t) && isScalar(key.t)) return { n: 'mget', map, key, t: map.t.value, fails: true };
        throw new Unsupported('index');
      }
      case '&&':
      case '||': {
        const a = this.build(node.args[0], scope);
        const b = this.build(node.args[1], scope);
        if (a.t.k !== 'bool' || b.t.k !== 'bool') throw new Unsupported('logic');
        return { n: node.op === '&&' ? 'and' : 'or', a, b, t: BOOL, fails: a.fails || b.fails };
      }
      case '!_': {
        const a = this.build(node.args, scope);
        if (a.t.k !== 'bool') throw new Unsupported('not');
        return { n: 'not', a, t: BOOL, fails: a.fails };
      }
      case '-_': {
        const a = this.build(node.args, scope);
        if (!isNumeric(a.t)) throw new Unsupported('negate');
        return { n: 'neg', a, t: a.t, fails: a.fails };
      }
      case '?:': {
        const c = this.build(node.args[0], scope);
        const a = this.build(node.args[1], scope);
        const b = this.build(node.args[2], scope);
        if (c.t.k !== 'bool' || !sameType(a.t, b.t)) throw new Unsupported('ternary');
        return { n: 'cond', c, a, b, t: a.t, fails: c.fails || a.fails || b.fails };
      }
      case '+':
      case '-':
      case '*':
      case '/':
      case '%': {
        const a = this.build(node.args[0], scope);
        const b = this.build(node.args[1], scope);
        const int = a.t.k === 'int' && b.t.k === 'int';
        if (!int && !(a.t.k === 'double' && b.t.k === 'double' && node.op !== '%')) throw new Unsupported('arithmetic');
        const fails = a.fails || b.fails || (int && (node.op === '/' || node.op === '%'));
        return { n: 'arith', op: node.op, int, a, b, t: a.t, fails };
      }
      case '<':
      case '<=':
      case '>':
      case '>=':
      case '==':
      case '!=': {
        const a = this.build(node.args[0], scope);
        const b = this.build(node.args[1], scope);
        const ordered = node.op !== '==' && node.op !== '!=';
        const ok = ordered ? isNumeric(a.t) && isNumeric(b.t) : isScalar(a.t) && (sameType(a.t, b.t) || (isNumeric(a.t) && isNumeric(b.t)));
        if (!ok) throw new Unsupported('comparison');
        return { n: 'cmp', op: node.op, a, b, t: BOOL, fails: a.fails || b.fails };
      }
      case 'in': {
        const x = this.build(node.args[0], scope);
        const coll = this.build(node.args[1], scope);
        if (!isScalar(x.t)) throw new Unsupported('in');
        if (coll.t.k === 'list' && sameType(coll.t.elem, x.t)) return { n: 'inList', x, coll, t: BOOL, fails: x.fails || coll.fails };
        if (coll.t.k === 'map' && sameType(coll.t.key, x.t)) return { n: 'inMap', x, coll, t: BOOL, fails: x.fails || coll.fails };
        throw new Unsupported('in');
      }
      case 'list': {
        const items = node.args.map((a) => this.build(a, scope));
        const first = items[0];
        if (!first || !isScalar(first.t) || items.some((i) => !sameType(i.t, first.t))) throw new Unsupported('list');
        const t: CType = { k: 'list', elem: first.t };
        if (items.every((i) => i.n === 'lit')) {
          return { n: 'constList', v: items.map((i) => (i.n === 'lit' ? i.v : false)), t, fails: false };
        }
        return { n: 'list', items, t, fails: items.some((i) => i.fails) };
      }
      case 'call':
        return this.call(node.args[0], node.args[1], scope);
      case 'rcall':
        return this.receiverCall(node.args[0], node.args[1], node.args[2], scope);
      default:
        throw new Unsupported(node.op);
    }
  }

  private call(name: string, argAsts: readonly ASTNode[], scope: Scope): Node {
    if (name === 'has') {
      const sel = argAsts[0];
      if (argAsts.length !== 1 || !sel || sel.op !== '.') throw new Unsupported('has');
      const coll = this.build(sel.args[0], scope);
      if (coll.t.k !== 'map' || coll.t.key.k !== 'string') throw new Unsupported('has');
      return { n: 'inMap', x: { n: 'lit', v: sel.args[1], t: STRING, fails: false }, coll, t: BOOL, fails: coll.fails };
    }
    const args = argAsts.map((a) => this.build(a, scope));
    const only = args.length === 1 ? args[0] : undefined;
    if (name === 'size' && only && (only.t.k === 'list' || only.t.k === 'map')) return { n: 'size', a: only, t: INT, fails: only.fails };
    if (name === 'double' && only && only.t.k === 'double') return only;
    if (name === 'double' && only && only.t.k === 'int') return { n: 'toDouble', a: only, t: DOUBLE, fails: only.fails };
    if (name === 'int' && only && only.t.k === 'int') return only;
    if (name === 'int' && only && only.t.k === 'double') return { n: 'toInt', a: only, t: INT, fails: only.fails };
    const fn = FUNCTIONS.find((f) => f.name === name);
    const overload = fn?.overloads.find(
      (o) => o.params.length === args.length && o.params.every((p, i) => {
        const arg = args[i];
        return arg !== undefined && sameType(parseType(p, this.families), arg.t);
      }),
    );
    if (!overload) throw new Unsupported(`function ${name}`);
    const t = parseType(overload.result, this.families);
    return { n: 'call', fn: this.fn(overload.impl), args, intResult: t.k === 'int', t, fails: overload.fails === true || args.some((a) => a.fails) };
  }

  private receiverCall(name: string, recvAst: ASTNode, argAsts: readonly ASTNode[], scope: Scope): Node {
    const recv = this.build(recvAst, scope);
    if ((name === 'exists' || name === 'all') && recv.t.k === 'list' && argAsts.length === 2) {
      const [varAst, predAst] = argAsts;
      if (!varAst || varAst.op !== 'id' || !predAst) throw new Unsupported('macro');
      const slot = this.slots++;
      const inner = new Map(scope);
      inner.set(varAst.args, { slot, t: recv.t.elem });
      const pred = this.build(predAst, inner);
      // With a failing predicate, CEL's answer depends on which elements fail; cel-js keeps those.
      if (pred.t.k !== 'bool' || pred.fails) throw new Unsupported('macro');
      return { n: 'macro', kind: name, list: recv, slot, pred, t: BOOL, fails: recv.fails };
    }
    const args = argAsts.map((a) => this.build(a, scope));
    if (name === 'size' && args.length === 0 && (recv.t.k === 'list' || recv.t.k === 'map')) return { n: 'size', a: recv, t: INT, fails: recv.fails };
    if (recv.t.k !== 'object') throw new Unsupported('method');
    const family = recv.t.family;
    const method = family.methods.find(
      (m) => m.name === name && m.params.length === args.length && m.params.every((p, i) => {
        const arg = args[i];
        return arg !== undefined && sameType(parseType(p.type, this.families), arg.t);
      }),
    );
    if (!method) throw new Unsupported(`method ${name}`);
    const t = parseType(method.result, this.families);
    return { n: 'call', fn: this.fn(method.impl), args: [recv, ...args], intResult: t.k === 'int', t, fails: recv.fails || args.some((a) => a.fails) };
  }
}

// ---- runtime helpers shared by both back ends ----

const MAX = Number.MAX_SAFE_INTEGER;

function SI(x: number): number {
  if (x > MAX || x < -MAX) throw EXACT;
  // An int has no negative zero (0 * -1 gives -0 in JS).
  return x + 0;
}
function IDIV(a: number, b: number): number {
  if (b === 0) throw new Error('division by zero');
  // (a - a % b) is an exact multiple of b, so the division is exact: truncation without float rounding.
  return (a - (a % b)) / b + 0;
}
function IMOD(a: number, b: number): number {
  if (b === 0) throw new Error('modulo by zero');
  return (a % b) + 0;
}
function TOINT(x: number): number {
  const r = Math.trunc(x);
  if (!(r <= MAX && r >= -MAX)) throw EXACT;
  return r + 0;
}
function MGET(m: ReadonlyMap<unknown, unknown>, k: unknown): unknown {
  const v = m.get(k);
  if (v === undefined && !m.has(k)) throw new Error(`No such key: ${String(k)}`);
  return v;
}
function AND(a: () => unknown, b: () => unknown): boolean {
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
function OR(a: () => unknown, b: () => unknown): boolean {
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

const RUNTIME = { EXACT, SI, IDIV, IMOD, TOINT, MGET, AND, OR };

// ---- back end 1: generated source ----

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
      return x.args.length > 0 && (x.args[0] as Node).n === 'fam' && x.args.slice(1).every((a) => a.n === 'lit');
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
class SourceWriter {
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
    if (mode === 'none' || x.fails || (x.t.k !== 'bool' && x.t.k !== 'int' && x.t.k !== 'double')) return false;
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
    lines.push(`const N = new Float64Array(${this.numberSlots.length});`, `const B = new Uint8Array(${this.boolSlots.length});`);
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

function emitSource(root: Node, fns: readonly Implementation[]): Evaluator {
  const writer = new SourceWriter();
  const body = writer.emit(root, fns);
  const source = [writer.prelude(), `return function compiledRule(F) { return ${body}; };`].join('\n');
  const factory = new Function('R', 'FNS', source) as (r: typeof RUNTIME, fns: readonly Implementation[]) => Evaluator;
  return factory(RUNTIME, writer.fns);
}

// ---- back end 2: closures ----

type Closure = (F: Context, L: unknown[]) => unknown;

function emitClosures(root: Node, fns: readonly Implementation[], slots: number): Evaluator {
  const num = (c: Closure) => c as (F: Context, L: unknown[]) => number;
  const emit = (x: Node): Closure => {
    switch (x.n) {
      case 'lit': {
        const v = x.v;
        return () => v;
      }
      case 'constList': {
        const v = x.v;
        return () => v;
      }
      case 'fam': {
        const name = x.name;
        return (F) => F[name];
      }
      case 'local': {
        const slot = x.slot;
        return (_F, L) => L[slot];
      }
      case 'field': {
        const obj = emit(x.obj);
        const name = x.name;
        return (F, L) => (obj(F, L) as Record<string, unknown>)[name];
      }
      case 'mget': {
        const map = emit(x.map);
        const key = emit(x.key);
        return (F, L) => MGET(map(F, L) as ReadonlyMap<unknown, unknown>, key(F, L));
      }
      case 'call': {
        const f = fns[x.fn] as unknown as (...a: unknown[]) => unknown;
        const args = x.args.map(emit);
        const wrap = x.intResult ? (v: unknown) => SI(v as number) : (v: unknown) => v;
        if (args.length === 1) {
          const [a0] = args as [Closure];
          return (F, L) => wrap(f(a0(F, L)));
        }
        if (args.length === 2) {
          const [a0, a1] = args as [Closure, Closure];
          return (F, L) => wrap(f(a0(F, L), a1(F, L)));
        }
        if (args.length === 3) {
          const [a0, a1, a2] = args as [Closure, Closure, Closure];
          return (F, L) => wrap(f(a0(F, L), a1(F, L), a2(F, L)));
        }
        return (F, L) => wrap(f(...args.map((a) => a(F, L))));
      }
      case 'arith': {
        const a = num(emit(x.a));
        const b = num(emit(x.b));
        if (x.int) {
          switch (x.op) {
            case '+':
              return (F, L) => SI(a(F, L) + b(F, L));
            case '-':
              return (F, L) => SI(a(F, L) - b(F, L));
            case '*':
              return (F, L) => SI(a(F, L) * b(F, L));
            case '/':
              return (F, L) => IDIV(a(F, L), b(F, L));
            case '%':
              return (F, L) => IMOD(a(F, L), b(F, L));
          }
        }
        switch (x.op) {
          case '+':
            return (F, L) => a(F, L) + b(F, L);
          case '-':
            return (F, L) => a(F, L) - b(F, L);
          case '*':
            return (F, L) => a(F, L) * b(F, L);
          case '/':
          case '%':
            return (F, L) => a(F, L) / b(F, L);
        }
        break;
      }
      case 'cmp': {
        const a = num(emit(x.a));
        const b = num(emit(x.b));
        switch (x.op) {
          case '<':
            return (F, L) => a(F, L) < b(F, L);
          case '<=':
            return (F, L) => a(F, L) <= b(F, L);
          case '>':
            return (F, L) => a(F, L) > b(F, L);
          case '>=':
            return (F, L) => a(F, L) >= b(F, L);
          case '==':
            return (F, L) => a(F, L) === b(F, L);
          case '!=':
            return (F, L) => a(F, L) !== b(F, L);
        }
        break;
      }
      case 'and': {
        const a = emit(x.a);
        const b = emit(x.b);
        if (!x.a.fails) return (F, L) => a(F, L) === true && b(F, L) === true;
        if (!x.b.fails) return (F, L) => (b(F, L) === true ? a(F, L) : false);
        return (F, L) => AND(() => a(F, L), () => b(F, L));
      }
      case 'or': {
        const a = emit(x.a);
        const b = emit(x.b);
        if (!x.a.fails) return (F, L) => a(F, L) === true || b(F, L) === true;
        if (!x.b.fails) return (F, L) => (b(F, L) === true ? true : a(F, L));
        return (F, L) => OR(() => a(F, L), () => b(F, L));
      }
      case 'not': {
        const a = emit(x.a);
        return (F, L) => !a(F, L);
      }
      case 'neg': {
        const a = num(emit(x.a));
        if (x.t.k === 'int') return (F, L) => -a(F, L) + 0;
        return (F, L) => -a(F, L);
      }
      case 'toInt': {
        const a = num(emit(x.a));
        return (F, L) => TOINT(a(F, L));
      }
      case 'toDouble':
        return emit(x.a);
      case 'cond': {
        const c = emit(x.c);
        const a = emit(x.a);
        const b = emit(x.b);
        return (F, L) => (c(F, L) === true ? a(F, L) : b(F, L));
      }
      case 'inList': {
        const coll = emit(x.coll);
        const v = emit(x.x);
        return (F, L) => (coll(F, L) as readonly unknown[]).indexOf(v(F, L)) !== -1;
      }
      case 'inMap': {
        const coll = emit(x.coll);
        const v = emit(x.x);
        return (F, L) => (coll(F, L) as ReadonlyMap<unknown, unknown>).has(v(F, L));
      }
      case 'size': {
        const a = emit(x.a);
        if (x.a.t.k === 'map') return (F, L) => (a(F, L) as ReadonlyMap<unknown, unknown>).size;
        return (F, L) => (a(F, L) as readonly unknown[]).length;
      }
      case 'list': {
        const items = x.items.map(emit);
        return (F, L) => items.map((i) => i(F, L));
      }
      case 'macro': {
        const list = emit(x.list);
        const pred = emit(x.pred);
        const slot = x.slot;
        const want = x.kind === 'exists';
        return (F, L) => {
          for (const v of list(F, L) as readonly unknown[]) {
            L[slot] = v;
            if ((pred(F, L) === true) === want) return want;
          }
          return !want;
        };
      }
    }
    throw new Unsupported('node');
  };
  const run = emit(root);
  if (slots === 0) {
    const none: unknown[] = [];
    return (F) => run(F, none);
  }
  return (F) => run(F, new Array<unknown>(slots));
}

// ---- entry ----

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
    else if (x !== null && typeof x === 'object' && 'op' in x && 'args' in x) familiesRead(x as ASTNode, families, out);
  };
  visit(node.args);
}

/** The typed tree behind each compiled expression, for compiling a whole catalog into one module. */
const trees = new WeakMap<CompiledExpression, { root: Node; fns: readonly Implementation[] }>();

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
    const run = backend === 'source' ? emitSource(root, builder.fns) : emitClosures(root, builder.fns, builder.slots);
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

// ---- a whole catalog as one module ----

/** One item as the catalog module needs it. */
export type ItemSource = {
  code: string;
  notApplicable: ItemOutcome;
  appliesWhen: CompiledExpression | null;
  required: CompiledExpression | null;
  measure: CompiledExpression | null;
};

/** Items [from, to) of the catalog for one port, written into `out`; throws only EXACT. */
export type ChunkProgram = { run: (F: Context, out: ItemOutcome[]) => void; from: number; to: number };

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
  const tree = (c: CompiledExpression | null) => (c === null ? null : (trees.get(c) ?? null));
  const applies = tree(item.appliesWhen);
  const required = tree(item.required);
  const measure = tree(item.measure);
  const code = `code${i}`;
  const give = (value: string) => `{ out[${i}] = ${value}; break b${i}; }`;
  const guarded = (statement: string, fails: boolean, stage: string): string =>
    fails ? `try { ${statement} } catch (e) { if (e === EXACT) throw e; ${give(`FAIL(${code}, ${JSON.stringify(stage)}, e)`)} }` : statement;
  const body: string[] = [];
  if (applies !== null) {
    body.push(guarded(`if (${writer.emit(applies.root, applies.fns, 'whole')} !== true) ${give(`na${i}`)}`, applies.root.fails, 'appliesWhen'));
  }
  if (required !== null) {
    body.push('let r;', guarded(`r = ${writer.emit(required.root, required.fns, 'reads')};`, required.root.fails, 'required'));
    body.push(`if (!Number.isFinite(r)) ${give(`NONFINITE(${code}, "required", r)`)}`);
  }
  const r = required === null ? 'null' : 'r';
  if (measure === null) {
    body.push(`out[${i}] = O(${code}, "manual", ${r}, null);`);
  } else {
    body.push('let m;', guarded(`m = ${writer.emit(measure.root, measure.fns, 'reads')};`, measure.root.fails, 'measure'));
    if (required === null) {
      body.push(`out[${i}] = m === true ? O(${code}, "compliant", null, true) : O(${code}, "non_compliant", null, false);`);
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
      if ([item.appliesWhen, item.required, item.measure].some((c) => c !== null && !trees.has(c))) deferred.push(i);
      else body.push(`const code${i} = CODES[${i}], na${i} = NAS[${i}];`), functions.push(...itemStatements(writer, i, item));
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
  const factory = new Function('R', 'FNS', 'OUT', 'CODES', 'NAS', source) as (
    r: typeof RUNTIME,
    fns: readonly Implementation[],
    out: typeof OUTCOMES,
    codes: readonly string[],
    nas: readonly ItemOutcome[],
  ) => Pick<CatalogProgram, 'fill' | 'chunks'>;
  const made = factory(RUNTIME, writer.fns, OUTCOMES, items.map((i) => i.code), items.map((i) => i.notApplicable));
  return { ...made, deferred, slots: { numbers: writer.numberSlots.length, booleans: writer.boolSlots.length } };
}

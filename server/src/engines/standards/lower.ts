// Lowers a cel-js AST to the typed tree both back ends compile, inferring every type statically so that an
// expression outside the compiled subset is refused whole (Unsupported) and stays on cel-js's own program.
import type { ASTNode } from '@marcbachmann/cel-js';
import { FUNCTIONS, type CelTypeName, type FactFamily, type Implementation } from './vocabulary.ts';

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

/** Outside the compiled subset: the caller keeps cel-js's program. */
export class Unsupported extends Error {}

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
    if (generic[1] === 'list' && parts.length === 1)
      return { k: 'list', elem: parseType(parts[0] ?? '', families) };
    if (generic[1] === 'map' && parts.length === 2) {
      return {
        k: 'map',
        key: parseType(parts[0] ?? '', families),
        value: parseType(parts[1] ?? '', families),
      };
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
export type Node = { t: CType; fails: boolean } & (
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

export class Builder {
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
          if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < -BigInt(Number.MAX_SAFE_INTEGER))
            throw new Unsupported('large int');
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
          return {
            n: 'field',
            obj,
            name,
            t: parseType(field.type, this.families),
            fails: obj.fails,
          };
        }
        if (obj.t.k === 'map' && obj.t.key.k === 'string') {
          return {
            n: 'mget',
            map: obj,
            key: { n: 'lit', v: name, t: STRING, fails: false },
            t: obj.t.value,
            fails: true,
          };
        }
        throw new Unsupported('select');
      }
      case '[]': {
        const [mAst, kAst] = node.args;
        const map = this.build(mAst, scope);
        const key = this.build(kAst, scope);
        if (map.t.k === 'map' && sameType(map.t.key, key.t) && isScalar(key.t))
          return { n: 'mget', map, key, t: map.t.value, fails: true };
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
        if (!int && !(a.t.k === 'double' && b.t.k === 'double' && node.op !== '%'))
          throw new Unsupported('arithmetic');
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
        const ok = ordered
          ? isNumeric(a.t) && isNumeric(b.t)
          : isScalar(a.t) && (sameType(a.t, b.t) || (isNumeric(a.t) && isNumeric(b.t)));
        if (!ok) throw new Unsupported('comparison');
        return { n: 'cmp', op: node.op, a, b, t: BOOL, fails: a.fails || b.fails };
      }
      case 'in': {
        const x = this.build(node.args[0], scope);
        const coll = this.build(node.args[1], scope);
        if (!isScalar(x.t)) throw new Unsupported('in');
        if (coll.t.k === 'list' && sameType(coll.t.elem, x.t))
          return { n: 'inList', x, coll, t: BOOL, fails: x.fails || coll.fails };
        if (coll.t.k === 'map' && sameType(coll.t.key, x.t))
          return { n: 'inMap', x, coll, t: BOOL, fails: x.fails || coll.fails };
        throw new Unsupported('in');
      }
      case 'list': {
        const items = node.args.map((a) => this.build(a, scope));
        const first = items[0];
        if (!first || !isScalar(first.t) || items.some((i) => !sameType(i.t, first.t)))
          throw new Unsupported('list');
        const t: CType = { k: 'list', elem: first.t };
        if (items.every((i) => i.n === 'lit')) {
          return {
            n: 'constList',
            v: items.map((i) => (i.n === 'lit' ? i.v : false)),
            t,
            fails: false,
          };
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
      return {
        n: 'inMap',
        x: { n: 'lit', v: sel.args[1], t: STRING, fails: false },
        coll,
        t: BOOL,
        fails: coll.fails,
      };
    }
    const args = argAsts.map((a) => this.build(a, scope));
    const only = args.length === 1 ? args[0] : undefined;
    if (name === 'size' && only && (only.t.k === 'list' || only.t.k === 'map'))
      return { n: 'size', a: only, t: INT, fails: only.fails };
    if (name === 'double' && only && only.t.k === 'double') return only;
    if (name === 'double' && only && only.t.k === 'int')
      return { n: 'toDouble', a: only, t: DOUBLE, fails: only.fails };
    if (name === 'int' && only && only.t.k === 'int') return only;
    if (name === 'int' && only && only.t.k === 'double')
      return { n: 'toInt', a: only, t: INT, fails: only.fails };
    const fn = FUNCTIONS.find((f) => f.name === name);
    const overload = fn?.overloads.find(
      (o) =>
        o.params.length === args.length &&
        o.params.every((p, i) => {
          const arg = args[i];
          return arg !== undefined && sameType(parseType(p, this.families), arg.t);
        }),
    );
    if (!overload) throw new Unsupported(`function ${name}`);
    const t = parseType(overload.result, this.families);
    return {
      n: 'call',
      fn: this.fn(overload.impl),
      args,
      intResult: t.k === 'int',
      t,
      fails: overload.fails === true || args.some((a) => a.fails),
    };
  }

  private receiverCall(
    name: string,
    recvAst: ASTNode,
    argAsts: readonly ASTNode[],
    scope: Scope,
  ): Node {
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
    if (name === 'size' && args.length === 0 && (recv.t.k === 'list' || recv.t.k === 'map'))
      return { n: 'size', a: recv, t: INT, fails: recv.fails };
    if (recv.t.k !== 'object') throw new Unsupported('method');
    const family = recv.t.family;
    const method = family.methods.find(
      (m) =>
        m.name === name &&
        m.params.length === args.length &&
        m.params.every((p, i) => {
          const arg = args[i];
          return arg !== undefined && sameType(parseType(p.type, this.families), arg.t);
        }),
    );
    if (!method) throw new Unsupported(`method ${name}`);
    const t = parseType(method.result, this.families);
    return {
      n: 'call',
      fn: this.fn(method.impl),
      args: [recv, ...args],
      intResult: t.k === 'int',
      t,
      fails: recv.fails || args.some((a) => a.fails),
    };
  }
}

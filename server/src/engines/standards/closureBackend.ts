// The closure back end: the same typed tree as nested closures instead of generated source, with the same
// semantics; the property test holds both back ends to cel-js.
import { Unsupported, type Node } from './lower.ts';
import { IDIV, IMOD, MGET, AND, OR, SI, TOINT, type Context, type Evaluator } from './runtime.ts';
import type { Implementation } from './vocabulary.ts';

type Closure = (F: Context, L: unknown[]) => unknown;

export function emitClosures(root: Node, fns: readonly Implementation[], slots: number): Evaluator {
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
        return (F, L) =>
          AND(
            () => a(F, L),
            () => b(F, L),
          );
      }
      case 'or': {
        const a = emit(x.a);
        const b = emit(x.b);
        if (!x.a.fails) return (F, L) => a(F, L) === true || b(F, L) === true;
        if (!x.b.fails) return (F, L) => (b(F, L) === true ? true : a(F, L));
        return (F, L) =>
          OR(
            () => a(F, L),
            () => b(F, L),
          );
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

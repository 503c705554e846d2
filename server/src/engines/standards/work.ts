// Bounds on the work an expression may do, measured on the parsed tree before it is type-checked.
//
// Nesting and length bound the tree, not the time it takes to evaluate: `matches` runs a backtracking
// regular expression (`'aaaa…!'.matches('^(a+)+$')` doubles its time with every character), and the list
// macros repeat their body once per element, so five macros nested over 30-element literals take seconds and
// six over 100-element ones take ~10^12 steps, while `map` can build lists far larger than the text. None of
// it is needed by requirement rules (the default catalog reads facts, compares, and tests `in`), so:
// `matches` is refused outright, the macros are bounded in nesting, number and the size of the literals they
// range over, and what is left is estimated (`treeTooCostly`) and refused past MAX_EXPRESSION_WORK.
//
// Kept apart from the nesting bound (bounds.ts, which re-exports this file) because the two measure
// different things: depth on the text and the tree alike, work on the tree against the fact vocabulary.
import type { ASTNode } from '@marcbachmann/cel-js';
import type { BoundProblem } from './bounds.ts';
import type { FactFamily } from './vocabulary.ts';

/**
 * The macros that repeat an expression once per element, as cel-js names them. Two levels (a port's
 * categories against a list of modes, say) cover any rule an author writes by hand; a third multiplies the
 * work by another list's size for no rule anyone has needed.
 */
export const COMPREHENSIONS: ReadonlySet<string> = new Set([
  'all',
  'exists',
  'exists_one',
  'map',
  'filter',
]);
export const MAX_COMPREHENSION_NESTING = 2;
/** Macros in one expression: eight side by side still read as one rule; more is several requirements. */
export const MAX_COMPREHENSIONS = 8;
/**
 * Elements in one list or map literal. The longest `x in [...]` a rule needs lists codes (nine designation
 * categories, nine modes, a few dozen facility types); 200 leaves room, and one macro over 200 elements
 * stays far within MAX_EXPRESSION_WORK.
 */
export const MAX_LITERAL_ELEMENTS = 200;
/**
 * Steps one expression may take on one port, estimated from above: one per node evaluated, one per element a
 * macro visits, and one per element or character an operation copies, compares, scans or builds (`+` on
 * lists or strings, `==`, `in`, string functions, literals). cel-js's interpreter takes well under a
 * microsecond a step, so 10^5 steps are a few tens of milliseconds at worst: a macro over a 200-element
 * literal fits many times over, two nested over a port's categories and modes too (about 10^4), two nested
 * over 90-element literals with a small body just fit, over 200-element ones they do not.
 */
export const MAX_EXPRESSION_WORK = 100_000;
/**
 * How large a fact's list or map is counted unless its field says otherwise (`maxElements`: a port's modes
 * and design capacities, at most nine): as large as the largest literal. Designation categories are the one
 * list the data does not bound (nine are seeded, users may add more; a port holds a handful), so they are
 * counted conservatively; the facts are data, not the expression, so this bounds the multiplier an expression
 * puts on them rather than the data itself.
 */
export const FACT_COLLECTION_SIZE = MAX_LITERAL_ELEMENTS;
/** How long a fact's string (a code, a class, a status) is counted: codes are at most 40 characters. */
const FACT_TEXT = 40;

const problem = (start: number, end: number, zh: string, en: string): BoundProblem => ({
  message: { zh, en },
  start,
  end,
});
const MACRO_NAMES = 'all、exists、exists_one、map、filter';

const noRegex = (start: number, end: number) =>
  problem(
    start,
    end,
    '要求表达式不支持正则匹配 matches()；请改用 startsWith()、endsWith()、contains() 或 x in [...]',
    'matches() (regular expressions) is not available in requirement expressions; use startsWith(), endsWith(), contains() or x in [...]',
  );
const macrosTooDeep = (start: number, end: number) =>
  problem(
    start,
    end,
    `列表宏（${MACRO_NAMES}）嵌套超过 ${MAX_COMPREHENSION_NESTING} 层；请拆分为多个要求`,
    `list macros (all, exists, exists_one, map, filter) nest more than ${MAX_COMPREHENSION_NESTING} deep; split the requirement`,
  );
const tooManyMacros = (start: number, end: number) =>
  problem(
    start,
    end,
    `一个表达式中的列表宏（${MACRO_NAMES}）超过 ${MAX_COMPREHENSIONS} 个；请拆分为多个要求`,
    `more than ${MAX_COMPREHENSIONS} list macros (all, exists, exists_one, map, filter) in one expression; split the requirement`,
  );
const literalTooLarge = (start: number, end: number, n: number) =>
  problem(
    start,
    end,
    `列表或映射字面量元素过多（${n} 个，最多 ${MAX_LITERAL_ELEMENTS} 个）`,
    `list or map literal too large (${n} elements, at most ${MAX_LITERAL_ELEMENTS})`,
  );
const tooMuchWork = (start: number, end: number) =>
  problem(
    start,
    end,
    `表达式的计算量可能过大（估计超过 ${MAX_EXPRESSION_WORK} 步）；请缩短列表、减少嵌套的列表宏，或拆分为多个要求`,
    `expression could take too much work to evaluate (more than ${MAX_EXPRESSION_WORK} steps at worst); use shorter lists, fewer nested list macros, or split the requirement`,
  );

/**
 * An upper bound on a value and on the work of computing it once. `size`: elements of a list or map
 * (nested ones included) or characters of a string, 1 for a scalar; `element`: the size of any one element,
 * key or value inside it; `work`: steps, as MAX_EXPRESSION_WORK counts them.
 */
type Estimate = { size: number; element: number; work: number };
type Scope = { name: string; value: Estimate; up: Scope } | null;
type Frame = {
  node: ASTNode;
  scope: Scope;
  /** Macro bodies this node sits in. */
  nesting: number;
  /** The sub-expressions evaluated, in order; for a macro or `cel.bind`, the first binds a variable for the rest. */
  kids: ASTNode[];
  /** The variable the first kid's value binds for the others, and whether the others repeat per element. */
  binds: { name: string; perElement: boolean } | null;
  done: Estimate[];
};

const SCALAR: Estimate = { size: 1, element: 0, work: 0 };
/** What walking a value of this size costs beyond the node's own step; nothing for a scalar (size 1). */
const walk = (size: number) => Math.max(0, size - 1);
const lookup = (scope: Scope, name: string): Estimate | undefined => {
  for (let s = scope; s !== null; s = s.up) if (s.name === name) return s.value;
  return undefined;
};

/** Functions whose result is a scalar whatever their arguments (the fact methods are looked up by type). */
const SCALAR_RESULTS: ReadonlySet<string> = new Set([
  'size',
  'int',
  'uint',
  'double',
  'bool',
  'max',
  'min',
  'ceil',
  'floor',
  'round',
  'has',
  'startsWith',
  'endsWith',
  'contains',
  'indexOf',
  'lastIndexOf',
  'at',
  'timestamp',
  'duration',
]);

/**
 * The first place an expression's work could blow up, or null: `matches`, macros nested or repeated past the
 * bounds above, a literal past MAX_LITERAL_ELEMENTS, or an estimated work past MAX_EXPRESSION_WORK. Walks the
 * parsed tree with an explicit stack, like `treeTooDeep`, and is linear in its size.
 */
export function treeTooCostly(root: ASTNode, families: readonly FactFamily[]): BoundProblem | null {
  const family = (node: ASTNode, scope: Scope): FactFamily | undefined =>
    node.op === 'id' && lookup(scope, node.args) === undefined
      ? families.find((f) => f.name === node.args)
      : undefined;
  let macros = 0;
  let result: Estimate = SCALAR;

  /** A frame for `node`, or the reason it is refused before its parts are looked at. */
  const enter = (node: ASTNode, scope: Scope, nesting: number): Frame | BoundProblem => {
    const frame: Frame = { node, scope, nesting, kids: [], binds: null, done: [] };
    switch (node.op) {
      case 'value':
      case 'id':
        break;
      case '.':
      case '.?':
        frame.kids = [node.args[0]];
        break;
      case 'list':
        if (node.args.length > MAX_LITERAL_ELEMENTS)
          return literalTooLarge(node.start, node.end, node.args.length);
        frame.kids = [...node.args];
        break;
      case 'map':
        if (node.args.length > MAX_LITERAL_ELEMENTS)
          return literalTooLarge(node.start, node.end, node.args.length);
        frame.kids = node.args.flat();
        break;
      case 'call':
        if (node.args[0] === 'matches') return noRegex(node.start, node.end);
        frame.kids = [...node.args[1]];
        break;
      case 'rcall': {
        const [name, receiver, args] = node.args;
        if (name === 'matches') return noRegex(node.start, node.end);
        const variable = args[0]?.op === 'id' ? args[0].args : null;
        if (COMPREHENSIONS.has(name) && variable !== null && args.length >= 2) {
          macros++;
          if (nesting + 1 > MAX_COMPREHENSION_NESTING) return macrosTooDeep(node.start, node.end);
          if (macros > MAX_COMPREHENSIONS) return tooManyMacros(node.start, node.end);
          frame.kids = [receiver, ...args.slice(1)];
          frame.binds = { name: variable, perElement: true };
        } else if (
          name === 'bind' &&
          receiver.op === 'id' &&
          receiver.args === 'cel' &&
          variable !== null &&
          args.length === 3
        ) {
          frame.kids = args.slice(1);
          frame.binds = { name: variable, perElement: false };
        } else frame.kids = [receiver, ...args];
        break;
      }
      case '!_':
      case '-_':
        frame.kids = [node.args];
        break;
      default:
        frame.kids = [...node.args];
    }
    return frame;
  };

  /** The estimate of a frame whose kids are all estimated. */
  const leave = (f: Frame): Estimate => {
    const { node, done } = f;
    const sum = (pick: (e: Estimate) => number) => done.reduce((s, e) => s + pick(e), 0);
    const work = sum((e) => e.work);
    const [a = SCALAR, b = SCALAR, c = SCALAR] = done;
    switch (node.op) {
      case 'value':
        return typeof node.args === 'string' || node.args instanceof Uint8Array
          ? { size: Math.max(1, node.args.length), element: 0, work: 0 }
          : SCALAR;
      case 'id': {
        const bound = lookup(f.scope, node.args);
        if (bound) return { ...bound, work: 0 };
        return family(node, f.scope)
          ? { size: FACT_COLLECTION_SIZE, element: FACT_COLLECTION_SIZE, work: 0 }
          : SCALAR;
      }
      case '.':
      case '.?': {
        const fact = family(node.args[0], f.scope);
        if (fact) {
          const field = fact.fields[node.args[1]];
          const type = field?.type ?? '';
          if (type.startsWith('list') || type.startsWith('map'))
            return { size: field?.maxElements ?? FACT_COLLECTION_SIZE, element: FACT_TEXT, work };
          return type === 'string' ? { size: FACT_TEXT, element: 0, work } : { ...SCALAR, work };
        }
        return { size: a.element, element: a.element, work };
      }
      case '[]':
      case '[?]':
        return { size: a.element, element: a.element, work };
      case 'list':
      case 'map':
        return {
          size: 1 + sum((e) => e.size),
          element: Math.max(0, ...done.map((e) => e.size)),
          work: work + done.length,
        };
      case '?:':
        return {
          size: Math.max(b.size, c.size),
          element: Math.max(b.element, c.element),
          work: a.work + Math.max(b.work, c.work),
        };
      case '+':
        return {
          size: a.size + b.size,
          element: Math.max(a.element, b.element),
          work: work + walk(a.size) + walk(b.size),
        };
      case '==':
      case '!=':
      case '<':
      case '<=':
      case '>':
      case '>=':
        return { ...SCALAR, work: work + walk(Math.min(a.size, b.size)) };
      case 'in':
        return { ...SCALAR, work: work + walk(b.size) };
      case 'call': {
        const name = node.args[0];
        const scans = work + sum((e) => walk(e.size));
        if (SCALAR_RESULTS.has(name)) return { ...SCALAR, work: scans };
        const size = 2 * sum((e) => e.size) + 32;
        return { size, element: size, work: scans + size };
      }
      case 'rcall': {
        const [name, receiver, args] = node.args;
        if (f.binds?.perElement) {
          // A macro: the receiver once, then every other kid once per element it holds.
          const elements = a.size;
          const body = done.slice(1);
          const each = 1 + body.reduce((s, e) => s + e.work, 0);
          const total = a.work + elements * each;
          const last = body[body.length - 1] ?? SCALAR;
          if (name === 'map')
            return { size: 1 + elements * last.size, element: last.size, work: total + elements };
          if (name === 'filter') return { size: a.size, element: a.element, work: total };
          return { ...SCALAR, work: total };
        }
        if (f.binds) return { ...b, work };
        const fact = family(receiver, f.scope);
        const method = fact?.methods.find(
          (m) => m.name === name && m.params.length === args.length,
        );
        if (method) {
          // A fact method is a lookup by a short code: it walks neither the port nor its arguments.
          const scalar = ['int', 'double', 'bool'].includes(method.result);
          return scalar
            ? { ...SCALAR, work }
            : { size: FACT_COLLECTION_SIZE, element: FACT_TEXT, work };
        }
        const argScans = done.slice(1).reduce((s, e) => s + walk(e.size), 0);
        const scans = work + walk(a.size) + argScans;
        if (SCALAR_RESULTS.has(name)) return { ...SCALAR, work: scans };
        if (name === 'split')
          return { size: 2 * a.size + 1, element: a.size, work: scans + 2 * a.size + 1 };
        if (name === 'join') {
          const size = a.size * (1 + b.size) + 1;
          return { size, element: 0, work: scans + size };
        }
        const size = 2 * sum((e) => e.size) + 32;
        return { size, element: size, work: scans + size };
      }
      default:
        // &&, ||, !, unary and binary arithmetic on numbers: scalars.
        return { ...SCALAR, work };
    }
  };

  const first = enter(root, null, 0);
  if (!('done' in first)) return first;
  const stack: Frame[] = [first];
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as Frame;
    const next = top.done.length;
    if (next < top.kids.length) {
      let scope = top.scope;
      let nesting = top.nesting;
      if (top.binds && next > 0) {
        const value = top.done[0] as Estimate;
        // A macro's variable is one element of its receiver; cel.bind's is the whole value.
        const bound = top.binds.perElement
          ? { size: value.element, element: value.element, work: 0 }
          : value;
        scope = { name: top.binds.name, value: bound, up: scope };
        if (top.binds.perElement) nesting++;
      }
      const kid = enter(top.kids[next] as ASTNode, scope, nesting);
      if (!('done' in kid)) return kid;
      stack.push(kid);
      continue;
    }
    stack.pop();
    // Every node evaluated is a step.
    const own = leave(top);
    const estimate = { ...own, work: own.work + 1 };
    if (top.binds?.perElement && estimate.work > MAX_EXPRESSION_WORK)
      return tooMuchWork(top.node.start, top.node.end);
    const parent = stack[stack.length - 1];
    if (parent) parent.done.push(estimate);
    else result = estimate;
  }
  return result.work > MAX_EXPRESSION_WORK ? tooMuchWork(root.start, root.end) : null;
}

// A bound on the nesting of a requirement expression, enforced whenever one is checked (saving an item,
// importing a catalog, publishing a version, the editor's preview, compiling a catalog for a campaign), so
// that an expression that passed its check can always be evaluated.
//
// Everything that reads an expression walks its tree recursively: cel-js's parser, type checker and
// interpreter, the lowering and both back ends (lower.ts, sourceBackend.ts, closureBackend.ts), the family
// and term collectors (compiler.ts, explain.ts), V8 compiling the generated source, and the nested calls that
// source makes at run time. Each spends a few stack frames per level, so a tree 2,000 levels deep (a run of
// `!`, or `a || a || …`, which cel-js builds as a left-leaning chain one level per operator) overflows the
// stack. The depth is therefore measured here without recursion, first on the text (before cel-js sees it)
// and then on the parsed tree, and refused past MAX_EXPRESSION_DEPTH.
//
// Length is the contract's rule (MAX_EXPRESSION_LENGTH in contracts/standards.ts): it bounds the work of
// checking an expression, not the stack, so a long but shallow expression is the engine's to evaluate.
import type { ASTNode } from '@marcbachmann/cel-js';
import type { Label } from './vocabulary.ts';

// The bounds on the work an expression may do are in work.ts; they are checked at the same points, so
// the callers reach both here.
export {
  COMPREHENSIONS,
  FACT_COLLECTION_SIZE,
  MAX_COMPREHENSION_NESTING,
  MAX_COMPREHENSIONS,
  MAX_EXPRESSION_WORK,
  MAX_LITERAL_ELEMENTS,
  treeTooCostly,
} from './work.ts';

/**
 * The deepest tree an expression may have, counting every operator, call, selection, list or map literal,
 * ternary and parenthesis level. The rules of the default catalog nest at most 6 levels; 64 leaves room for
 * long hand-written conditions (a chain of about 60 `||`) while the costliest walkers (cel-js's type checker
 * on nested calls, generated code absorbing errors through nested `||`) stay far inside V8's default stack:
 * the deepest expressions the bound allows check, compile, evaluate and explain in a sixth of it, so a
 * request handler's own frames leave ample room.
 */
export const MAX_EXPRESSION_DEPTH = 64;

/** Why an expression nests too deeply, and where: offsets into the expression. */
export type BoundProblem = { message: Label; start: number; end: number };

const tooDeep = (start: number, end: number): BoundProblem => ({
  message: {
    zh: `表达式嵌套过深（超过 ${MAX_EXPRESSION_DEPTH} 层）；一长串 || 可改写为 x in [...]，或拆分为多个要求`,
    en: `expression nests too deeply (more than ${MAX_EXPRESSION_DEPTH} levels); write a long chain of || as x in [...], or split the requirement`,
  },
  start,
  end,
});

const isWord = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** The end (exclusive) of a string literal opening at `at` with quote `q`, as cel-js's lexer reads it. */
function stringEnd(text: string, at: number, q: string): number {
  const triple = text.startsWith(q.repeat(3), at);
  let i = at + (triple ? 3 : 1);
  while (i < text.length) {
    const c = text[i];
    if (c === '\\') i += 2;
    else if (triple ? text.startsWith(q.repeat(3), i) : c === q) return i + (triple ? 3 : 1);
    else i++;
  }
  return text.length;
}

type Level = { base: number; ternaries: number; operand: number };

/**
 * The first place where the text nests past MAX_EXPRESSION_DEPTH, read the way cel-js's recursive parser
 * descends: each bracket, each `?` of a ternary (its branches parse inside it) and each prefix `!` or `-`
 * (which stays open over the whole operand, brackets included) is a level. Binary operators are not: the
 * parser reads chains of them in a loop, and the tree walk in `treeTooDeep` measures those.
 */
export function textTooDeep(text: string): BoundProblem | null {
  const levels: Level[] = [{ base: 0, ternaries: 0, operand: 0 }];
  let level = levels[0] as Level;
  let prefixes = 0;
  // Whether the last token ended an operand (so a `-` after it is binary, and `(` after it is a call or index).
  let afterOperand = false;
  const depth = () => level.base + level.ternaries + Math.max(level.operand, prefixes);
  for (let i = 0; i < text.length;) {
    const ch = text[i] as string;
    const code = text.charCodeAt(i);
    if (ch === '/' && text[i + 1] === '/') {
      const eol = text.indexOf('\n', i);
      i = eol === -1 ? text.length : eol;
      continue;
    }
    if (ch === '"' || ch === "'" || isWord(code)) {
      let end: number;
      if (ch === '"' || ch === "'") end = stringEnd(text, i, ch);
      else {
        end = i;
        while (end < text.length && isWord(text.charCodeAt(end))) end++;
        // A prefixed string (r'…', b"…") is one token with its prefix.
        const q = text[end];
        if (end === i + 1 && 'rRbB'.includes(ch) && (q === '"' || q === "'"))
          end = stringEnd(text, end, q);
        else if (text.slice(i, end) === 'in') {
          level.operand = 0;
          afterOperand = false;
          i = end;
          continue;
        }
      }
      if (!afterOperand) {
        level.operand = prefixes;
        prefixes = 0;
        if (depth() + 1 > MAX_EXPRESSION_DEPTH) return tooDeep(i, end);
      }
      afterOperand = true;
      i = end;
      continue;
    }
    i++;
    switch (ch) {
      case '!':
      case '-':
        if (ch === '!' && text[i] === '=') {
          i++;
          level.operand = 0;
          afterOperand = false;
        } else if (afterOperand) {
          level.operand = 0;
          afterOperand = false;
        } else {
          prefixes++;
          if (depth() > MAX_EXPRESSION_DEPTH) return tooDeep(i - 1, i);
        }
        break;
      case '(':
      case '[':
      case '{': {
        if (!afterOperand) {
          level.operand = prefixes;
          prefixes = 0;
        }
        const base = depth() + 1;
        if (base > MAX_EXPRESSION_DEPTH) return tooDeep(i - 1, i);
        level = { base, ternaries: 0, operand: 0 };
        levels.push(level);
        afterOperand = false;
        break;
      }
      case ')':
      case ']':
      case '}':
        if (levels.length > 1) levels.pop();
        level = levels[levels.length - 1] as Level;
        prefixes = 0;
        afterOperand = true;
        break;
      case '?':
        level.ternaries++;
        level.operand = 0;
        afterOperand = false;
        if (depth() + 1 > MAX_EXPRESSION_DEPTH) return tooDeep(i - 1, i);
        break;
      case ',':
        level.ternaries = 0;
        level.operand = 0;
        afterOperand = false;
        break;
      case '.':
        // A selection or method call continues the operand before it (`port.categories`, `1.5`).
        break;
      case ' ':
      case '\t':
      case '\n':
      case '\r':
        break;
      default:
        // Binary operators and `:`; anything else is left to cel-js to report.
        level.operand = 0;
        afterOperand = false;
    }
  }
  return null;
}

function isNode(x: unknown): x is ASTNode {
  return x !== null && typeof x === 'object' && 'op' in x && 'args' in x;
}

/** The first node of a parsed tree deeper than MAX_EXPRESSION_DEPTH, found with an explicit stack. */
export function treeTooDeep(root: ASTNode): BoundProblem | null {
  // Arrays in `args` (operands, call arguments, list items, map entries) group nodes without nesting them.
  const stack: { x: unknown; depth: number }[] = [{ x: root, depth: 1 }];
  while (stack.length > 0) {
    const { x, depth } = stack.pop() as { x: unknown; depth: number };
    if (Array.isArray(x)) {
      for (const y of x) stack.push({ x: y, depth });
    } else if (isNode(x)) {
      if (depth > MAX_EXPRESSION_DEPTH) return tooDeep(x.start, x.end);
      stack.push({ x: x.args, depth: depth + 1 });
    }
  }
  return null;
}

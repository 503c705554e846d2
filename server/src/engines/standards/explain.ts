// Why an item came out as it did: each expression's value and the facts it read, for the assessor.
// Interpreted with cel-js rather than compiled: one item at a time, clarity over speed.
import type { ASTNode } from '@marcbachmann/cel-js';
import type { CompiledCatalog } from './catalog.ts';
import { evaluateExpression, fromCel, type CompiledExpression } from './compiler.ts';
import type { EngineFacts } from './evaluate.ts';
import type { Explanation, ItemExplanation, Term } from './types.ts';

const MACROS = new Set(['exists', 'all', 'exists_one', 'map', 'filter']);

function isNode(x: unknown): x is ASTNode {
  return x !== null && typeof x === 'object' && 'op' in x && 'args' in x;
}

/** Reads a fact: a selection, literal index or method call with literal arguments, rooted at a family. */
function isFactTerm(node: ASTNode, families: ReadonlySet<string>): boolean {
  switch (node.op) {
    case '.':
      return isFactRoot(node.args[0], families);
    case '[]':
      return node.args[1].op === 'value' && isFactRoot(node.args[0], families);
    case 'rcall':
      return (
        !MACROS.has(node.args[0]) &&
        node.args[2].every((a) => a.op === 'value') &&
        isFactRoot(node.args[1], families)
      );
    default:
      return false;
  }
}

function isFactRoot(node: ASTNode, families: ReadonlySet<string>): boolean {
  return (node.op === 'id' && families.has(node.args)) || isFactTerm(node, families);
}

function collectTerms(node: ASTNode, families: ReadonlySet<string>, out: ASTNode[]): void {
  if (isFactTerm(node, families)) {
    out.push(node);
    return;
  }
  // has() asks whether a key exists; reading the key on its own would only report it missing.
  if (node.op === 'call' && node.args[0] === 'has') return;
  const visit = (x: unknown): void => {
    if (Array.isArray(x)) x.forEach(visit);
    else if (isNode(x)) collectTerms(x, families, out);
  };
  visit(node.args);
}

function display(v: unknown): unknown {
  const plain = fromCel(v);
  const walk = (x: unknown): unknown => {
    if (x instanceof Map) return Object.fromEntries([...x].map(([k, y]) => [String(k), walk(y)]));
    if (Array.isArray(x)) return x.map(walk);
    return x;
  };
  return walk(plain);
}

function messageOf(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return text.split('\n')[0] ?? text;
}

function explain(catalog: CompiledCatalog, facts: EngineFacts, c: CompiledExpression): Explanation {
  const families = new Set(catalog.families.map((f) => f.name));
  const nodes: ASTNode[] = [];
  collectTerms(catalog.env.parse(c.expression).ast, families, nodes);
  const terms: Term[] = [];
  const seen = new Set<string>();
  for (const node of nodes) {
    const text = c.expression.slice(node.start, node.end);
    if (seen.has(text)) continue;
    seen.add(text);
    try {
      terms.push({ text, value: display(catalog.env.parse(text)(facts.ctx)) });
    } catch (e) {
      terms.push({ text, value: null, error: messageOf(e) });
    }
  }
  try {
    const value = evaluateExpression(c, facts.ctx);
    return {
      expression: c.expression,
      value: typeof value === 'number' || typeof value === 'boolean' ? value : null,
      terms,
    };
  } catch (e) {
    return { expression: c.expression, value: null, error: messageOf(e), terms };
  }
}

export function explainItem(
  catalog: CompiledCatalog,
  facts: EngineFacts,
  code: string,
): ItemExplanation {
  const item = catalog.byCode.get(code);
  if (!item) throw new Error(`no item ${code} in the catalog`);
  const out: ItemExplanation = {};
  if (item.appliesWhen) out.appliesWhen = explain(catalog, facts, item.appliesWhen);
  if (item.required) out.required = explain(catalog, facts, item.required);
  if (item.measure) out.present = explain(catalog, facts, item.measure);
  return out;
}

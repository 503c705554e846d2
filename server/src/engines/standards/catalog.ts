// Checking requirement expressions against the vocabulary, and compiling a catalog once for evaluation.
import {
  ParseError,
  type Environment,
  type ParseResult,
  type TypeCheckResult,
} from '@marcbachmann/cel-js';
import { textTooDeep, treeTooCostly, treeTooDeep, type BoundProblem } from './bounds.ts';
import { compileCatalogProgram, type CatalogProgram } from './catalogProgram.ts';
import { compileExpression, type Backend, type CompiledExpression } from './compiler.ts';
import { environmentFor } from './environment.ts';
import type { ExpressionField, ExpressionProblem, ItemOutcome, RuleItem } from './types.ts';
import { FACT_FAMILIES, familiesNamed, type FactFamily, type Label } from './vocabulary.ts';

export type CatalogOptions = {
  /** The fact families expressions may read; all of them unless the caller knows some are never available. */
  families?: readonly string[];
  /** Which compiler back end; both agree, 'source' measured faster. */
  backend?: Backend;
};

export type CompiledItem = {
  item: RuleItem;
  appliesWhen: CompiledExpression | null;
  required: CompiledExpression | null;
  measure: CompiledExpression | null;
  /** Families any of its expressions read. */
  families: readonly string[];
  /** The item's not-applicable outcome, shared by every port: most items do not apply to most ports. */
  notApplicable: ItemOutcome;
};

export type CompiledCatalog = {
  items: readonly CompiledItem[];
  byCode: ReadonlyMap<string, CompiledItem>;
  families: readonly FactFamily[];
  env: Environment;
  stats: { expressions: number; compiled: number; interpreted: number };
  /** The whole catalog as one generated module (the 'source' back end), which evaluatePort prefers. */
  program: CatalogProgram | null;
};

export class CatalogProblems extends Error {
  constructor(readonly problems: ExpressionProblem[]) {
    super(
      `${problems.length} expression problem(s): ${problems.map((p) => `${p.itemCode}.${p.field}: ${p.message.en}`).join('; ')}`,
    );
    this.name = 'CatalogProblems';
  }
}

function translate(summary: string, isSyntax: boolean, available: readonly FactFamily[]): Label {
  const unknownVar = /^Unknown variable: (.+)$/.exec(summary);
  if (unknownVar) {
    const name = unknownVar[1] ?? '';
    if (FACT_FAMILIES.some((f) => f.name === name) && !available.some((f) => f.name === name)) {
      return {
        zh: `未知事实：${name}（此处不提供该类事实）`,
        en: `unknown fact: ${name} (not provided here)`,
      };
    }
    return { zh: `未知事实：${name}`, en: `unknown fact: ${name}` };
  }
  const unknownField = /^No such key: (.+)$/.exec(summary);
  if (unknownField)
    return { zh: `未知字段：${unknownField[1]}`, en: `unknown field: ${unknownField[1]}` };
  const noFunction = /^found no matching overload for '(.+)'$/.exec(summary);
  if (noFunction) {
    return {
      zh: `未知函数或参数类型不符：${noFunction[1]}`,
      en: `unknown function or wrong argument types: ${noFunction[1]}`,
    };
  }
  const noOperator = /^no such overload: (.+)$/.exec(summary);
  if (noOperator)
    return {
      zh: `运算不支持这些类型：${noOperator[1]}`,
      en: `operator not defined for these types: ${noOperator[1]}`,
    };
  return isSyntax
    ? { zh: `语法错误：${summary}`, en: `syntax error: ${summary}` }
    : { zh: `类型错误：${summary}`, en: summary };
}

const FIELD_LABELS: Record<ExpressionField, Label> = {
  appliesWhen: { zh: '适用条件', en: 'appliesWhen' },
  required: { zh: '要求数量', en: 'required' },
  measure: { zh: '实有情况', en: 'measure' },
};

function expectedTypes(item: RuleItem, field: ExpressionField): readonly string[] {
  if (field === 'appliesWhen') return ['bool'];
  if (field === 'required') return ['int', 'double'];
  return item.required === null ? ['bool'] : ['int', 'double'];
}

type Checked = { problem: ExpressionProblem } | { problem: null; type: string };

/**
 * cel-js's verdict on an expression, or why it nests too deeply (bounds.ts): measured on the text first
 * (cel-js's parser recurses on brackets, ternaries and prefix operators), then on the parsed tree (which also
 * holds the chains of binary operators the parser reads in a loop), before the type checker or anything else
 * recursive reads it. The tree that is measured is the one checked, so an expression is parsed once. Then
 * why it could take too long to evaluate (`matches`, list macros, large literals: `treeTooCostly`), so that
 * nothing slow is ever saved, compiled or evaluated.
 */
function verdict(
  env: Environment,
  families: readonly FactFamily[],
  expression: string,
): { bound: BoundProblem } | { result: TypeCheckResult } {
  const text = textTooDeep(expression);
  if (text) return { bound: text };
  let parsed: ParseResult;
  try {
    parsed = env.parse(expression);
  } catch {
    // It does not parse: the check says why, and where.
    return { result: env.check(expression) };
  }
  const tree = treeTooDeep(parsed.ast) ?? treeTooCostly(parsed.ast, families);
  return tree ? { bound: tree } : { result: parsed.check() };
}

function checkOne(
  env: Environment,
  families: readonly FactFamily[],
  item: RuleItem,
  field: ExpressionField,
  expression: string,
): Checked {
  const base = { itemCode: item.code, field, expression };
  const checked = verdict(env, families, expression);
  if ('bound' in checked) return { problem: { ...base, ...checked.bound } };
  const result = checked.result;
  if (!result.valid || result.type === undefined) {
    const error = result.error;
    const summary = error?.summary ?? error?.message.split('\n')[0] ?? 'invalid expression';
    return {
      problem: {
        ...base,
        message: translate(summary, error instanceof ParseError, families),
        start: error?.range?.start ?? null,
        end: error?.range?.end ?? null,
      },
    };
  }
  const expected = expectedTypes(item, field);
  if (!expected.includes(result.type)) {
    const want = expected.join(' / ');
    return {
      problem: {
        ...base,
        message: {
          zh: `${FIELD_LABELS[field].zh}的结果应为 ${want}，实为 ${result.type}`,
          en: `${FIELD_LABELS[field].en} must give ${want}, not ${result.type}`,
        },
        start: 0,
        end: expression.length,
      },
    };
  }
  return { problem: null, type: result.type };
}

/** Every problem with an item's expressions; an empty list means the item can be compiled. */
export function checkItem(item: RuleItem, options: CatalogOptions = {}): ExpressionProblem[] {
  const families = familiesNamed(options.families);
  const env = environmentFor(families);
  const problems: ExpressionProblem[] = [];
  for (const field of ['appliesWhen', 'required', 'measure'] as const) {
    const expression = item[field];
    if (expression === null) continue;
    const checked = checkOne(env, families, item, field, expression);
    if (checked.problem) problems.push(checked.problem);
  }
  return problems;
}

/** Checks and compiles every item; each distinct expression is compiled once. */
export function compileCatalog(
  items: readonly RuleItem[],
  options: CatalogOptions = {},
): CompiledCatalog {
  const families = familiesNamed(options.families);
  const env = environmentFor(families);
  const problems: ExpressionProblem[] = [];
  const cache = new Map<string, CompiledExpression>();
  const compiledItems: CompiledItem[] = [];
  const byCode = new Map<string, CompiledItem>();
  const stats = { expressions: 0, compiled: 0, interpreted: 0 };

  const compileField = (item: RuleItem, field: ExpressionField): CompiledExpression | null => {
    const expression = item[field];
    if (expression === null) return null;
    const checked = checkOne(env, families, item, field, expression);
    if (checked.problem) {
      problems.push(checked.problem);
      return null;
    }
    const key = `${checked.type}\u0000${expression}`;
    const cached = cache.get(key);
    if (cached) return cached;
    const compiled = compileExpression(
      env.parse(expression),
      expression,
      checked.type,
      families,
      options.backend,
    );
    cache.set(key, compiled);
    stats.expressions++;
    if (compiled.compiled) stats.compiled++;
    else stats.interpreted++;
    return compiled;
  };

  for (const item of items) {
    if (byCode.has(item.code)) throw new Error(`duplicate item code: ${item.code}`);
    const appliesWhen = compileField(item, 'appliesWhen');
    const required = compileField(item, 'required');
    const measure = compileField(item, 'measure');
    const read = new Set([appliesWhen, required, measure].flatMap((c) => c?.families ?? []));
    const notApplicable: ItemOutcome = Object.freeze({
      code: item.code,
      status: 'not_applicable',
      required: null,
      present: null,
      error: null,
    });
    const compiled: CompiledItem = {
      item,
      appliesWhen,
      required,
      measure,
      families: [...read],
      notApplicable,
    };
    compiledItems.push(compiled);
    byCode.set(item.code, compiled);
  }
  if (problems.length > 0) throw new CatalogProblems(problems);
  const program =
    (options.backend ?? 'source') === 'source'
      ? compileCatalogProgram(compiledItems.map((c) => ({ ...c, code: c.item.code })))
      : null;
  return { items: compiledItems, byCode, families, env, stats, program };
}

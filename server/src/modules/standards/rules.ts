import {
  MAX_EXPRESSION_LENGTH,
  type ExpressionProblem,
  type RequirementDraft,
} from '../../../../contracts/index.ts';
import {
  CatalogProblems,
  checkItem,
  compileCatalog,
  EXPRESSION_FIELDS,
  type CompiledCatalog,
  type RuleItem,
} from '../../engines/standards/index.ts';
import type { AppError } from '../../platform/errors/errors.ts';
import type { Text } from '../../platform/i18n/lang.ts';
import type { ItemRow } from './catalogs.repository.ts';
import { standardsError } from './standards.errors.ts';

/** The engine's view of an item: its code, weight and three expressions. */
export function ruleOf(item: ItemRow | RequirementDraft): RuleItem {
  const row = 'requiredExpr' in item;
  return {
    code: item.code,
    aspect: item.aspect as RuleItem['aspect'],
    importance: item.importance as RuleItem['importance'],
    weight: item.weight,
    appliesWhen: item.appliesWhen,
    required: row ? item.requiredExpr : item.required,
    measure: row ? item.measureExpr : item.measure,
  };
}

const where = (p: ExpressionProblem): Text =>
  p.start === null
    ? { zh: '', en: '' }
    : { zh: `（第 ${p.start + 1} 个字符处）`, en: ` (at character ${p.start + 1})` };

/** Problems as field errors: `measure`, or `items.3.measure` for the fourth item of a file. */
export function problemFields(
  problems: readonly ExpressionProblem[],
  prefixOf: (p: ExpressionProblem) => string = () => '',
): Record<string, Text> {
  const fields: Record<string, Text> = {};
  for (const p of problems) {
    const key = `${prefixOf(p)}${p.field}`;
    const at = where(p);
    fields[key] ??= {
      zh: `${p.itemCode}：${p.message.zh}${at.zh}`,
      en: `${p.itemCode}: ${p.message.en}${at.en}`,
    };
  }
  return fields;
}

/** Problems of items (each with the item's position) as one refusal naming the item, the field and the position. */
function expressionRefusal(
  problems: readonly { p: ExpressionProblem; index: number }[],
  prefixOf?: (index: number) => string,
): AppError {
  const fields: Record<string, Text> = {};
  for (const { p, index } of problems) {
    for (const [key, text] of Object.entries(
      problemFields([p], () => (prefixOf ? prefixOf(index) : '')),
    ))
      fields[key] ??= text;
  }
  return standardsError('CATALOG_EXPRESSION_INVALID', fields);
}

/**
 * Expressions longer than the contract allows. Requests are held to it by their schemas; this holds what is
 * already stored (an item written before the limit, or by another path) to it when it is published or used.
 */
function tooLong(rule: RuleItem): ExpressionProblem[] {
  return EXPRESSION_FIELDS.flatMap((field) => {
    const expression = rule[field];
    if (expression === null || expression.length <= MAX_EXPRESSION_LENGTH) return [];
    const message = {
      zh: `表达式过长（${expression.length} 个字符，最多 ${MAX_EXPRESSION_LENGTH} 个）`,
      en: `expression too long (${expression.length} characters, at most ${MAX_EXPRESSION_LENGTH})`,
    };
    return [
      {
        itemCode: rule.code,
        field,
        expression,
        message,
        start: MAX_EXPRESSION_LENGTH,
        end: expression.length,
      },
    ];
  });
}

/** Every problem with one item's expressions: its length, then what the engine's check finds. */
function problemsOf(rule: RuleItem): ExpressionProblem[] {
  const long = tooLong(rule);
  return long.length > 0 ? long : checkItem(rule);
}

/** Refuses an item whose expressions do not type-check, naming the item, the expression and the position. */
export function assertRulesValid(
  drafts: readonly RequirementDraft[],
  prefixOf?: (index: number) => string,
): void {
  const problems = drafts.flatMap((d, index) => problemsOf(ruleOf(d)).map((p) => ({ p, index })));
  if (problems.length > 0) throw expressionRefusal(problems, prefixOf);
}

/**
 * Compiles a version's items, refusing (422, `items.3.measure`) rather than failing when one does not check:
 * a version stored before a rule was tightened (a bound on nesting, say) is then named, not a 500.
 */
export function compileItems(items: readonly ItemRow[]): CompiledCatalog {
  const rules = items.map(ruleOf);
  const long = rules.flatMap((rule, index) => tooLong(rule).map((p) => ({ p, index })));
  if (long.length > 0) throw expressionRefusal(long, (i) => `items.${i}.`);
  try {
    return compileCatalog(rules);
  } catch (e) {
    if (!(e instanceof CatalogProblems)) throw e;
    const rows = new Map(items.map((item, i) => [item.code, i]));
    throw expressionRefusal(
      e.problems.map((p) => ({ p, index: rows.get(p.itemCode) ?? 0 })),
      (i) => `items.${i}.`,
    );
  }
}

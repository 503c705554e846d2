import type { ExpressionProblem, RequirementDraft } from '../../../../contracts/index.ts';
import { checkItem, type RuleItem } from '../../engines/standards/index.ts';
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
  p.start === null ? { zh: '', en: '' } : { zh: `（第 ${p.start + 1} 个字符处）`, en: ` (at character ${p.start + 1})` };

/** Problems as field errors: `measure`, or `items.3.measure` for the fourth item of a file. */
export function problemFields(problems: readonly ExpressionProblem[], prefixOf: (p: ExpressionProblem) => string = () => ''): Record<string, Text> {
  const fields: Record<string, Text> = {};
  for (const p of problems) {
    const key = `${prefixOf(p)}${p.field}`;
    const at = where(p);
    fields[key] ??= { zh: `${p.itemCode}：${p.message.zh}${at.zh}`, en: `${p.itemCode}: ${p.message.en}${at.en}` };
  }
  return fields;
}

/** Refuses an item whose expressions do not type-check, naming the item, the expression and the position. */
export function assertRulesValid(drafts: readonly RequirementDraft[], prefixOf?: (index: number) => string): void {
  const problems = drafts.flatMap((d, index) => checkItem(ruleOf(d)).map((p) => ({ p, index })));
  if (problems.length === 0) return;
  const fields: Record<string, Text> = {};
  for (const { p, index } of problems) {
    for (const [key, text] of Object.entries(problemFields([p], () => (prefixOf ? prefixOf(index) : '')))) fields[key] ??= text;
  }
  throw standardsError('CATALOG_EXPRESSION_INVALID', fields);
}

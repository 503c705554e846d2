// Requirement rules in CEL over a port's facts: checking, compiling and evaluating catalogs, explaining an
// outcome, and what-if scenarios. Pure computation: no I/O.
export {
  CatalogProblems,
  checkItem,
  compileCatalog,
  type CatalogOptions,
  type CompiledCatalog,
  type CompiledItem,
} from './catalog.ts';
export type { Backend } from './compiler.ts';
export {
  evaluateItem,
  evaluatePort,
  evaluatePorts,
  toEngineFacts,
  type EngineFacts,
} from './evaluate.ts';
export { explainItem } from './explain.ts';
export { requiredByCategory } from './required.ts';
export { applyScenario } from './scenario.ts';
export {
  EXPRESSION_FIELDS,
  OUTCOME_STATUSES,
  type ExpressionField,
  type ExpressionProblem,
  type Explanation,
  type ItemExplanation,
  type ItemOutcome,
  type OutcomeStatus,
  type RuleItem,
  type Scenario,
  type Term,
} from './types.ts';
export {
  describeVocabulary,
  FACT_FAMILIES,
  FAMILY_NAMES,
  FUNCTIONS,
  type FactBundle,
  type FactFamily,
  type Label,
  type VocabularyView,
} from './vocabulary.ts';

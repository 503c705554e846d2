import type { Aspect, Importance } from '../../../../contracts/standards.ts';
import type { Label } from './vocabulary.ts';

/** The part of a requirement the engine reads. */
export type RuleItem = {
  code: string;
  aspect: Aspect;
  importance: Importance;
  weight: number;
  appliesWhen: string | null;
  required: string | null;
  measure: string | null;
};

export const EXPRESSION_FIELDS = ['appliesWhen', 'required', 'measure'] as const;
export type ExpressionField = (typeof EXPRESSION_FIELDS)[number];

/** Why an expression cannot be used; start/end are offsets into `expression` when the fault has a place. */
export type ExpressionProblem = {
  itemCode: string;
  field: ExpressionField;
  expression: string;
  message: Label;
  start: number | null;
  end: number | null;
};

export const OUTCOME_STATUSES = [
  'not_applicable',
  'compliant',
  'partial',
  'non_compliant',
  'manual',
  'error',
] as const;
export type OutcomeStatus = (typeof OUTCOME_STATUSES)[number];

export type ItemOutcome = {
  code: string;
  status: OutcomeStatus;
  required: number | null;
  present: number | boolean | null;
  error: string | null;
};

/** A fact an expression read; `error` when reading it failed (a missing key), value then null. */
export type Term = { text: string; value: unknown; error?: string };

export type Explanation = {
  expression: string;
  value: number | boolean | null;
  /** Set when evaluation failed; value is then null. */
  error?: string;
  /** The fact-reading sub-expressions and their values, in source order. */
  terms: Term[];
};

export type ItemExplanation = {
  required?: Explanation;
  present?: Explanation;
  appliesWhen?: Explanation;
};

export type Scenario = {
  /** Category → factor applied to its traffic (1.3 = 30% more). */
  trafficScale?: Record<string, number>;
  /** Categories treated as approved. */
  addCategories?: string[];
  /** Categories treated as not designated at all. */
  removeCategories?: string[];
};

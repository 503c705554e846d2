// Building item outcomes: shared by the evaluator and by the code generated for a catalog, so that both
// give the same objects (same fields in the same order) and the same error messages.
import type { ItemOutcome, OutcomeStatus } from './types.ts';

export type Stage = 'appliesWhen' | 'required' | 'measure';

export function messageOf(e: unknown): string {
  const text = e instanceof Error ? e.message : String(e);
  return text.split('\n')[0] ?? text;
}

export function outcome(
  code: string,
  status: OutcomeStatus,
  required: number | null,
  present: number | boolean | null,
): ItemOutcome {
  return { code, status, required, present, error: null };
}

export function failed(code: string, stage: Stage, e: unknown): ItemOutcome {
  return {
    code,
    status: 'error',
    required: null,
    present: null,
    error: `${stage}: ${messageOf(e)}`,
  };
}

export function notFiniteMessage(field: Stage, v: unknown): string {
  return `${field} is not a finite number (${String(v)})`;
}

/** A required or measured value that is NaN or infinite. */
export function notFinite(code: string, stage: Stage, v: unknown): ItemOutcome {
  return {
    code,
    status: 'error',
    required: null,
    present: null,
    error: `${stage}: ${notFiniteMessage(stage, v)}`,
  };
}

export function graded(code: string, required: number, present: number): ItemOutcome {
  const status =
    present >= required || required <= 0 ? 'compliant' : present > 0 ? 'partial' : 'non_compliant';
  return { code, status, required, present, error: null };
}

import type { Score } from '../../../../contracts/index.ts';

/** The part of an assessment item a score reads. */
export type ScoredItem = { importance: string; weight: number; result: string | null };

const CREDIT: Record<string, number> = { compliant: 1, partial: 0.5 };

/**
 * Weighted score (0–100) over the items that apply (everything but not_applicable; an unanswered or
 * erroring item counts against), the mandatory items met, and whether every applicable mandatory item
 * is compliant — the test a port passes to count towards the 达标率.
 */
export function scoreOf(items: Iterable<ScoredItem>): Score {
  let weightTotal = 0;
  let weightMet = 0;
  let mandatoryTotal = 0;
  let mandatoryMet = 0;
  let applicable = 0;
  let answered = 0;
  for (const item of items) {
    if (item.result === 'not_applicable') continue;
    applicable++;
    if (item.result !== null) answered++;
    weightTotal += item.weight;
    weightMet += item.weight * (item.result === null ? 0 : (CREDIT[item.result] ?? 0));
    if (item.importance === 'mandatory') {
      mandatoryTotal++;
      if (item.result === 'compliant') mandatoryMet++;
    }
  }
  return {
    weighted: weightTotal > 0 ? Math.round((1000 * weightMet) / weightTotal) / 10 : null,
    mandatoryMet,
    mandatoryTotal,
    meetsAllMandatory: mandatoryMet === mandatoryTotal,
    applicable,
    answered,
  };
}

/** Share of ports meeting every mandatory item, as a percentage with one decimal; null over no ports. */
export function attainmentRate(scores: readonly Score[]): number | null {
  if (scores.length === 0) return null;
  return Math.round((1000 * scores.filter((s) => s.meetsAllMandatory).length) / scores.length) / 10;
}

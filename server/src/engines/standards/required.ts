// Which facility types a catalog makes mandatory for a designated site of each category: pure computation
// over a catalog's rules, read by the facility ledger (gap list, project acceptance) and the demo seed.
import type { PortFacts } from '../../../../contracts/index.ts';
import { compileCatalog } from './catalog.ts';
import { evaluateItem, toEngineFacts } from './evaluate.ts';
import type { RuleItem } from './types.ts';

const MEASURED_TYPE = /facilities\.(?:has|count|capacity)\('([A-Z0-9_]+)'\)/g;

/** The one facility type an item's measure reads, or null when it reads none or several. */
function measuredType(measure: string | null): string | null {
  if (measure === null) return null;
  const types = new Set([...measure.matchAll(MEASURED_TYPE)].map((m) => m[1] as string));
  return types.size === 1 ? ([...types][0] as string) : null;
}

/** A designated site that holds one category and nothing else: no modes, no traffic, no facilities. */
function probe(category: string): PortFacts {
  return {
    portId: 'probe',
    code: 'PROBE',
    placeKind: 'designated_site',
    placeType: null,
    modes: [],
    portClass: 'I',
    status: 'open',
    categories: { [category]: 'approved' },
    designCapacity: {},
    traffic: {},
    facilities: {},
  };
}

/**
 * The required types per category: a type is required for a category when a mandatory FACILITY item that
 * measures that type alone applies to a designated site holding just the category and is not met by a site
 * with none of it.
 */
export function requiredByCategory(
  rules: readonly RuleItem[],
  categories: readonly string[],
): Map<string, string[]> {
  const candidates = rules.filter(
    (r) => r.aspect === 'FACILITY' && r.importance === 'mandatory' && measuredType(r.measure),
  );
  const catalog = compileCatalog(candidates);
  const out = new Map<string, string[]>();
  for (const category of categories) {
    const facts = toEngineFacts({ port: probe(category) });
    const types = new Set<string>();
    for (const item of catalog.items)
      if (evaluateItem(item, facts).status === 'non_compliant')
        types.add(measuredType(item.item.measure) as string);
    out.set(category, [...types].sort());
  }
  return out;
}

import type { ItemResult } from '../../../../contracts/index.ts';
import {
  evaluateItem,
  evaluatePort,
  explainItem,
  toEngineFacts,
  type CompiledCatalog,
  type EngineFacts,
  type FactBundle,
  type ItemOutcome,
} from '../../engines/standards/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { portFacts } from './facts.ts';
import type { ItemRow } from './catalogs.repository.ts';
import { compileItems } from './rules.ts';

/** Published versions never change, so each is compiled once per process (a version that does not compile is refused each time, never cached). */
const compiledVersions = new Map<string, CompiledCatalog>();

export function compiledFor(
  versionId: string,
  items: readonly ItemRow[],
  published: boolean,
): CompiledCatalog {
  const hit = published ? compiledVersions.get(versionId) : undefined;
  if (hit) return hit;
  const catalog = compileItems(items);
  if (published) compiledVersions.set(versionId, catalog);
  return catalog;
}

export type PortBundle = { bundle: FactBundle; facts: EngineFacts };

/** Fact bundles for many ports at once, from every module that contributes facts (ports and facilities today). */
export async function bundlesFor(
  ctx: AppContext,
  portIds: readonly string[],
): Promise<Map<string, PortBundle>> {
  const ports = await portFacts(ctx, portIds);
  const out = new Map<string, PortBundle>();
  for (const [id, port] of ports) {
    const bundle: FactBundle = { port };
    out.set(id, { bundle, facts: toEngineFacts(bundle) });
  }
  return out;
}

/** What the engine says of one item at one port, in the columns an assessment item keeps. */
export type EvaluatedColumns = {
  applies: boolean;
  /** The result the engine gives an automatic item, or `not_applicable` for a manual one that does not apply; null leaves a manual item to its answer. */
  engineResult: ItemResult | null;
  requiredValue: number | null;
  presentValue: number | null;
  presentBool: number | null;
  explanationJson: string | null;
  errorMessage: string | null;
};

export function columnsFromOutcome(
  catalog: CompiledCatalog,
  facts: EngineFacts,
  outcome: ItemOutcome,
  automatic: boolean,
  explain: boolean,
): EvaluatedColumns {
  const applies = outcome.status !== 'not_applicable';
  const engineResult: ItemResult | null = outcome.status === 'manual' ? null : outcome.status;
  const present = outcome.present;
  return {
    applies,
    engineResult: automatic || !applies ? engineResult : null,
    requiredValue: outcome.required,
    presentValue: typeof present === 'number' ? present : null,
    presentBool: typeof present === 'boolean' ? (present ? 1 : 0) : null,
    explanationJson:
      explain && applies && automatic
        ? JSON.stringify(explainItem(catalog, facts, outcome.code))
        : null,
    errorMessage: outcome.error,
  };
}

/** Evaluates one item of a catalog at one port (a verified rectification), or null when the catalog has no such item. */
export function evaluateOneAt(
  catalog: CompiledCatalog,
  facts: EngineFacts,
  code: string,
  automatic: boolean,
): EvaluatedColumns | null {
  const compiled = catalog.byCode.get(code);
  return compiled
    ? columnsFromOutcome(catalog, facts, evaluateItem(compiled, facts), automatic, true)
    : null;
}

/** Evaluates every item of a catalog at one port, keyed by item code. */
export function evaluateAt(
  catalog: CompiledCatalog,
  facts: EngineFacts,
  items: readonly ItemRow[],
  explain: boolean,
): Map<string, EvaluatedColumns> {
  const automatic = new Map(items.map((i) => [i.code, i.measureExpr !== null]));
  const out = new Map<string, EvaluatedColumns>();
  for (const outcome of evaluatePort(catalog, facts))
    out.set(
      outcome.code,
      columnsFromOutcome(catalog, facts, outcome, automatic.get(outcome.code) ?? false, explain),
    );
  return out;
}

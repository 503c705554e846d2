// What-if: a port's facts as they would be with more traffic or a different set of designations.
import type { FactBundle } from './vocabulary.ts';
import type { Scenario } from './types.ts';

export function applyScenario(bundle: FactBundle, scenario: Scenario): FactBundle {
  const port = bundle.port;
  const traffic = { ...port.traffic };
  for (const [category, factor] of Object.entries(scenario.trafficScale ?? {})) {
    const t = traffic[category];
    if (t) traffic[category] = { ...t, value: t.value * factor };
  }
  const categories = { ...port.categories };
  for (const category of scenario.addCategories ?? []) categories[category] = 'approved';
  for (const category of scenario.removeCategories ?? []) delete categories[category];
  return { ...bundle, port: { ...port, traffic, categories } };
}

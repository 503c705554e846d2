import type { Port, PortMode, PortRegisterFacts } from '../../../../contracts/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { readJson } from '../../platform/db/values.ts';
import { portFactsRepository } from './ports.facts.repository.ts';

/**
 * The register's facts for the standards engine, for many ports at once: one query per fact family (basics,
 * designations, latest yearly traffic), whatever the number of ports (the caller chunks the ids). Unknown ids
 * are left out.
 */
export async function portRegisterFacts(
  ctx: AppContext,
  portIds: readonly string[],
): Promise<Map<string, PortRegisterFacts>> {
  const out = new Map<string, PortRegisterFacts>();
  // `in ()` is a syntax error on PostgreSQL: no ports, no query.
  if (portIds.length === 0) return out;
  const [basics, designations, traffic] = await Promise.all([
    portFactsRepository.basics(ctx.db, portIds),
    portFactsRepository.designations(ctx.db, portIds),
    portFactsRepository.latestYearlyTraffic(ctx.db, portIds),
  ]);
  for (const b of basics) {
    const designCapacity: PortRegisterFacts['designCapacity'] = {};
    for (const c of readJson(b.designCapacityJson) as Port['designCapacity'])
      designCapacity[c.mode] = { unit: c.unit, value: c.value };
    out.set(b.id, {
      portId: b.id,
      code: b.code,
      placeKind: b.placeKind,
      placeType: b.placeType,
      modes: readJson(b.modesJson) as PortMode[],
      portClass: b.portClass,
      status: b.status,
      categories: {},
      designCapacity,
      traffic: {},
    });
  }
  for (const d of designations) {
    const facts = out.get(d.portId);
    if (facts) facts.categories[d.categoryCode] = d.status;
  }
  for (const t of traffic) {
    const facts = out.get(t.portId);
    if (facts)
      facts.traffic[t.categoryCode] = { year: t.year, unit: t.unit, value: Number(t.value) };
  }
  return out;
}

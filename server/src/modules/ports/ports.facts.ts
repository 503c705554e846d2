import {
  FACILITY_STATUSES,
  type FacilityStatus,
  type FacilityTally,
  type PortFacts,
  type PortMode,
} from '../../../../contracts/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { isoDay } from '../../platform/dates.ts';
import { readJson } from '../../platform/db/values.ts';
import type { Port } from '../../../../contracts/index.ts';
import { portFactsRepository } from './ports.facts.repository.ts';

/** Ports per round of queries: well inside both dialects' limits on bound parameters. */
const CHUNK = 10_000;

const emptyByStatus = (): Record<FacilityStatus, FacilityTally> =>
  Object.fromEntries(FACILITY_STATUSES.map((s) => [s, { count: 0, capacity: 0 }])) as Record<
    FacilityStatus,
    FacilityTally
  >;

/**
 * Facts for the standards engine, for many ports at once: one query per fact family (basics, designations,
 * latest yearly traffic, facility tallies), whatever the number of ports. Facility tallies count only
 * facilities whose required certification is valid on `day` (today by default). Unknown ids are left out.
 */
export async function portFacts(
  ctx: AppContext,
  portIds: readonly string[],
  day: string = isoDay(ctx.clock()),
): Promise<Map<string, PortFacts>> {
  const out = new Map<string, PortFacts>();
  const unique = [...new Set(portIds)];
  for (let i = 0; i < unique.length; i += CHUNK) {
    const ids = unique.slice(i, i + CHUNK);
    const [basics, designations, traffic, tallies] = await Promise.all([
      portFactsRepository.basics(ctx.db, ids),
      portFactsRepository.designations(ctx.db, ids),
      portFactsRepository.latestYearlyTraffic(ctx.db, ids),
      portFactsRepository.facilityTallies(ctx.db, ids, day),
    ]);
    for (const b of basics) {
      const designCapacity: PortFacts['designCapacity'] = {};
      for (const c of readJson(b.designCapacityJson) as Port['designCapacity'])
        designCapacity[c.mode] = { unit: c.unit, value: c.value };
      out.set(b.id, {
        portId: b.id,
        code: b.code,
        modes: readJson(b.modesJson) as PortMode[],
        portClass: b.portClass,
        status: b.status,
        categories: {},
        designCapacity,
        traffic: {},
        facilities: {},
      });
    }
    for (const d of designations) {
      const facts = out.get(d.portId);
      if (facts) facts.categories[d.categoryCode] = d.status;
    }
    for (const t of traffic) {
      const facts = out.get(t.portId);
      if (facts)
        facts.traffic[t.categoryCode] = {
          year: t.year,
          unit: t.unit,
          value: Number(t.value),
        };
    }
    for (const t of tallies) {
      const facts = out.get(t.portId);
      if (!facts) continue;
      const entry = (facts.facilities[t.typeCode] ??= {
        count: 0,
        capacity: 0,
        byStatus: emptyByStatus(),
      });
      const count = Number(t.count);
      const capacity = Number(t.capacity);
      entry.count += count;
      entry.capacity += capacity;
      entry.byStatus[t.status] = { count, capacity };
    }
  }
  return out;
}

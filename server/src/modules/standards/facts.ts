import type { PortFacts } from '../../../../contracts/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { isoDay } from '../../platform/dates.ts';
import { facilityFacts } from '../facilities/facilities.facts.ts';
import { portRegisterFacts } from '../ports/ports.facts.ts';

/** Ports per round of queries: well inside both dialects' limits on bound parameters. */
const CHUNK = 10_000;

/**
 * A port's facts as the standards engine reads them, assembled from every module that contributes some: the
 * register (basics, designations, traffic) and the facility ledger (tallies of facilities whose required
 * certification is valid on `day`, today by default). A module that adds facts (staff, laboratories) adds its
 * source here. One query per fact family whatever the number of ports; unknown ids are left out.
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
    const [register, facilities] = await Promise.all([
      portRegisterFacts(ctx, ids),
      facilityFacts(ctx, ids, day),
    ]);
    for (const [id, port] of register)
      out.set(id, { ...port, facilities: facilities.get(id) ?? {} });
  }
  return out;
}

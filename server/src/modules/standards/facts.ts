import type { PortFacts } from '../../../../contracts/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { byChunks } from '../../platform/db/chunks.ts';
import { facilityFacts } from '../facilities/facilities.facts.ts';
import { portRegisterFacts } from '../ports/ports.facts.ts';

/**
 * A port's facts as the standards engine reads them, assembled from every module that contributes some: the
 * register (basics, designations, traffic) and the facility ledger (tallies of facilities whose required
 * certification is valid on `day`, today by default). A module that adds facts (staff, laboratories) adds its
 * source here. One query per fact family whatever the number of ports; unknown ids are left out.
 */
export async function portFacts(
  ctx: AppContext,
  portIds: readonly string[],
  day: string = ctx.today(),
): Promise<Map<string, PortFacts>> {
  return byChunks([...new Set(portIds)], async (ids) => {
    const [register, facilities] = await Promise.all([
      portRegisterFacts(ctx, ids),
      facilityFacts(ctx, ids, day),
    ]);
    const out = new Map<string, PortFacts>();
    for (const [id, port] of register)
      out.set(id, { ...port, facilities: facilities.get(id) ?? {} });
    return out;
  });
}

import type {
  FacilityGap,
  FacilityGapQuery,
  PortFacilityFacts,
} from '../../../../contracts/index.ts';
import type { AppContext } from '../../platform/context.ts';
import { scopeOfAny, type Actor } from '../../platform/access/actor.ts';
import { byChunks } from '../../platform/db/chunks.ts';
import { portRegisterFacts } from '../ports/ports.facts.ts';
import { portsService } from '../ports/ports.service.ts';
import { facilityFacts } from './facilities.facts.ts';
import { requiredFacilities, requiredFor } from './required-facilities.ts';

/** How many of a type a port has in service with a valid certification today. */
const inService = (facts: ReadonlyMap<string, PortFacilityFacts>, portId: string, type: string) =>
  facts.get(portId)?.[type]?.byStatus.in_service.count ?? 0;

/**
 * Which designated categories leave a port short of facilities: a type the catalog in force makes mandatory
 * for the category is missing when the port has none of it in service with a valid certification. Withdrawn
 * designations need nothing.
 */
export const facilityGapsService = {
  /** The gap list over the ports the actor's facility scope reaches. */
  async gaps(ctx: AppContext, actor: Actor, query: FacilityGapQuery): Promise<FacilityGap[]> {
    const scope = scopeOfAny(actor, ['facility.read', 'facility.write']);
    const ports = await portsService.inScope(ctx, scope, query);
    const ids = ports.map((p) => p.id);
    const day = ctx.today();
    const [register, facilities, required] = await Promise.all([
      byChunks(ids, (chunk) => portRegisterFacts(ctx, chunk)),
      byChunks(ids, (chunk) => facilityFacts(ctx, chunk, day)),
      requiredFacilities(ctx.db),
    ]);
    const gaps: FacilityGap[] = [];
    for (const port of ports) {
      const categories = register.get(port.id)?.categories ?? {};
      for (const [categoryCode, status] of Object.entries(categories).sort(([a], [b]) =>
        a.localeCompare(b),
      )) {
        if (status === 'withdrawn' || (query.category && query.category !== categoryCode)) continue;
        const requiredTypes = requiredFor(required, [categoryCode]);
        const missingTypes = requiredTypes.filter(
          (type) => inService(facilities, port.id, type) === 0,
        );
        if (missingTypes.length > 0)
          gaps.push({
            portId: port.id,
            portCode: port.code,
            portNameZh: port.nameZh,
            portNameEn: port.nameEn,
            branchId: port.branchId,
            branchNameZh: port.branchNameZh,
            branchNameEn: port.branchNameEn,
            categoryCode,
            designationStatus: status,
            requiredTypes,
            missingTypes,
          });
      }
    }
    return gaps;
  },

  /** Required facility types for the categories that the port has none of in service with a valid certification. */
  async missingTypes(
    ctx: AppContext,
    portId: string,
    categories: readonly string[],
  ): Promise<string[]> {
    const [facilities, required] = await Promise.all([
      facilityFacts(ctx, [portId], ctx.today()),
      requiredFacilities(ctx.db),
    ]);
    return requiredFor(required, categories).filter(
      (type) => inService(facilities, portId, type) === 0,
    );
  },
};

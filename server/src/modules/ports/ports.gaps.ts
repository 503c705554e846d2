import type { FacilityGap, FacilityGapQuery } from '../../../../contracts/index.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Scope } from '../../platform/access/actor.ts';
import { portFacts } from './ports.facts.ts';
import { portsRepository } from './ports.repository.ts';
import { requiredFor } from './required-facilities.ts';

/**
 * Which ports lack which facility types for their designated categories: a required type is missing when the
 * port has none of it in service with a valid certification. Withdrawn designations need nothing.
 */
export async function facilityGaps(
  ctx: AppContext,
  scope: Scope,
  query: FacilityGapQuery,
): Promise<FacilityGap[]> {
  const ports = await portsRepository.inScope(ctx.db, scope, query);
  const facts = await portFacts(
    ctx,
    ports.map((p) => p.id),
  );
  const gaps: FacilityGap[] = [];
  for (const port of ports) {
    const f = facts.get(port.id);
    if (!f) continue;
    for (const [categoryCode, status] of Object.entries(f.categories).sort(([a], [b]) =>
      a.localeCompare(b),
    )) {
      if (status === 'withdrawn' || (query.category && query.category !== categoryCode)) continue;
      const requiredTypes = requiredFor([categoryCode]);
      const missingTypes = requiredTypes.filter(
        (type) => (f.facilities[type]?.byStatus.in_service.count ?? 0) === 0,
      );
      if (missingTypes.length > 0) {
        gaps.push({
          portId: port.id,
          portCode: port.code,
          portNameZh: port.nameZh,
          branchId: port.branchId,
          categoryCode,
          designationStatus: status,
          requiredTypes,
          missingTypes,
        });
      }
    }
  }
  return gaps;
}

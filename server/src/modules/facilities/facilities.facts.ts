import { sql } from 'kysely';
import {
  FACILITY_STATUSES,
  type FacilityStatus,
  type FacilityTally,
  type PortFacilityFacts,
} from '../../../../contracts/index.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Db } from '../../platform/db/database.ts';

const emptyByStatus = (): Record<FacilityStatus, FacilityTally> =>
  Object.fromEntries(FACILITY_STATUSES.map((s) => [s, { count: 0, capacity: 0 }])) as Record<
    FacilityStatus,
    FacilityTally
  >;

/**
 * Quantities and capacities by port, type and status, counting only live facilities whose required
 * certification holds on `day` (a type without a cycle needs none).
 */
function tallies(db: Db, portIds: readonly string[], day: string) {
  return db
    .selectFrom('facilities as f')
    .innerJoin('facilityTypes as ft', 'ft.code', 'f.typeCode')
    .select([
      'f.portId',
      'f.typeCode',
      'f.status',
      sql<number>`sum(f.quantity)`.as('count'),
      sql<number>`sum(coalesce(f.capacity, 0))`.as('capacity'),
    ])
    .where('f.portId', 'in', portIds)
    .where('f.archivedAt', 'is', null)
    .where((eb) =>
      eb.or([
        eb('ft.certificationCycleMonths', 'is', null),
        eb.exists(
          eb
            .selectFrom('facilityCertifications as c')
            .select('c.id')
            .whereRef('c.facilityId', '=', 'f.id')
            .where('c.issuedDate', '<=', day)
            .where('c.expiryDate', '>=', day),
        ),
      ]),
    )
    .groupBy(['f.portId', 'f.typeCode', 'f.status'])
    .execute();
}

/**
 * The ledger's facts for the standards engine: per port, facility tallies by type over all statuses and per
 * status, in one query for the whole set of ports (the caller chunks it). Ports without facilities are absent.
 */
export async function facilityFacts(
  ctx: AppContext,
  portIds: readonly string[],
  day: string,
): Promise<Map<string, PortFacilityFacts>> {
  const out = new Map<string, PortFacilityFacts>();
  // `in ()` is a syntax error on PostgreSQL: no ports, no query.
  if (portIds.length === 0) return out;
  for (const t of await tallies(ctx.db, portIds, day)) {
    let facts = out.get(t.portId);
    if (!facts) out.set(t.portId, (facts = {}));
    const entry = (facts[t.typeCode] ??= { count: 0, capacity: 0, byStatus: emptyByStatus() });
    const count = Number(t.count);
    const capacity = Number(t.capacity);
    entry.count += count;
    entry.capacity += capacity;
    entry.byStatus[t.status] = { count, capacity };
  }
  return out;
}

import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.ts';

/**
 * The read model behind port facts: one query per fact family over a set of ports. It reads the facility
 * tables too, because the facts are the register's and the ledger's together, and it never writes.
 */
export const portFactsRepository = {
  basics(db: Db, ids: readonly string[]) {
    return db
      .selectFrom('ports')
      .innerJoin('orgUnits as u', 'u.id', 'ports.orgUnitId')
      .select([
        'ports.id',
        'u.code',
        'ports.modesJson',
        'ports.portClass',
        'ports.status',
        'ports.designCapacityJson',
      ])
      .where('ports.id', 'in', ids)
      .execute();
  },

  designations(db: Db, ids: readonly string[]) {
    return db
      .selectFrom('portDesignations')
      .select(['portId', 'categoryCode', 'status'])
      .where('portId', 'in', ids)
      .execute();
  },

  /** The yearly figure of the latest year recorded, per port and category. */
  latestYearlyTraffic(db: Db, ids: readonly string[]) {
    return db
      .selectFrom('traffic as t')
      .select(['t.portId', 't.categoryCode', 't.year', 't.unit', 't.value'])
      .where('t.portId', 'in', ids)
      .where('t.month', '=', 0)
      .where((eb) =>
        eb(
          't.year',
          '=',
          eb
            .selectFrom('traffic as t2')
            .select((t2) => t2.fn.max('t2.year').as('y'))
            .whereRef('t2.portId', '=', 't.portId')
            .whereRef('t2.categoryCode', '=', 't.categoryCode')
            .where('t2.month', '=', 0),
        ),
      )
      .execute();
  },

  /**
   * Quantities and capacities by port, type and status, counting only live facilities whose required
   * certification holds on `day` (a type without a cycle needs none).
   */
  facilityTallies(db: Db, ids: readonly string[], day: string) {
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
      .where('f.portId', 'in', ids)
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
  },
};

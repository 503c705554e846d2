import type { Db } from '../../platform/db/database.ts';

/**
 * The read model behind the register's port facts: one query per fact family over a set of ports. It never
 * writes; the facility tallies are the ledger's and live in the facilities module.
 */
export const portFactsRepository = {
  basics(db: Db, ids: readonly string[]) {
    return db
      .selectFrom('ports')
      .innerJoin('orgUnits as u', 'u.id', 'ports.orgUnitId')
      .select([
        'ports.id',
        'u.code',
        'ports.placeKind',
        'ports.placeType',
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
};

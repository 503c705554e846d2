import { sql } from 'kysely';
import type { Db } from '../../platform/db/database.ts';

export const certificationRenewalsRepository = {
  /** Live facilities whose latest certification lapses on or before `until` (lapsed ones included), with their port. */
  lapsing(db: Db, until: string) {
    const latest = sql<string>`(select max(c.expiry_date) from facility_certifications c where c.facility_id = f.id)`;
    return db
      .selectFrom('facilities as f')
      .innerJoin('ports as p', 'p.id', 'f.portId')
      .innerJoin('orgUnits as u', 'u.id', 'p.orgUnitId')
      .innerJoin('facilityTypes as ft', 'ft.code', 'f.typeCode')
      .select([
        'f.id',
        'f.functionalArea',
        'u.id as unitId',
        'u.nameZh as portNameZh',
        'u.nameEn as portNameEn',
        'ft.nameZh as typeNameZh',
        'ft.nameEn as typeNameEn',
        latest.as('expiry'),
      ])
      .where('f.archivedAt', 'is', null)
      .where('p.archivedAt', 'is', null)
      .where(latest, '<=', until)
      .execute();
  },
};

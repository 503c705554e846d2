import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';

// The facility type catalog in data/facility-types.json, shared by the migrations that seed it: each
// type names the migration that introduced it (`addedIn`; none for the first set).

type FacilityTypeEntry = {
  code: string;
  nameZh: string;
  nameEn: string;
  capacityUnit: string;
  certificationCycleMonths: number | null;
  applicableCategories: string[];
  sourceTag: string;
  source: string;
  addedIn?: string;
};

/** The types a migration introduced: `null` for the first set (migration 0002). */
export function facilityTypesAddedIn(migration: string | null): FacilityTypeEntry[] {
  const file = path.join(import.meta.dirname, '..', '..', 'data', 'facility-types.json');
  const types = (JSON.parse(fs.readFileSync(file, 'utf8')) as { types: FacilityTypeEntry[] }).types;
  return types.filter((t) => (t.addedIn ?? null) === migration);
}

export async function insertFacilityTypes(
  db: Kysely<unknown>,
  types: readonly FacilityTypeEntry[],
): Promise<void> {
  if (types.length === 0) return;
  const now = Date.now();
  const stamp = {
    version: 1,
    created_at: now,
    created_by: null,
    updated_at: now,
    updated_by: null,
  };
  await db
    .insertInto('facility_types' as never)
    .values(
      types.map((t) => ({
        code: t.code,
        name_zh: t.nameZh,
        name_en: t.nameEn,
        capacity_unit: t.capacityUnit,
        certification_cycle_months: t.certificationCycleMonths,
        applicable_categories_json: JSON.stringify(t.applicableCategories),
        source_tag: t.sourceTag,
        source: t.source,
        ...stamp,
      })),
    )
    .execute();
}

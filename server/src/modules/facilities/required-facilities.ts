import type { Db, Tx } from '../../platform/db/database.ts';
import { requiredByCategory, type RuleItem } from '../../engines/standards/index.ts';

/**
 * The facility types each designated category requires, read from one place: the requirement catalog in
 * force (the version published last), as the engine derives them (engines/standards/required.ts). The gap
 * list and the project acceptance check read this, and the demo reads its default catalog the same way, so
 * that what they call missing is what an assessment marks non-compliant. Without a published catalog nothing
 * is required.
 */
export type RequiredFacilities = {
  /** The catalog version the list was read from, or null when none is published. */
  versionId: string | null;
  byCategory: ReadonlyMap<string, readonly string[]>;
};

// Published versions never change, so the list is kept per version and read again only when another is published.
let cached: RequiredFacilities | null = null;

export async function requiredFacilities(db: Db | Tx): Promise<RequiredFacilities> {
  const inForce = await db
    .selectFrom('catalogVersions')
    .select('id')
    .where('status', '=', 'published')
    .orderBy('publishedAt', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!inForce) return { versionId: null, byCategory: new Map() };
  if (cached?.versionId === inForce.id) return cached;
  const [items, categories] = await Promise.all([
    db
      .selectFrom('catalogItems')
      // The engine's names for the expressions, so that rows are rules as they come.
      .select([
        'code',
        'aspect',
        'importance',
        'weight',
        'appliesWhen',
        'requiredExpr as required',
        'measureExpr as measure',
      ])
      .where('versionId', '=', inForce.id)
      .where('aspect', '=', 'FACILITY')
      .where('importance', '=', 'mandatory')
      .$castTo<RuleItem>()
      .execute(),
    db.selectFrom('designationCategories').select('code').execute(),
  ]);
  cached = {
    versionId: inForce.id,
    byCategory: requiredByCategory(
      items,
      categories.map((c) => c.code),
    ),
  };
  return cached;
}

/** Facility types required for any of the categories, in a stable order. */
export function requiredFor(required: RequiredFacilities, categories: readonly string[]): string[] {
  return [...new Set(categories.flatMap((c) => required.byCategory.get(c) ?? []))].sort();
}

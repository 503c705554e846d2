import type { Db } from '../../../platform/db/database.ts';

/** What a report reads beyond the standards records: the catalog's names and the display names of the people in it. */
export const reportsRepository = {
  catalogOfVersion(
    db: Db,
    catalogVersionId: string,
  ): Promise<{ code: string; nameZh: string; nameEn: string; versionNumber: number } | undefined> {
    return db
      .selectFrom('catalogVersions as v')
      .innerJoin('requirementCatalogs as rc', 'rc.id', 'v.catalogId')
      .select(['rc.code', 'rc.nameZh', 'rc.nameEn', 'v.number as versionNumber'])
      .where('v.id', '=', catalogVersionId)
      .executeTakeFirst();
  },

  /** Display names by username; records keep the username of whoever answered, reviewed or approved. */
  async displayNames(db: Db, usernames: readonly string[]): Promise<Map<string, string>> {
    if (usernames.length === 0) return new Map();
    const rows = await db
      .selectFrom('users')
      .select(['username', 'displayName'])
      .where('username', 'in', [...new Set(usernames)])
      .execute();
    return new Map(rows.map((r) => [r.username, r.displayName]));
  },
};

import type { GrantView } from '../../../../contracts/index.ts';
import type { Db, Tx } from '../db/database.ts';

/**
 * The live grants of accounts as people read them (role, unit code and names). Grants are the
 * platform's access model: accounts (users) and the signed-in view of oneself (auth) both show them,
 * so neither module has to reach into the other for them.
 */
export async function grantViews(
  db: Db | Tx,
  userIds: string[],
): Promise<Map<string, GrantView[]>> {
  const out = new Map<string, GrantView[]>();
  if (userIds.length === 0) return out;
  const rows = await db
    .selectFrom('grants as g')
    .innerJoin('orgUnits as o', 'o.id', 'g.orgUnitId')
    .select([
      'g.id',
      'g.userId',
      'g.role',
      'g.orgUnitId',
      'g.workingGroup',
      'o.code as orgUnitCode',
      'o.nameZh as orgUnitNameZh',
      'o.nameEn as orgUnitNameEn',
    ])
    .where('g.userId', 'in', userIds)
    .where('g.revokedAt', 'is', null)
    .orderBy('g.createdAt')
    .execute();
  for (const { userId, ...r } of rows) {
    const list = out.get(userId) ?? [];
    list.push(r);
    out.set(userId, list);
  }
  return out;
}

export async function grantViewsOf(db: Db | Tx, userId: string): Promise<GrantView[]> {
  return (await grantViews(db, [userId])).get(userId) ?? [];
}

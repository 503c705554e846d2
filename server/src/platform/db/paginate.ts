import { PostgresAdapter, sql, type Kysely, type SelectQueryBuilder } from 'kysely';

/**
 * One page of rows and the total in a single round trip (a window count); only a page past the end
 * needs a second query to learn the total. `limit` null returns every row (exports).
 */
export async function paginate<DB, TB extends keyof DB, O>(
  query: SelectQueryBuilder<DB, TB, O>,
  page: number,
  limit: number | null,
): Promise<{ rows: O[]; total: number }> {
  if (limit === null) {
    const rows = await query.execute();
    return { rows, total: rows.length };
  }
  // Kysely cannot follow an added column through a generic row type; the shapes are stated here instead.
  const counted = (await query
    .select(sql<number>`count(*) over ()`.as('paginateTotal'))
    .limit(limit)
    .offset((page - 1) * limit)
    .execute()) as unknown as (O & { paginateTotal: number | string })[];
  const first = counted[0];
  if (first) {
    const rows = counted.map(({ paginateTotal: _total, ...rest }) => rest as unknown as O);
    return { rows, total: Number(first.paginateTotal) };
  }
  const count = (await query
    .clearSelect()
    .clearOrderBy()
    .select(sql<number>`count(*)`.as('n'))
    .executeTakeFirst()) as unknown as { n: number | string } | undefined;
  return { rows: [], total: Number(count?.n ?? 0) };
}

/**
 * Whether counting in the page query is cheaper than a separate count: on PostgreSQL every statement is
 * planned and sent, so one statement wins; on SQLite a separate count lets the page query stop at the page.
 */
export const countsInPageQuery = <T>(db: Kysely<T>): boolean =>
  db.getExecutor().adapter instanceof PostgresAdapter;

import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Scope } from '../access/actor.ts';

/** The first string after every string that starts with `prefix` (paths end in '/', and '0' follows '/'). */
export const prefixEnd = (prefix: string): string =>
  `${prefix.slice(0, -1)}${String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1)}`;

/** One index range per prefix: paths compare bytewise (COLLATE "C" on PostgreSQL), so both dialects use the path index. */
const pathRanges = (scope: Scope, path: string): Expression<SqlBool>[] =>
  scope.prefixes.map(
    (prefix) =>
      sql<SqlBool>`(${sql.ref(path)} >= ${prefix} and ${sql.ref(path)} < ${prefixEnd(prefix)})`,
  );

/**
 * SQL for "this org unit is in scope", given the unit's path, kind and depth columns.
 * Repositories use it so every scoped list filters in the database, not in memory.
 */
export function inScope<DB, TB extends keyof DB>(
  eb: ExpressionBuilder<DB, TB>,
  scope: Scope,
  columns: { path: string; kind: string; depth: string },
): Expression<SqlBool> {
  const ors = pathRanges(scope, columns.path);
  if (scope.externalUnits) {
    ors.push(
      sql<SqlBool>`(${sql.ref(columns.depth)} = 0 and ${sql.ref(columns.kind)} in ('partner', 'enterprise'))`,
    );
  }
  return ors.length === 0 ? sql<SqlBool>`1 = 0` : eb.or(ors);
}

/**
 * The same for records whose unit is a port's, which is never a top-level partner or enterprise unit: the
 * prefixes alone answer, and leaving out the external units' test keeps the database on the path index
 * (an OR with a test no index serves makes SQLite scan the table).
 */
export function portInScope<DB, TB extends keyof DB>(
  eb: ExpressionBuilder<DB, TB>,
  scope: Scope,
  path: string,
): Expression<SqlBool> {
  const ors = pathRanges(scope, path);
  return ors.length === 0 ? sql<SqlBool>`1 = 0` : eb.or(ors);
}

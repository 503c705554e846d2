import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { Scope } from '../access/actor.ts';

/** The first string after every string that starts with `prefix` (paths end in '/', and '0' follows '/'). */
export const prefixEnd = (prefix: string): string =>
  `${prefix.slice(0, -1)}${String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1)}`;

/**
 * SQL for "this org unit is in scope", given the unit's path, kind and depth columns.
 * Repositories use it so every scoped list filters in the database, not in memory.
 */
export function inScope<DB, TB extends keyof DB>(
  eb: ExpressionBuilder<DB, TB>,
  scope: Scope,
  columns: { path: string; kind: string; depth: string },
): Expression<SqlBool> {
  // A range, not LIKE: both dialects answer it from the path index (paths compare bytewise: COLLATE "C" on PostgreSQL).
  const ors: Expression<SqlBool>[] = scope.prefixes.map(
    (prefix) =>
      sql<SqlBool>`(${sql.ref(columns.path)} >= ${prefix} and ${sql.ref(columns.path)} < ${prefixEnd(prefix)})`,
  );
  if (scope.externalUnits) {
    ors.push(
      sql<SqlBool>`(${sql.ref(columns.depth)} = 0 and ${sql.ref(columns.kind)} in ('partner', 'enterprise'))`,
    );
  }
  return ors.length === 0 ? sql<SqlBool>`1 = 0` : eb.or(ors);
}

import type { CreateTableBuilder } from 'kysely';

/** The columns every mutable row carries: optimistic-concurrency version and who changed it when. */
export function stamped<T extends string>(
  table: CreateTableBuilder<T, never>,
): CreateTableBuilder<T, never> {
  return table
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .addColumn('updated_by', 'text');
}

import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Why: every request must see a revoked grant or a moved or closed unit at once, on every instance; a counter bumped by
// triggers whenever grants or unit paths change lets each request check in its one session query whether the grants it
// holds in memory are still current, and no code path can forget to bump it.

const isPostgres = (db: Kysely<unknown>) => db.getExecutor().adapter instanceof PostgresAdapter;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('auth_epoch')
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('value', 'bigint', (c) => c.notNull())
    .execute();
  await sql`insert into auth_epoch (id, value) values (1, 0)`.execute(db);
  if (isPostgres(db)) {
    await sql`create function bump_auth_epoch() returns trigger language plpgsql as $$ begin update auth_epoch set value = value + 1; return null; end $$`.execute(
      db,
    );
    await sql`create trigger grants_auth_epoch after insert or update or delete on grants for each statement execute function bump_auth_epoch()`.execute(
      db,
    );
    await sql`create trigger org_units_auth_epoch after update of path, status or delete on org_units for each statement execute function bump_auth_epoch()`.execute(
      db,
    );
    return;
  }
  for (const [name, event] of [
    ['grants_auth_epoch_insert', 'insert on grants'],
    ['grants_auth_epoch_update', 'update on grants'],
    ['grants_auth_epoch_delete', 'delete on grants'],
    ['org_units_auth_epoch_update', 'update of path, status on org_units'],
    ['org_units_auth_epoch_delete', 'delete on org_units'],
  ] as const) {
    await sql
      .raw(
        `create trigger ${name} after ${event} begin update auth_epoch set value = value + 1; end`,
      )
      .execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) {
    await sql`drop trigger org_units_auth_epoch on org_units`.execute(db);
    await sql`drop trigger grants_auth_epoch on grants`.execute(db);
    await sql`drop function bump_auth_epoch()`.execute(db);
  } else {
    for (const name of [
      'grants_auth_epoch_insert',
      'grants_auth_epoch_update',
      'grants_auth_epoch_delete',
      'org_units_auth_epoch_update',
      'org_units_auth_epoch_delete',
    ]) {
      await sql.raw(`drop trigger ${name}`).execute(db);
    }
  }
  await db.schema.dropTable('auth_epoch').execute();
}

import { sql, type Kysely } from 'kysely';

// Why: every module hands people work (fill this assessment, review that aspect, verify a rectification,
// renew a certificate); one table holds those tasks so each person's home shows all of them, and a task
// closes when the record reaches the state it asked for. Open tasks are few per person among many closed
// ones, so the indexes cover open rows only: by assignee, and by the unit of the record they concern (its
// path is read from org_units, so a unit that moves takes its tasks along).

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('tasks')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('subject_type', 'text', (c) => c.notNull())
    .addColumn('subject_id', 'text', (c) => c.notNull())
    // What distinguishes two tasks of one kind on one record (the aspect under review, the days before expiry).
    .addColumn('subject_key', 'text', (c) => c.notNull())
    // Either one account, or whoever holds the permission over the unit (within one working group, if named).
    .addColumn('assignee_user_id', 'text', (c) => c.references('users.id'))
    .addColumn('permission', 'text', (c) => c.notNull())
    .addColumn('working_group', 'text')
    .addColumn('assignee_key', 'text', (c) => c.notNull())
    .addColumn('unit_id', 'text', (c) => c.notNull().references('org_units.id'))
    .addColumn('port_id', 'text')
    .addColumn('title_zh', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text', (c) => c.notNull())
    .addColumn('link', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text')
    .addColumn('opened_at', 'bigint', (c) => c.notNull())
    .addColumn('closed_at', 'bigint')
    .addColumn('close_reason', 'text')
    .execute();
  // One open task per kind, record, key and assignee: opening it again is a no-op.
  await sql`create unique index tasks_open_once on tasks (kind, subject_id, subject_key, assignee_key) where closed_at is null`.execute(
    db,
  );
  await sql`create index tasks_open_user on tasks (assignee_user_id, due_date) where closed_at is null`.execute(
    db,
  );
  await sql`create index tasks_open_unit on tasks (unit_id, permission) where closed_at is null`.execute(
    db,
  );
  await sql`create index tasks_subject on tasks (subject_id)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('tasks').execute();
}

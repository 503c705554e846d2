import { sql, type Kysely } from 'kysely';

// Why: a task someone must act on (and, later, a warning or a reminder) has to reach them, in the product
// and by mail. Tasks record when their people were told (notified_at), so telling them happens after the
// opening commits and never slows it; what each person was told is a notification row; mail goes through
// an outbox that survives restarts, retries with backoff and keeps its failures for the administrator.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('tasks').addColumn('notified_at', 'bigint').execute();
  await sql`create index tasks_unnotified on tasks (opened_at) where notified_at is null`.execute(
    db,
  );

  await db.schema
    .createTable('notification_settings')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id'))
    .addColumn('email', 'text')
    .addColumn('locale', 'text', (c) => c.notNull())
    .addColumn('in_app', 'text', (c) => c.notNull())
    .addColumn('email_mode', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'bigint', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('notifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    // What the notification is about, so one event tells a person once (a task, a warning).
    .addColumn('source_key', 'text', (c) => c.notNull())
    .addColumn('title_zh', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text', (c) => c.notNull())
    .addColumn('body_zh', 'text', (c) => c.notNull())
    .addColumn('body_en', 'text', (c) => c.notNull())
    .addColumn('link', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('read_at', 'bigint')
    // none: no mail; digest: waits for the daily digest; mailed: in the outbox.
    .addColumn('mail_state', 'text', (c) => c.notNull())
    .execute();
  await sql`create unique index notifications_once on notifications (user_id, source_key)`.execute(
    db,
  );
  await sql`create index notifications_user on notifications (user_id, created_at)`.execute(db);
  await sql`create index notifications_unread on notifications (user_id) where read_at is null`.execute(
    db,
  );
  await sql`create index notifications_digest on notifications (user_id) where mail_state = 'digest'`.execute(
    db,
  );

  await db.schema
    .createTable('mail_outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.references('users.id'))
    .addColumn('to_address', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('text_body', 'text', (c) => c.notNull())
    // One message per event and person, however often the producer runs: a restart cannot queue it twice.
    .addColumn('dedupe_key', 'text', (c) => c.notNull().unique())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('next_attempt_at', 'bigint', (c) => c.notNull())
    .addColumn('lease_until', 'bigint')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('sent_at', 'bigint')
    .execute();
  await sql`create index mail_outbox_due on mail_outbox (next_attempt_at) where status = 'pending'`.execute(
    db,
  );
  await sql`create index mail_outbox_status on mail_outbox (status, created_at)`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('mail_outbox').execute();
  await db.schema.dropTable('notifications').execute();
  await db.schema.dropTable('notification_settings').execute();
  await sql`drop index tasks_unnotified`.execute(db);
  await db.schema.alterTable('tasks').dropColumn('notified_at').execute();
}

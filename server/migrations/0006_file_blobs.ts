import { PostgresAdapter, sql, type Kysely } from 'kysely';

// Why: several app instances on one PostgreSQL must serve each other's uploads, so file content can be kept in the database by content hash (GUOMEN_FILE_STORE=database), in chunks of at most 1 MiB.

export async function up(db: Kysely<unknown>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  // One row per distinct content, inserted in the transaction that inserts all its chunks.
  await db.schema
    .createTable('file_blobs')
    .addColumn('hash', 'text', (c) => c.primaryKey())
    .addColumn('size', 'bigint', (c) => c.notNull())
    .addColumn('chunks', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('file_blob_chunks')
    .addColumn('hash', 'text', (c) => c.notNull().references('file_blobs.hash'))
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('data', postgres ? 'bytea' : 'blob', (c) => c.notNull())
    .addPrimaryKeyConstraint('file_blob_chunks_pk', ['hash', 'seq'])
    .execute();
  // Photos, PDFs and Office packages are compressed already: store the chunks out of line without trying again.
  if (postgres)
    await sql`alter table file_blob_chunks alter column data set storage external`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['file_blob_chunks', 'file_blobs'])
    await db.schema.dropTable(table).execute();
}

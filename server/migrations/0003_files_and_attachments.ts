import type { Kysely } from 'kysely';
import { stamped } from '../src/platform/db/migration-columns.ts';

// Why: facility photos and documents and certificate files are uploaded, kept by content hash under the data directory, and archived rather than deleted.

export async function up(db: Kysely<unknown>): Promise<void> {
  // One row per upload (its own name and uploader); rows with the same hash share the stored bytes.
  await db.schema
    .createTable('files')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('size', 'bigint', (c) => c.notNull())
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('original_name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .execute();
  await db.schema.createIndex('files_hash').on('files').column('hash').execute();

  await stamped(db.schema.createTable('attachments'))
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('file_id', 'text', (c) => c.notNull().references('files.id'))
    .addColumn('facility_id', 'text', (c) => c.notNull().references('facilities.id'))
    .addColumn('certification_id', 'text', (c) => c.references('facility_certifications.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('archived_at', 'bigint')
    .addColumn('archived_reason', 'text')
    .execute();
  await db.schema
    .createIndex('attachments_facility')
    .on('attachments')
    .columns(['facility_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('attachments_certification')
    .on('attachments')
    .column('certification_id')
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['attachments', 'files']) await db.schema.dropTable(table).execute();
}

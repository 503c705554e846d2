import { sql, type Kysely } from 'kysely';
import { stamped } from '../src/platform/db/migration-columns.ts';
import { facilityTypesAddedIn, insertFacilityTypes } from './facility-types-data.ts';

// Why: requirement catalogs with versions, campaigns that assess ports against a published version, per-aspect review, findings with rectification, and the facility types the default catalog counts.

export async function up(db: Kysely<unknown>): Promise<void> {
  await stamped(db.schema.createTable('requirement_catalogs'))
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name_zh', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .execute();

  // A version is a draft until published, then immutable; removed_codes_json records what it dropped from the one before.
  await stamped(db.schema.createTable('catalog_versions'))
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('catalog_id', 'text', (c) => c.notNull().references('requirement_catalogs.id'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('previous_version_id', 'text', (c) => c.references('catalog_versions.id'))
    .addColumn('removed_codes_json', 'text', (c) => c.notNull())
    .addColumn('published_at', 'bigint')
    .addColumn('published_by', 'text')
    .addUniqueConstraint('catalog_versions_number', ['catalog_id', 'number'])
    .execute();

  await stamped(db.schema.createTable('catalog_items'))
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('version_id', 'text', (c) => c.notNull().references('catalog_versions.id'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('aspect', 'text', (c) => c.notNull())
    .addColumn('title_zh', 'text', (c) => c.notNull())
    .addColumn('title_en', 'text', (c) => c.notNull())
    .addColumn('guidance_zh', 'text', (c) => c.notNull())
    .addColumn('guidance_en', 'text', (c) => c.notNull())
    .addColumn('basis_kind', 'text', (c) => c.notNull())
    .addColumn('basis', 'text', (c) => c.notNull())
    .addColumn('importance', 'text', (c) => c.notNull())
    .addColumn('weight', 'double precision', (c) => c.notNull())
    .addColumn('applies_when', 'text')
    .addColumn('required_expr', 'text')
    .addColumn('measure_expr', 'text')
    .addColumn('evidence_guidance', 'text', (c) => c.notNull())
    .addColumn('change', 'text')
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addUniqueConstraint('catalog_items_code', ['version_id', 'code'])
    .execute();

  await stamped(db.schema.createTable('campaigns'))
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('code', 'text', (c) => c.notNull().unique())
    .addColumn('name_zh', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('catalog_version_id', 'text', (c) => c.notNull().references('catalog_versions.id'))
    .addColumn('deadline', 'text', (c) => c.notNull())
    .addColumn('port_ids_json', 'text', (c) => c.notNull())
    .addColumn('reviewers_json', 'text', (c) => c.notNull())
    .addColumn('opened_at', 'bigint')
    .addColumn('closed_at', 'bigint')
    .execute();

  await stamped(db.schema.createTable('assessments'))
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id'))
    .addColumn('port_id', 'text', (c) => c.notNull().references('ports.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('submitted_at', 'bigint')
    .addColumn('submitted_by', 'text')
    .addColumn('approved_at', 'bigint')
    .addColumn('approved_by', 'text')
    .addColumn('reopen_requested_at', 'bigint')
    .addColumn('reopen_requested_by', 'text')
    .addColumn('reopen_reason', 'text')
    .addUniqueConstraint('assessments_campaign_port', ['campaign_id', 'port_id'])
    .execute();
  await db.schema
    .createIndex('assessments_port')
    .on('assessments')
    .columns(['port_id', 'status'])
    .execute();

  await stamped(db.schema.createTable('assessment_aspects'))
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('assessments.id'))
    .addColumn('aspect', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('reviewed_by', 'text')
    .addColumn('reviewed_at', 'bigint')
    .addColumn('comment', 'text')
    .addUniqueConstraint('assessment_aspects_aspect', ['assessment_id', 'aspect'])
    .execute();

  // The item's rule is copied in (code, aspect, importance, weight): a published version never changes, and scores need no join.
  await stamped(db.schema.createTable('assessment_items'))
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('assessments.id'))
    .addColumn('catalog_item_id', 'text', (c) => c.notNull().references('catalog_items.id'))
    .addColumn('item_code', 'text', (c) => c.notNull())
    .addColumn('aspect', 'text', (c) => c.notNull())
    .addColumn('importance', 'text', (c) => c.notNull())
    .addColumn('weight', 'double precision', (c) => c.notNull())
    .addColumn('automatic', 'integer', (c) => c.notNull())
    .addColumn('result', 'text')
    .addColumn('grade', 'text')
    .addColumn('required_value', 'double precision')
    .addColumn('present_value', 'double precision')
    .addColumn('present_bool', 'integer')
    .addColumn('explanation_json', 'text')
    .addColumn('error_message', 'text')
    .addColumn('na_reason', 'text')
    .addColumn('note', 'text')
    .addColumn('return_comment', 'text')
    .addColumn('answered_by', 'text')
    .addColumn('answered_at', 'bigint')
    .addColumn('evaluated_at', 'bigint')
    .addUniqueConstraint('assessment_items_item', ['assessment_id', 'catalog_item_id'])
    .execute();

  await stamped(db.schema.createTable('findings'))
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('assessment_item_id', 'text', (c) =>
      c.notNull().unique().references('assessment_items.id'),
    )
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('assessments.id'))
    .addColumn('campaign_id', 'text', (c) => c.notNull().references('campaigns.id'))
    .addColumn('port_id', 'text', (c) => c.notNull().references('ports.id'))
    .addColumn('item_code', 'text', (c) => c.notNull())
    .addColumn('aspect', 'text', (c) => c.notNull())
    .addColumn('grade', 'text', (c) => c.notNull())
    .addColumn('result_at_finding', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.references('users.id'))
    .addColumn('due_date', 'text')
    .addColumn('priority', 'text', (c) => c.notNull())
    .addColumn('plan', 'text')
    .addColumn('progress_note', 'text')
    .addColumn('verified_by', 'text')
    .addColumn('verified_at', 'bigint')
    .addColumn('review_comment', 'text')
    .execute();
  await db.schema
    .createIndex('findings_port')
    .on('findings')
    .columns(['port_id', 'status'])
    .execute();
  await db.schema
    .createIndex('findings_due')
    .on('findings')
    .columns(['status', 'due_date'])
    .execute();

  // Evidence files for a manual answer or a rectification; archived, never deleted.
  await stamped(db.schema.createTable('standards_evidence'))
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('file_id', 'text', (c) => c.notNull().references('files.id'))
    .addColumn('assessment_item_id', 'text', (c) => c.references('assessment_items.id'))
    .addColumn('finding_id', 'text', (c) => c.references('findings.id'))
    .addColumn('archived_at', 'bigint')
    .execute();
  await db.schema
    .createIndex('standards_evidence_item')
    .on('standards_evidence')
    .column('assessment_item_id')
    .execute();
  await db.schema
    .createIndex('standards_evidence_finding')
    .on('standards_evidence')
    .column('finding_id')
    .execute();

  await insertFacilityTypes(db, facilityTypesAddedIn('0004'));
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'standards_evidence',
    'findings',
    'assessment_items',
    'assessment_aspects',
    'assessments',
    'campaigns',
    'catalog_items',
    'catalog_versions',
    'requirement_catalogs',
  ]) {
    await db.schema.dropTable(table).execute();
  }
  const codes = facilityTypesAddedIn('0004').map((t) => t.code);
  if (codes.length > 0) {
    // The ledger may hold facilities of these types: they go with them, attachments and certifications first.
    const ofTypes = sql`select id from facilities where type_code in (${sql.join(codes)})`;
    await sql`delete from attachments where facility_id in (${ofTypes})`.execute(db);
    await sql`delete from facility_certifications where facility_id in (${ofTypes})`.execute(db);
    await sql`delete from facilities where type_code in (${sql.join(codes)})`.execute(db);
    await db
      .deleteFrom('facility_types' as never)
      .where('code' as never, 'in', codes as never)
      .execute();
  }
}

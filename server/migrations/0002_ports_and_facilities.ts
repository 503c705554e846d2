import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { stamped } from '../src/platform/db/migration-columns.ts';
import { facilityTypesAddedIn, insertFacilityTypes } from './facility-types-data.ts';

// Why: the port register, its designations and traffic, the facility ledger with certifications and new-port projects, with the reference catalogs every install needs.

const DATA = path.join(import.meta.dirname, '..', '..', 'data');
const readData = <T>(file: string): T =>
  JSON.parse(fs.readFileSync(path.join(DATA, file), 'utf8')) as T;

type CategoryFile = {
  categories: {
    code: string;
    nameZh: string;
    nameEn: string;
    trafficUnits: string[];
    source: string;
  }[];
};

export async function up(db: Kysely<unknown>): Promise<void> {
  await stamped(db.schema.createTable('ports'))
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('org_unit_id', 'text', (c) => c.notNull().unique().references('org_units.id'))
    .addColumn('modes_json', 'text', (c) => c.notNull())
    .addColumn('port_class', 'text', (c) => c.notNull())
    .addColumn('province_code', 'text', (c) => c.notNull())
    .addColumn('city_code', 'text', (c) => c.notNull())
    .addColumn('latitude', 'double precision')
    .addColumn('longitude', 'double precision')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('status_reason', 'text')
    .addColumn('opened_date', 'text')
    .addColumn('design_capacity_json', 'text', (c) => c.notNull())
    .addColumn('archived_at', 'bigint')
    .addColumn('archived_reason', 'text')
    .execute();
  await db.schema.createIndex('ports_province').on('ports').column('province_code').execute();

  await stamped(db.schema.createTable('designation_categories'))
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name_zh', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('traffic_units_json', 'text', (c) => c.notNull())
    .addColumn('built_in', 'integer', (c) => c.notNull())
    .addColumn('source', 'text')
    .execute();

  await stamped(db.schema.createTable('port_designations'))
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('port_id', 'text', (c) => c.notNull().references('ports.id'))
    .addColumn('category_code', 'text', (c) =>
      c.notNull().references('designation_categories.code'),
    )
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('effective_date', 'text', (c) => c.notNull())
    .addColumn('legal_basis', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addUniqueConstraint('port_designations_port_category', ['port_id', 'category_code'])
    .execute();
  await db.schema
    .createIndex('port_designations_category')
    .on('port_designations')
    .columns(['category_code', 'status'])
    .execute();

  await db.schema
    .createTable('designation_history')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('designation_id', 'text', (c) => c.notNull().references('port_designations.id'))
    .addColumn('port_id', 'text', (c) => c.notNull().references('ports.id'))
    .addColumn('category_code', 'text', (c) =>
      c.notNull().references('designation_categories.code'),
    )
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('effective_date', 'text', (c) => c.notNull())
    .addColumn('legal_basis', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('at', 'bigint', (c) => c.notNull())
    .addColumn('by', 'text')
    .execute();
  await db.schema
    .createIndex('designation_history_designation')
    .on('designation_history')
    .columns(['designation_id', 'at'])
    .execute();
  await db.schema
    .createIndex('designation_history_port')
    .on('designation_history')
    .column('port_id')
    .execute();
  await db.schema
    .createIndex('designation_history_category')
    .on('designation_history')
    .column('category_code')
    .execute();

  // month 0 is the yearly figure, so one unique index covers both kinds.
  await stamped(db.schema.createTable('traffic'))
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('port_id', 'text', (c) => c.notNull().references('ports.id'))
    .addColumn('category_code', 'text', (c) =>
      c.notNull().references('designation_categories.code'),
    )
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('month', 'integer', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addUniqueConstraint('traffic_port_category_period', [
      'port_id',
      'category_code',
      'year',
      'month',
    ])
    .execute();
  await db.schema.createIndex('traffic_category').on('traffic').column('category_code').execute();

  await stamped(db.schema.createTable('facility_types'))
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name_zh', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('capacity_unit', 'text', (c) => c.notNull())
    .addColumn('certification_cycle_months', 'integer')
    .addColumn('applicable_categories_json', 'text', (c) => c.notNull())
    .addColumn('source_tag', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .execute();

  await stamped(db.schema.createTable('facilities'))
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('port_id', 'text', (c) => c.notNull().references('ports.id'))
    .addColumn('type_code', 'text', (c) => c.notNull().references('facility_types.code'))
    .addColumn('functional_area', 'text', (c) => c.notNull())
    .addColumn('quantity', 'integer', (c) => c.notNull())
    .addColumn('capacity', 'double precision')
    .addColumn('commissioned_date', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('notes', 'text')
    .addColumn('archived_at', 'bigint')
    .addColumn('archived_reason', 'text')
    .execute();
  await db.schema
    .createIndex('facilities_port')
    .on('facilities')
    .columns(['port_id', 'type_code'])
    .execute();
  await db.schema.createIndex('facilities_type').on('facilities').column('type_code').execute();

  // Certifications are appended (a renewal is a new row), never edited.
  await db.schema
    .createTable('facility_certifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('facility_id', 'text', (c) => c.notNull().references('facilities.id'))
    .addColumn('issuer', 'text', (c) => c.notNull())
    .addColumn('issued_date', 'text', (c) => c.notNull())
    .addColumn('expiry_date', 'text', (c) => c.notNull())
    .addColumn('document_ref', 'text')
    .addColumn('created_at', 'bigint', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .execute();
  await db.schema
    .createIndex('facility_certifications_facility')
    .on('facility_certifications')
    .columns(['facility_id', 'expiry_date'])
    .execute();
  await db.schema
    .createIndex('facility_certifications_expiry')
    .on('facility_certifications')
    .column('expiry_date')
    .execute();

  await stamped(db.schema.createTable('projects'))
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('port_id', 'text', (c) => c.notNull().references('ports.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('categories_json', 'text', (c) => c.notNull())
    .addColumn('archived_at', 'bigint')
    .addColumn('archived_reason', 'text')
    .execute();
  await db.schema.createIndex('projects_port').on('projects').column('port_id').execute();

  await stamped(db.schema.createTable('project_gates'))
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('project_id', 'text', (c) => c.notNull().references('projects.id'))
    .addColumn('gate', 'text', (c) => c.notNull())
    .addColumn('planned_date', 'text')
    .addColumn('actual_date', 'text')
    .addColumn('documents', 'text')
    .addColumn('signed_by', 'text')
    .addColumn('signed_at', 'bigint')
    .addUniqueConstraint('project_gates_project_gate', ['project_id', 'gate'])
    .execute();

  const now = Date.now();
  const stamp = {
    version: 1,
    created_at: now,
    created_by: null,
    updated_at: now,
    updated_by: null,
  };
  const categories = readData<CategoryFile>('designation-categories.json').categories;
  await db
    .insertInto('designation_categories' as never)
    .values(
      categories.map((c) => ({
        code: c.code,
        name_zh: c.nameZh,
        name_en: c.nameEn,
        traffic_units_json: JSON.stringify(c.trafficUnits),
        built_in: 1,
        source: c.source,
        ...stamp,
      })),
    )
    .execute();
  // Types a later migration introduced are that migration's to add and remove.
  await insertFacilityTypes(db, facilityTypesAddedIn(null));
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'project_gates',
    'projects',
    'facility_certifications',
    'facilities',
    'facility_types',
    'traffic',
    'designation_history',
    'port_designations',
    'designation_categories',
    'ports',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}

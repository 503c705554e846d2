import type { Kysely } from 'kysely';

// Why: the facility ledger list pages a branch's facilities in port-code order; with these indexes the database walks ports in code order and each port's facilities by status and id, and stops at the page.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('org_units_parent_code')
    .on('org_units')
    .columns(['parent_id', 'code'])
    .execute();
  await db.schema
    .createIndex('facilities_port_status')
    .on('facilities')
    .columns(['port_id', 'status', 'archived_at', 'id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('facilities_port_status').execute();
  await db.schema.dropIndex('org_units_parent_code').execute();
}

import { sql, type Kysely } from 'kysely';

// Why: the setting specification for customs supervision places divides them into supervision workplaces
// (by transport: water, road, air, rail, express, e-commerce), centralised operation sites (passenger
// clearance, mail inspection, animal isolation stations) and designated supervision sites for high-risk
// goods. Requirements differ by kind, and only designated sites take designations and belong on the public
// list, so every register entry records its kind and, for the first two, its type.
//
// Entries already on the register keep what they hold: one with a designation in force stays a designated
// site; any other takes the kind its modes point to, mail and passenger clearance first (a passenger hall
// or mail exchange is never a workplace), then express and e-commerce, then the transport modes.

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('ports')
    .addColumn('place_kind', 'text', (c) => c.notNull().defaultTo('designated_site'))
    .execute();
  await db.schema.alterTable('ports').addColumn('place_type', 'text').execute();
  const has = (mode: string) => sql.raw(`modes_json like '%"${mode}"%'`);
  await sql`
    update ports set
      place_kind = case
        when ${has('mail')} or ${has('passenger')} then 'centralised_site'
        else 'workplace' end,
      place_type = case
        when ${has('mail')} then 'mail'
        when ${has('passenger')} then 'passenger'
        when ${has('express')} then 'express'
        when ${has('ecommerce')} then 'ecommerce'
        when ${has('rail')} then 'rail'
        when ${has('road')} then 'road'
        when ${has('air')} then 'air'
        else 'water' end
    where not exists (
      select 1 from port_designations d where d.port_id = ports.id and d.status <> 'withdrawn'
    )`.execute(db);
  await db.schema.createIndex('ports_place_kind').on('ports').column('place_kind').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('ports_place_kind').execute();
  await db.schema.alterTable('ports').dropColumn('place_type').execute();
  await db.schema.alterTable('ports').dropColumn('place_kind').execute();
}

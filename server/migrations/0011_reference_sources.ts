import fs from 'node:fs';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';

// Why: the built-in facility types and designation categories carry the source of each rule, shown to
// users through the reference API. Their sources now name the published document and clause (and say
// where a cycle is a programme default after foreign practice) instead of pointing at a design note, so
// an install made before gets the texts that a new one seeds. Rows a district added are left alone.
// Going down leaves the newer texts: they are corrections, not a schema change.

type SourceRow = { code: string; source: string; sourceTag?: string };

function read(name: string, key: 'types' | 'categories'): SourceRow[] {
  const file = path.join(import.meta.dirname, '..', '..', 'data', name);
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, SourceRow[]>)[key] ?? [];
}

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const t of read('facility-types.json', 'types'))
    await sql`update facility_types set source = ${t.source}, source_tag = ${t.sourceTag ?? 'G'}
      where code = ${t.code}`.execute(db);
  for (const c of read('designation-categories.json', 'categories'))
    await sql`update designation_categories set source = ${c.source}
      where code = ${c.code} and built_in = 1`.execute(db);
}

export async function down(): Promise<void> {
  // The newer texts stay: see above.
}

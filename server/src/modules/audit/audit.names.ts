import {
  AUDIT_ACTION_LABELS,
  AUDIT_ENTITY_LABELS,
  AUDIT_FIELD_LABELS,
  AUDIT_REFERENCE_FIELDS,
  ROLE_LABELS,
  auditValueWords,
  auditWords,
  type AuditFieldChange,
} from '../../../../contracts/index.ts';
import type { Db } from '../../platform/db/database.ts';
import { byChunks } from '../../platform/db/chunks.ts';
import { nameIn, type Lang } from '../../platform/i18n/lang.ts';

/**
 * Names for the ids an audit page mentions: its objects, its actors and the ids its before/after records
 * reference. One statement per object type over all of a page's ids (never one per row), and nothing is
 * written: the stored and hashed record stays exactly as it was.
 */

type Named = { nameZh: string; nameEn: string };
type Lookup = (db: Db, ids: readonly string[], lang: Lang) => Promise<Map<string, string>>;

const nameOf = (row: Named, lang: Lang) => nameIn(lang, row);
const coded = (code: string, row: Named, lang: Lang) => `${code} ${nameOf(row, lang)}`;
const mapped = <R extends { id: string }, V>(rows: R[], label: (r: R) => V) =>
  new Map(rows.map((r) => [r.id, label(r)]));

const LOOKUPS: Record<string, Lookup> = {
  org_unit: async (db, ids, lang) =>
    mapped(
      await db
        .selectFrom('orgUnits')
        .select(['id', 'code', 'nameZh', 'nameEn'])
        .where('id', 'in', ids)
        .execute(),
      (r) => coded(r.code, r, lang),
    ),
  port: async (db, ids, lang) =>
    mapped(
      await db
        .selectFrom('ports')
        .innerJoin('orgUnits as u', 'u.id', 'ports.orgUnitId')
        .select(['ports.id as id', 'u.code', 'u.nameZh', 'u.nameEn'])
        .where('ports.id', 'in', ids)
        .execute(),
      (r) => coded(r.code, r, lang),
    ),
  grant: async (db, ids, lang) =>
    mapped(
      await db
        .selectFrom('grants')
        .innerJoin('users as a', 'a.id', 'grants.userId')
        .innerJoin('orgUnits as u', 'u.id', 'grants.orgUnitId')
        .select(['grants.id as id', 'grants.role', 'a.username', 'a.displayName', 'u.code'])
        .where('grants.id', 'in', ids)
        .execute(),
      (r) => `${r.displayName} (${r.username}) · ${ROLE_LABELS[r.role][lang]} · ${r.code}`,
    ),
  campaign: async (db, ids, lang) =>
    mapped(
      await db
        .selectFrom('campaigns')
        .select(['id', 'code', 'nameZh', 'nameEn'])
        .where('id', 'in', ids)
        .execute(),
      (r) => coded(r.code, r, lang),
    ),
  assessment: async (db, ids, lang) =>
    mapped(
      await db
        .selectFrom('assessments')
        .innerJoin('campaigns as c', 'c.id', 'assessments.campaignId')
        .innerJoin('ports as p', 'p.id', 'assessments.portId')
        .innerJoin('orgUnits as u', 'u.id', 'p.orgUnitId')
        .select(['assessments.id as id', 'c.code as campaign', 'u.code', 'u.nameZh', 'u.nameEn'])
        .where('assessments.id', 'in', ids)
        .execute(),
      (r) => `${r.campaign} · ${coded(r.code, r, lang)}`,
    ),
  assessmentItem: async (db, ids, lang) =>
    mapped(
      await db
        .selectFrom('assessmentItems as i')
        .innerJoin('assessments as a', 'a.id', 'i.assessmentId')
        .innerJoin('ports as p', 'p.id', 'a.portId')
        .innerJoin('orgUnits as u', 'u.id', 'p.orgUnitId')
        .select(['i.id as id', 'i.itemCode', 'u.code', 'u.nameZh', 'u.nameEn'])
        .where('i.id', 'in', ids)
        .execute(),
      (r) => `${r.itemCode} · ${coded(r.code, r, lang)}`,
    ),
  finding: async (db, ids, lang) =>
    mapped(
      await db
        .selectFrom('findings as f')
        .innerJoin('ports as p', 'p.id', 'f.portId')
        .innerJoin('orgUnits as u', 'u.id', 'p.orgUnitId')
        .select(['f.id as id', 'f.itemCode', 'u.code', 'u.nameZh', 'u.nameEn'])
        .where('f.id', 'in', ids)
        .execute(),
      (r) => `${r.itemCode} · ${coded(r.code, r, lang)}`,
    ),
  facility: async (db, ids, lang) =>
    mapped(
      await db
        .selectFrom('facilities as f')
        .innerJoin('facilityTypes as t', 't.code', 'f.typeCode')
        .innerJoin('ports as p', 'p.id', 'f.portId')
        .innerJoin('orgUnits as u', 'u.id', 'p.orgUnitId')
        .select([
          'f.id as id',
          't.nameZh as typeZh',
          't.nameEn as typeEn',
          'u.code',
          'u.nameZh',
          'u.nameEn',
        ])
        .where('f.id', 'in', ids)
        .execute(),
      (r) => `${lang === 'en' ? r.typeEn : r.typeZh} · ${coded(r.code, r, lang)}`,
    ),
  project: async (db, ids) =>
    mapped(
      await db.selectFrom('projects').select(['id', 'title']).where('id', 'in', ids).execute(),
      (r) => r.title,
    ),
  catalog: async (db, ids, lang) =>
    mapped(
      await db
        .selectFrom('requirementCatalogs')
        .select(['id', 'code', 'nameZh', 'nameEn'])
        .where('id', 'in', ids)
        .execute(),
      (r) => coded(r.code, r, lang),
    ),
  catalogVersion: async (db, ids) =>
    mapped(
      await db
        .selectFrom('catalogVersions as v')
        .innerJoin('requirementCatalogs as c', 'c.id', 'v.catalogId')
        .select(['v.id as id', 'c.code', 'v.number'])
        .where('v.id', 'in', ids)
        .execute(),
      (r) => `${r.code} v${r.number}`,
    ),
  catalogItem: async (db, ids, lang) =>
    mapped(
      await db
        .selectFrom('catalogItems')
        .select(['id', 'code', 'titleZh', 'titleEn'])
        .where('id', 'in', ids)
        .execute(),
      (r) => `${r.code} ${lang === 'en' ? r.titleEn : r.titleZh}`,
    ),
  // Reference tables are keyed by their code, which is what the trail records as the object's id.
  facility_type: async (db, ids, lang) =>
    mapped(
      await db
        .selectFrom('facilityTypes')
        .select(['code as id', 'nameZh', 'nameEn'])
        .where('code', 'in', ids)
        .execute(),
      (r) => coded(r.id, r, lang),
    ),
  designation_category: async (db, ids, lang) =>
    mapped(
      await db
        .selectFrom('designationCategories')
        .select(['code as id', 'nameZh', 'nameEn'])
        .where('code', 'in', ids)
        .execute(),
      (r) => coded(r.id, r, lang),
    ),
};

/** What a page of raw audit rows needs to be read. */
export type AuditRaw = {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
};

export type AuditReading = {
  actionLabel: string;
  entityTypeLabel: string;
  actorName: string | null;
  entityName: string | null;
  changes: AuditFieldChange[];
};

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const idsIn = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.filter((v): v is string => typeof v === 'string')
      : [];

/** Every object id a page mentions, by type: the rows' objects, their actors, and referenced ids. */
function wanted(rows: readonly AuditRaw[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const want = (type: string, id: string) => {
    if (type !== 'user' && !LOOKUPS[type]) return;
    let set = out.get(type);
    if (!set) out.set(type, (set = new Set()));
    set.add(id);
  };
  for (const r of rows) {
    if (r.entityId) want(r.entityType, r.entityId);
    if (r.actorId) want('user', r.actorId);
    for (const record of [r.before, r.after])
      if (isRecord(record))
        for (const [field, type] of Object.entries(AUDIT_REFERENCE_FIELDS))
          for (const id of idsIn(record[field])) want(type, id);
  }
  return out;
}

type Names = Map<string, Map<string, string>>;

/**
 * Accounts are read once for both uses on a page: as objects and references ("display name (username)") and
 * as actors (the display name alone, the username being on the row already).
 */
async function lookUp(
  db: Db,
  rows: readonly AuditRaw[],
  lang: Lang,
): Promise<{ names: Names; actors: Map<string, string> }> {
  const names: Names = new Map();
  const actors = new Map<string, string>();
  for (const [type, ids] of wanted(rows)) {
    if (type === 'user') {
      const users = await byChunks([...ids], async (chunk) =>
        mapped(
          await db
            .selectFrom('users')
            .select(['id', 'username', 'displayName'])
            .where('id', 'in', chunk)
            .execute(),
          (r) => r,
        ),
      );
      names.set(
        'user',
        new Map([...users].map(([id, r]) => [id, `${r.displayName} (${r.username})`])),
      );
      for (const [id, r] of users) actors.set(id, r.displayName);
      continue;
    }
    const lookup = LOOKUPS[type];
    if (lookup) names.set(type, await byChunks([...ids], (chunk) => lookup(db, chunk, lang)));
  }
  return { names, actors };
}

const YES_NO = { zh: ['是', '否'], en: ['yes', 'no'] } as const;

/**
 * One field's value as a person reads it: names for referenced ids, words for enumerated values (a list
 * of them too) and flags; a code this release has no words for shows as it is.
 */
function shown(
  entityType: string,
  field: string,
  value: unknown,
  names: Names,
  lang: Lang,
): string | null {
  if (value === null || value === undefined) return null;
  const join = (parts: string[]) => parts.join(lang === 'en' ? ', ' : '、');
  const refType = AUDIT_REFERENCE_FIELDS[field];
  if (refType) {
    const ids = idsIn(value);
    if (ids.length > 0 || Array.isArray(value))
      return join(ids.map((id) => names.get(refType)?.get(id) ?? id));
  }
  const words = (v: string) => auditValueWords(entityType, field, v, lang);
  if (typeof value === 'string') return words(value) ?? value;
  if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string')) {
    const named = value.map(words);
    if (named.every((w): w is string => w !== null)) return join(named);
  }
  if (typeof value === 'boolean') return YES_NO[lang][value ? 0 : 1];
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

/** The fields that differ between before and after (all of them for a creation or a removal). */
export function changesOf(
  entityType: string,
  before: unknown,
  after: unknown,
  names: Names,
  lang: Lang,
): AuditFieldChange[] {
  if (before === null && after === null) return [];
  // A record that is not a field map (a list, a bare value) reads as one field.
  const b = isRecord(before) ? before : before === null ? {} : { value: before };
  const a = isRecord(after) ? after : after === null ? {} : { value: after };
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return fields
    .filter((f) => JSON.stringify(b[f] ?? null) !== JSON.stringify(a[f] ?? null))
    .map((field) => ({
      field,
      label: auditWords(AUDIT_FIELD_LABELS, field, lang),
      before: shown(entityType, field, b[field], names, lang),
      after: shown(entityType, field, a[field], names, lang),
    }));
}

/** Words and names for a page of rows, in the caller's language; one lookup per object type. */
export async function readAudit<R extends AuditRaw>(
  db: Db,
  rows: readonly R[],
  lang: Lang,
): Promise<(R & AuditReading)[]> {
  const { names, actors } = await lookUp(db, rows, lang);
  return rows.map((r) => ({
    ...r,
    actionLabel: auditWords(AUDIT_ACTION_LABELS, r.action, lang),
    entityTypeLabel: auditWords(AUDIT_ENTITY_LABELS, r.entityType, lang),
    actorName: r.actorId ? (actors.get(r.actorId) ?? null) : null,
    entityName: r.entityId ? (names.get(r.entityType)?.get(r.entityId) ?? null) : null,
    changes: changesOf(r.entityType, r.before, r.after, names, lang),
  }));
}

/** A change list as one cell of text: "field: old → new" a line. */
export const changeSummary = (changes: readonly AuditFieldChange[]) =>
  changes.map((c) => `${c.label}: ${c.before ?? '—'} → ${c.after ?? '—'}`).join('\n');

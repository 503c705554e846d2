import type {
  Aspect,
  BasisKind,
  Catalog,
  CatalogItem,
  CatalogVersion,
  CatalogVersionStatus,
  Importance,
  ItemChange,
  RequirementDraft,
} from '../../../../contracts/index.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { readJson, toIso, toIsoOrNull } from '../../platform/db/values.ts';
import { catalogItemAbilities, catalogVersionAbilities } from './standards.policy.ts';
import type { CatalogRow, ItemRow, VersionRow, VersionSummaryRow } from './catalogs.repository.ts';

/** The authored fields of an item row, as the catalog file and the editor carry them. */
export function draftOf(row: ItemRow): RequirementDraft {
  return {
    code: row.code,
    aspect: row.aspect as Aspect,
    titleZh: row.titleZh,
    titleEn: row.titleEn,
    guidanceZh: row.guidanceZh,
    guidanceEn: row.guidanceEn,
    basisKind: row.basisKind as BasisKind,
    basis: row.basis,
    importance: row.importance as Importance,
    weight: row.weight,
    appliesWhen: row.appliesWhen,
    required: row.requiredExpr,
    measure: row.measureExpr,
    evidenceGuidance: row.evidenceGuidance,
  };
}

/** The columns an authored item fills. */
export function columnsOf(draft: RequirementDraft) {
  return {
    code: draft.code,
    aspect: draft.aspect,
    titleZh: draft.titleZh,
    titleEn: draft.titleEn,
    guidanceZh: draft.guidanceZh,
    guidanceEn: draft.guidanceEn,
    basisKind: draft.basisKind,
    basis: draft.basis,
    importance: draft.importance,
    weight: draft.weight,
    appliesWhen: draft.appliesWhen,
    requiredExpr: draft.required,
    measureExpr: draft.measure,
    evidenceGuidance: draft.evidenceGuidance,
  };
}

export function presentItem(row: ItemRow, versionStatus: string, actor: Actor): CatalogItem {
  return {
    ...draftOf(row),
    id: row.id,
    versionId: row.versionId,
    change: row.change as ItemChange | null,
    automatic: row.measureExpr !== null,
    version: row.version,
    updatedAt: toIso(row.updatedAt),
    can: catalogItemAbilities(actor, { aspect: row.aspect, versionStatus }),
  };
}

export function presentVersion(row: VersionRow, items: ItemRow[], actor: Actor): CatalogVersion {
  return {
    id: row.id,
    catalogId: row.catalogId,
    catalogCode: row.catalogCode,
    catalogNameZh: row.catalogNameZh,
    catalogNameEn: row.catalogNameEn,
    number: row.number,
    status: row.status as CatalogVersionStatus,
    publishedAt: toIsoOrNull(row.publishedAt),
    publishedBy: row.publishedBy,
    previousVersionId: row.previousVersionId,
    removedCodes: (readJson(row.removedCodesJson) as string[] | null) ?? [],
    items: items.map((i) => presentItem(i, row.status, actor)),
    version: row.version,
    can: catalogVersionAbilities(actor, row),
  };
}

export function presentCatalog(
  row: CatalogRow,
  versions: VersionSummaryRow[],
  actor: Actor,
): Catalog {
  const hasDraft = versions.some((v) => v.status === 'draft');
  const newVersion = catalogVersionAbilities(actor, { status: 'published' }).newVersion;
  return {
    id: row.id,
    code: row.code,
    nameZh: row.nameZh,
    nameEn: row.nameEn,
    source: row.source,
    versions: versions.map((v) => ({
      id: v.id,
      number: v.number,
      status: v.status as CatalogVersionStatus,
      itemCount: Number(v.itemCount),
      publishedAt: toIsoOrNull(v.publishedAt),
      publishedBy: v.publishedBy,
    })),
    version: row.version,
    createdAt: toIso(row.createdAt),
    updatedAt: toIso(row.updatedAt),
    can: { newVersion: newVersion && !hasDraft && versions.length > 0 },
  };
}

import type {
  Aspect,
  BasisKind,
  CatalogItem,
  Importance,
  ItemChange,
  RequirementDraft,
} from '../../../../contracts/index.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { toIso } from '../../platform/db/values.ts';
import { catalogItemAbilities } from './catalog-item.policy.ts';
import type { ItemRow } from './catalogs.repository.ts';

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

export function presentCatalogItem(row: ItemRow, versionStatus: string, actor: Actor): CatalogItem {
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

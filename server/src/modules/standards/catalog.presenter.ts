import type { Catalog, CatalogVersion, CatalogVersionStatus } from '../../../../contracts/index.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { readJson, toIso, toIsoOrNull } from '../../platform/db/values.ts';
import { presentCatalogItem } from './catalog-item.presenter.ts';
import { catalogVersionAbilities } from './catalog-version.policy.ts';
import type { CatalogRow, ItemRow, VersionRow, VersionSummaryRow } from './catalogs.repository.ts';

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
    items: items.map((i) => presentCatalogItem(i, row.status, actor)),
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

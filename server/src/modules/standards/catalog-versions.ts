import type { RequirementDraft } from '../../../../contracts/index.ts';
import type { Actor } from '../../platform/access/actor.ts';
import type { AppContext } from '../../platform/context.ts';
import { newId } from '../../platform/db/ids.ts';
import type { CatalogVersionTable } from '../../platform/db/schema.ts';
import { columnsOf } from './catalog-item.presenter.ts';
import type { ItemRow } from './catalogs.repository.ts';
import { standardsError } from './standards.errors.ts';

const RULE_FIELDS = [
  'aspect',
  'importance',
  'weight',
  'appliesWhen',
  'requiredExpr',
  'measureExpr',
] as const;
const TEXT_FIELDS = [
  'titleZh',
  'titleEn',
  'guidanceZh',
  'guidanceEn',
  'basisKind',
  'basis',
  'evidenceGuidance',
] as const;

export function stampOf(ctx: AppContext, actor: Actor) {
  const now = ctx.clock();
  return {
    version: 1,
    createdAt: now,
    createdBy: actor.userId,
    updatedAt: now,
    updatedBy: actor.userId,
  };
}

/** A new draft version: a catalog's first, or the next one after `previousVersionId`. */
export function draftVersionRow(
  ctx: AppContext,
  actor: Actor,
  version: { id: string; catalogId: string; number: number; previousVersionId: string | null },
): CatalogVersionTable {
  return {
    id: version.id,
    catalogId: version.catalogId,
    number: version.number,
    status: 'draft',
    previousVersionId: version.previousVersionId,
    removedCodesJson: '[]',
    publishedAt: null,
    publishedBy: null,
    ...stampOf(ctx, actor),
  };
}

export function itemRows(
  ctx: AppContext,
  actor: Actor,
  versionId: string,
  drafts: readonly RequirementDraft[],
): ItemRow[] {
  const stamp = stampOf(ctx, actor);
  return drafts.map((d, i) => ({
    id: newId(),
    versionId,
    ...columnsOf(d),
    change: null,
    sortOrder: (i + 1) * 10,
    ...stamp,
  }));
}

export function assertUniqueCodes(drafts: readonly RequirementDraft[]): void {
  const seen = new Map<string, number>();
  drafts.forEach((d, i) => {
    const first = seen.get(d.code);
    if (first !== undefined)
      throw standardsError('CATALOG_ITEM_CODE_TAKEN', {
        [`items.${i}.code`]: {
          zh: `与第 ${first + 1} 项重复：${d.code}`,
          en: `same code as item ${first + 1}: ${d.code}`,
        },
      });
    seen.set(d.code, i);
  });
}

/** How each item of a version being published relates to the previous published version's item of the same code. */
export function changesAgainst(
  items: readonly ItemRow[],
  previous: readonly ItemRow[],
): { changes: { id: string; change: string }[]; removed: string[] } {
  const before = new Map(previous.map((p) => [p.code, p]));
  const changes = items.map((i) => {
    const old = before.get(i.code);
    if (!old) return { id: i.id, change: 'new' };
    const same = [...RULE_FIELDS, ...TEXT_FIELDS].every((f) => old[f] === i[f]);
    return { id: i.id, change: same ? 'same' : 'changed' };
  });
  const codes = new Set(items.map((i) => i.code));
  return { changes, removed: previous.filter((p) => !codes.has(p.code)).map((p) => p.code) };
}

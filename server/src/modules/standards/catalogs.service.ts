import type {
  Catalog,
  CatalogCreate,
  CatalogImport,
  CatalogItem,
  CatalogItemUpdate,
  CatalogListQuery,
  CatalogVersion,
  Page,
  RequirementDraft,
} from '../../../../contracts/index.ts';
import { inTransaction, type AppContext } from '../../platform/context.ts';
import { hasPermission, type Actor } from '../../platform/access/actor.ts';
import type { AuditActor } from '../../platform/audit/audit.ts';
import { newId } from '../../platform/db/ids.ts';
import type { Tx } from '../../platform/db/database.ts';
import { forbidden, notFound, staleVersion } from '../../platform/errors/errors.ts';
import { readCatalogFile, writeCatalogFile, type CatalogFormat } from './catalog-file.ts';
import { catalogsRepository, type ItemRow, type VersionRow } from './catalogs.repository.ts';
import {
  columnsOf,
  draftOf,
  presentCatalog,
  presentItem,
  presentVersion,
} from './catalogs.presenter.ts';
import { assertRulesValid } from './rules.ts';
import { standardsError } from './standards.errors.ts';
import { aspectsOf, catalogItemPolicy, catalogVersionPolicy } from './standards.policy.ts';

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

function stampOf(ctx: AppContext, actor: Actor) {
  const now = ctx.clock();
  return {
    version: 1,
    createdAt: now,
    createdBy: actor.userId,
    updatedAt: now,
    updatedBy: actor.userId,
  };
}

function itemRows(
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

function assertUniqueCodes(drafts: readonly RequirementDraft[]): void {
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
function changesAgainst(
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

async function versionOrThrow(ctx: AppContext, actor: Actor, id: string): Promise<VersionRow> {
  if (!hasPermission(actor, 'standard.read')) throw notFound();
  const version = await catalogsRepository.findVersion(ctx.db, id);
  if (!version) throw notFound();
  return version;
}

export const catalogsService = {
  async list(ctx: AppContext, actor: Actor, query: CatalogListQuery): Promise<Page<Catalog>> {
    const { rows, total } = await catalogsRepository.list(ctx.db, query);
    const versions = await catalogsRepository.versionSummaries(
      ctx.db,
      rows.map((r) => r.id),
    );
    return {
      items: rows.map((r) =>
        presentCatalog(
          r,
          versions.filter((v) => v.catalogId === r.id),
          actor,
        ),
      ),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  },

  async get(ctx: AppContext, actor: Actor, id: string): Promise<Catalog> {
    const row = await catalogsRepository.findById(ctx.db, id);
    if (!row) throw notFound();
    return presentCatalog(row, await catalogsRepository.versionSummaries(ctx.db, [id]), actor);
  },

  async getVersion(ctx: AppContext, actor: Actor, id: string): Promise<CatalogVersion> {
    const version = await versionOrThrow(ctx, actor, id);
    return presentVersion(version, await catalogsRepository.itemsOf(ctx.db, id), actor);
  },

  /** A new catalog with an empty draft version 1. */
  async create(
    ctx: AppContext,
    actor: Actor,
    audit: AuditActor,
    input: CatalogCreate,
  ): Promise<Catalog> {
    return catalogsService.createWithItems(ctx, actor, audit, input, []);
  },

  async createWithItems(
    ctx: AppContext,
    actor: Actor,
    audit: AuditActor,
    input: CatalogCreate,
    items: readonly RequirementDraft[],
  ): Promise<Catalog> {
    if (await catalogsRepository.findByCode(ctx.db, input.code))
      throw standardsError('CATALOG_CODE_TAKEN', {
        code: { zh: '编码已被使用', en: 'code is taken' },
      });
    const id = newId();
    const versionId = newId();
    await inTransaction(ctx, async (tx) => {
      await catalogsRepository.insertCatalog(tx, { id, ...input, ...stampOf(ctx, actor) });
      await catalogsRepository.insertVersion(tx, {
        id: versionId,
        catalogId: id,
        number: 1,
        status: 'draft',
        previousVersionId: null,
        removedCodesJson: '[]',
        publishedAt: null,
        publishedBy: null,
        ...stampOf(ctx, actor),
      });
      await catalogsRepository.insertItems(tx, itemRows(ctx, actor, versionId, items));
      await ctx.audit.append(tx, audit, {
        action: 'catalog.create',
        entityType: 'catalog',
        entityId: id,
        after: { ...input, items: items.length },
      });
    });
    return catalogsService.get(ctx, actor, id);
  },

  /**
   * Imports a YAML or JSON catalog file: a new catalog, or a new draft version of the catalog with the
   * file's code (refused while that catalog already has a draft). Every item is checked first; nothing is
   * written unless all are valid.
   */
  async importFile(
    ctx: AppContext,
    actor: Actor,
    audit: AuditActor,
    input: CatalogImport,
  ): Promise<Catalog> {
    const file = readCatalogFile(input.content, input.format);
    assertUniqueCodes(file.items);
    assertRulesValid(file.items, (i) => `items.${i}.`);
    const existing = await catalogsRepository.findByCode(ctx.db, file.code);
    if (!existing)
      return catalogsService.createWithItems(
        ctx,
        actor,
        audit,
        { code: file.code, nameZh: file.nameZh, nameEn: file.nameEn, source: file.source },
        file.items,
      );
    const latest = await catalogsRepository.latestVersion(ctx.db, existing.id);
    if (latest?.status === 'draft')
      throw standardsError('CATALOG_DRAFT_EXISTS', {
        content: {
          zh: `目录 ${file.code} 已有草稿版本`,
          en: `catalog ${file.code} has a draft version`,
        },
      });
    const versionId = newId();
    await inTransaction(ctx, async (tx) => {
      await catalogsRepository.insertVersion(tx, {
        id: versionId,
        catalogId: existing.id,
        number: (latest?.number ?? 0) + 1,
        status: 'draft',
        previousVersionId: latest?.id ?? null,
        removedCodesJson: '[]',
        publishedAt: null,
        publishedBy: null,
        ...stampOf(ctx, actor),
      });
      await catalogsRepository.insertItems(tx, itemRows(ctx, actor, versionId, file.items));
      await catalogsRepository.touchCatalog(tx, existing.id, actor.userId, ctx.clock());
      await ctx.audit.append(tx, audit, {
        action: 'catalog.import',
        entityType: 'catalog',
        entityId: existing.id,
        after: { versionId, items: file.items.length },
      });
    });
    return catalogsService.get(ctx, actor, existing.id);
  },

  async exportVersion(
    ctx: AppContext,
    actor: Actor,
    id: string,
    format: CatalogFormat,
  ): Promise<{ fileName: string; body: string }> {
    const version = await versionOrThrow(ctx, actor, id);
    const catalog = await catalogsRepository.findById(ctx.db, version.catalogId);
    if (!catalog) throw notFound();
    const items = await catalogsRepository.itemsOf(ctx.db, id);
    const body = writeCatalogFile(
      {
        code: catalog.code,
        nameZh: catalog.nameZh,
        nameEn: catalog.nameEn,
        source: catalog.source,
        items: items.map(draftOf),
      },
      format,
    );
    return {
      fileName: `${catalog.code}-v${version.number}.${format === 'json' ? 'json' : 'yaml'}`,
      body,
    };
  },

  /** A new draft version, copying the latest published version's items. */
  async newVersion(
    ctx: AppContext,
    actor: Actor,
    audit: AuditActor,
    catalogId: string,
    catalogVersion: number,
  ): Promise<CatalogVersion> {
    const catalog = await catalogsRepository.findById(ctx.db, catalogId);
    if (!catalog || !hasPermission(actor, 'standard.read')) throw notFound();
    if (!catalogVersionPolicy.newVersion({ actor, version: { status: 'published' } }))
      throw forbidden();
    const latest = await catalogsRepository.latestVersion(ctx.db, catalogId);
    if (latest?.status === 'draft') throw standardsError('CATALOG_DRAFT_EXISTS');
    if (!latest) throw standardsError('CATALOG_NOT_PUBLISHED');
    const items = await catalogsRepository.itemsOf(ctx.db, latest.id);
    const versionId = newId();
    await inTransaction(ctx, async (tx) => {
      if (catalog.version !== catalogVersion) throw staleVersion();
      await catalogsRepository.insertVersion(tx, {
        id: versionId,
        catalogId,
        number: latest.number + 1,
        status: 'draft',
        previousVersionId: latest.id,
        removedCodesJson: '[]',
        publishedAt: null,
        publishedBy: null,
        ...stampOf(ctx, actor),
      });
      await catalogsRepository.insertItems(tx, itemRows(ctx, actor, versionId, items.map(draftOf)));
      await catalogsRepository.touchCatalog(tx, catalogId, actor.userId, ctx.clock());
      await ctx.audit.append(tx, audit, {
        action: 'catalog.version.create',
        entityType: 'catalog',
        entityId: catalogId,
        after: { versionId, number: latest.number + 1 },
      });
    });
    return catalogsService.getVersion(ctx, actor, versionId);
  },

  async addItem(
    ctx: AppContext,
    actor: Actor,
    audit: AuditActor,
    versionId: string,
    draft: RequirementDraft,
  ): Promise<CatalogItem> {
    const version = await versionOrThrow(ctx, actor, versionId);
    if (!catalogVersionPolicy.addItem({ actor, version }))
      throw version.status === 'draft' ? forbidden() : standardsError('CATALOG_VERSION_PUBLISHED');
    if (!aspectsOf(actor, 'standard.write').has(draft.aspect))
      throw standardsError('CATALOG_ASPECT_NOT_YOURS', {
        aspect: { zh: '不是本工作组负责的方面', en: 'not your working group’s aspect' },
      });
    assertRulesValid([draft]);
    const existing = await catalogsRepository.itemsOf(ctx.db, versionId);
    if (existing.some((i) => i.code === draft.code))
      throw standardsError('CATALOG_ITEM_CODE_TAKEN', {
        code: { zh: '编码已被使用', en: 'code is taken' },
      });
    const [row] = itemRows(ctx, actor, versionId, [draft]);
    if (!row) throw notFound();
    row.sortOrder = (existing.reduce((m, i) => Math.max(m, i.sortOrder), 0) || 0) + 10;
    await inTransaction(ctx, async (tx) => {
      await catalogsRepository.insertItems(tx, [row]);
      await ctx.audit.append(tx, audit, {
        action: 'catalog.item.create',
        entityType: 'catalogItem',
        entityId: row.id,
        after: { versionId, ...draft },
      });
    });
    return presentItem(row, 'draft', actor);
  },

  async updateItem(
    ctx: AppContext,
    actor: Actor,
    audit: AuditActor,
    id: string,
    input: CatalogItemUpdate,
  ): Promise<CatalogItem> {
    const item = await catalogsRepository.findItem(ctx.db, id);
    if (!item || !hasPermission(actor, 'standard.read')) throw notFound();
    if (item.versionStatus !== 'draft') throw standardsError('CATALOG_VERSION_PUBLISHED');
    const { version, ...draft } = input;
    if (
      !catalogItemPolicy.update({ actor, item }) ||
      !aspectsOf(actor, 'standard.write').has(draft.aspect)
    ) {
      throw standardsError('CATALOG_ASPECT_NOT_YOURS', {
        aspect: { zh: '不是本工作组负责的方面', en: 'not your working group’s aspect' },
      });
    }
    assertRulesValid([draft]);
    if (draft.code !== item.code) {
      const siblings = await catalogsRepository.itemsOf(ctx.db, item.versionId);
      if (siblings.some((s) => s.code === draft.code))
        throw standardsError('CATALOG_ITEM_CODE_TAKEN', {
          code: { zh: '编码已被使用', en: 'code is taken' },
        });
    }
    await inTransaction(ctx, async (tx) => {
      if (
        !(await catalogsRepository.updateItem(
          tx,
          id,
          version,
          columnsOf(draft),
          actor.userId,
          ctx.clock(),
        ))
      )
        throw staleVersion();
      await ctx.audit.append(tx, audit, {
        action: 'catalog.item.update',
        entityType: 'catalogItem',
        entityId: id,
        before: draftOf(item),
        after: draft,
      });
    });
    const updated = await catalogsRepository.findItem(ctx.db, id);
    if (!updated) throw notFound();
    return presentItem(updated, updated.versionStatus, actor);
  },

  /** Drops an item from a draft (a draft is work in progress; the audit keeps what it held). */
  async removeItem(
    ctx: AppContext,
    actor: Actor,
    audit: AuditActor,
    id: string,
    version: number,
  ): Promise<void> {
    const item = await catalogsRepository.findItem(ctx.db, id);
    if (!item || !hasPermission(actor, 'standard.read')) throw notFound();
    if (item.versionStatus !== 'draft') throw standardsError('CATALOG_VERSION_PUBLISHED');
    if (!catalogItemPolicy.remove({ actor, item }))
      throw standardsError('CATALOG_ASPECT_NOT_YOURS');
    await inTransaction(ctx, async (tx) => {
      if (!(await catalogsRepository.deleteItem(tx, id, version))) throw staleVersion();
      await ctx.audit.append(tx, audit, {
        action: 'catalog.item.remove',
        entityType: 'catalogItem',
        entityId: id,
        before: draftOf(item),
      });
    });
  },

  /** Publishes a draft: from then on it is immutable; each item records how it relates to the version before. */
  async publish(
    ctx: AppContext,
    actor: Actor,
    audit: AuditActor,
    id: string,
    expectedVersion: number,
  ): Promise<CatalogVersion> {
    const version = await versionOrThrow(ctx, actor, id);
    if (!catalogVersionPolicy.publish({ actor, version }))
      throw version.status === 'draft' ? forbidden() : standardsError('CATALOG_VERSION_PUBLISHED');
    const items = await catalogsRepository.itemsOf(ctx.db, id);
    if (items.length === 0)
      throw standardsError('CATALOG_EMPTY', {
        items: { zh: '至少需要一项要求', en: 'at least one item is needed' },
      });
    assertRulesValid(items.map(draftOf), (i) => `items.${i}.`);
    const previous = version.previousVersionId
      ? await catalogsRepository.itemsOf(ctx.db, version.previousVersionId)
      : [];
    const { changes, removed } = changesAgainst(items, previous);
    await inTransaction(ctx, async (tx: Tx) => {
      const now = ctx.clock();
      if (
        !(await catalogsRepository.touchVersion(
          tx,
          id,
          expectedVersion,
          {
            status: 'published',
            publishedAt: now,
            publishedBy: actor.username,
            removedCodesJson: JSON.stringify(removed),
          },
          actor.userId,
          now,
        ))
      )
        throw staleVersion();
      await catalogsRepository.setItemChanges(tx, changes);
      await catalogsRepository.touchCatalog(tx, version.catalogId, actor.userId, now);
      await ctx.audit.append(tx, audit, {
        action: 'catalog.version.publish',
        entityType: 'catalogVersion',
        entityId: id,
        after: {
          number: version.number,
          items: items.length,
          removed,
          changed: changes.filter((c) => c.change !== 'same').length,
        },
      });
    });
    return catalogsService.getVersion(ctx, actor, id);
  },

  /** Items of a published version, for campaigns. */
  async publishedItems(
    ctx: AppContext,
    versionId: string,
  ): Promise<{ version: VersionRow; items: ItemRow[] } | null> {
    const version = await catalogsRepository.findVersion(ctx.db, versionId);
    if (!version || version.status !== 'published') return null;
    return { version, items: await catalogsRepository.itemsOf(ctx.db, versionId) };
  },
};

import type {
  Catalog,
  CatalogCreate,
  CatalogImport,
  CatalogListQuery,
  CatalogVersion,
  Page,
  RequirementDraft,
} from '../../../../contracts/index.ts';
import { ensureAllowed } from '../../platform/access/policy.ts';
import { inTransaction, type AppContext } from '../../platform/context.ts';
import { hasPermission, type Actor } from '../../platform/access/actor.ts';
import { newId } from '../../platform/db/ids.ts';
import type { Tx } from '../../platform/db/database.ts';
import { notFound } from '../../platform/errors/errors.ts';
import { readCatalogFile, writeCatalogFile, type CatalogFormat } from './catalog-file.ts';
import { draftOf } from './catalog-item.presenter.ts';
import { catalogVersionPolicy } from './catalog-version.policy.ts';
import {
  assertUniqueCodes,
  changesAgainst,
  draftVersionRow,
  itemRows,
  stampOf,
} from './catalog-versions.ts';
import { catalogsRepository, type ItemRow, type VersionRow } from './catalogs.repository.ts';
import { presentCatalog, presentVersion } from './catalog.presenter.ts';
import { assertRulesValid } from './rules.ts';
import { standardsError } from './standards.errors.ts';

async function readableVersion(ctx: AppContext, actor: Actor, id: string): Promise<VersionRow> {
  if (!hasPermission(actor, 'standard.read')) throw notFound();
  const version = await catalogsRepository.findVersion(ctx.db, id);
  if (!version) throw notFound();
  return version;
}

/** Catalogs as a whole: reading them, starting one, moving one in and out as a file, publishing a version. */
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

  /** The version, if the actor may read catalogs (404 otherwise): the access check for what hangs off it. */
  readableVersion,

  async getVersion(ctx: AppContext, actor: Actor, id: string): Promise<CatalogVersion> {
    const version = await readableVersion(ctx, actor, id);
    return presentVersion(version, await catalogsRepository.itemsOf(ctx.db, id), actor);
  },

  /** A new catalog with an empty draft version 1. */
  async create(ctx: AppContext, actor: Actor, input: CatalogCreate): Promise<Catalog> {
    return catalogsService.createWithItems(ctx, actor, input, []);
  },

  async createWithItems(
    ctx: AppContext,
    actor: Actor,
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
      await catalogsRepository.insertVersion(
        tx,
        draftVersionRow(ctx, actor, {
          id: versionId,
          catalogId: id,
          number: 1,
          previousVersionId: null,
        }),
      );
      await catalogsRepository.insertItems(tx, itemRows(ctx, actor, versionId, items));
      await ctx.audit.append(tx, actor, {
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
  async importFile(ctx: AppContext, actor: Actor, input: CatalogImport): Promise<Catalog> {
    const file = readCatalogFile(input.content, input.format);
    assertUniqueCodes(file.items);
    assertRulesValid(file.items, (i) => `items.${i}.`);
    const existing = await catalogsRepository.findByCode(ctx.db, file.code);
    if (!existing)
      return catalogsService.createWithItems(
        ctx,
        actor,
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
      await catalogsRepository.insertVersion(
        tx,
        draftVersionRow(ctx, actor, {
          id: versionId,
          catalogId: existing.id,
          number: (latest?.number ?? 0) + 1,
          previousVersionId: latest?.id ?? null,
        }),
      );
      await catalogsRepository.insertItems(tx, itemRows(ctx, actor, versionId, file.items));
      await catalogsRepository.touchCatalog(tx, existing.id, actor.userId, ctx.clock());
      await ctx.audit.append(tx, actor, {
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
    const version = await readableVersion(ctx, actor, id);
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

  /** Publishes a draft: from then on it is immutable; each item records how it relates to the version before. */
  async publish(
    ctx: AppContext,
    actor: Actor,
    id: string,
    expectedVersion: number,
  ): Promise<CatalogVersion> {
    const version = await readableVersion(ctx, actor, id);
    ensureAllowed(catalogVersionPolicy.publish({ actor, version }), [
      version.status !== 'draft',
      () => standardsError('CATALOG_VERSION_PUBLISHED'),
    ]);
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
      await catalogsRepository.touchVersion(
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
      );
      await catalogsRepository.setItemChanges(tx, changes);
      await catalogsRepository.touchCatalog(tx, version.catalogId, actor.userId, now);
      await ctx.audit.append(tx, actor, {
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

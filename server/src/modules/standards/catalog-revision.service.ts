import type {
  CatalogItem,
  CatalogItemUpdate,
  CatalogVersion,
  RequirementDraft,
} from '../../../../contracts/index.ts';
import { ensureAllowed } from '../../platform/access/policy.ts';
import { inTransaction, type AppContext } from '../../platform/context.ts';
import { hasPermission, type Actor } from '../../platform/access/actor.ts';
import { newId } from '../../platform/db/ids.ts';
import { forbidden, notFound, staleVersion } from '../../platform/errors/errors.ts';
import { catalogItemPolicy } from './catalog-item.policy.ts';
import { columnsOf, draftOf, presentCatalogItem } from './catalog-item.presenter.ts';
import { catalogVersionPolicy } from './catalog-version.policy.ts';
import { draftVersionRow, itemRows } from './catalog-versions.ts';
import { catalogsRepository } from './catalogs.repository.ts';
import { catalogsService } from './catalogs.service.ts';
import { assertRulesValid } from './rules.ts';
import { standardsError } from './standards.errors.ts';
import { aspectsOf } from './working-groups.ts';

/** A revision round: the office opens a draft version, the working groups edit their aspects' items in it. */
export const catalogRevisionService = {
  /** A new draft version, copying the latest published version's items. */
  async newVersion(
    ctx: AppContext,
    actor: Actor,
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
      await catalogsRepository.insertVersion(
        tx,
        draftVersionRow(ctx, actor, {
          id: versionId,
          catalogId,
          number: latest.number + 1,
          previousVersionId: latest.id,
        }),
      );
      await catalogsRepository.insertItems(tx, itemRows(ctx, actor, versionId, items.map(draftOf)));
      await catalogsRepository.touchCatalog(tx, catalogId, actor.userId, ctx.clock());
      await ctx.audit.append(tx, actor, {
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
    versionId: string,
    draft: RequirementDraft,
  ): Promise<CatalogItem> {
    const version = await catalogsService.readableVersion(ctx, actor, versionId);
    ensureAllowed(catalogVersionPolicy.addItem({ actor, version }), [
      version.status !== 'draft',
      () => standardsError('CATALOG_VERSION_PUBLISHED'),
    ]);
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
      await ctx.audit.append(tx, actor, {
        action: 'catalog.item.create',
        entityType: 'catalogItem',
        entityId: row.id,
        after: { versionId, ...draft },
      });
    });
    return presentCatalogItem(row, 'draft', actor);
  },

  async updateItem(
    ctx: AppContext,
    actor: Actor,
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
      await catalogsRepository.updateItem(
        tx,
        id,
        version,
        columnsOf(draft),
        actor.userId,
        ctx.clock(),
      );
      await ctx.audit.append(tx, actor, {
        action: 'catalog.item.update',
        entityType: 'catalogItem',
        entityId: id,
        before: draftOf(item),
        after: draft,
      });
    });
    const updated = await catalogsRepository.findItem(ctx.db, id);
    if (!updated) throw notFound();
    return presentCatalogItem(updated, updated.versionStatus, actor);
  },

  /** Drops an item from a draft (a draft is work in progress; the audit keeps what it held). */
  async removeItem(ctx: AppContext, actor: Actor, id: string, version: number): Promise<void> {
    const item = await catalogsRepository.findItem(ctx.db, id);
    if (!item || !hasPermission(actor, 'standard.read')) throw notFound();
    if (item.versionStatus !== 'draft') throw standardsError('CATALOG_VERSION_PUBLISHED');
    if (!catalogItemPolicy.remove({ actor, item }))
      throw standardsError('CATALOG_ASPECT_NOT_YOURS');
    await inTransaction(ctx, async (tx) => {
      if (!(await catalogsRepository.deleteItem(tx, id, version))) throw staleVersion();
      await ctx.audit.append(tx, actor, {
        action: 'catalog.item.remove',
        entityType: 'catalogItem',
        entityId: id,
        before: draftOf(item),
      });
    });
  },
};

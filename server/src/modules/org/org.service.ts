import {
  ORG_PARENT_KINDS,
  type OrgCreate,
  type OrgKind,
  type OrgListQuery,
  type OrgTreeNode,
  type OrgUnit,
  type OrgUpdate,
  type Page,
} from '../../../../contracts/index.ts';
import { inTransaction, type AppContext } from '../../platform/context.ts';
import type { Tx } from '../../platform/db/database.ts';
import { reachesUnit, scopeOfAny, type Actor } from '../../platform/access/actor.ts';
import { ensureAllowed, type Obstacle } from '../../platform/access/policy.ts';
import { newId } from '../../platform/db/ids.ts';
import { forbidden, notFound } from '../../platform/errors/errors.ts';
import type { ExportQuery } from '../../platform/http/export-query.ts';
import { orgRepository, type OrgRow } from './org.repository.ts';
import { orgPolicy } from './org.policy.ts';
import { orgSnapshot, presentOrgUnit } from './org.presenter.ts';
import { orgError } from './org.errors.ts';

const readScope = (actor: Actor) => scopeOfAny(actor, ['org.read', 'org.write']);

/** A unit the actor cannot read answers 404, as if it did not exist. */
async function readable(ctx: AppContext, actor: Actor, id: string): Promise<OrgRow> {
  const unit = await orgRepository.findById(ctx.db, id);
  if (!unit || !orgPolicy.read({ actor, unit })) throw notFound();
  return unit;
}

/** What stands in the way of a change to an archived unit. */
const archived = (unit: OrgRow): Obstacle => [
  unit.status !== 'active',
  () => orgError('ORG_ARCHIVED'),
];

function checkParentKind(kind: OrgKind, parent: OrgRow | null) {
  const allowed = ORG_PARENT_KINDS[kind];
  if (!allowed.includes(parent ? parent.kind : null)) {
    throw orgError('ORG_PARENT_KIND_INVALID', {
      parentId: { zh: '上级机构类型不符', en: 'parent kind not allowed for this unit' },
    });
  }
  if (parent && parent.status !== 'active')
    throw orgError('ORG_PARENT_ARCHIVED', {
      parentId: { zh: '上级机构已归档', en: 'parent is archived' },
    });
}

export const orgService = {
  async list(ctx: AppContext, actor: Actor, query: OrgListQuery): Promise<Page<OrgUnit>> {
    const { rows, total } = await orgRepository.list(ctx.db, readScope(actor), query);
    return {
      items: rows.map((r) => presentOrgUnit(r, actor)),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  },

  /** Every row the filters select, for export. */
  async listAll(
    ctx: AppContext,
    actor: Actor,
    query: ExportQuery<OrgListQuery>,
  ): Promise<OrgUnit[]> {
    const rows = await orgRepository.listForExport(ctx.db, readScope(actor), query);
    return rows.map((r) => presentOrgUnit(r, actor));
  },

  async tree(ctx: AppContext, actor: Actor): Promise<OrgTreeNode[]> {
    const rows = await orgRepository.tree(ctx.db, readScope(actor));
    const ids = new Set(rows.map((r) => r.id));
    // A unit whose parent is out of scope shows as a root of the caller's tree.
    return rows.map(({ path: _path, ...r }) => ({
      ...r,
      parentId: r.parentId && ids.has(r.parentId) ? r.parentId : null,
    }));
  },

  async get(ctx: AppContext, actor: Actor, id: string): Promise<OrgUnit> {
    return presentOrgUnit(await readable(ctx, actor, id), actor);
  },

  async create(ctx: AppContext, actor: Actor, input: OrgCreate): Promise<OrgUnit> {
    const parent = input.parentId ? await readable(ctx, actor, input.parentId) : null;
    const id = newId();
    const path = `${parent?.path ?? '/'}${id}/`;
    const depth = parent ? parent.depth + 1 : 0;
    const probe = { path, kind: input.kind, depth, status: 'active' };
    if (!reachesUnit(actor, 'org.write', probe)) throw forbidden();
    checkParentKind(input.kind, parent);
    const now = ctx.clock();
    const row: OrgRow = {
      id,
      code: input.code,
      kind: input.kind,
      nameZh: input.nameZh,
      nameEn: input.nameEn,
      parentId: parent?.id ?? null,
      path,
      depth,
      status: 'active',
      archivedReason: null,
      version: 1,
      createdAt: now,
      createdBy: actor.userId,
      updatedAt: now,
      updatedBy: actor.userId,
    };
    await inTransaction(ctx, async (tx) => {
      if (await orgRepository.findByCode(tx, input.code))
        throw orgError('ORG_CODE_TAKEN', { code: { zh: '代码已被使用', en: 'already in use' } });
      await orgRepository.insert(tx, row);
      await ctx.audit.append(tx, actor, {
        action: 'org.create',
        entityType: 'org_unit',
        entityId: id,
        after: orgSnapshot(row),
      });
    });
    return presentOrgUnit(row, actor);
  },

  async update(ctx: AppContext, actor: Actor, id: string, input: OrgUpdate): Promise<OrgUnit> {
    const unit = await readable(ctx, actor, id);
    ensureAllowed(orgPolicy.update({ actor, unit }), archived(unit));
    return mutate(ctx, actor, unit, input.version, 'org.update', {
      nameZh: input.nameZh,
      nameEn: input.nameEn,
    });
  },

  async move(
    ctx: AppContext,
    actor: Actor,
    id: string,
    parentId: string | null,
    version: number,
  ): Promise<OrgUnit> {
    const unit = await readable(ctx, actor, id);
    ensureAllowed(orgPolicy.move({ actor, unit }), archived(unit));
    const parent = parentId ? await readable(ctx, actor, parentId) : null;
    if (parent && parent.path.startsWith(unit.path))
      throw orgError('ORG_MOVE_INTO_OWN_SUBTREE', {
        parentId: { zh: '不能是自身或下级', en: 'is the unit itself or below it' },
      });
    checkParentKind(unit.kind, parent);
    const newPath = `${parent?.path ?? '/'}${unit.id}/`;
    const newDepth = parent ? parent.depth + 1 : 0;
    if (!reachesUnit(actor, 'org.write', { path: newPath, kind: unit.kind, depth: newDepth }))
      throw forbidden();
    await inTransaction(ctx, async (tx) => {
      await orgRepository.move(
        tx,
        { ...unit, version },
        parent?.id ?? null,
        newPath,
        newDepth,
        actor.userId,
        ctx.clock(),
      );
      await ctx.audit.append(tx, actor, {
        action: 'org.move',
        entityType: 'org_unit',
        entityId: id,
        before: { parentId: unit.parentId },
        after: { parentId: parent?.id ?? null },
      });
    });
    return presentOrgUnit(await readable(ctx, actor, id), actor);
  },

  async archive(
    ctx: AppContext,
    actor: Actor,
    id: string,
    version: number,
    reason: string,
  ): Promise<OrgUnit> {
    const unit = await readable(ctx, actor, id);
    ensureAllowed(orgPolicy.archive({ actor, unit }), archived(unit));
    if ((await orgRepository.countActiveChildren(ctx.db, id)) > 0)
      throw orgError('ORG_HAS_ACTIVE_CHILDREN');
    if ((await orgRepository.countActiveUsers(ctx.db, id)) > 0)
      throw orgError('ORG_HAS_ACTIVE_USERS');
    // Separation of duties: administrator grants lose their effect with their unit (see users.service revokeGrant).
    if ((await orgRepository.countAdminGrants(ctx.db, id)) > 0)
      throw orgError('ORG_HOLDS_ADMIN_GRANTS');
    return mutate(ctx, actor, unit, version, 'org.archive', {
      status: 'archived',
      archivedReason: reason,
    });
  },

  async restore(ctx: AppContext, actor: Actor, id: string, version: number): Promise<OrgUnit> {
    const unit = await readable(ctx, actor, id);
    ensureAllowed(orgPolicy.restore({ actor, unit }), [
      unit.status !== 'archived',
      () => orgError('ORG_NOT_ARCHIVED'),
    ]);
    const parent = unit.parentId ? await orgRepository.findById(ctx.db, unit.parentId) : null;
    if (parent && parent.status !== 'active') throw orgError('ORG_PARENT_ARCHIVED');
    return mutate(ctx, actor, unit, version, 'org.restore', {
      status: 'active',
      archivedReason: null,
    });
  },

  async countByKind(ctx: AppContext, actor: Actor): Promise<Record<string, number>> {
    return orgRepository.countByKind(ctx.db, readScope(actor));
  },

  /** For other modules: the unit if the permission reaches it, else 404. */
  async unitWithin(
    ctx: AppContext,
    actor: Actor,
    id: string,
    permission: Parameters<typeof reachesUnit>[1],
  ): Promise<OrgRow> {
    const unit = await orgRepository.findById(ctx.db, id);
    if (!unit || !reachesUnit(actor, permission, unit)) throw notFound();
    return unit;
  },

  findById: (ctx: AppContext, id: string) => orgRepository.findById(ctx.db, id),

  /**
   * A step for a module whose records are org units (a port): creates the unit under its parent inside the
   * caller's transaction. The caller has already checked its own permission; the kind rules still apply here.
   */
  async createUnitIn(
    ctx: AppContext,
    tx: Tx,
    actorId: string,
    input: { code: string; kind: OrgKind; nameZh: string; nameEn: string; parent: OrgRow },
  ): Promise<OrgRow> {
    checkParentKind(input.kind, input.parent);
    if (await orgRepository.findByCode(tx, input.code))
      throw orgError('ORG_CODE_TAKEN', { code: { zh: '代码已被使用', en: 'already in use' } });
    const id = newId();
    const now = ctx.clock();
    const row: OrgRow = {
      id,
      code: input.code,
      kind: input.kind,
      nameZh: input.nameZh,
      nameEn: input.nameEn,
      parentId: input.parent.id,
      path: `${input.parent.path}${id}/`,
      depth: input.parent.depth + 1,
      status: 'active',
      archivedReason: null,
      version: 1,
      createdAt: now,
      createdBy: actorId,
      updatedAt: now,
      updatedBy: actorId,
    };
    await orgRepository.insert(tx, row);
    return row;
  },

  /** A step: renames a unit inside the caller's transaction; STALE_VERSION when its version moved on. */
  renameUnitIn(
    ctx: AppContext,
    tx: Tx,
    unit: Pick<OrgRow, 'id' | 'version'>,
    names: { nameZh: string; nameEn: string },
    actorId: string,
  ): Promise<OrgRow> {
    return orgRepository.update(tx, unit.id, unit.version, names, actorId, ctx.clock());
  },
  findByCode: (ctx: AppContext, code: string) => orgRepository.findByCode(ctx.db, code),
};

async function mutate(
  ctx: AppContext,
  actor: Actor,
  unit: OrgRow,
  version: number,
  action: string,
  changes: Parameters<typeof orgRepository.update>[3],
): Promise<OrgUnit> {
  const now = ctx.clock();
  const after = await inTransaction(ctx, async (tx) => {
    const row = await orgRepository.update(tx, unit.id, version, changes, actor.userId, now);
    await ctx.audit.append(tx, actor, {
      action,
      entityType: 'org_unit',
      entityId: unit.id,
      before: orgSnapshot(unit),
      after: orgSnapshot(row),
    });
    return row;
  });
  return presentOrgUnit(after, actor);
}

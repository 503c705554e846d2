import {
  takesDesignations,
  type BranchOption,
  type DesignationCategory,
  type DesignationCategoryCreate,
  type Page,
  type Port,
  type PortCreate,
  type PortListQuery,
  type PortMapPoint,
  type PortStatusChange,
  type PortUpdate,
  type PublicDesignation,
  type PublicDesignationQuery,
  type Regions,
} from '../../../../contracts/index.ts';
import { portFactsRepository } from './ports.facts.repository.ts';
import { inTransaction, type AppContext } from '../../platform/context.ts';
import {
  hasPermission,
  reachesUnit,
  scopeOfAny,
  type Actor,
  type Scope,
} from '../../platform/access/actor.ts';
import { ensureAllowed } from '../../platform/access/policy.ts';
import { newId } from '../../platform/db/ids.ts';
import { writeJson } from '../../platform/db/values.ts';
import { forbidden, notFound } from '../../platform/errors/errors.ts';
import type { ExportQuery } from '../../platform/http/export-query.ts';
import { orgService } from '../org/org.service.ts';
import { portError } from './ports.errors.ts';
import { portArchived, portPolicy } from './ports.policy.ts';
import { portSnapshot, presentCategory, presentPort } from './ports.presenter.ts';
import { portsRepository, type PortRow } from './ports.repository.ts';
import { isCityOf, isProvince, regionsData } from './regions.ts';

/** A port the actor cannot read answers 404, as if it did not exist. */
async function readable(ctx: AppContext, actor: Actor, id: string): Promise<PortRow> {
  const port = await portsRepository.findById(ctx.db, id);
  if (!port || !portPolicy.read({ actor, port })) throw notFound();
  return port;
}

function checkRegion(input: { provinceCode: string; cityCode: string }) {
  if (!isProvince(input.provinceCode))
    throw portError('PORT_REGION_UNKNOWN', {
      provinceCode: { zh: '省级代码不存在', en: 'no such province' },
    });
  if (!isCityOf(input.cityCode, input.provinceCode))
    throw portError('PORT_REGION_UNKNOWN', {
      cityCode: { zh: '该省没有此城市代码', en: 'no such city in the province' },
    });
}

async function withDesignations(ctx: AppContext, actor: Actor, rows: PortRow[]): Promise<Port[]> {
  const designations = await portsRepository.designationsOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  return rows.map((r) =>
    presentPort(
      r,
      designations.filter((d) => d.portId === r.id),
      actor,
    ),
  );
}

export const portsService = {
  readable,

  /** For modules whose records hang off a port (facilities, projects): the port row, which they check with their own policy. */
  findPort: (ctx: AppContext, id: string): Promise<PortRow | undefined> =>
    portsRepository.findById(ctx.db, id),
  findPorts: (ctx: AppContext, ids: readonly string[]): Promise<PortRow[]> =>
    portsRepository.findByIds(ctx.db, ids),

  /** Ports by code, for imports that name them. */
  findPortsByCodes: (ctx: AppContext, codes: readonly string[]): Promise<PortRow[]> =>
    portsRepository.findByCodes(ctx.db, codes),

  /** Category codes that exist, of those asked. */
  async existingCategories(ctx: AppContext, codes: readonly string[]): Promise<Set<string>> {
    const known = new Set((await portsRepository.categories(ctx.db)).map((c) => c.code));
    return new Set(codes.filter((c) => known.has(c)));
  },

  async list(ctx: AppContext, actor: Actor, query: PortListQuery): Promise<Page<Port>> {
    const { rows, total } = await portsRepository.list(
      ctx.db,
      scopeOfAny(actor, ['port.read', 'port.write']),
      query,
    );
    return {
      items: await withDesignations(ctx, actor, rows),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  },

  /** Live ports a scope reaches, optionally one branch's or one port (other modules' per-port overviews). */
  /** The branches whose ports the actor reads, for filters by branch. */
  async branches(ctx: AppContext, actor: Actor): Promise<BranchOption[]> {
    const rows = await portsRepository.branchesInScope(
      ctx.db,
      scopeOfAny(actor, ['port.read', 'port.write']),
    );
    return rows.map((r) => ({ ...r, ports: Number(r.ports) }));
  },

  inScope: (
    ctx: AppContext,
    scope: Scope,
    filter: { branchId?: string | undefined; portId?: string | undefined },
  ) => portsRepository.inScope(ctx.db, scope, filter),

  /** Every port the filters select in the actor's scope (exports, the map, other modules' overviews). */
  async listAll(ctx: AppContext, actor: Actor, query: ExportQuery<PortListQuery>): Promise<Port[]> {
    const rows = await portsRepository.listForExport(
      ctx.db,
      scopeOfAny(actor, ['port.read', 'port.write']),
      query,
    );
    return withDesignations(ctx, actor, rows);
  },

  /** Every port in scope for the map, with its latest year's traffic summed over categories counted in tonnes. */
  async mapPoints(
    ctx: AppContext,
    actor: Actor,
    query: ExportQuery<PortListQuery>,
  ): Promise<PortMapPoint[]> {
    const ports = await portsService.listAll(ctx, actor, query);
    const tonnes = new Map<string, number>();
    for (let i = 0; i < ports.length; i += 10_000) {
      for (const t of await portFactsRepository.latestYearlyTraffic(
        ctx.db,
        ports.slice(i, i + 10_000).map((p) => p.id),
      )) {
        if (t.unit === 'tonnes')
          tonnes.set(t.portId, (tonnes.get(t.portId) ?? 0) + Number(t.value));
      }
    }
    return ports.map((p) => ({
      id: p.id,
      code: p.code,
      nameZh: p.nameZh,
      nameEn: p.nameEn,
      status: p.status,
      latitude: p.latitude,
      longitude: p.longitude,
      categories: p.categories,
      latestTonnes: tonnes.get(p.id) ?? 0,
    }));
  },

  async get(ctx: AppContext, actor: Actor, id: string): Promise<Port> {
    const [port] = await withDesignations(ctx, actor, [await readable(ctx, actor, id)]);
    if (!port) throw notFound();
    return port;
  },

  async create(ctx: AppContext, actor: Actor, input: PortCreate): Promise<Port> {
    const branch = await orgService.findById(ctx, input.branchId);
    if (
      !branch ||
      !(reachesUnit(actor, 'port.read', branch) || reachesUnit(actor, 'port.write', branch))
    )
      throw notFound();
    // The new port sits under the branch: the caller must hold port.create there (a grant on another branch does not reach it).
    if (
      !reachesUnit(actor, 'port.create', {
        path: `${branch.path}${newId()}/`,
        kind: 'port',
        depth: branch.depth + 1,
      })
    )
      throw forbidden();
    if (branch.kind !== 'branch' || branch.status !== 'active')
      throw portError('PORT_BRANCH_INVALID', {
        branchId: { zh: '须为在用的隶属海关', en: 'must be an active branch' },
      });
    checkRegion(input);
    const now = ctx.clock();
    const id = newId();
    const created = await inTransaction(ctx, async (tx) => {
      const unit = await orgService.createUnitIn(ctx, tx, actor.userId, {
        code: input.code,
        kind: 'port',
        nameZh: input.nameZh,
        nameEn: input.nameEn,
        parent: branch,
      });
      await portsRepository.insert(tx, {
        id,
        orgUnitId: unit.id,
        placeKind: input.placeKind,
        placeType: input.placeType,
        modesJson: writeJson(input.modes) ?? '[]',
        portClass: input.portClass,
        provinceCode: input.provinceCode,
        cityCode: input.cityCode,
        latitude: input.latitude,
        longitude: input.longitude,
        status: input.status,
        statusReason: null,
        openedDate: input.openedDate,
        designCapacityJson: writeJson(input.designCapacity) ?? '[]',
        archivedAt: null,
        archivedReason: null,
        version: 1,
        createdAt: now,
        createdBy: actor.userId,
        updatedAt: now,
        updatedBy: actor.userId,
      });
      const row = await portsRepository.findById(tx, id);
      if (!row) throw notFound();
      await ctx.audit.append(tx, actor, {
        action: 'port.create',
        entityType: 'port',
        entityId: id,
        after: portSnapshot(row),
      });
      return row;
    });
    return presentPort(created, [], actor);
  },

  async update(ctx: AppContext, actor: Actor, id: string, input: PortUpdate): Promise<Port> {
    const port = await readable(ctx, actor, id);
    ensureAllowed(portPolicy.update({ actor, port }), portArchived(port));
    checkRegion(input);
    await inTransaction(ctx, async (tx) => {
      if (!takesDesignations(input)) {
        const held = (await portsRepository.designationsOf(tx, [id])).filter(
          (d) => d.status !== 'withdrawn',
        );
        if (held.length > 0)
          throw portError('PLACE_KIND_HAS_DESIGNATIONS', {
            placeKind: {
              zh: `仍有 ${held.length} 个有效的指定类别`,
              en: `${held.length} designation(s) still in force`,
            },
          });
      }
      await portsRepository.update(
        tx,
        id,
        input.version,
        {
          placeKind: input.placeKind,
          placeType: input.placeType,
          modesJson: writeJson(input.modes) ?? '[]',
          portClass: input.portClass,
          provinceCode: input.provinceCode,
          cityCode: input.cityCode,
          latitude: input.latitude,
          longitude: input.longitude,
          openedDate: input.openedDate,
          designCapacityJson: writeJson(input.designCapacity) ?? '[]',
        },
        actor.userId,
        ctx.clock(),
      );
      if (input.nameZh !== port.nameZh || input.nameEn !== port.nameEn)
        await orgService.renameUnitIn(
          ctx,
          tx,
          { id: port.orgUnitId, version: port.orgVersion },
          { nameZh: input.nameZh, nameEn: input.nameEn },
          actor.userId,
        );
      const after = await portsRepository.findById(tx, id);
      if (!after) throw notFound();
      await ctx.audit.append(tx, actor, {
        action: 'port.update',
        entityType: 'port',
        entityId: id,
        before: portSnapshot(port),
        after: portSnapshot(after),
      });
    });
    await ctx.facts.changed([id]);
    return portsService.get(ctx, actor, id);
  },

  async changeStatus(
    ctx: AppContext,
    actor: Actor,
    id: string,
    input: PortStatusChange,
  ): Promise<Port> {
    const port = await readable(ctx, actor, id);
    ensureAllowed(portPolicy.changeStatus({ actor, port }), portArchived(port));
    if (port.status === input.status)
      throw portError('PORT_STATUS_UNCHANGED', { status: { zh: '状态未变化', en: 'unchanged' } });
    return mutate(ctx, actor, port, input.version, 'port.status', {
      status: input.status,
      statusReason: input.reason,
    });
  },

  async archive(
    ctx: AppContext,
    actor: Actor,
    id: string,
    version: number,
    reason: string,
  ): Promise<Port> {
    const port = await readable(ctx, actor, id);
    ensureAllowed(portPolicy.archive({ actor, port }), portArchived(port));
    return mutate(ctx, actor, port, version, 'port.archive', {
      archivedAt: ctx.clock(),
      archivedReason: reason,
    });
  },

  /** Brings an archived port back into the register. */
  async restore(ctx: AppContext, actor: Actor, id: string, version: number): Promise<Port> {
    const port = await readable(ctx, actor, id);
    ensureAllowed(portPolicy.restore({ actor, port }), [
      port.archivedAt === null,
      () => portError('PORT_NOT_ARCHIVED'),
    ]);
    return mutate(ctx, actor, port, version, 'port.restore', {
      archivedAt: null,
      archivedReason: null,
    });
  },

  async publicDesignations(
    ctx: AppContext,
    query: PublicDesignationQuery,
  ): Promise<Page<PublicDesignation>> {
    const { rows, total } = await portsRepository.publicDesignations(ctx.db, query);
    return { items: rows, total, page: query.page, pageSize: query.pageSize };
  },

  async categories(ctx: AppContext): Promise<DesignationCategory[]> {
    return (await portsRepository.categories(ctx.db)).map(presentCategory);
  },

  async createCategory(
    ctx: AppContext,
    actor: Actor,
    input: DesignationCategoryCreate,
  ): Promise<DesignationCategory> {
    if (!hasPermission(actor, 'reference.write')) throw forbidden();
    const now = ctx.clock();
    const row = {
      code: input.code,
      nameZh: input.nameZh,
      nameEn: input.nameEn,
      trafficUnitsJson: writeJson([...new Set(input.trafficUnits)]) ?? '[]',
      builtIn: 0,
      source: input.source,
      version: 1,
      createdAt: now,
      createdBy: actor.userId,
      updatedAt: now,
      updatedBy: actor.userId,
    };
    await inTransaction(ctx, async (tx) => {
      if (await portsRepository.findCategory(tx, input.code))
        throw portError('CATEGORY_CODE_TAKEN', {
          code: { zh: '代码已存在', en: 'already in use' },
        });
      await portsRepository.insertCategory(tx, row);
      await ctx.audit.append(tx, actor, {
        action: 'reference.category.create',
        entityType: 'designation_category',
        entityId: input.code,
        after: { ...input },
      });
    });
    return presentCategory(row);
  },

  regions: (): Regions => regionsData(),
};

async function mutate(
  ctx: AppContext,
  actor: Actor,
  port: PortRow,
  version: number,
  action: string,
  changes: Parameters<typeof portsRepository.update>[3],
): Promise<Port> {
  await inTransaction(ctx, async (tx) => {
    await portsRepository.update(tx, port.id, version, changes, actor.userId, ctx.clock());
    const after = await portsRepository.findById(tx, port.id);
    if (!after) throw notFound();
    await ctx.audit.append(tx, actor, {
      action,
      entityType: 'port',
      entityId: port.id,
      before: portSnapshot(port),
      after: portSnapshot(after),
    });
  });
  await ctx.facts.changed([port.id]);
  return portsService.get(ctx, actor, port.id);
}

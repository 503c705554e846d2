import type {
  PortTraffic,
  TrafficCreate,
  TrafficEntry,
  TrafficQuery,
  TrafficUnit,
  TrafficUpdate,
} from '../../../../contracts/index.ts';
import { inTransaction, type AppContext } from '../../platform/context.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { ensureAllowed } from '../../platform/access/policy.ts';
import { newId } from '../../platform/db/ids.ts';
import { readJson } from '../../platform/db/values.ts';
import { notFound } from '../../platform/errors/errors.ts';
import { portError } from './ports.errors.ts';
import { portArchived, portPolicy } from './ports.policy.ts';
import { presentTraffic } from './ports.presenter.ts';
import { portsRepository, type PortRow, type TrafficRow } from './ports.repository.ts';
import { portsService } from './ports.service.ts';

/** The unit must be one the category's reference row allows (the nine built-ins: CATEGORY_TRAFFIC_UNITS). */
async function checkUnit(ctx: AppContext, categoryCode: string, unit: TrafficUnit) {
  const category = await portsRepository.findCategory(ctx.db, categoryCode);
  if (!category)
    throw portError('CATEGORY_UNKNOWN', {
      categoryCode: { zh: '类别不存在', en: 'no such category' },
    });
  const allowed = readJson(category.trafficUnitsJson) as TrafficUnit[];
  if (!allowed.includes(unit))
    throw portError('TRAFFIC_UNIT_MISFIT', {
      unit: {
        zh: `该类别可用单位：${allowed.join('、')}`,
        en: `this category counts in: ${allowed.join(', ')}`,
      },
    });
}

function checkWritable(actor: Actor, port: PortRow) {
  ensureAllowed(portPolicy.recordTraffic({ actor, port }), portArchived(port));
}

/** A figure as the audit trail records it, for the edit route and the import alike. */
export const trafficSnapshot = (r: TrafficRow) => ({
  portId: r.portId,
  categoryCode: r.categoryCode,
  year: r.year,
  month: r.month,
  unit: r.unit,
  value: r.value,
  version: r.version,
});

export const trafficService = {
  /** Every figure, plus per category and unit a yearly and a monthly series for the chart. */
  async forPort(
    ctx: AppContext,
    actor: Actor,
    portId: string,
    query: TrafficQuery,
  ): Promise<PortTraffic> {
    const port = await portsService.readable(ctx, actor, portId);
    const rows = await portsRepository.trafficOf(ctx.db, port.id, query);
    const series = new Map<string, PortTraffic['series'][number]>();
    for (const r of rows) {
      const key = `${r.categoryCode}\u0000${r.unit}`;
      let s = series.get(key);
      if (!s)
        series.set(
          key,
          (s = {
            categoryCode: r.categoryCode,
            unit: r.unit,
            yearly: [],
            monthly: [],
          }),
        );
      if (r.month === 0) s.yearly.push({ year: r.year, value: r.value });
      else s.monthly.push({ year: r.year, month: r.month, value: r.value });
    }
    return {
      entries: rows.map((r) => presentTraffic(r, port, actor)),
      series: [...series.values()],
    };
  },

  async create(
    ctx: AppContext,
    actor: Actor,
    portId: string,
    input: TrafficCreate,
  ): Promise<TrafficEntry> {
    const port = await portsService.readable(ctx, actor, portId);
    checkWritable(actor, port);
    await checkUnit(ctx, input.categoryCode, input.unit);
    const now = ctx.clock();
    const row: TrafficRow = {
      id: newId(),
      portId,
      categoryCode: input.categoryCode,
      year: input.year,
      month: input.month ?? 0,
      unit: input.unit,
      value: input.value,
      version: 1,
      createdAt: now,
      createdBy: actor.userId,
      updatedAt: now,
      updatedBy: actor.userId,
    };
    await inTransaction(ctx, async (tx) => {
      if (await portsRepository.findTrafficFor(tx, portId, row.categoryCode, row.year, row.month))
        throw portError('TRAFFIC_EXISTS', {
          month: { zh: '该期间已有记录', en: 'a figure exists for this period' },
        });
      await portsRepository.insertTraffic(tx, row);
      await ctx.audit.append(tx, actor, {
        action: 'port.traffic.create',
        entityType: 'traffic',
        entityId: row.id,
        after: trafficSnapshot(row),
      });
    });
    await ctx.facts.changed([portId]);
    return presentTraffic(row, port, actor);
  },

  async update(
    ctx: AppContext,
    actor: Actor,
    id: string,
    input: TrafficUpdate,
  ): Promise<TrafficEntry> {
    const row = await portsRepository.findTraffic(ctx.db, id);
    if (!row) throw notFound();
    const port = await portsService.readable(ctx, actor, row.portId);
    checkWritable(actor, port);
    await checkUnit(ctx, row.categoryCode, input.unit);
    const now = ctx.clock();
    const after: TrafficRow = {
      ...row,
      unit: input.unit,
      value: input.value,
      version: input.version + 1,
      updatedAt: now,
      updatedBy: actor.userId,
    };
    await inTransaction(ctx, async (tx) => {
      await portsRepository.updateTraffic(
        tx,
        id,
        input.version,
        { unit: input.unit, value: input.value },
        actor.userId,
        now,
      );
      await ctx.audit.append(tx, actor, {
        action: 'port.traffic.update',
        entityType: 'traffic',
        entityId: id,
        before: trafficSnapshot(row),
        after: trafficSnapshot(after),
      });
    });
    await ctx.facts.changed([row.portId]);
    return presentTraffic(after, port, actor);
  },
};

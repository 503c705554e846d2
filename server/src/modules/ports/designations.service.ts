import {
  DESIGNATION_TRANSITIONS,
  takesDesignations,
  type Designation,
  type DesignationGrant,
  type DesignationHistoryEntry,
  type DesignationStatusChange,
} from '../../../../contracts/index.ts';
import { inTransaction, type AppContext } from '../../platform/context.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { ensureAllowed } from '../../platform/access/policy.ts';
import type { Tx } from '../../platform/db/database.ts';
import { newId } from '../../platform/db/ids.ts';
import { notFound } from '../../platform/errors/errors.ts';
import { portError } from './ports.errors.ts';
import { portArchived, portPolicy } from './ports.policy.ts';
import { designationSnapshot, presentDesignation, presentHistory } from './ports.presenter.ts';
import { portsRepository, type DesignationRow, type PortRow } from './ports.repository.ts';
import { portsService } from './ports.service.ts';

/** Every change to a designation is appended to its history in the same transaction; the history is never rewritten. */
async function appendHistory(tx: Tx, row: DesignationRow, at: number, by: string) {
  await portsRepository.appendHistory(tx, {
    id: newId(),
    designationId: row.id,
    portId: row.portId,
    categoryCode: row.categoryCode,
    status: row.status,
    effectiveDate: row.effectiveDate,
    legalBasis: row.legalBasis,
    reason: row.reason,
    at,
    by,
  });
}

function checkWritable(actor: Actor, port: PortRow) {
  ensureAllowed(portPolicy.designate({ actor, port }), portArchived(port));
}

async function designationWithPort(
  ctx: AppContext,
  actor: Actor,
  id: string,
): Promise<{ row: DesignationRow; port: PortRow }> {
  const row = await portsRepository.findDesignation(ctx.db, id);
  if (!row) throw notFound();
  return { row, port: await portsService.readable(ctx, actor, row.portId) };
}

export const designationsService = {
  async listForPort(ctx: AppContext, actor: Actor, portId: string): Promise<Designation[]> {
    const port = await portsService.readable(ctx, actor, portId);
    return (await portsRepository.designationsOf(ctx.db, [port.id])).map((d) =>
      presentDesignation(d, port, actor),
    );
  },

  async grant(
    ctx: AppContext,
    actor: Actor,
    portId: string,
    input: DesignationGrant,
  ): Promise<Designation> {
    const port = await portsService.readable(ctx, actor, portId);
    checkWritable(actor, port);
    if (!takesDesignations(port))
      throw portError('DESIGNATION_PLACE_KIND', {
        categoryCode: { zh: '该场所不接受指定', en: 'this place takes no designations' },
      });
    if (!(await portsRepository.findCategory(ctx.db, input.categoryCode)))
      throw portError('CATEGORY_UNKNOWN', {
        categoryCode: { zh: '类别不存在', en: 'no such category' },
      });
    const now = ctx.clock();
    const row: DesignationRow = {
      id: newId(),
      portId,
      categoryCode: input.categoryCode,
      status: 'approved',
      effectiveDate: input.effectiveDate,
      legalBasis: input.legalBasis,
      reason: input.reason,
      version: 1,
      createdAt: now,
      createdBy: actor.userId,
      updatedAt: now,
      updatedBy: actor.userId,
    };
    await inTransaction(ctx, async (tx) => {
      if (await portsRepository.findDesignationFor(tx, portId, input.categoryCode))
        throw portError('DESIGNATION_EXISTS', {
          categoryCode: { zh: '已有指定记录', en: 'already designated' },
        });
      await portsRepository.insertDesignation(tx, row);
      await appendHistory(tx, row, now, actor.userId);
      await ctx.audit.append(tx, actor, {
        action: 'port.designation.grant',
        entityType: 'port_designation',
        entityId: row.id,
        after: designationSnapshot(row),
      });
    });
    await ctx.facts.changed([portId]);
    return presentDesignation(row, port, actor);
  },

  /** Suspend, withdraw or reinstate one category at one port. */
  async changeStatus(
    ctx: AppContext,
    actor: Actor,
    id: string,
    input: DesignationStatusChange,
  ): Promise<Designation> {
    const { row, port } = await designationWithPort(ctx, actor, id);
    checkWritable(actor, port);
    if (!DESIGNATION_TRANSITIONS[row.status].includes(input.status)) {
      throw portError('DESIGNATION_TRANSITION_INVALID', {
        status: {
          zh: `不能从“${row.status}”变更为此状态`,
          en: `cannot move from ${row.status} to ${input.status}`,
        },
      });
    }
    if (input.status !== 'withdrawn' && !takesDesignations(port))
      throw portError('DESIGNATION_PLACE_KIND', {
        status: { zh: '该场所不接受指定', en: 'this place takes no designations' },
      });
    const now = ctx.clock();
    const changes = {
      status: input.status,
      effectiveDate: input.effectiveDate,
      legalBasis: input.legalBasis,
      reason: input.reason,
    };
    const after: DesignationRow = {
      ...row,
      ...changes,
      version: input.version + 1,
      updatedAt: now,
      updatedBy: actor.userId,
    };
    await inTransaction(ctx, async (tx) => {
      await portsRepository.updateDesignation(tx, id, input.version, changes, actor.userId, now);
      await appendHistory(tx, after, now, actor.userId);
      await ctx.audit.append(tx, actor, {
        action: 'port.designation.status',
        entityType: 'port_designation',
        entityId: id,
        before: designationSnapshot(row),
        after: designationSnapshot(after),
      });
    });
    await ctx.facts.changed([row.portId]);
    return presentDesignation(after, port, actor);
  },

  async history(ctx: AppContext, actor: Actor, id: string): Promise<DesignationHistoryEntry[]> {
    const { row } = await designationWithPort(ctx, actor, id);
    return (await portsRepository.historyOf(ctx.db, row.id)).map(presentHistory);
  },
};

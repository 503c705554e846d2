import { standardsWork, type FindingRef } from './standards.work.ts';
import type {
  Aspect,
  Finding,
  FindingListQuery,
  FindingPlan,
  Page,
} from '../../../../contracts/index.ts';
import { ensureAllowed } from '../../platform/access/policy.ts';
import { inTransaction, type AppContext } from '../../platform/context.ts';
import { reachesUnit, type Actor } from '../../platform/access/actor.ts';
import { notFound } from '../../platform/errors/errors.ts';
import type { ExportQuery } from '../../platform/http/export-query.ts';
import { usersService } from '../users/users.service.ts';
import { assessmentItemsRepository } from './assessment-items.repository.ts';
import { assessmentRefreshService } from './assessment-refresh.service.ts';
import { evidenceRepository } from './evidence.repository.ts';
import { findingPolicy, findingScope } from './finding.policy.ts';
import { presentFinding } from './finding.presenter.ts';
import { findingsRepository, type FindingRow } from './findings.repository.ts';
import { standardsError } from './standards.errors.ts';

/** Roles a rectification is given to: the officers who keep the port's registers. */
const OWNER_ROLES = ['branch_officer', 'port_officer'] as const;

async function readable(ctx: AppContext, actor: Actor, id: string): Promise<FindingRow> {
  const row = await findingsRepository.findById(ctx.db, id);
  if (!row || !findingPolicy.read({ actor, finding: row })) throw notFound();
  return row;
}

async function presentRows(
  ctx: AppContext,
  actor: Actor,
  rows: FindingRow[],
  today: string,
): Promise<Finding[]> {
  const evidence = await evidenceRepository.evidenceOf(ctx.db, {
    findingIds: rows.map((r) => r.id),
  });
  return rows.map((r) =>
    presentFinding(
      r,
      evidence.filter((e) => e.findingId === r.id),
      actor,
      today,
    ),
  );
}

const wrongStatus = (row: FindingRow) =>
  standardsError('FINDING_WRONG_STATUS', {
    status: { zh: `当前状态：${row.status}`, en: `current state: ${row.status}` },
  });

/** A finding as its tasks name it; a new plan's owner and due date override the stored ones. */
const findingRef = (
  row: FindingRow,
  plan?: { ownerId: string | null; dueDate: string | null },
): FindingRef => ({
  id: row.id,
  assessmentId: row.assessmentId,
  path: row.path,
  aspect: row.aspect as Aspect,
  portNameZh: row.portNameZh,
  portNameEn: row.portNameEn,
  titleZh: row.titleZh,
  titleEn: row.titleEn,
  ownerId: plan ? plan.ownerId : row.ownerId,
  dueDate: plan ? plan.dueDate : row.dueDate,
});

export const findingsService = {
  async list(ctx: AppContext, actor: Actor, query: FindingListQuery): Promise<Page<Finding>> {
    const today = ctx.today();
    const { rows, total } = await findingsRepository.list(
      ctx.db,
      findingScope(actor),
      query,
      today,
      query.mine === 'true' ? actor.userId : null,
    );
    return {
      items: await presentRows(ctx, actor, rows, today),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  },

  /** Every finding the filters select in the actor's scope, for the export. */
  async listAll(
    ctx: AppContext,
    actor: Actor,
    query: ExportQuery<FindingListQuery>,
  ): Promise<Finding[]> {
    const today = ctx.today();
    const rows = await findingsRepository.listForExport(
      ctx.db,
      findingScope(actor),
      query,
      today,
      query.mine === 'true' ? actor.userId : null,
    );
    return presentRows(ctx, actor, rows, today);
  },

  /** The finding, if the actor may read it (404 otherwise): the access check for what hangs off it. */
  readable,

  async get(ctx: AppContext, actor: Actor, id: string): Promise<Finding> {
    const row = await readable(ctx, actor, id);
    return presentFinding(
      row,
      await evidenceRepository.evidenceOf(ctx.db, { findingIds: [id] }),
      actor,
      ctx.today(),
    );
  },

  async workable(ctx: AppContext, actor: Actor, id: string): Promise<FindingRow> {
    const row = await readable(ctx, actor, id);
    ensureAllowed(findingPolicy.attach({ actor, finding: row }), [
      reachesUnit(actor, 'finding.write', row),
      () => wrongStatus(row),
    ]);
    return row;
  },

  /** The owner's plan: who, by when, how urgent and what; starting it moves an open finding into progress. */
  async plan(ctx: AppContext, actor: Actor, id: string, input: FindingPlan): Promise<Finding> {
    const row = await findingsService.workable(ctx, actor, id);
    if (
      input.ownerId !== null &&
      !(await findingsService.ownersFor(ctx, row)).some((o) => o.id === input.ownerId)
    ) {
      throw standardsError('FINDING_OWNER_UNKNOWN', {
        ownerId: {
          zh: '须为负责该口岸的在用账号',
          en: 'must be an active account of an officer responsible for this port',
        },
      });
    }
    const { version, ...plan } = input;
    const status = row.status === 'open' ? 'in_progress' : row.status;
    await inTransaction(ctx, async (tx) => {
      await findingsRepository.update(
        tx,
        id,
        version,
        { ...plan, status },
        actor.userId,
        ctx.clock(),
      );
      await standardsWork.findingPlanned(ctx, tx, findingRef(row, plan));
      await ctx.audit.append(tx, actor, {
        action: 'finding.plan',
        entityType: 'finding',
        entityId: id,
        before: {
          ownerId: row.ownerId,
          dueDate: row.dueDate,
          priority: row.priority,
          plan: row.plan,
        },
        after: { ...plan, status },
      });
    });
    return findingsService.get(ctx, actor, id);
  },

  async submit(
    ctx: AppContext,
    actor: Actor,
    id: string,
    version: number,
    progressNote: string,
  ): Promise<Finding> {
    const row = await readable(ctx, actor, id);
    ensureAllowed(findingPolicy.submit({ actor, finding: row }), [
      reachesUnit(actor, 'finding.write', row),
      () => wrongStatus(row),
    ]);
    await inTransaction(ctx, async (tx) => {
      await findingsRepository.update(
        tx,
        id,
        version,
        { status: 'submitted', progressNote },
        actor.userId,
        ctx.clock(),
      );
      await standardsWork.findingSubmitted(ctx, tx, findingRef(row));
      await ctx.audit.append(tx, actor, {
        action: 'finding.submit',
        entityType: 'finding',
        entityId: id,
        after: { progressNote },
      });
    });
    return findingsService.get(ctx, actor, id);
  },

  /** The reviewing working group verifies the rectification; the item is evaluated again, so the port's score moves. */
  async verify(
    ctx: AppContext,
    actor: Actor,
    id: string,
    version: number,
    comment: string | null,
  ): Promise<Finding> {
    const row = await readable(ctx, actor, id);
    ensureAllowed(
      findingPolicy.verify({ actor, finding: row }),
      [row.status !== 'submitted', () => wrongStatus(row)],
      [reachesUnit(actor, 'finding.verify', row), () => standardsError('FINDING_ASPECT_NOT_YOURS')],
    );
    const item = await assessmentItemsRepository.findItem(ctx.db, row.assessmentItemId);
    if (!item) throw notFound();
    const itemChanges = await assessmentRefreshService.reevaluateVerified(
      ctx,
      item,
      actor.username,
    );
    await inTransaction(ctx, async (tx) => {
      const now = ctx.clock();
      await findingsRepository.update(
        tx,
        id,
        version,
        {
          status: 'verified',
          verifiedBy: actor.username,
          verifiedAt: now,
          reviewComment: comment,
        },
        actor.userId,
        now,
      );
      await assessmentItemsRepository.updateItem(tx, item.id, null, itemChanges, actor.userId, now);
      await standardsWork.findingVerified(ctx, tx, id);
      await ctx.audit.append(tx, actor, {
        action: 'finding.verify',
        entityType: 'finding',
        entityId: id,
        before: { itemResult: item.result },
        after: { comment, itemResult: itemChanges.result ?? item.result },
      });
    });
    return findingsService.get(ctx, actor, id);
  },

  async reject(
    ctx: AppContext,
    actor: Actor,
    id: string,
    version: number,
    comment: string,
  ): Promise<Finding> {
    const row = await readable(ctx, actor, id);
    ensureAllowed(
      findingPolicy.reject({ actor, finding: row }),
      [row.status !== 'submitted', () => wrongStatus(row)],
      [reachesUnit(actor, 'finding.verify', row), () => standardsError('FINDING_ASPECT_NOT_YOURS')],
    );
    await inTransaction(ctx, async (tx) => {
      await findingsRepository.update(
        tx,
        id,
        version,
        { status: 'rejected', reviewComment: comment },
        actor.userId,
        ctx.clock(),
      );
      // Sent back: the owner works on it again and resubmits.
      await standardsWork.findingPlanned(ctx, tx, findingRef(row));
      await ctx.audit.append(tx, actor, {
        action: 'finding.reject',
        entityType: 'finding',
        entityId: id,
        after: { comment },
      });
    });
    return findingsService.get(ctx, actor, id);
  },

  /** Who a rectification can be given to: active branch and port officers whose grant reaches the port. */
  ownersFor: (ctx: AppContext, row: FindingRow) =>
    usersService.assignable(ctx, row.path, OWNER_ROLES),

  async owners(
    ctx: AppContext,
    actor: Actor,
    id: string,
  ): Promise<{ id: string; username: string; displayName: string }[]> {
    return findingsService.ownersFor(ctx, await readable(ctx, actor, id));
  },

  /** Overdue rectifications for the home page: the caller's own, and across the scope for those who oversee it. */
  async overdueCounts(ctx: AppContext, actor: Actor): Promise<{ mine: number; inScope: number }> {
    const today = ctx.today();
    const scope = findingScope(actor);
    if (scope.prefixes.length === 0) return { mine: 0, inScope: 0 };
    const [mine, inScope] = await Promise.all([
      findingsRepository.countOverdue(ctx.db, scope, today, actor.userId),
      findingsRepository.countOverdue(ctx.db, scope, today, null),
    ]);
    return { mine, inScope };
  },
};

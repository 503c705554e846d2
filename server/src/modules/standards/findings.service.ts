import type {
  Aspect,
  Finding,
  FindingListQuery,
  FindingPlan,
  Grade,
  ItemResult,
  Page,
  Priority,
  RectificationStatus,
} from '../../../../contracts/index.ts';
import { inTransaction, type AppContext } from '../../platform/context.ts';
import { reachesUnit, scopeOf, type Actor, type Scope } from '../../platform/access/actor.ts';
import type { AuditActor } from '../../platform/audit/audit.ts';
import { isoDay } from '../../platform/dates.ts';
import { toIso, toIsoOrNull } from '../../platform/db/values.ts';
import { forbidden, notFound, staleVersion } from '../../platform/errors/errors.ts';
import { usersService } from '../users/users.service.ts';
import { assessmentsRepository, type EvidenceRow } from './assessments.repository.ts';
import { assessmentsService } from './assessments.service.ts';
import { findingsRepository, type FindingRow } from './findings.repository.ts';
import { standardsError } from './standards.errors.ts';
import { findingAbilities, findingPolicy } from './standards.policy.ts';

const OPEN: readonly string[] = ['open', 'in_progress', 'submitted', 'rejected'];
/** Roles a rectification is given to: the officers who keep the port's registers. */
const OWNER_ROLES = ['branch_officer', 'port_officer'] as const;

export function findingScope(actor: Actor): Scope {
  const prefixes = (['finding.read', 'finding.write', 'finding.verify'] as const).flatMap(
    (p) => scopeOf(actor, p).prefixes,
  );
  return { prefixes, externalUnits: false };
}

const subjectOf = (row: FindingRow) => ({
  path: row.path,
  kind: row.kind,
  depth: row.depth,
  status: row.status,
  aspect: row.aspect,
});

function presentFinding(
  row: FindingRow,
  evidence: EvidenceRow[],
  actor: Actor,
  today: string,
): Finding {
  return {
    id: row.id,
    assessmentId: row.assessmentId,
    assessmentItemId: row.assessmentItemId,
    campaignId: row.campaignId,
    campaignNameZh: row.campaignNameZh,
    portId: row.portId,
    portCode: row.portCode,
    portNameZh: row.portNameZh,
    itemCode: row.itemCode,
    titleZh: row.titleZh,
    titleEn: row.titleEn,
    aspect: row.aspect as Aspect,
    grade: row.grade as Grade,
    resultAtFinding: row.resultAtFinding as ItemResult,
    currentResult: row.currentResult as ItemResult | null,
    status: row.status as RectificationStatus,
    ownerId: row.ownerId,
    ownerName: row.ownerName,
    dueDate: row.dueDate,
    overdue: OPEN.includes(row.status) && row.dueDate !== null && row.dueDate < today,
    priority: row.priority as Priority,
    plan: row.plan,
    progressNote: row.progressNote,
    verifiedBy: row.verifiedBy,
    verifiedAt: toIsoOrNull(row.verifiedAt),
    reviewComment: row.reviewComment,
    evidence: evidence.map((e) => ({
      id: e.id,
      fileId: e.fileId,
      name: e.name,
      mime: e.mime,
      size: Number(e.size),
    })),
    version: row.version,
    createdAt: toIso(row.createdAt),
    can: findingAbilities(actor, subjectOf(row)),
  };
}

async function readable(ctx: AppContext, actor: Actor, id: string): Promise<FindingRow> {
  const row = await findingsRepository.findById(ctx.db, id);
  if (!row || !findingPolicy.read({ actor, finding: subjectOf(row) })) throw notFound();
  return row;
}

const wrongStatus = (row: FindingRow) =>
  standardsError('FINDING_WRONG_STATUS', {
    status: { zh: `当前状态：${row.status}`, en: `current state: ${row.status}` },
  });

export const findingsService = {
  async list(
    ctx: AppContext,
    actor: Actor,
    query: FindingListQuery,
    limit: number | null = query.pageSize,
  ): Promise<Page<Finding>> {
    const today = isoDay(ctx.clock());
    const { rows, total } = await findingsRepository.list(
      ctx.db,
      findingScope(actor),
      query,
      today,
      query.mine === 'true' ? actor.userId : null,
      limit,
    );
    const evidence = await assessmentsRepository.evidenceOf(ctx.db, {
      findingIds: rows.map((r) => r.id),
    });
    return {
      items: rows.map((r) =>
        presentFinding(
          r,
          evidence.filter((e) => e.findingId === r.id),
          actor,
          today,
        ),
      ),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  },

  /** The finding, if the actor may read it (404 otherwise): the access check for what hangs off it. */
  readable,

  async get(ctx: AppContext, actor: Actor, id: string): Promise<Finding> {
    const row = await readable(ctx, actor, id);
    return presentFinding(
      row,
      await assessmentsRepository.evidenceOf(ctx.db, { findingIds: [id] }),
      actor,
      isoDay(ctx.clock()),
    );
  },

  async workable(ctx: AppContext, actor: Actor, id: string): Promise<FindingRow> {
    const row = await readable(ctx, actor, id);
    if (!findingPolicy.attach({ actor, finding: subjectOf(row) }))
      throw reachesUnit(actor, 'finding.write', row) ? wrongStatus(row) : forbidden();
    return row;
  },

  /** The owner's plan: who, by when, how urgent and what; starting it moves an open finding into progress. */
  async plan(
    ctx: AppContext,
    actor: Actor,
    audit: AuditActor,
    id: string,
    input: FindingPlan,
  ): Promise<Finding> {
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
      if (
        !(await findingsRepository.update(
          tx,
          id,
          version,
          { ...plan, status },
          actor.userId,
          ctx.clock(),
        ))
      )
        throw staleVersion();
      await ctx.audit.append(tx, audit, {
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
    audit: AuditActor,
    id: string,
    version: number,
    progressNote: string,
  ): Promise<Finding> {
    const row = await readable(ctx, actor, id);
    if (!findingPolicy.submit({ actor, finding: subjectOf(row) }))
      throw reachesUnit(actor, 'finding.write', row) ? wrongStatus(row) : forbidden();
    await inTransaction(ctx, async (tx) => {
      if (
        !(await findingsRepository.update(
          tx,
          id,
          version,
          { status: 'submitted', progressNote },
          actor.userId,
          ctx.clock(),
        ))
      )
        throw staleVersion();
      await ctx.audit.append(tx, audit, {
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
    audit: AuditActor,
    id: string,
    version: number,
    comment: string | null,
  ): Promise<Finding> {
    const row = await readable(ctx, actor, id);
    if (!findingPolicy.verify({ actor, finding: subjectOf(row) })) {
      if (row.status !== 'submitted') throw wrongStatus(row);
      throw reachesUnit(actor, 'finding.verify', row)
        ? standardsError('FINDING_ASPECT_NOT_YOURS')
        : forbidden();
    }
    const item = await assessmentsRepository.findItem(ctx.db, row.assessmentItemId);
    if (!item) throw notFound();
    const itemChanges = await assessmentsService.reevaluateVerified(ctx, item, actor.username);
    await inTransaction(ctx, async (tx) => {
      const now = ctx.clock();
      if (
        !(await findingsRepository.update(
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
        ))
      )
        throw staleVersion();
      await assessmentsRepository.updateItem(tx, item.id, null, itemChanges, actor.userId, now);
      await ctx.audit.append(tx, audit, {
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
    audit: AuditActor,
    id: string,
    version: number,
    comment: string,
  ): Promise<Finding> {
    const row = await readable(ctx, actor, id);
    if (!findingPolicy.reject({ actor, finding: subjectOf(row) })) {
      if (row.status !== 'submitted') throw wrongStatus(row);
      throw reachesUnit(actor, 'finding.verify', row)
        ? standardsError('FINDING_ASPECT_NOT_YOURS')
        : forbidden();
    }
    await inTransaction(ctx, async (tx) => {
      if (
        !(await findingsRepository.update(
          tx,
          id,
          version,
          { status: 'rejected', reviewComment: comment },
          actor.userId,
          ctx.clock(),
        ))
      )
        throw staleVersion();
      await ctx.audit.append(tx, audit, {
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
    const today = isoDay(ctx.clock());
    const scope = findingScope(actor);
    if (scope.prefixes.length === 0) return { mine: 0, inScope: 0 };
    const [mine, inScope] = await Promise.all([
      findingsRepository.countOverdue(ctx.db, scope, today, actor.userId),
      findingsRepository.countOverdue(ctx.db, scope, today, null),
    ]);
    return { mine, inScope };
  },
};

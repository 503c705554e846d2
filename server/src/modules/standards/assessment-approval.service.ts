import { standardsWork } from './standards.work.ts';
import type { Aspect, Assessment } from '../../../../contracts/index.ts';
import { ensureAllowed } from '../../platform/access/policy.ts';
import { inTransaction, type AppContext } from '../../platform/context.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { addDays } from '../../platform/dates.ts';
import { newId } from '../../platform/db/ids.ts';
import type { FindingTable } from '../../platform/db/schema.ts';
import { forbidden } from '../../platform/errors/errors.ts';
import { assessmentItemsRepository } from './assessment-items.repository.ts';
import { assessmentPolicy } from './assessment.policy.ts';
import { assessmentsRepository } from './assessments.repository.ts';
import { assessmentsService } from './assessments.service.ts';
import { findingsRepository } from './findings.repository.ts';
import { scoreOf } from './scores.ts';
import { assessmentWrongStatus, standardsError } from './standards.errors.ts';

/** Rectification is due this many days after the assessment is approved, until its owner plans otherwise (programme default). */
export const RECTIFICATION_DAYS_DEFAULT = 90;

/** Approving a reviewed assessment, and reopening an approved one by the leadership group's decision. */
export const assessmentApprovalService = {
  /**
   * The office approves a reviewed assessment, which locks it; every partial or non-compliant item
   * becomes a finding with a rectification due by default in 90 days.
   */
  async approve(ctx: AppContext, actor: Actor, id: string, version: number): Promise<Assessment> {
    const row = await assessmentsService.readable(ctx, actor, id);
    ensureAllowed(assessmentPolicy.approve({ actor, assessment: row }), [
      row.status !== 'reviewed',
      () => assessmentWrongStatus(row.status),
    ]);
    const items = await assessmentItemsRepository.itemsOf(ctx.db, id);
    const nonconforming = items.filter(
      (i) => i.result === 'non_compliant' || i.result === 'partial',
    );
    const existing = new Set(
      (
        await findingsRepository.existingFor(
          ctx.db,
          nonconforming.map((i) => i.id),
        )
      ).map((f) => f.assessmentItemId),
    );
    const now = ctx.clock();
    const due = addDays(ctx.today(), RECTIFICATION_DAYS_DEFAULT);
    const findings: FindingTable[] = nonconforming
      .filter((i) => !existing.has(i.id))
      .map((i) => {
        const grade = i.grade ?? (i.importance === 'mandatory' ? 'major' : 'minor');
        return {
          id: newId(),
          assessmentItemId: i.id,
          assessmentId: id,
          campaignId: row.campaignId,
          portId: row.portId,
          itemCode: i.itemCode,
          aspect: i.aspect,
          grade,
          resultAtFinding: i.result ?? 'non_compliant',
          status: 'open',
          ownerId: null,
          dueDate: due,
          priority: grade === 'major' ? 'high' : grade === 'minor' ? 'medium' : 'low',
          plan: null,
          progressNote: null,
          verifiedBy: null,
          verifiedAt: null,
          reviewComment: null,
          version: 1,
          createdAt: now,
          createdBy: actor.userId,
          updatedAt: now,
          updatedBy: actor.userId,
        };
      });
    await inTransaction(ctx, async (tx) => {
      await assessmentsRepository.touchAssessment(
        tx,
        id,
        version,
        { status: 'approved', approvedAt: now, approvedBy: actor.username },
        actor.userId,
        now,
      );
      await findingsRepository.insertMany(tx, findings);
      const titles = new Map(nonconforming.map((i) => [i.id, i]));
      await standardsWork.approved(
        ctx,
        tx,
        row,
        findings.map((f) => ({
          id: f.id,
          assessmentId: id,
          path: row.path,
          aspect: f.aspect as Aspect,
          portNameZh: row.portNameZh,
          portNameEn: row.portNameEn,
          titleZh: titles.get(f.assessmentItemId)?.titleZh ?? f.itemCode,
          titleEn: titles.get(f.assessmentItemId)?.titleEn ?? f.itemCode,
          ownerId: null,
          dueDate: f.dueDate,
        })),
      );
      await ctx.audit.append(tx, actor, {
        action: 'assessment.approve',
        entityType: 'assessment',
        entityId: id,
        after: { score: scoreOf(items), findings: findings.length },
      });
    });
    return assessmentsService.get(ctx, actor, id);
  },

  async requestReopen(
    ctx: AppContext,
    actor: Actor,
    id: string,
    version: number,
    reason: string,
  ): Promise<Assessment> {
    const row = await assessmentsService.readable(ctx, actor, id);
    if (row.reopenRequestedAt !== null) throw standardsError('ASSESSMENT_REOPEN_PENDING');
    ensureAllowed(assessmentPolicy.requestReopen({ actor, assessment: row }), [
      row.status !== 'approved',
      () => assessmentWrongStatus(row.status),
    ]);
    await inTransaction(ctx, async (tx) => {
      const now = ctx.clock();
      await assessmentsRepository.touchAssessment(
        tx,
        id,
        version,
        { reopenRequestedAt: now, reopenRequestedBy: actor.username, reopenReason: reason },
        actor.userId,
        now,
      );
      await standardsWork.reopenRequested(ctx, tx, row);
      await ctx.audit.append(tx, actor, {
        action: 'assessment.reopen.request',
        entityType: 'assessment',
        entityId: id,
        after: { reason },
      });
    });
    return assessmentsService.get(ctx, actor, id);
  },

  /** The leadership group decides a reopening: approved, the assessment is filled in again from draft and every aspect is reviewed again. */
  async decideReopen(
    ctx: AppContext,
    actor: Actor,
    id: string,
    version: number,
    approve: boolean,
  ): Promise<Assessment> {
    const row = await assessmentsService.readable(ctx, actor, id);
    if (row.reopenRequestedAt === null) throw standardsError('ASSESSMENT_REOPEN_NOT_REQUESTED');
    if (!assessmentPolicy.decideReopen({ actor, assessment: row })) throw forbidden();
    await inTransaction(ctx, async (tx) => {
      const now = ctx.clock();
      const cleared = { reopenRequestedAt: null, reopenRequestedBy: null, reopenReason: null };
      const changes = approve
        ? {
            ...cleared,
            status: 'draft',
            approvedAt: null,
            approvedBy: null,
            submittedAt: null,
            submittedBy: null,
          }
        : cleared;
      await assessmentsRepository.touchAssessment(tx, id, version, changes, actor.userId, now);
      if (approve)
        await assessmentsRepository.resetAspects(
          tx,
          id,
          ['accepted', 'returned'],
          actor.userId,
          now,
        );
      await standardsWork.reopenDecided(ctx, tx, row, approve);
      await ctx.audit.append(tx, actor, {
        action: approve ? 'assessment.reopen.approve' : 'assessment.reopen.decline',
        entityType: 'assessment',
        entityId: id,
        before: {
          status: row.status,
          reopenReason: row.reopenReason,
          requestedBy: row.reopenRequestedBy,
        },
        after: { status: approve ? 'draft' : row.status },
      });
    });
    return assessmentsService.get(ctx, actor, id);
  },
};

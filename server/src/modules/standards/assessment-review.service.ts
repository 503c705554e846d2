import type { Aspect, AspectReturn, Assessment } from '../../../../contracts/index.ts';
import { ensureAllowed } from '../../platform/access/policy.ts';
import { inTransaction, type AppContext } from '../../platform/context.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { assessmentItemsRepository } from './assessment-items.repository.ts';
import { assessmentPolicy } from './assessment.policy.ts';
import { assessmentRefreshService } from './assessment-refresh.service.ts';
import { assessmentsRepository, type AssessmentRow } from './assessments.repository.ts';
import { assessmentsService } from './assessments.service.ts';
import { reviewersOf } from './campaign.presenter.ts';
import { scoreOf } from './scores.ts';
import { assessmentWrongStatus, standardsError } from './standards.errors.ts';
import { reviewGroupsOf } from './working-groups.ts';
import { standardsWork } from './standards.work.ts';

/** Submitting an assessment for review, and each working group accepting or returning its aspect. */
export const assessmentReviewService = {
  /** Submits for review, after a last evaluation; refused while a mandatory manual item that applies is unanswered. */
  async submit(ctx: AppContext, actor: Actor, id: string, version: number): Promise<Assessment> {
    const row = await assessmentsService.readable(ctx, actor, id);
    ensureAllowed(assessmentPolicy.submit({ actor, assessment: row }), [
      row.status !== 'draft',
      () => assessmentWrongStatus(row.status),
    ]);
    if (row.campaignStatus !== 'open') throw standardsError('CAMPAIGN_NOT_OPEN');
    await assessmentRefreshService.reevaluate(ctx, [row]);
    const items = await assessmentItemsRepository.itemsOf(ctx.db, id);
    const toReview = (await assessmentsRepository.aspectsOf(ctx.db, id))
      .filter((a) => a.status !== 'accepted')
      .map((a) => a.aspect as Aspect);
    const unanswered = items
      .filter((i) => i.importance === 'mandatory' && i.automatic === 0 && i.result === null)
      .map((i) => i.itemCode);
    if (unanswered.length > 0) {
      throw standardsError('ASSESSMENT_UNANSWERED', {
        items: {
          zh: `未填报：${unanswered.slice(0, 20).join('、')}${unanswered.length > 20 ? ' 等' : ''}`,
          en: `unanswered: ${unanswered.slice(0, 20).join(', ')}${unanswered.length > 20 ? ', …' : ''}`,
        },
      });
    }
    await inTransaction(ctx, async (tx) => {
      const now = ctx.clock();
      await assessmentsRepository.touchAssessment(
        tx,
        id,
        version,
        { status: 'submitted', submittedAt: now, submittedBy: actor.username },
        actor.userId,
        now,
      );
      await assessmentsRepository.resetAspects(tx, id, ['returned'], actor.userId, now);
      await assessmentItemsRepository.clearReturnComments(tx, id, now, actor.userId);
      await standardsWork.submitted(ctx, tx, row, toReview);
      await ctx.audit.append(tx, actor, {
        action: 'assessment.submit',
        entityType: 'assessment',
        entityId: id,
        after: { score: scoreOf(items) },
      });
    });
    return assessmentsService.get(ctx, actor, id);
  },

  async reviewable(
    ctx: AppContext,
    actor: Actor,
    id: string,
    aspect: Aspect,
  ): Promise<AssessmentRow> {
    const row = await assessmentsService.readable(ctx, actor, id);
    ensureAllowed(assessmentPolicy.review({ actor, assessment: row }), [
      row.status !== 'submitted',
      () => assessmentWrongStatus(row.status),
    ]);
    const reviewer = reviewersOf(row.reviewersJson)[aspect];
    if (!reviewGroupsOf(actor).has(reviewer))
      throw standardsError('ASSESSMENT_ASPECT_NOT_YOURS', {
        aspect: { zh: `由 ${reviewer} 工作组审核`, en: `reviewed by the ${reviewer} group` },
      });
    const aspects = await assessmentsRepository.aspectsOf(ctx.db, id);
    const review = aspects.find((a) => a.aspect === aspect);
    if (!review)
      throw standardsError('ASSESSMENT_ASPECT_ABSENT', {
        aspect: { zh: '无此方面', en: 'no such aspect here' },
      });
    if (review.status !== 'pending')
      throw standardsError('ASSESSMENT_WRONG_STATUS', {
        aspect: { zh: '该方面已审核', en: 'this aspect has been reviewed' },
      });
    return row;
  },

  /** A working group returns items of its aspect with comments: the assessment goes back to the port to fix. */
  async returnAspect(
    ctx: AppContext,
    actor: Actor,
    id: string,
    aspect: Aspect,
    input: AspectReturn,
  ): Promise<Assessment> {
    const row = await assessmentReviewService.reviewable(ctx, actor, id, aspect);
    const items = await assessmentItemsRepository.itemsOf(ctx.db, id);
    const ofAspect = new Set(items.filter((i) => i.aspect === aspect).map((i) => i.id));
    const elsewhere = input.items.findIndex((i) => !ofAspect.has(i.itemId));
    if (elsewhere >= 0)
      throw standardsError('ASSESSMENT_ITEM_ELSEWHERE', {
        [`items.${elsewhere}.itemId`]: { zh: '不属于该方面', en: 'not of this aspect' },
      });
    await inTransaction(ctx, async (tx) => {
      const now = ctx.clock();
      await assessmentsRepository.touchAssessment(
        tx,
        id,
        input.version,
        { status: 'draft' },
        actor.userId,
        now,
      );
      await assessmentsRepository.updateAspect(
        tx,
        id,
        aspect,
        { status: 'returned', reviewedBy: actor.username, reviewedAt: now, comment: input.comment },
        actor.userId,
        now,
      );
      // A returned item is for a person to look at again, whether the engine or a person answered it.
      for (const r of input.items)
        await assessmentItemsRepository.updateItem(
          tx,
          r.itemId,
          null,
          { returnComment: r.comment, answeredBy: null, answeredAt: null },
          actor.userId,
          now,
        );
      await standardsWork.aspectReturned(ctx, tx, row, aspect);
      await ctx.audit.append(tx, actor, {
        action: 'assessment.aspect.return',
        entityType: 'assessment',
        entityId: id,
        after: { aspect, ...input },
      });
    });
    return assessmentsService.get(ctx, actor, id);
  },

  async acceptAspect(
    ctx: AppContext,
    actor: Actor,
    id: string,
    aspect: Aspect,
    version: number,
    comment: string | null,
  ): Promise<Assessment> {
    const row = await assessmentReviewService.reviewable(ctx, actor, id, aspect);
    const aspects = await assessmentsRepository.aspectsOf(ctx.db, id);
    const allAccepted = aspects.every((a) => a.aspect === aspect || a.status === 'accepted');
    await inTransaction(ctx, async (tx) => {
      const now = ctx.clock();
      await assessmentsRepository.touchAssessment(
        tx,
        id,
        version,
        allAccepted ? { status: 'reviewed' } : {},
        actor.userId,
        now,
      );
      await assessmentsRepository.updateAspect(
        tx,
        id,
        aspect,
        { status: 'accepted', reviewedBy: actor.username, reviewedAt: now, comment },
        actor.userId,
        now,
      );
      await standardsWork.aspectAccepted(ctx, tx, row, aspect, allAccepted);
      await ctx.audit.append(tx, actor, {
        action: 'assessment.aspect.accept',
        entityType: 'assessment',
        entityId: id,
        after: { aspect, comment, reviewed: allAccepted },
      });
    });
    return assessmentsService.get(ctx, actor, id);
  },
};

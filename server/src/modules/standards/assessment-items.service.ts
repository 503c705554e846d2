import type { AssessmentAnswer, AssessmentItem } from '../../../../contracts/index.ts';
import { ensureAllowed } from '../../platform/access/policy.ts';
import { inTransaction, type AppContext } from '../../platform/context.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { notFound } from '../../platform/errors/errors.ts';
import { presentAssessmentItem } from './assessment-item.presenter.ts';
import {
  assessmentItemsRepository,
  type AssessmentItemRow,
} from './assessment-items.repository.ts';
import { assessmentPolicy } from './assessment.policy.ts';
import type { AssessmentRow } from './assessments.repository.ts';
import { assessmentsService } from './assessments.service.ts';
import { evidenceRepository } from './evidence.repository.ts';
import { standardsError } from './standards.errors.ts';

/** The port's side of an assessment: answering its items while it is being filled in. */
export const assessmentItemsService = {
  /** The assessment and item an evidence upload or answer aims at, checked for the caller's right to fill it in. */
  async fillableItem(
    ctx: AppContext,
    actor: Actor,
    itemId: string,
  ): Promise<{ assessment: AssessmentRow; item: AssessmentItemRow }> {
    const item = await assessmentItemsRepository.findItem(ctx.db, itemId);
    if (!item) throw notFound();
    const assessment = await assessmentsService.readable(ctx, actor, item.assessmentId);
    ensureAllowed(assessmentPolicy.fill({ actor, assessment }), [
      assessment.status !== 'draft',
      () => standardsError('ASSESSMENT_NOT_EDITABLE'),
    ]);
    return { assessment, item };
  },

  /** A person's answer to a manual item, or a not-applicable ruling (with its reason) on an automatic one. */
  async answer(
    ctx: AppContext,
    actor: Actor,
    itemId: string,
    input: AssessmentAnswer,
  ): Promise<AssessmentItem> {
    const { assessment, item } = await assessmentItemsService.fillableItem(ctx, actor, itemId);
    if (item.automatic === 1 && input.result !== 'not_applicable')
      throw standardsError('ASSESSMENT_ITEM_AUTOMATIC', {
        result: {
          zh: '自动评估项只能判定为不适用',
          en: 'only not_applicable for an automatic item',
        },
      });
    const now = ctx.clock();
    const changes = {
      result: input.result,
      grade: input.grade,
      naReason: input.result === 'not_applicable' ? input.naReason : null,
      note: input.note,
      answeredBy: actor.username,
      answeredAt: now,
      returnComment: null,
    };
    await inTransaction(ctx, async (tx) => {
      await assessmentItemsRepository.updateItem(
        tx,
        itemId,
        input.version,
        changes,
        actor.userId,
        now,
      );
      await ctx.audit.append(tx, actor, {
        action: 'assessment.item.answer',
        entityType: 'assessmentItem',
        entityId: itemId,
        before: {
          result: item.result,
          grade: item.grade,
          naReason: item.naReason,
          note: item.note,
        },
        after: { assessmentId: assessment.id, itemCode: item.itemCode, ...input },
      });
    });
    const after = await assessmentItemsRepository.findItem(ctx.db, itemId);
    if (!after) throw notFound();
    return presentAssessmentItem(
      after,
      await evidenceRepository.evidenceOf(ctx.db, { assessmentItemIds: [itemId] }),
      true,
    );
  },
};

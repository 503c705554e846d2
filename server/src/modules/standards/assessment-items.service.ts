import type {
  Assessment,
  AssessmentAnswer,
  AssessmentBulkAnswer,
  AssessmentItem,
} from '../../../../contracts/index.ts';
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

  /**
   * One answer for many items of one assessment, in one transaction: every item is answered, or (a stale
   * version, an item of another assessment, an automatic item given a result) none is, and the refusal
   * names the item by its place in the list.
   */
  async answerMany(
    ctx: AppContext,
    actor: Actor,
    assessmentId: string,
    input: AssessmentBulkAnswer,
  ): Promise<Assessment> {
    const assessment = await assessmentsService.readable(ctx, actor, assessmentId);
    ensureAllowed(assessmentPolicy.fill({ actor, assessment }), [
      assessment.status !== 'draft',
      () => standardsError('ASSESSMENT_NOT_EDITABLE'),
    ]);
    const rows = new Map(
      (await assessmentItemsRepository.itemsOf(ctx.db, assessmentId)).map((r) => [r.id, r]),
    );
    const other = input.items.findIndex((i) => !rows.has(i.itemId));
    if (other >= 0)
      throw standardsError('ASSESSMENT_ITEM_OTHER_ASSESSMENT', {
        [`items.${other}.itemId`]: { zh: '不属于该评估', en: 'not of this assessment' },
      });
    if (input.result !== 'not_applicable') {
      const automatic = input.items.findIndex((i) => rows.get(i.itemId)?.automatic === 1);
      if (automatic >= 0)
        throw standardsError('ASSESSMENT_ITEM_AUTOMATIC', {
          [`items.${automatic}.itemId`]: {
            zh: `${rows.get(input.items[automatic]!.itemId)!.itemCode} 为自动评估项，只能判定为不适用`,
            en: `${rows.get(input.items[automatic]!.itemId)!.itemCode} is automatic: only not_applicable`,
          },
        });
    }
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
      for (const { itemId, version } of input.items) {
        const item = rows.get(itemId)!;
        await assessmentItemsRepository.updateItem(tx, itemId, version, changes, actor.userId, now);
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
          after: {
            assessmentId,
            itemCode: item.itemCode,
            version,
            result: input.result,
            grade: input.grade,
            naReason: changes.naReason,
            note: input.note,
            bulk: input.items.length,
          },
        });
      }
    });
    return assessmentsService.get(ctx, actor, assessmentId);
  },
};

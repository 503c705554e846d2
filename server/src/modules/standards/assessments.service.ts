import {
  type Aspect,
  type AspectReturn,
  type Assessment,
  type AssessmentAnswer,
  type AssessmentItem,
  type AssessmentListQuery,
  type AssessmentSummary,
  type Page,
} from '../../../../contracts/index.ts';
import { inTransaction, type AppContext } from '../../platform/context.ts';
import type { Actor } from '../../platform/access/actor.ts';
import type { AuditActor } from '../../platform/audit/audit.ts';
import { addDays, isoDay } from '../../platform/dates.ts';
import { newId } from '../../platform/db/ids.ts';
import type { FindingTable } from '../../platform/db/schema.ts';
import { forbidden, notFound, staleVersion } from '../../platform/errors/errors.ts';
import {
  assessmentsRepository,
  type AssessmentItemRow,
  type AssessmentRow,
} from './assessments.repository.ts';
import {
  presentAssessment,
  presentItem,
  presentSummary,
  reviewersOf,
  reviewGroupsOf,
} from './assessments.presenter.ts';
import { assessmentScope } from './campaigns.service.ts';
import { catalogsService } from './catalogs.service.ts';
import { bundlesFor, compiledFor, evaluateAt, evaluateOneAt } from './evaluation.ts';
import { findingsRepository } from './findings.repository.ts';
import { scoreOf } from './scores.ts';
import { standardsError } from './standards.errors.ts';
import { assessmentPolicy } from './standards.policy.ts';

/** Rectification is due this many days after the assessment is approved, until its owner plans otherwise (programme default). */
export const RECTIFICATION_DAYS_DEFAULT = 90;

const subjectOf = (row: AssessmentRow) => ({
  path: row.path,
  kind: row.kind,
  depth: row.depth,
  status: row.status,
  reopenRequestedAt: row.reopenRequestedAt,
});

async function readable(ctx: AppContext, actor: Actor, id: string): Promise<AssessmentRow> {
  const row = await assessmentsRepository.findAssessment(ctx.db, id);
  if (!row || !assessmentPolicy.read({ actor, assessment: subjectOf(row) })) throw notFound();
  return row;
}

const wrongStatus = (row: AssessmentRow) =>
  standardsError('ASSESSMENT_WRONG_STATUS', {
    status: { zh: `当前状态：${row.status}`, en: `current state: ${row.status}` },
  });

/**
 * Re-evaluates the automatic items (and the applicability of manual ones) of draft assessments from
 * today's registers. An item a person ruled on keeps their ruling.
 */
async function reevaluate(ctx: AppContext, rows: readonly AssessmentRow[]): Promise<void> {
  if (rows.length === 0) return;
  const bundles = await bundlesFor(
    ctx,
    rows.map((r) => r.portId),
  );
  const byVersion = new Map<string, AssessmentRow[]>();
  for (const r of rows)
    byVersion.set(r.catalogVersionId, [...(byVersion.get(r.catalogVersionId) ?? []), r]);
  const now = ctx.clock();
  const updates: { id: string; changes: Partial<AssessmentItemRow> }[] = [];
  for (const [versionId, assessments] of byVersion) {
    const published = await catalogsService.publishedItems(ctx, versionId);
    if (!published) continue;
    const catalog = compiledFor(versionId, published.items, true);
    for (const a of assessments) {
      const port = bundles.get(a.portId);
      if (!port) continue;
      const evaluated = evaluateAt(catalog, port.facts, published.items, true);
      for (const item of await assessmentsRepository.itemsOf(ctx.db, a.id)) {
        if (item.answeredBy !== null) continue;
        const e = evaluated.get(item.itemCode);
        if (!e) continue;
        const automatic = item.automatic === 1;
        // A manual item the engine no longer rules out waits for its answer again.
        const result =
          automatic || !e.applies
            ? e.engineResult
            : item.result === 'not_applicable'
              ? null
              : item.result;
        const same =
          result === item.result &&
          e.requiredValue === item.requiredValue &&
          e.presentValue === item.presentValue &&
          e.presentBool === item.presentBool &&
          e.errorMessage === item.errorMessage;
        // Only a change is written, so a person answering an item is not told someone else changed it.
        if (same) continue;
        updates.push({
          id: item.id,
          changes: {
            result,
            requiredValue: e.requiredValue,
            presentValue: e.presentValue,
            presentBool: e.presentBool,
            explanationJson: e.explanationJson,
            errorMessage: e.errorMessage,
            evaluatedAt: now,
          },
        });
      }
    }
  }
  await inTransaction(ctx, async (tx) => {
    for (const u of updates)
      await assessmentsRepository.updateItem(tx, u.id, null, u.changes, null, now);
  });
}

export const assessmentsService = {
  async list(
    ctx: AppContext,
    actor: Actor,
    query: AssessmentListQuery,
  ): Promise<Page<AssessmentSummary>> {
    const { rows, total } = await assessmentsRepository.listAssessments(
      ctx.db,
      assessmentScope(actor),
      query,
    );
    const scored = await assessmentsRepository.scoredItems(
      ctx.db,
      rows.map((r) => r.id),
    );
    return {
      items: rows.map((r) =>
        presentSummary(r, scoreOf(scored.filter((s) => s.assessmentId === r.id)), actor),
      ),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  },

  /** The assessment, if the actor may read it (404 otherwise): the access check for what hangs off it. */
  readable,

  async get(ctx: AppContext, actor: Actor, id: string): Promise<Assessment> {
    const row = await readable(ctx, actor, id);
    const [aspects, items] = await Promise.all([
      assessmentsRepository.aspectsOf(ctx.db, id),
      assessmentsRepository.itemsOf(ctx.db, id),
    ]);
    const evidence = await assessmentsRepository.evidenceOf(ctx.db, {
      assessmentItemIds: items.map((i) => i.id),
    });
    return presentAssessment(row, aspects, items, evidence, actor);
  },

  /** The assessment and item an evidence upload or answer aims at, checked for the caller's right to fill it in. */
  async fillableItem(
    ctx: AppContext,
    actor: Actor,
    itemId: string,
  ): Promise<{ assessment: AssessmentRow; item: AssessmentItemRow }> {
    const item = await assessmentsRepository.findItem(ctx.db, itemId);
    if (!item) throw notFound();
    const assessment = await readable(ctx, actor, item.assessmentId);
    if (!assessmentPolicy.fill({ actor, assessment: subjectOf(assessment) }))
      throw assessment.status === 'draft' ? forbidden() : standardsError('ASSESSMENT_NOT_EDITABLE');
    return { assessment, item };
  },

  /** A person's answer to a manual item, or a not-applicable ruling (with its reason) on an automatic one. */
  async answer(
    ctx: AppContext,
    actor: Actor,
    audit: AuditActor,
    itemId: string,
    input: AssessmentAnswer,
  ): Promise<AssessmentItem> {
    const { assessment, item } = await assessmentsService.fillableItem(ctx, actor, itemId);
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
      if (
        !(await assessmentsRepository.updateItem(
          tx,
          itemId,
          input.version,
          changes,
          actor.userId,
          now,
        ))
      )
        throw staleVersion();
      await ctx.audit.append(tx, audit, {
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
    const after = await assessmentsRepository.findItem(ctx.db, itemId);
    if (!after) throw notFound();
    return presentItem(
      after,
      await assessmentsRepository.evidenceOf(ctx.db, { assessmentItemIds: [itemId] }),
      true,
    );
  },

  /** Submits for review, after a last evaluation; refused while a mandatory manual item that applies is unanswered. */
  async submit(
    ctx: AppContext,
    actor: Actor,
    audit: AuditActor,
    id: string,
    version: number,
  ): Promise<Assessment> {
    const row = await readable(ctx, actor, id);
    if (!assessmentPolicy.submit({ actor, assessment: subjectOf(row) }))
      throw row.status === 'draft' ? forbidden() : wrongStatus(row);
    if (row.campaignStatus !== 'open') throw standardsError('CAMPAIGN_NOT_OPEN');
    await reevaluate(ctx, [row]);
    const items = await assessmentsRepository.itemsOf(ctx.db, id);
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
      if (
        !(await assessmentsRepository.touchAssessment(
          tx,
          id,
          version,
          { status: 'submitted', submittedAt: now, submittedBy: actor.username },
          actor.userId,
          now,
        ))
      )
        throw staleVersion();
      await assessmentsRepository.resetAspects(tx, id, ['returned'], actor.userId, now);
      await assessmentsRepository.clearReturnComments(tx, id, now, actor.userId);
      await ctx.audit.append(tx, audit, {
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
    const row = await readable(ctx, actor, id);
    if (!assessmentPolicy.review({ actor, assessment: subjectOf(row) }))
      throw row.status === 'submitted' ? forbidden() : wrongStatus(row);
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
    audit: AuditActor,
    id: string,
    aspect: Aspect,
    input: AspectReturn,
  ): Promise<Assessment> {
    await assessmentsService.reviewable(ctx, actor, id, aspect);
    const items = await assessmentsRepository.itemsOf(ctx.db, id);
    const ofAspect = new Set(items.filter((i) => i.aspect === aspect).map((i) => i.id));
    const elsewhere = input.items.findIndex((i) => !ofAspect.has(i.itemId));
    if (elsewhere >= 0)
      throw standardsError('ASSESSMENT_ITEM_ELSEWHERE', {
        [`items.${elsewhere}.itemId`]: { zh: '不属于该方面', en: 'not of this aspect' },
      });
    await inTransaction(ctx, async (tx) => {
      const now = ctx.clock();
      if (
        !(await assessmentsRepository.touchAssessment(
          tx,
          id,
          input.version,
          { status: 'draft' },
          actor.userId,
          now,
        ))
      )
        throw staleVersion();
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
        await assessmentsRepository.updateItem(
          tx,
          r.itemId,
          null,
          { returnComment: r.comment, answeredBy: null, answeredAt: null },
          actor.userId,
          now,
        );
      await ctx.audit.append(tx, audit, {
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
    audit: AuditActor,
    id: string,
    aspect: Aspect,
    version: number,
    comment: string | null,
  ): Promise<Assessment> {
    await assessmentsService.reviewable(ctx, actor, id, aspect);
    const aspects = await assessmentsRepository.aspectsOf(ctx.db, id);
    const allAccepted = aspects.every((a) => a.aspect === aspect || a.status === 'accepted');
    await inTransaction(ctx, async (tx) => {
      const now = ctx.clock();
      if (
        !(await assessmentsRepository.touchAssessment(
          tx,
          id,
          version,
          allAccepted ? { status: 'reviewed' } : {},
          actor.userId,
          now,
        ))
      )
        throw staleVersion();
      await assessmentsRepository.updateAspect(
        tx,
        id,
        aspect,
        { status: 'accepted', reviewedBy: actor.username, reviewedAt: now, comment },
        actor.userId,
        now,
      );
      await ctx.audit.append(tx, audit, {
        action: 'assessment.aspect.accept',
        entityType: 'assessment',
        entityId: id,
        after: { aspect, comment, reviewed: allAccepted },
      });
    });
    return assessmentsService.get(ctx, actor, id);
  },

  /**
   * The office approves a reviewed assessment, which locks it; every partial or non-compliant item
   * becomes a finding with a rectification due by default in 90 days.
   */
  async approve(
    ctx: AppContext,
    actor: Actor,
    audit: AuditActor,
    id: string,
    version: number,
  ): Promise<Assessment> {
    const row = await readable(ctx, actor, id);
    if (!assessmentPolicy.approve({ actor, assessment: subjectOf(row) }))
      throw row.status === 'reviewed' ? forbidden() : wrongStatus(row);
    const items = await assessmentsRepository.itemsOf(ctx.db, id);
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
    const due = addDays(isoDay(now), RECTIFICATION_DAYS_DEFAULT);
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
      if (
        !(await assessmentsRepository.touchAssessment(
          tx,
          id,
          version,
          { status: 'approved', approvedAt: now, approvedBy: actor.username },
          actor.userId,
          now,
        ))
      )
        throw staleVersion();
      await findingsRepository.insertMany(tx, findings);
      await ctx.audit.append(tx, audit, {
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
    audit: AuditActor,
    id: string,
    version: number,
    reason: string,
  ): Promise<Assessment> {
    const row = await readable(ctx, actor, id);
    if (row.reopenRequestedAt !== null) throw standardsError('ASSESSMENT_REOPEN_PENDING');
    if (!assessmentPolicy.requestReopen({ actor, assessment: subjectOf(row) }))
      throw row.status === 'approved' ? forbidden() : wrongStatus(row);
    await inTransaction(ctx, async (tx) => {
      const now = ctx.clock();
      if (
        !(await assessmentsRepository.touchAssessment(
          tx,
          id,
          version,
          { reopenRequestedAt: now, reopenRequestedBy: actor.username, reopenReason: reason },
          actor.userId,
          now,
        ))
      )
        throw staleVersion();
      await ctx.audit.append(tx, audit, {
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
    audit: AuditActor,
    id: string,
    version: number,
    approve: boolean,
  ): Promise<Assessment> {
    const row = await readable(ctx, actor, id);
    if (row.reopenRequestedAt === null) throw standardsError('ASSESSMENT_REOPEN_NOT_REQUESTED');
    if (!assessmentPolicy.decideReopen({ actor, assessment: subjectOf(row) })) throw forbidden();
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
      if (
        !(await assessmentsRepository.touchAssessment(tx, id, version, changes, actor.userId, now))
      )
        throw staleVersion();
      if (approve)
        await assessmentsRepository.resetAspects(
          tx,
          id,
          ['accepted', 'returned'],
          actor.userId,
          now,
        );
      await ctx.audit.append(tx, audit, {
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

  /** Registers changed at these ports: their draft assessments follow (called after the change committed). */
  async factsChanged(ctx: AppContext, portIds: readonly string[]): Promise<void> {
    await reevaluate(ctx, await assessmentsRepository.draftsAt(ctx.db, portIds));
  },

  /**
   * Evaluates one item again after its rectification was verified: an automatic item from today's
   * registers, a manual one as the verifier found it (compliant). Runs inside the verifier's transaction.
   */
  async reevaluateVerified(
    ctx: AppContext,
    item: AssessmentItemRow,
    verifiedBy: string,
  ): Promise<Partial<AssessmentItemRow>> {
    const now = ctx.clock();
    if (item.automatic === 0)
      return { result: 'compliant', answeredBy: verifiedBy, answeredAt: now, grade: null };
    const assessment = await assessmentsRepository.findAssessment(ctx.db, item.assessmentId);
    const published = assessment
      ? await catalogsService.publishedItems(ctx, assessment.catalogVersionId)
      : null;
    if (!assessment || !published) return {};
    const port = (await bundlesFor(ctx, [assessment.portId])).get(assessment.portId);
    if (!port) return {};
    const e = evaluateOneAt(
      compiledFor(published.version.id, published.items, true),
      port.facts,
      item.itemCode,
      true,
    );
    if (!e) return {};
    return {
      result: e.engineResult,
      requiredValue: e.requiredValue,
      presentValue: e.presentValue,
      presentBool: e.presentBool,
      explanationJson: e.explanationJson,
      errorMessage: e.errorMessage,
      evaluatedAt: now,
    };
  },
};

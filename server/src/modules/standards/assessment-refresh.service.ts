import type { FastifyBaseLogger } from 'fastify';
import { inTransaction, type AppContext } from '../../platform/context.ts';
import {
  assessmentItemsRepository,
  type AssessmentItemRow,
} from './assessment-items.repository.ts';
import { assessmentsRepository, type AssessmentRow } from './assessments.repository.ts';
import { catalogsService } from './catalogs.service.ts';
import { bundlesFor, compiledFor, evaluateAt, evaluateOneAt } from './evaluation.ts';

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
      for (const item of await assessmentItemsRepository.itemsOf(ctx.db, a.id)) {
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
      await assessmentItemsRepository.updateItem(tx, u.id, null, u.changes, null, now);
  });
}

/** What the engine says of assessment items as the registers change under them. */
export const assessmentRefreshService = {
  reevaluate,

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

/**
 * Subscribes draft assessments to the facts bus, so the open assessments of a port follow its registers
 * (ports, facilities) after each change commits. A failure is logged: the register change already stands.
 */
export function followRegisterChanges(ctx: AppContext, log: FastifyBaseLogger): void {
  ctx.facts.onChange(async (portIds) => {
    try {
      await assessmentRefreshService.factsChanged(ctx, portIds);
    } catch (err) {
      log.error({ err, portIds }, 'assessments could not follow changed registers');
    }
  });
}

import type {
  Assessment,
  AssessmentListQuery,
  AssessmentSummary,
  Page,
} from '../../../../contracts/index.ts';
import type { AppContext } from '../../platform/context.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { notFound } from '../../platform/errors/errors.ts';
import type { ExportQuery } from '../../platform/http/export-query.ts';
import { assessmentItemsRepository } from './assessment-items.repository.ts';
import { assessmentPolicy, assessmentScope } from './assessment.policy.ts';
import { presentAssessment, presentSummary } from './assessment.presenter.ts';
import { assessmentsRepository, type AssessmentRow } from './assessments.repository.ts';
import { evidenceRepository } from './evidence.repository.ts';
import { scoreOf } from './scores.ts';

async function readable(ctx: AppContext, actor: Actor, id: string): Promise<AssessmentRow> {
  const row = await assessmentsRepository.findAssessment(ctx.db, id);
  if (!row || !assessmentPolicy.read({ actor, assessment: row })) throw notFound();
  return row;
}

async function summaries(
  ctx: AppContext,
  actor: Actor,
  rows: AssessmentRow[],
): Promise<AssessmentSummary[]> {
  const scored = await assessmentsRepository.scoredItems(
    ctx.db,
    rows.map((r) => r.id),
  );
  return rows.map((r) =>
    presentSummary(r, scoreOf(scored.filter((s) => s.assessmentId === r.id)), actor),
  );
}

/** Reading assessments; filling them in, reviewing and approving them are services of their own. */
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
    return {
      items: await summaries(ctx, actor, rows),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  },

  /** Every assessment the filters select in the actor's scope, with its score, for the export. */
  async listAll(
    ctx: AppContext,
    actor: Actor,
    query: ExportQuery<AssessmentListQuery>,
  ): Promise<AssessmentSummary[]> {
    const rows = await assessmentsRepository.listForExport(ctx.db, assessmentScope(actor), query);
    return summaries(ctx, actor, rows);
  },

  /** The assessment, if the actor may read it (404 otherwise): the access check for what hangs off it. */
  readable,

  async get(ctx: AppContext, actor: Actor, id: string): Promise<Assessment> {
    const row = await readable(ctx, actor, id);
    const [aspects, items] = await Promise.all([
      assessmentsRepository.aspectsOf(ctx.db, id),
      assessmentItemsRepository.itemsOf(ctx.db, id),
    ]);
    const evidence = await evidenceRepository.evidenceOf(ctx.db, {
      assessmentItemIds: items.map((i) => i.id),
    });
    return presentAssessment(row, aspects, items, evidence, actor);
  },
};

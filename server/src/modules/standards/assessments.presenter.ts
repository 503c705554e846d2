import {
  ASPECT_WORKING_GROUP,
  ASPECTS,
  type Aspect,
  type AspectReview,
  type AspectReviewStatus,
  type Assessment,
  type AssessmentItem,
  type AssessmentStatus,
  type AssessmentSummary,
  type Campaign,
  type CampaignKind,
  type CampaignProgress,
  type CampaignStatus,
  type Grade,
  type Importance,
  type ItemResult,
  type Reviewers,
  type Score,
  type WorkingGroup,
} from '../../../../contracts/index.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { fromFlag, readJson, toIso, toIsoOrNull } from '../../platform/db/values.ts';
import type {
  AspectRow,
  AssessmentItemRow,
  AssessmentRow,
  CampaignRow,
  EvidenceRow,
} from './assessments.repository.ts';
import { assessmentAbilities, assessmentPolicy } from './standards.policy.ts';
import { scoreOf } from './scores.ts';
import { hasPermission } from '../../platform/access/actor.ts';

export const reviewersOf = (json: string): Reviewers => ({
  ...ASPECT_WORKING_GROUP,
  ...((readJson(json) as Partial<Reviewers> | null) ?? {}),
});

export function presentCampaign(
  row: CampaignRow,
  progress: CampaignProgress[],
  actor: Actor,
): Campaign {
  const manage = hasPermission(actor, 'campaign.manage');
  return {
    id: row.id,
    code: row.code,
    nameZh: row.nameZh,
    nameEn: row.nameEn,
    kind: row.kind as CampaignKind,
    status: row.status as CampaignStatus,
    catalogVersionId: row.catalogVersionId,
    catalogCode: row.catalogCode,
    catalogVersionNumber: row.catalogVersionNumber,
    deadline: row.deadline,
    portIds: readJson(row.portIdsJson) as string[],
    reviewers: reviewersOf(row.reviewersJson),
    openedAt: toIsoOrNull(row.openedAt),
    closedAt: toIsoOrNull(row.closedAt),
    progress,
    version: row.version,
    createdAt: toIso(row.createdAt),
    can: { open: manage && row.status === 'draft', close: manage && row.status === 'open' },
  };
}

const subjectOf = (row: AssessmentRow) => ({
  path: row.path,
  kind: row.kind,
  depth: row.depth,
  status: row.status,
  reopenRequestedAt: row.reopenRequestedAt,
});

export function presentSummary(row: AssessmentRow, score: Score, actor: Actor): AssessmentSummary {
  return {
    id: row.id,
    campaignId: row.campaignId,
    campaignNameZh: row.campaignNameZh,
    campaignNameEn: row.campaignNameEn,
    portId: row.portId,
    portCode: row.portCode,
    portNameZh: row.portNameZh,
    portNameEn: row.portNameEn,
    branchNameZh: row.branchNameZh,
    status: row.status as AssessmentStatus,
    deadline: row.deadline,
    score,
    reopenRequested: row.reopenRequestedAt !== null,
    version: row.version,
    can: assessmentAbilities(actor, subjectOf(row)),
  };
}

export function presentItem(
  row: AssessmentItemRow,
  evidence: EvidenceRow[],
  canFill: boolean,
): AssessmentItem {
  const automatic = fromFlag(row.automatic);
  return {
    id: row.id,
    itemCode: row.itemCode,
    aspect: row.aspect as Aspect,
    titleZh: row.titleZh,
    titleEn: row.titleEn,
    guidanceZh: row.guidanceZh,
    guidanceEn: row.guidanceEn,
    basis: row.basis,
    evidenceGuidance: row.evidenceGuidance,
    importance: row.importance as Importance,
    weight: row.weight,
    automatic,
    result: row.result as ItemResult | null,
    grade: row.grade as Grade | null,
    required: row.requiredValue,
    present: row.presentBool !== null ? fromFlag(row.presentBool) : row.presentValue,
    explanation: readJson(row.explanationJson) as AssessmentItem['explanation'],
    errorMessage: row.errorMessage,
    naReason: row.naReason,
    note: row.note,
    returnComment: row.returnComment,
    answeredBy: row.answeredBy,
    answeredAt: toIsoOrNull(row.answeredAt),
    evaluatedAt: toIsoOrNull(row.evaluatedAt),
    evidence: evidence.map((e) => ({
      id: e.id,
      fileId: e.fileId,
      name: e.name,
      mime: e.mime,
      size: Number(e.size),
    })),
    version: row.version,
    can: { answer: canFill, attach: canFill },
  };
}

/** Working groups whose review the actor can give, as its working-group grants name them. */
export function reviewGroupsOf(actor: Actor): Set<WorkingGroup> {
  return new Set(
    actor.grants
      .filter((g) => g.role === 'wg_member' && g.workingGroup !== null)
      .map((g) => g.workingGroup as WorkingGroup),
  );
}

export function presentAssessment(
  row: AssessmentRow,
  aspects: AspectRow[],
  items: AssessmentItemRow[],
  evidence: EvidenceRow[],
  actor: Actor,
): Assessment {
  const canFill = assessmentPolicy.fill({ actor, assessment: subjectOf(row) });
  const reviewers = reviewersOf(row.reviewersJson);
  const groups = reviewGroupsOf(actor);
  const canReview = assessmentPolicy.review({ actor, assessment: subjectOf(row) });
  const present = items.map((i) =>
    presentItem(
      i,
      evidence.filter((e) => e.assessmentItemId === i.id),
      canFill,
    ),
  );
  const byAspect = ASPECTS.filter((a) => aspects.some((x) => x.aspect === a)).map(
    (aspect): AspectReview => {
      const review = aspects.find((x) => x.aspect === aspect);
      return {
        aspect,
        reviewer: reviewers[aspect],
        status: (review?.status ?? 'pending') as AspectReviewStatus,
        reviewedBy: review?.reviewedBy ?? null,
        reviewedAt: toIsoOrNull(review?.reviewedAt),
        comment: review?.comment ?? null,
        score: scoreOf(items.filter((i) => i.aspect === aspect)),
      };
    },
  );
  const can = assessmentAbilities(actor, subjectOf(row));
  // Review buttons show per aspect: only for the working group the campaign named for it.
  const reviewAspects = Object.fromEntries(
    byAspect.map((a) => [
      `review.${a.aspect}`,
      canReview && groups.has(a.reviewer) && a.status === 'pending',
    ]),
  );
  return {
    ...presentSummary(row, scoreOf(items), actor),
    can: { ...can, ...reviewAspects },
    aspects: byAspect,
    items: present,
    submittedBy: row.submittedBy,
    submittedAt: toIsoOrNull(row.submittedAt),
    approvedBy: row.approvedBy,
    approvedAt: toIsoOrNull(row.approvedAt),
    reopenReason: row.reopenReason,
    reopenRequestedBy: row.reopenRequestedBy,
  };
}

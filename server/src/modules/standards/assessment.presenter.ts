import {
  ASPECTS,
  ASSESSMENT_STATUS_LABELS,
  type AspectReview,
  type AspectReviewStatus,
  type Assessment,
  type AssessmentStatus,
  type AssessmentSummary,
  type Score,
} from '../../../../contracts/index.ts';
import type { Actor } from '../../platform/access/actor.ts';
import { toIsoOrNull } from '../../platform/db/values.ts';
import type { ExportColumn } from '../../platform/http/excel.ts';
import type { Lang } from '../../platform/i18n/lang.ts';
import { presentAssessmentItem } from './assessment-item.presenter.ts';
import type { AssessmentItemRow } from './assessment-items.repository.ts';
import { assessmentAbilities, assessmentPolicy } from './assessment.policy.ts';
import type { AspectRow, AssessmentRow } from './assessments.repository.ts';
import { reviewersOf } from './campaign.presenter.ts';
import type { EvidenceRow } from './evidence.repository.ts';
import { scoreOf } from './scores.ts';
import { reviewGroupsOf } from './working-groups.ts';

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
    branchNameEn: row.branchNameEn,
    status: row.status as AssessmentStatus,
    deadline: row.deadline,
    score,
    reopenRequested: row.reopenRequestedAt !== null,
    version: row.version,
    can: assessmentAbilities(actor, row),
  };
}

export function presentAssessment(
  row: AssessmentRow,
  aspects: AspectRow[],
  items: AssessmentItemRow[],
  evidence: EvidenceRow[],
  actor: Actor,
): Assessment {
  const canFill = assessmentPolicy.fill({ actor, assessment: row });
  const reviewers = reviewersOf(row.reviewersJson);
  const groups = reviewGroupsOf(actor);
  const canReview = assessmentPolicy.review({ actor, assessment: row });
  const present = items.map((i) =>
    presentAssessmentItem(
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
  const can = assessmentAbilities(actor, row);
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

/** Assessments with their scores as the list's workbook lists them. */
export const assessmentColumns = (lang: Lang): ExportColumn<AssessmentSummary>[] => [
  {
    header: { zh: '评估活动', en: 'Campaign' },
    width: 28,
    value: (r) => (lang === 'en' ? r.campaignNameEn : r.campaignNameZh),
  },
  {
    header: { zh: '隶属海关', en: 'Branch' },
    width: 22,
    value: (r) => (lang === 'en' && r.branchNameEn ? r.branchNameEn : r.branchNameZh),
  },
  { header: { zh: '口岸', en: 'Port' }, value: (r) => r.portCode },
  {
    header: { zh: '口岸名称', en: 'Port name' },
    width: 24,
    value: (r) => (lang === 'en' ? r.portNameEn : r.portNameZh),
  },
  {
    header: { zh: '状态', en: 'Status' },
    value: (r) => ASSESSMENT_STATUS_LABELS[r.status][lang],
  },
  { header: { zh: '加权得分', en: 'Weighted score' }, value: (r) => r.score.weighted },
  {
    header: { zh: '必须项达到', en: 'Mandatory met' },
    value: (r) => `${r.score.mandatoryMet}/${r.score.mandatoryTotal}`,
  },
  {
    header: { zh: '全部必须项达标', en: 'Meets all mandatory' },
    value: (r) =>
      r.score.meetsAllMandatory ? (lang === 'en' ? 'yes' : '是') : lang === 'en' ? 'no' : '否',
  },
];

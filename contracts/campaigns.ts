import { z } from 'zod';
import {
  abilitiesSchema,
  dateSchema,
  idSchema,
  paginationQuerySchema,
  versionSchema,
} from './common.ts';
import { workingGroupSchema } from './roles.ts';
import {
  ASPECTS,
  aspectSchema,
  explanationSchema,
  gradeSchema,
  importanceSchema,
  itemResultSchema,
  MANUAL_RESULTS,
  type Aspect,
} from './standards.ts';

type Label = { zh: string; en: string };

/** 摸底调查, 年度评估, 督促检查: what a campaign is for. */
export const CAMPAIGN_KINDS = ['baseline', 'annual', 'supervision'] as const;
export const campaignKindSchema = z.enum(CAMPAIGN_KINDS);
export type CampaignKind = z.infer<typeof campaignKindSchema>;
export const CAMPAIGN_KIND_LABELS: Record<CampaignKind, Label> = {
  baseline: { zh: '摸底调查', en: 'Baseline survey' },
  annual: { zh: '年度评估', en: 'Annual assessment' },
  supervision: { zh: '督促检查', en: 'Supervision check' },
};

export const CAMPAIGN_STATUSES = ['draft', 'open', 'closed'] as const;
export const campaignStatusSchema = z.enum(CAMPAIGN_STATUSES);
export type CampaignStatus = z.infer<typeof campaignStatusSchema>;
export const CAMPAIGN_STATUS_LABELS: Record<CampaignStatus, Label> = {
  draft: { zh: '准备中', en: 'Draft' },
  open: { zh: '进行中', en: 'Open' },
  closed: { zh: '已结束', en: 'Closed' },
};

/** Which working group reviews each aspect in a campaign. */
export const reviewersSchema = z.strictObject(
  Object.fromEntries(ASPECTS.map((a) => [a, workingGroupSchema])) as Record<
    Aspect,
    typeof workingGroupSchema
  >,
);
export type Reviewers = z.infer<typeof reviewersSchema>;

export const campaignCreateSchema = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^[A-Z0-9][A-Z0-9-]{1,39}$/, 'campaign_code_format'),
  nameZh: z.string().trim().min(2).max(200),
  nameEn: z.string().trim().min(2).max(200),
  kind: campaignKindSchema,
  catalogVersionId: idSchema,
  deadline: dateSchema,
  portIds: z
    .array(idSchema)
    .min(1)
    .max(5000)
    .refine((l) => new Set(l).size === l.length, { message: 'unique_port' }),
  reviewers: reviewersSchema.optional(),
});
export type CampaignCreate = z.infer<typeof campaignCreateSchema>;

/** Progress of one branch's assessments in a campaign. */
export const campaignProgressSchema = z.object({
  branchId: z.string(),
  branchNameZh: z.string(),
  branchNameEn: z.string(),
  total: z.number().int(),
  draft: z.number().int(),
  submitted: z.number().int(),
  reviewed: z.number().int(),
  approved: z.number().int(),
});
export type CampaignProgress = z.infer<typeof campaignProgressSchema>;

export const campaignSchema = z.object({
  id: z.string(),
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  kind: campaignKindSchema,
  status: campaignStatusSchema,
  catalogVersionId: z.string(),
  catalogCode: z.string(),
  catalogVersionNumber: z.number().int(),
  deadline: z.string(),
  portIds: z.array(z.string()),
  reviewers: reviewersSchema,
  openedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  progress: z.array(campaignProgressSchema),
  version: z.number().int(),
  createdAt: z.string(),
  can: abilitiesSchema,
});
export type Campaign = z.infer<typeof campaignSchema>;

export const campaignListQuerySchema = paginationQuerySchema.extend({
  status: campaignStatusSchema.optional(),
  sort: z.enum(['createdAt', '-createdAt', 'deadline', '-deadline']).default('-createdAt'),
});
export type CampaignListQuery = z.infer<typeof campaignListQuerySchema>;

// ---------------------------------------------------------------------------------------------------
// Assessments
// ---------------------------------------------------------------------------------------------------

/** draft → submitted (branch) → reviewed (every aspect accepted by its working group) → approved (office; locked). */
export const ASSESSMENT_STATUSES = ['draft', 'submitted', 'reviewed', 'approved'] as const;
export const assessmentStatusSchema = z.enum(ASSESSMENT_STATUSES);
export type AssessmentStatus = z.infer<typeof assessmentStatusSchema>;
export const ASSESSMENT_STATUS_LABELS: Record<AssessmentStatus, Label> = {
  draft: { zh: '填报中', en: 'In progress' },
  submitted: { zh: '已提交待审核', en: 'Submitted' },
  reviewed: { zh: '已审核待批准', en: 'Reviewed' },
  approved: { zh: '已批准（锁定）', en: 'Approved (locked)' },
};

export const ASPECT_REVIEW_STATUSES = ['pending', 'returned', 'accepted'] as const;
export const aspectReviewStatusSchema = z.enum(ASPECT_REVIEW_STATUSES);
export type AspectReviewStatus = z.infer<typeof aspectReviewStatusSchema>;
export const ASPECT_REVIEW_STATUS_LABELS: Record<AspectReviewStatus, Label> = {
  pending: { zh: '待审核', en: 'Pending' },
  returned: { zh: '已退回', en: 'Returned' },
  accepted: { zh: '已通过', en: 'Accepted' },
};

/** Weighted score and share of mandatory items met, over the items that apply. */
export const scoreSchema = z.object({
  /** 0–100; null when nothing applies. */
  weighted: z.number().nullable(),
  mandatoryMet: z.number().int(),
  mandatoryTotal: z.number().int(),
  /** Every applicable mandatory item compliant. */
  meetsAllMandatory: z.boolean(),
  applicable: z.number().int(),
  answered: z.number().int(),
});
export type Score = z.infer<typeof scoreSchema>;

export const assessmentItemSchema = z.object({
  id: z.string(),
  itemCode: z.string(),
  aspect: aspectSchema,
  titleZh: z.string(),
  titleEn: z.string(),
  guidanceZh: z.string(),
  guidanceEn: z.string(),
  basis: z.string(),
  evidenceGuidance: z.string(),
  importance: importanceSchema,
  weight: z.number(),
  automatic: z.boolean(),
  result: itemResultSchema.nullable(),
  grade: gradeSchema.nullable(),
  required: z.number().nullable(),
  present: z.union([z.number(), z.boolean(), z.null()]),
  explanation: z
    .object({
      appliesWhen: explanationSchema.optional(),
      required: explanationSchema.optional(),
      present: explanationSchema.optional(),
    })
    .nullable(),
  errorMessage: z.string().nullable(),
  naReason: z.string().nullable(),
  note: z.string().nullable(),
  returnComment: z.string().nullable(),
  answeredBy: z.string().nullable(),
  answeredAt: z.string().nullable(),
  evaluatedAt: z.string().nullable(),
  evidence: z.array(
    z.object({
      id: z.string(),
      fileId: z.string(),
      name: z.string(),
      mime: z.string(),
      size: z.number().int(),
    }),
  ),
  version: z.number().int(),
  can: abilitiesSchema,
});
export type AssessmentItem = z.infer<typeof assessmentItemSchema>;

export const aspectReviewSchema = z.object({
  aspect: aspectSchema,
  reviewer: workingGroupSchema,
  status: aspectReviewStatusSchema,
  reviewedBy: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  comment: z.string().nullable(),
  score: scoreSchema,
});
export type AspectReview = z.infer<typeof aspectReviewSchema>;

export const assessmentSummarySchema = z.object({
  id: z.string(),
  campaignId: z.string(),
  campaignNameZh: z.string(),
  campaignNameEn: z.string(),
  portId: z.string(),
  portCode: z.string(),
  portNameZh: z.string(),
  portNameEn: z.string(),
  branchNameZh: z.string(),
  branchNameEn: z.string(),
  status: assessmentStatusSchema,
  deadline: z.string(),
  score: scoreSchema,
  reopenRequested: z.boolean(),
  version: z.number().int(),
  can: abilitiesSchema,
});
export type AssessmentSummary = z.infer<typeof assessmentSummarySchema>;

export const assessmentSchema = assessmentSummarySchema.extend({
  aspects: z.array(aspectReviewSchema),
  items: z.array(assessmentItemSchema),
  submittedBy: z.string().nullable(),
  submittedAt: z.string().nullable(),
  approvedBy: z.string().nullable(),
  approvedAt: z.string().nullable(),
  reopenReason: z.string().nullable(),
  reopenRequestedBy: z.string().nullable(),
});
export type Assessment = z.infer<typeof assessmentSchema>;

export const assessmentListQuerySchema = paginationQuerySchema.extend({
  campaignId: idSchema.optional(),
  portId: idSchema.optional(),
  branchId: idSchema.optional(),
  status: assessmentStatusSchema.optional(),
  sort: z.enum(['portCode', '-portCode', 'status', '-status']).default('portCode'),
});
export type AssessmentListQuery = z.infer<typeof assessmentListQuerySchema>;

/** A person's answer to a manual item (or a not-applicable ruling on an automatic one). */
export const assessmentAnswerSchema = z
  .strictObject({
    version: versionSchema,
    result: z.enum(MANUAL_RESULTS),
    grade: gradeSchema.nullable().default(null),
    naReason: z.string().trim().max(1000).nullable().default(null),
    note: z.string().trim().max(2000).nullable().default(null),
  })
  .refine((a) => a.result !== 'not_applicable' || (a.naReason !== null && a.naReason.length >= 2), {
    path: ['naReason'],
    message: 'na_reason_required',
  })
  .refine((a) => (a.result === 'partial' || a.result === 'non_compliant') === (a.grade !== null), {
    path: ['grade'],
    message: 'grade_for_nonconformity',
  });
export type AssessmentAnswer = z.infer<typeof assessmentAnswerSchema>;

/** Most items one bulk answer may carry: more than any catalog's aspect holds. */
export const BULK_ANSWER_MAX = 500;

/**
 * One result and note for many items of an assessment at once (each with the version the person saw): all
 * are answered, or none. Automatic items take only not_applicable, as one by one.
 */
export const assessmentBulkAnswerSchema = z
  .strictObject({
    items: z
      .array(z.strictObject({ itemId: idSchema, version: versionSchema }))
      .min(1)
      .max(BULK_ANSWER_MAX)
      .refine((items) => new Set(items.map((i) => i.itemId)).size === items.length, {
        message: 'duplicate_items',
      }),
    result: z.enum(MANUAL_RESULTS),
    grade: gradeSchema.nullable().default(null),
    naReason: z.string().trim().max(1000).nullable().default(null),
    note: z.string().trim().max(2000).nullable().default(null),
  })
  .refine((a) => a.result !== 'not_applicable' || (a.naReason !== null && a.naReason.length >= 2), {
    path: ['naReason'],
    message: 'na_reason_required',
  })
  .refine((a) => (a.result === 'partial' || a.result === 'non_compliant') === (a.grade !== null), {
    path: ['grade'],
    message: 'grade_for_nonconformity',
  });
export type AssessmentBulkAnswer = z.infer<typeof assessmentBulkAnswerSchema>;

export const assessmentAspectParamsSchema = z.strictObject({ id: idSchema, aspect: aspectSchema });
export const aspectReturnSchema = z.strictObject({
  version: versionSchema,
  comment: z.string().trim().min(2).max(2000),
  items: z
    .array(z.strictObject({ itemId: idSchema, comment: z.string().trim().min(2).max(1000) }))
    .min(1)
    .max(500),
});
export type AspectReturn = z.infer<typeof aspectReturnSchema>;
export const aspectAcceptSchema = z.strictObject({
  version: versionSchema,
  comment: z.string().trim().max(2000).nullable().default(null),
});
export const reopenRequestSchema = z.strictObject({
  version: versionSchema,
  reason: z.string().trim().min(2).max(1000),
});
export const reopenDecisionSchema = z.strictObject({
  version: versionSchema,
  approve: z.boolean(),
});

// ---------------------------------------------------------------------------------------------------
// Scores and what-if
// ---------------------------------------------------------------------------------------------------

export const scoreRowSchema = z.object({
  key: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  overall: scoreSchema,
  byAspect: z.record(aspectSchema, scoreSchema),
});
export const scoresSchema = z.object({
  campaignId: z.string(),
  district: z.object({
    overall: scoreSchema,
    byAspect: z.record(aspectSchema, scoreSchema),
    ports: z.number().int(),
    portsMeetingAll: z.number().int(),
    attainmentRate: z.number().nullable(),
  }),
  branches: z.array(
    scoreRowSchema.extend({
      ports: z.number().int(),
      portsMeetingAll: z.number().int(),
      attainmentRate: z.number().nullable(),
    }),
  ),
  ports: z.array(
    scoreRowSchema.extend({
      branchNameZh: z.string(),
      branchNameEn: z.string(),
      assessmentId: z.string(),
      status: assessmentStatusSchema,
    }),
  ),
});
export type Scores = z.infer<typeof scoresSchema>;

export const trendSchema = z.array(
  z.object({
    campaignId: z.string(),
    code: z.string(),
    nameZh: z.string(),
    nameEn: z.string(),
    openedAt: z.string().nullable(),
    attainmentRate: z.number().nullable(),
    weighted: z.number().nullable(),
    byAspect: z.record(aspectSchema, z.number().nullable()),
  }),
);
export type Trend = z.infer<typeof trendSchema>;

export const whatIfSchema = z
  .strictObject({
    catalogVersionId: idSchema,
    /** Ports to try the change on; empty means every port the caller may read. */
    portIds: z.array(idSchema).max(5000).default([]),
    trafficScale: z
      .record(z.string().regex(/^[A-Z][A-Z0-9_]{1,39}$/), z.number().min(0).max(100))
      .default({}),
    addCategories: z
      .array(z.string().regex(/^[A-Z][A-Z0-9_]{1,39}$/))
      .max(20)
      .default([]),
    removeCategories: z
      .array(z.string().regex(/^[A-Z][A-Z0-9_]{1,39}$/))
      .max(20)
      .default([]),
  })
  .refine(
    (w) =>
      Object.keys(w.trafficScale).length + w.addCategories.length + w.removeCategories.length > 0,
    { path: ['trafficScale'], message: 'no_change' },
  );
export type WhatIf = z.infer<typeof whatIfSchema>;

export const whatIfResultSchema = z.object({
  ports: z.array(
    z.object({
      portId: z.string(),
      portCode: z.string(),
      portNameZh: z.string(),
      portNameEn: z.string(),
      before: scoreSchema,
      after: scoreSchema,
      changes: z.array(
        z.object({
          itemCode: z.string(),
          titleZh: z.string(),
          titleEn: z.string(),
          aspect: aspectSchema,
          before: itemResultSchema.nullable(),
          after: itemResultSchema.nullable(),
          requiredBefore: z.number().nullable(),
          requiredAfter: z.number().nullable(),
        }),
      ),
    }),
  ),
  district: z.object({ before: z.number().nullable(), after: z.number().nullable() }),
});
export type WhatIfResult = z.infer<typeof whatIfResultSchema>;

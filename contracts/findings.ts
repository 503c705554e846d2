import { z } from 'zod';
import {
  abilitiesSchema,
  dateSchema,
  idSchema,
  paginationQuerySchema,
  versionSchema,
} from './common.ts';
import { aspectSchema, gradeSchema, itemResultSchema } from './standards.ts';

type Label = { zh: string; en: string };

/** 整改: a rectification moves open → in_progress → submitted → verified, or back to in_progress when rejected. */
export const RECTIFICATION_STATUSES = [
  'open',
  'in_progress',
  'submitted',
  'verified',
  'rejected',
] as const;
export const rectificationStatusSchema = z.enum(RECTIFICATION_STATUSES);
export type RectificationStatus = z.infer<typeof rectificationStatusSchema>;
export const RECTIFICATION_STATUS_LABELS: Record<RectificationStatus, Label> = {
  open: { zh: '待整改', en: 'Open' },
  in_progress: { zh: '整改中', en: 'In progress' },
  submitted: { zh: '已提交待验证', en: 'Submitted' },
  verified: { zh: '已验证关闭', en: 'Verified' },
  rejected: { zh: '验证未通过', en: 'Rejected' },
};

export const PRIORITIES = ['high', 'medium', 'low'] as const;
export const prioritySchema = z.enum(PRIORITIES);
export type Priority = z.infer<typeof prioritySchema>;
export const PRIORITY_LABELS: Record<Priority, Label> = {
  high: { zh: '高', en: 'High' },
  medium: { zh: '中', en: 'Medium' },
  low: { zh: '低', en: 'Low' },
};

export const findingSchema = z.object({
  id: z.string(),
  assessmentId: z.string(),
  assessmentItemId: z.string(),
  campaignId: z.string(),
  campaignNameZh: z.string(),
  campaignNameEn: z.string(),
  portId: z.string(),
  portCode: z.string(),
  portNameZh: z.string(),
  portNameEn: z.string(),
  branchId: z.string(),
  branchNameZh: z.string(),
  branchNameEn: z.string(),
  itemCode: z.string(),
  titleZh: z.string(),
  titleEn: z.string(),
  aspect: aspectSchema,
  grade: gradeSchema,
  /** The item's result when the finding was raised, and now. */
  resultAtFinding: itemResultSchema,
  currentResult: itemResultSchema.nullable(),
  status: rectificationStatusSchema,
  ownerId: z.string().nullable(),
  ownerName: z.string().nullable(),
  dueDate: z.string().nullable(),
  overdue: z.boolean(),
  priority: prioritySchema,
  plan: z.string().nullable(),
  progressNote: z.string().nullable(),
  verifiedBy: z.string().nullable(),
  verifiedAt: z.string().nullable(),
  reviewComment: z.string().nullable(),
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
  createdAt: z.string(),
  can: abilitiesSchema,
});
export type Finding = z.infer<typeof findingSchema>;

export const findingListQuerySchema = paginationQuerySchema.extend({
  campaignId: idSchema.optional(),
  portId: idSchema.optional(),
  branchId: idSchema.optional(),
  aspect: aspectSchema.optional(),
  status: rectificationStatusSchema.optional(),
  overdue: z.enum(['true', 'false']).optional(),
  mine: z.enum(['true', 'false']).optional(),
  /** Part of the owner's name or username. */
  owner: z.string().trim().min(1).max(100).optional(),
  sort: z.enum(['dueDate', '-dueDate', 'createdAt', '-createdAt', 'portCode']).default('dueDate'),
});
export type FindingListQuery = z.infer<typeof findingListQuerySchema>;

/** The owner's plan: who, by when, how urgent, what will be done. */
export const findingPlanSchema = z.strictObject({
  version: versionSchema,
  ownerId: idSchema.nullable(),
  dueDate: dateSchema,
  priority: prioritySchema,
  plan: z.string().trim().min(2).max(4000),
});
export type FindingPlan = z.infer<typeof findingPlanSchema>;
export const findingSubmitSchema = z.strictObject({
  version: versionSchema,
  progressNote: z.string().trim().min(2).max(4000),
});
export const findingReviewSchema = z.strictObject({
  version: versionSchema,
  comment: z.string().trim().max(2000).nullable().default(null),
});
export const findingRejectSchema = z.strictObject({
  version: versionSchema,
  comment: z.string().trim().min(2).max(2000),
});

export const findingOwnerSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
});
export type FindingOwner = z.infer<typeof findingOwnerSchema>;

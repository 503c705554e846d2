import { z } from 'zod';
import { workingGroupSchema } from './roles.ts';
import {
  aspectReviewStatusSchema,
  assessmentStatusSchema,
  campaignKindSchema,
  campaignStatusSchema,
  scoreSchema,
} from './campaigns.ts';
import { prioritySchema, rectificationStatusSchema } from './findings.ts';
import {
  ASPECTS,
  aspectSchema,
  gradeSchema,
  importanceSchema,
  itemResultSchema,
  type Aspect,
} from './standards.ts';

/*
 * Official reports (正式报告): one document per assessment or per campaign, holding everything the printed
 * report a district files shows — units and people by name, never by code or username alone.
 */

/** An org unit as a report heads it: its code and both names. */
export const reportUnitSchema = z.object({
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
});
export type ReportUnit = z.infer<typeof reportUnitSchema>;

/** Who did something and when (a sign-off, a review, an answer): the account's display name beside its username. */
export const reportSignOffSchema = z.object({
  username: z.string(),
  displayName: z.string(),
  at: z.string().nullable(),
});
export type ReportSignOff = z.infer<typeof reportSignOffSchema>;

export const reportCampaignSchema = z.object({
  id: z.string(),
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  kind: campaignKindSchema,
  status: campaignStatusSchema,
  deadline: z.string(),
  openedAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  catalog: z.object({
    code: z.string(),
    nameZh: z.string(),
    nameEn: z.string(),
    versionNumber: z.number().int(),
  }),
});
export type ReportCampaign = z.infer<typeof reportCampaignSchema>;

export const reportItemSchema = z.object({
  itemCode: z.string(),
  titleZh: z.string(),
  titleEn: z.string(),
  importance: importanceSchema,
  weight: z.number(),
  automatic: z.boolean(),
  result: itemResultSchema.nullable(),
  grade: gradeSchema.nullable(),
  required: z.number().nullable(),
  present: z.union([z.number(), z.boolean(), z.null()]),
  note: z.string().nullable(),
  naReason: z.string().nullable(),
  errorMessage: z.string().nullable(),
  answered: reportSignOffSchema.nullable(),
  /** The working group's comment on this item when it returned the aspect, with who returned it and when. */
  reviewComment: z.object({ text: z.string(), by: reportSignOffSchema.nullable() }).nullable(),
});
export type ReportItem = z.infer<typeof reportItemSchema>;

export const reportAspectSchema = z.object({
  aspect: aspectSchema,
  reviewer: workingGroupSchema,
  status: aspectReviewStatusSchema,
  reviewed: reportSignOffSchema.nullable(),
  comment: z.string().nullable(),
  score: scoreSchema,
  items: z.array(reportItemSchema),
});
export type ReportAspect = z.infer<typeof reportAspectSchema>;

export const reportFindingSchema = z.object({
  id: z.string(),
  portCode: z.string(),
  portNameZh: z.string(),
  portNameEn: z.string(),
  itemCode: z.string(),
  titleZh: z.string(),
  titleEn: z.string(),
  aspect: aspectSchema,
  grade: gradeSchema,
  priority: prioritySchema,
  status: rectificationStatusSchema,
  ownerName: z.string().nullable(),
  dueDate: z.string().nullable(),
  overdue: z.boolean(),
  verified: reportSignOffSchema.nullable(),
});
export type ReportFinding = z.infer<typeof reportFindingSchema>;

export const assessmentReportSchema = z.object({
  generatedAt: z.string(),
  district: reportUnitSchema,
  branch: reportUnitSchema.nullable(),
  port: reportUnitSchema,
  campaign: reportCampaignSchema,
  assessmentId: z.string(),
  status: assessmentStatusSchema,
  score: scoreSchema,
  submitted: reportSignOffSchema.nullable(),
  approved: reportSignOffSchema.nullable(),
  aspects: z.array(reportAspectSchema),
  findings: z.array(reportFindingSchema),
});
export type AssessmentReport = z.infer<typeof assessmentReportSchema>;

/** A score for each of the four aspects, every one present (an aspect without items scores null). */
const scoreByAspectSchema = z.object(
  Object.fromEntries(ASPECTS.map((a) => [a, scoreSchema])) as Record<Aspect, typeof scoreSchema>,
);

export const campaignReportBranchSchema = z.object({
  branch: reportUnitSchema,
  overall: scoreSchema,
  byAspect: scoreByAspectSchema,
  ports: z.number().int(),
  portsMeetingAll: z.number().int(),
  attainmentRate: z.number().nullable(),
});

export const campaignReportAssessmentSchema = z.object({
  assessmentId: z.string(),
  port: reportUnitSchema,
  branchNameZh: z.string(),
  branchNameEn: z.string(),
  status: assessmentStatusSchema,
  overall: scoreSchema,
  byAspect: scoreByAspectSchema,
  submitted: reportSignOffSchema.nullable(),
  approved: reportSignOffSchema.nullable(),
});

export const campaignReportSchema = z.object({
  generatedAt: z.string(),
  district: reportUnitSchema,
  campaign: reportCampaignSchema,
  /** The district's figures over the assessments the caller reads. */
  overall: scoreSchema,
  byAspect: scoreByAspectSchema,
  ports: z.number().int(),
  portsMeetingAll: z.number().int(),
  attainmentRate: z.number().nullable(),
  branches: z.array(campaignReportBranchSchema),
  assessments: z.array(campaignReportAssessmentSchema),
  findings: z.array(reportFindingSchema),
});
export type CampaignReport = z.infer<typeof campaignReportSchema>;

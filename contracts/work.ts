import { z } from 'zod';
import { pageOf, paginationQuerySchema } from './common.ts';
import type { Permission } from './permissions.ts';
import { workingGroupSchema } from './roles.ts';

type Label = { zh: string; en: string };

/** The kinds of work modules hand out; each names what closes it. */
export const TASK_KINDS = [
  'assessment.fill',
  'assessment.review',
  'assessment.resubmit',
  'assessment.approve',
  'assessment.reopen_decide',
  'finding.plan',
  'finding.submit',
  'finding.verify',
  'certification.renew',
] as const;
export const taskKindSchema = z.enum(TASK_KINDS);
export type TaskKind = z.infer<typeof taskKindSchema>;
export const TASK_KIND_LABELS: Record<TaskKind, Label> = {
  'assessment.fill': { zh: '填报自评估', en: 'Fill in the assessment' },
  'assessment.review': { zh: '审核评估方面', en: 'Review an aspect' },
  'assessment.resubmit': { zh: '修改后重新提交', en: 'Revise and resubmit' },
  'assessment.approve': { zh: '审批评估', en: 'Approve the assessment' },
  'assessment.reopen_decide': { zh: '决定是否重新开放', en: 'Decide on reopening' },
  'finding.plan': { zh: '制定整改计划', en: 'Plan the rectification' },
  'finding.submit': { zh: '提交整改结果', en: 'Submit the rectification' },
  'finding.verify': { zh: '验证整改', en: 'Verify the rectification' },
  'certification.renew': { zh: '办理认证续期', en: 'Renew the certification' },
};

/** Home views of the queue: assigned to me (personally or by my role), my units' open work, overdue, due within 7 days. */
export const TASK_VIEWS = ['mine', 'unit', 'overdue', 'week'] as const;
export const taskViewSchema = z.enum(TASK_VIEWS);
export type TaskView = z.infer<typeof taskViewSchema>;
/** "Due this week" means within this many days from today, today included. */
export const TASK_WEEK_DAYS = 7;

export const taskListQuerySchema = paginationQuerySchema.extend({
  view: taskViewSchema.default('mine'),
  kind: taskKindSchema.optional(),
});
export type TaskListQuery = z.infer<typeof taskListQuerySchema>;

export const taskSchema = z.object({
  id: z.string(),
  kind: taskKindSchema,
  /** What the task concerns, in words, as it was named when the task opened. */
  titleZh: z.string(),
  titleEn: z.string(),
  /** Where the work is done, as a path of the web app. */
  link: z.string(),
  dueDate: z.string().nullable(),
  overdue: z.boolean(),
  openedAt: z.iso.datetime(),
  /** Assigned to the reader personally (not by role). */
  personal: z.boolean(),
  workingGroup: workingGroupSchema.nullable(),
  unitId: z.string(),
  unitNameZh: z.string(),
  unitNameEn: z.string(),
});
export type Task = z.infer<typeof taskSchema>;
export const taskPageSchema = pageOf(taskSchema);

export const taskCountsSchema = z.object({
  mine: z.number().int(),
  unit: z.number().int(),
  overdue: z.number().int(),
  week: z.number().int(),
});
export type TaskCounts = z.infer<typeof taskCountsSchema>;

/** The permissions tasks are handed out under, for a role's people to see what their role is asked to do. */
export const TASK_PERMISSIONS = [
  'assessment.fill',
  'assessment.review',
  'assessment.approve',
  'assessment.reopen',
  'finding.write',
  'finding.verify',
  'facility.write',
] as const satisfies readonly Permission[];

import { z } from 'zod';
import {
  abilitiesSchema,
  archiveBodySchema,
  dateSchema,
  idSchema,
  paginationQuerySchema,
  versionSchema,
  archivedFilterSchema,
} from './common.ts';
import { categoryCodeSchema } from './ports.ts';

type Label = { zh: string; en: string };

/** 五统一: a new port or a new designated function is planned, designed, funded, built and accepted together. */
export const PROJECT_KINDS = ['new_port', 'new_category'] as const;
export const projectKindSchema = z.enum(PROJECT_KINDS);
export type ProjectKind = z.infer<typeof projectKindSchema>;
export const PROJECT_KIND_LABELS: Record<ProjectKind, Label> = {
  new_port: { zh: '新建口岸', en: 'New port' },
  new_category: { zh: '新增指定监管场地功能', en: 'New designated function' },
};

/** The five gates, in the order they are signed. */
export const PROJECT_GATES = [
  'planning',
  'design',
  'funding',
  'construction',
  'acceptance',
] as const;
export const projectGateSchema = z.enum(PROJECT_GATES);
export type ProjectGate = z.infer<typeof projectGateSchema>;
export const PROJECT_GATE_LABELS: Record<ProjectGate, Label> = {
  planning: { zh: '统一规划', en: 'Planning' },
  design: { zh: '统一设计', en: 'Design' },
  funding: { zh: '统一投资', en: 'Funding' },
  construction: { zh: '统一建设', en: 'Construction' },
  acceptance: { zh: '统一验收', en: 'Acceptance' },
};

export const projectCreateSchema = z.strictObject({
  portId: idSchema,
  kind: projectKindSchema,
  title: z.string().trim().min(2).max(200),
  categories: z
    .array(categoryCodeSchema)
    .min(1)
    .max(20)
    .refine((list) => new Set(list).size === list.length, { message: 'unique_category' }),
});
export type ProjectCreate = z.infer<typeof projectCreateSchema>;

export const projectGateParamsSchema = z.strictObject({ id: idSchema, gate: projectGateSchema });

/** Dates and documents of one gate; the project's version guards every change to it or its gates. */
export const projectGateUpdateSchema = z.strictObject({
  version: versionSchema,
  plannedDate: dateSchema.nullable(),
  actualDate: dateSchema.nullable(),
  documents: z.string().trim().max(2000).nullable(),
});
export type ProjectGateUpdate = z.infer<typeof projectGateUpdateSchema>;

export const projectGateSignSchema = z.strictObject({ version: versionSchema });
export const projectArchiveSchema = archiveBodySchema;

export const projectGateStateSchema = z.object({
  gate: projectGateSchema,
  plannedDate: z.string().nullable(),
  actualDate: z.string().nullable(),
  documents: z.string().nullable(),
  signedBy: z.string().nullable(),
  signedAt: z.string().nullable(),
  can: abilitiesSchema,
});
export type ProjectGateState = z.infer<typeof projectGateStateSchema>;

export const projectSchema = z.object({
  id: idSchema,
  portId: idSchema,
  portCode: z.string(),
  portNameZh: z.string(),
  portNameEn: z.string(),
  kind: projectKindSchema,
  title: z.string(),
  categories: z.array(z.string()),
  gates: z.array(projectGateStateSchema),
  /** The first gate not yet signed; null once acceptance is signed. */
  currentGate: projectGateSchema.nullable(),
  archived: z.boolean(),
  archivedReason: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  can: abilitiesSchema,
});
export type Project = z.infer<typeof projectSchema>;

export const projectListQuerySchema = paginationQuerySchema.extend({
  portId: idSchema.optional(),
  branchId: idSchema.optional(),
  kind: projectKindSchema.optional(),
  archived: archivedFilterSchema,
  sort: z.enum(['createdAt', '-createdAt', 'title', '-title']).default('-createdAt'),
});
export type ProjectListQuery = z.infer<typeof projectListQuerySchema>;

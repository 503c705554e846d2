import { z } from 'zod';
import { abilitiesSchema, idSchema, paginationQuerySchema, versionSchema } from './common.ts';

export const ORG_KINDS = [
  'district',
  'branch',
  'port',
  'office',
  'techcentre',
  'lab',
  'partner',
  'enterprise',
] as const;
export const orgKindSchema = z.enum(ORG_KINDS);
export type OrgKind = z.infer<typeof orgKindSchema>;

/** Which kinds may sit under which: null means the kind lives at the top of the tree. */
export const ORG_PARENT_KINDS: Record<OrgKind, readonly (OrgKind | null)[]> = {
  district: [null],
  branch: ['district'],
  port: ['branch'],
  office: ['branch', 'district'],
  techcentre: ['district'],
  lab: ['techcentre'],
  partner: [null],
  enterprise: [null],
};

export const ORG_KIND_LABELS: Record<OrgKind, { zh: string; en: string }> = {
  district: { zh: '直属海关', en: 'Customs district' },
  branch: { zh: '隶属海关', en: 'Branch' },
  port: { zh: '口岸', en: 'Port' },
  office: { zh: '办事处/处室', en: 'Office' },
  techcentre: { zh: '技术中心', en: 'Technical centre' },
  lab: { zh: '实验室', en: 'Laboratory' },
  partner: { zh: '合作单位', en: 'Partner agency' },
  enterprise: { zh: '企业', en: 'Enterprise' },
};

export const ORG_STATUSES = ['active', 'archived'] as const;
export const orgStatusSchema = z.enum(ORG_STATUSES);
export type OrgStatus = z.infer<typeof orgStatusSchema>;

export const orgCodeSchema = z
  .string()
  .trim()
  .regex(/^[A-Z0-9][A-Z0-9_-]{1,39}$/, { message: 'code' });

const names = {
  nameZh: z.string().trim().min(1).max(100),
  nameEn: z.string().trim().min(1).max(200),
};

export const orgCreateSchema = z.strictObject({
  code: orgCodeSchema,
  kind: orgKindSchema,
  parentId: idSchema.nullable(),
  ...names,
});
export type OrgCreate = z.infer<typeof orgCreateSchema>;

export const orgUpdateSchema = z.strictObject({
  version: versionSchema,
  ...names,
});
export type OrgUpdate = z.infer<typeof orgUpdateSchema>;

export const orgMoveSchema = z.strictObject({
  version: versionSchema,
  parentId: idSchema.nullable(),
});

export const orgListQuerySchema = paginationQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  kind: orgKindSchema.optional(),
  status: orgStatusSchema.optional(),
  parentId: idSchema.optional(),
  sort: z
    .enum(['code', '-code', 'nameZh', '-nameZh', 'kind', 'updatedAt', '-updatedAt'])
    .default('code'),
});
export type OrgListQuery = z.infer<typeof orgListQuerySchema>;

export const orgUnitSchema = z.object({
  id: idSchema,
  code: z.string(),
  kind: orgKindSchema,
  nameZh: z.string(),
  nameEn: z.string(),
  parentId: idSchema.nullable(),
  depth: z.number().int(),
  status: orgStatusSchema,
  archivedReason: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  can: abilitiesSchema,
});
export type OrgUnit = z.infer<typeof orgUnitSchema>;

export const orgTreeNodeSchema = z.object({
  id: idSchema,
  code: z.string(),
  kind: orgKindSchema,
  nameZh: z.string(),
  nameEn: z.string(),
  parentId: idSchema.nullable(),
  status: orgStatusSchema,
});
export type OrgTreeNode = z.infer<typeof orgTreeNodeSchema>;

// Designations: the categories a port may be designated for, a port's designation of one category
// with its history, and the public list. Apart from ports.ts because it is the register's own
// workflow (granted, suspended, withdrawn); index.ts re-exports it with the other contracts.
import { z } from 'zod';
import {
  abilitiesSchema,
  dateSchema,
  idSchema,
  paginationQuerySchema,
  versionSchema,
} from './common.ts';
import {
  categoryCodeSchema,
  provinceCodeSchema,
  TRAFFIC_UNITS,
  trafficUnitSchema,
} from './ports.ts';

type Label = { zh: string; en: string };

export const designationCategorySchema = z.object({
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  trafficUnits: z.array(trafficUnitSchema),
  builtIn: z.boolean(),
  source: z.string().nullable(),
});
export type DesignationCategory = z.infer<typeof designationCategorySchema>;

export const designationCategoryCreateSchema = z.strictObject({
  code: categoryCodeSchema,
  nameZh: z.string().trim().min(1).max(100),
  nameEn: z.string().trim().min(1).max(200),
  trafficUnits: z.array(trafficUnitSchema).min(1).max(TRAFFIC_UNITS.length),
  source: z.string().trim().min(1).max(500).nullable(),
});
export type DesignationCategoryCreate = z.infer<typeof designationCategoryCreateSchema>;
/** Designation of one category at one port; suspending or withdrawing acts per category and keeps history. */
export const DESIGNATION_STATUSES = ['approved', 'suspended', 'withdrawn'] as const;
export const designationStatusSchema = z.enum(DESIGNATION_STATUSES);
export type DesignationStatus = z.infer<typeof designationStatusSchema>;
export const DESIGNATION_STATUS_LABELS: Record<DesignationStatus, Label> = {
  approved: { zh: '已批准', en: 'Approved' },
  suspended: { zh: '暂停', en: 'Suspended' },
  withdrawn: { zh: '撤销', en: 'Withdrawn' },
};

/** From each status, the statuses a designation may move to (approved again = reinstated). */
export const DESIGNATION_TRANSITIONS: Record<DesignationStatus, readonly DesignationStatus[]> = {
  approved: ['suspended', 'withdrawn'],
  suspended: ['approved', 'withdrawn'],
  withdrawn: ['approved'],
};

export const designationGrantSchema = z.strictObject({
  categoryCode: categoryCodeSchema,
  effectiveDate: dateSchema,
  legalBasis: z.string().trim().min(2).max(500),
  reason: z.string().trim().max(500).nullable(),
});
export type DesignationGrant = z.infer<typeof designationGrantSchema>;

export const designationStatusChangeSchema = z.strictObject({
  version: versionSchema,
  status: designationStatusSchema,
  effectiveDate: dateSchema,
  legalBasis: z.string().trim().min(2).max(500),
  reason: z.string().trim().min(2).max(500),
});
export type DesignationStatusChange = z.infer<typeof designationStatusChangeSchema>;

export const designationSchema = z.object({
  id: idSchema,
  portId: idSchema,
  categoryCode: z.string(),
  status: designationStatusSchema,
  effectiveDate: z.string(),
  legalBasis: z.string(),
  reason: z.string().nullable(),
  version: z.number().int(),
  updatedAt: z.string(),
  can: abilitiesSchema,
});
export type Designation = z.infer<typeof designationSchema>;

export const designationHistoryEntrySchema = z.object({
  id: idSchema,
  designationId: idSchema,
  categoryCode: z.string(),
  status: designationStatusSchema,
  effectiveDate: z.string(),
  legalBasis: z.string(),
  reason: z.string().nullable(),
  at: z.string(),
  by: z.string().nullable(),
});
export type DesignationHistoryEntry = z.infer<typeof designationHistoryEntrySchema>;

/** The public list: current approved designations only, no login. */
export const publicDesignationQuerySchema = paginationQuerySchema.extend({
  category: categoryCodeSchema.optional(),
  provinceCode: provinceCodeSchema.optional(),
});
export type PublicDesignationQuery = z.infer<typeof publicDesignationQuerySchema>;

export const publicDesignationSchema = z.object({
  portCode: z.string(),
  portNameZh: z.string(),
  portNameEn: z.string(),
  provinceCode: z.string(),
  cityCode: z.string(),
  categoryCode: z.string(),
  categoryNameZh: z.string(),
  categoryNameEn: z.string(),
  effectiveDate: z.string(),
  legalBasis: z.string(),
});
export type PublicDesignation = z.infer<typeof publicDesignationSchema>;

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

/** Units a facility's capacity is measured in. */
export const FACILITY_CAPACITY_UNITS = [
  'm2',
  'm3',
  'count',
  'lanes',
  'tonnes_per_day',
  'items_per_hour',
  'head',
  'retention_days',
  'kw',
  'kgy',
] as const;
export const facilityCapacityUnitSchema = z.enum(FACILITY_CAPACITY_UNITS);
export type FacilityCapacityUnit = z.infer<typeof facilityCapacityUnitSchema>;
export const FACILITY_CAPACITY_UNIT_LABELS: Record<FacilityCapacityUnit, Label> = {
  m2: { zh: '平方米', en: 'm²' },
  m3: { zh: '立方米', en: 'm³' },
  count: { zh: '个/台', en: 'units' },
  lanes: { zh: '条（通道）', en: 'lanes' },
  tonnes_per_day: { zh: '吨/日', en: 'tonnes/day' },
  items_per_hour: { zh: '件/小时', en: 'items/hour' },
  head: { zh: '头/只', en: 'head' },
  retention_days: { zh: '存储天数', en: 'retention days' },
  kw: { zh: '千瓦', en: 'kW' },
  kgy: { zh: '千戈瑞', en: 'kGy' },
};

/** Basis of a catalog row (DOMAIN.md): S seen in public material, G general knowledge, P a modelling proposal. */
export const SOURCE_TAGS = ['S', 'G', 'P'] as const;
export const sourceTagSchema = z.enum(SOURCE_TAGS);
export type SourceTag = z.infer<typeof sourceTagSchema>;

export const facilityTypeCodeSchema = z
  .string()
  .regex(/^[A-Z][A-Z0-9_]{1,39}$/, { message: 'code' });

const facilityTypeFields = {
  nameZh: z.string().trim().min(1).max(100),
  nameEn: z.string().trim().min(1).max(200),
  capacityUnit: facilityCapacityUnitSchema,
  /** Months a certification stays valid; null when the type needs none. */
  certificationCycleMonths: z.number().int().min(1).max(120).nullable(),
  applicableCategories: z.array(categoryCodeSchema).max(50),
  sourceTag: sourceTagSchema,
  source: z.string().trim().min(1).max(500),
};

export const facilityTypeCreateSchema = z.strictObject({
  code: facilityTypeCodeSchema,
  ...facilityTypeFields,
});
export type FacilityTypeCreate = z.infer<typeof facilityTypeCreateSchema>;
export const facilityTypeUpdateSchema = z.strictObject({
  version: versionSchema,
  ...facilityTypeFields,
});
export type FacilityTypeUpdate = z.infer<typeof facilityTypeUpdateSchema>;
export const facilityTypeCodeParamsSchema = z.strictObject({ code: facilityTypeCodeSchema });

export const facilityTypeSchema = z.object({
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  capacityUnit: facilityCapacityUnitSchema,
  certificationCycleMonths: z.number().int().nullable(),
  applicableCategories: z.array(z.string()),
  sourceTag: sourceTagSchema,
  source: z.string(),
  version: z.number().int(),
  can: abilitiesSchema,
});
export type FacilityType = z.infer<typeof facilityTypeSchema>;

export const FACILITY_STATUSES = [
  'in_service',
  'under_maintenance',
  'out_of_service',
  'planned',
] as const;
export const facilityStatusSchema = z.enum(FACILITY_STATUSES);
export type FacilityStatus = z.infer<typeof facilityStatusSchema>;
export const FACILITY_STATUS_LABELS: Record<FacilityStatus, Label> = {
  in_service: { zh: '在用', en: 'In service' },
  under_maintenance: { zh: '维护中', en: 'Under maintenance' },
  out_of_service: { zh: '停用', en: 'Out of service' },
  planned: { zh: '规划中', en: 'Planned' },
};

const facilityFields = {
  portId: idSchema,
  typeCode: facilityTypeCodeSchema,
  functionalArea: z.string().trim().min(1).max(200),
  quantity: z.number().int().min(1).max(100_000),
  /** The record's total capacity (all its units together), in the type's capacity unit. */
  capacity: z.number().nonnegative().max(1e12).nullable(),
  commissionedDate: dateSchema.nullable(),
  status: facilityStatusSchema,
  notes: z.string().trim().max(2000).nullable(),
};

export const facilityCreateSchema = z.strictObject(facilityFields);
export type FacilityCreate = z.infer<typeof facilityCreateSchema>;
/** Naming another port moves the facility; the caller must be able to write at both ports. */
export const facilityUpdateSchema = z.strictObject({ version: versionSchema, ...facilityFields });
export type FacilityUpdate = z.infer<typeof facilityUpdateSchema>;
export const facilityArchiveSchema = archiveBodySchema;

/** Whether the facility's required certification is valid on the given day. */
export const CERTIFICATION_STATES = [
  'not_required',
  'valid',
  'expiring',
  'expired',
  'missing',
] as const;
export const certificationStateSchema = z.enum(CERTIFICATION_STATES);
export type CertificationState = z.infer<typeof certificationStateSchema>;
export const CERTIFICATION_STATE_LABELS: Record<CertificationState, Label> = {
  not_required: { zh: '无需认证', en: 'Not required' },
  valid: { zh: '有效', en: 'Valid' },
  expiring: { zh: '即将到期', en: 'Expiring' },
  expired: { zh: '已过期', en: 'Expired' },
  missing: { zh: '缺少认证', en: 'Missing' },
};
/** "Expiring" on a facility means within this many days. */
export const CERTIFICATION_EXPIRING_DAYS = 90;

/**
 * Filter on the latest certification's expiry: `valid` beyond the expiring window, `expiring` within it,
 * `expired` before today, `none` when no certification is recorded.
 */
export const FACILITY_CERTIFICATION_FILTERS = ['valid', 'expiring', 'expired', 'none'] as const;
export const facilityCertificationFilterSchema = z.enum(FACILITY_CERTIFICATION_FILTERS);
export type FacilityCertificationFilter = z.infer<typeof facilityCertificationFilterSchema>;

export const FACILITY_SORTS = [
  'portCode',
  '-portCode',
  'typeCode',
  '-typeCode',
  'status',
  'commissionedDate',
  '-commissionedDate',
  'updatedAt',
  '-updatedAt',
] as const;
export const facilityListQuerySchema = paginationQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  portId: idSchema.optional(),
  branchId: idSchema.optional(),
  typeCode: facilityTypeCodeSchema.optional(),
  status: facilityStatusSchema.optional(),
  certification: facilityCertificationFilterSchema.optional(),
  archived: archivedFilterSchema,
  sort: z.enum(FACILITY_SORTS).default('portCode'),
});
export type FacilityListQuery = z.infer<typeof facilityListQuerySchema>;

export const facilitySchema = z.object({
  id: idSchema,
  portId: idSchema,
  portCode: z.string(),
  portNameZh: z.string(),
  portNameEn: z.string(),
  typeCode: z.string(),
  functionalArea: z.string(),
  quantity: z.number().int(),
  capacity: z.number().nullable(),
  commissionedDate: z.string().nullable(),
  status: facilityStatusSchema,
  notes: z.string().nullable(),
  /** The latest certification's expiry date, if any. */
  certificationExpiry: z.string().nullable(),
  certificationState: certificationStateSchema,
  archived: z.boolean(),
  archivedReason: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  can: abilitiesSchema,
});
export type Facility = z.infer<typeof facilitySchema>;

export const certificationCreateSchema = z
  .strictObject({
    issuer: z.string().trim().min(1).max(200),
    issuedDate: dateSchema,
    expiryDate: dateSchema,
    documentRef: z.string().trim().min(1).max(500).nullable(),
  })
  .refine((c) => c.expiryDate > c.issuedDate, {
    message: 'expiry_after_issue',
    path: ['expiryDate'],
  });
export type CertificationCreate = z.infer<typeof certificationCreateSchema>;

export const certificationSchema = z.object({
  id: idSchema,
  facilityId: idSchema,
  issuer: z.string(),
  issuedDate: z.string(),
  expiryDate: z.string(),
  documentRef: z.string().nullable(),
  createdAt: z.string(),
});
export type Certification = z.infer<typeof certificationSchema>;

/** The expiry board: certifications lapsed or lapsing within 30, 60 or 90 days, latest per facility. */
export const EXPIRY_WINDOWS = ['30', '60', '90'] as const;
export const expiringQuerySchema = paginationQuerySchema.extend({
  within: z.enum(EXPIRY_WINDOWS).default('90'),
  branchId: idSchema.optional(),
  portId: idSchema.optional(),
});
export type ExpiringQuery = z.infer<typeof expiringQuerySchema>;

export const expiringCertificationSchema = z.object({
  certificationId: idSchema,
  facilityId: idSchema,
  typeCode: z.string(),
  functionalArea: z.string(),
  portId: idSchema,
  portCode: z.string(),
  portNameZh: z.string(),
  portNameEn: z.string(),
  branchId: idSchema,
  branchNameZh: z.string(),
  branchNameEn: z.string(),
  issuer: z.string(),
  issuedDate: z.string(),
  expiryDate: z.string(),
  /** Negative once expired. */
  daysLeft: z.number().int(),
  state: z.enum(['expired', 'expiring']),
});
export type ExpiringCertification = z.infer<typeof expiringCertificationSchema>;

/** The gap list: per port and designated category, the required facility types it has none of in service with a valid certification. */
export const facilityGapQuerySchema = z.strictObject({
  branchId: idSchema.optional(),
  portId: idSchema.optional(),
  category: categoryCodeSchema.optional(),
});
export type FacilityGapQuery = z.infer<typeof facilityGapQuerySchema>;

export const facilityGapSchema = z.object({
  portId: idSchema,
  portCode: z.string(),
  portNameZh: z.string(),
  portNameEn: z.string(),
  branchId: idSchema,
  branchNameZh: z.string(),
  branchNameEn: z.string(),
  categoryCode: z.string(),
  designationStatus: z.enum(['approved', 'suspended', 'withdrawn']),
  requiredTypes: z.array(z.string()),
  missingTypes: z.array(z.string()),
});
export type FacilityGap = z.infer<typeof facilityGapSchema>;

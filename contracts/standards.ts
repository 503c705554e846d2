import { z } from 'zod';
import { abilitiesSchema, paginationQuerySchema, versionSchema } from './common.ts';
import type { WorkingGroup } from './roles.ts';

type Label = { zh: string; en: string };

/** The programme's four aspects (四方面); every requirement belongs to one. */
export const ASPECTS = ['SYSTEM', 'FACILITY', 'TECH', 'STAFF'] as const;
export const aspectSchema = z.enum(ASPECTS);
export type Aspect = z.infer<typeof aspectSchema>;
export const ASPECT_LABELS: Record<Aspect, Label> = {
  SYSTEM: { zh: '工作制度', en: 'Work rules' },
  FACILITY: { zh: '口岸专业设施', en: 'Port facilities' },
  TECH: { zh: '技术支撑能力', en: 'Technical support' },
  STAFF: { zh: '人才队伍', en: 'Qualified staff' },
};

/** Which working group writes and reviews each aspect's requirements (publicity and education covers staff). */
export const ASPECT_WORKING_GROUP: Record<Aspect, WorkingGroup> = {
  SYSTEM: 'SYSTEM',
  FACILITY: 'FACILITY',
  TECH: 'TECH',
  STAFF: 'EDUCATION',
};

export const IMPORTANCES = ['mandatory', 'recommended'] as const;
export const importanceSchema = z.enum(IMPORTANCES);
export type Importance = z.infer<typeof importanceSchema>;
export const IMPORTANCE_LABELS: Record<Importance, Label> = {
  mandatory: { zh: '必须达到', en: 'Mandatory' },
  recommended: { zh: '建议达到', en: 'Recommended' },
};

/** What a requirement rests on: a regulation or national/industry standard, or a default the programme sets itself. */
export const BASIS_KINDS = ['regulation', 'standard', 'programme_default'] as const;
export const basisKindSchema = z.enum(BASIS_KINDS);
export type BasisKind = z.infer<typeof basisKindSchema>;
export const BASIS_KIND_LABELS: Record<BasisKind, Label> = {
  regulation: { zh: '规章/公告', en: 'Regulation' },
  standard: { zh: '标准', en: 'Standard' },
  programme_default: { zh: '规划默认要求', en: 'Programme default' },
};

/** Item codes: upper-case segments, e.g. FAC-MEAT-COLD-STORE. */
export const itemCodeSchema = z
  .string()
  .trim()
  .regex(/^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$/, 'item_code_format')
  .max(60);
/**
 * The longest requirement expression, in characters. A rule is a condition or a quantity, not a program: the
 * longest of the default catalog is under 150 characters. The bound caps the work of checking one (the
 * engine bounds its nesting depth separately); the editor, the API and the checks on publishing a version and
 * opening a campaign all hold expressions to it.
 */
export const MAX_EXPRESSION_LENGTH = 2000;
/** A CEL expression as the author wrote it. */
export const celExpressionSchema = z.string().trim().min(1).max(MAX_EXPRESSION_LENGTH);

/**
 * One requirement (达标要求) as authored: when it applies, how much is required, and how much is present.
 * `required` null makes a yes/no item (then `measure` is a boolean); `measure` null makes a manual item
 * that a person answers with evidence.
 */
export const requirementDraftSchema = z.strictObject({
  code: itemCodeSchema,
  aspect: aspectSchema,
  titleZh: z.string().trim().min(2).max(200),
  titleEn: z.string().trim().min(2).max(300),
  guidanceZh: z.string().trim().max(4000).default(''),
  guidanceEn: z.string().trim().max(4000).default(''),
  basisKind: basisKindSchema,
  /** The rule or standard cited, e.g. "海关总署公告2019年第212号"; for a programme default, why the default. */
  basis: z.string().trim().min(2).max(500),
  importance: importanceSchema,
  weight: z.number().positive().max(100),
  appliesWhen: celExpressionSchema.nullable().default(null),
  required: celExpressionSchema.nullable().default(null),
  measure: celExpressionSchema.nullable().default(null),
  /** What a person uploads for a manual item (or to back an automatic one). */
  evidenceGuidance: z.string().trim().max(2000).default(''),
});
export type RequirementDraft = z.infer<typeof requirementDraftSchema>;

/** A catalog as a file (YAML or JSON): what import and export carry. */
export const catalogFileSchema = z.strictObject({
  code: z
    .string()
    .trim()
    .regex(/^[A-Z][A-Z0-9-]*$/, 'catalog_code_format')
    .max(40),
  nameZh: z.string().trim().min(2).max(200),
  nameEn: z.string().trim().min(2).max(200),
  /** Where the catalog's facts come from. */
  source: z.string().trim().max(2000).default(''),
  items: z.array(requirementDraftSchema).max(2000),
});
export type CatalogFile = z.infer<typeof catalogFileSchema>;

// ---------------------------------------------------------------------------------------------------
// Catalogs and versions
// ---------------------------------------------------------------------------------------------------

export const CATALOG_VERSION_STATUSES = ['draft', 'published'] as const;
export const catalogVersionStatusSchema = z.enum(CATALOG_VERSION_STATUSES);
export type CatalogVersionStatus = z.infer<typeof catalogVersionStatusSchema>;
export const CATALOG_VERSION_STATUS_LABELS: Record<CatalogVersionStatus, Label> = {
  draft: { zh: '草稿', en: 'Draft' },
  published: { zh: '已发布', en: 'Published' },
};

/** How an item of a published version relates to the version before it. */
export const ITEM_CHANGES = ['new', 'same', 'changed', 'removed'] as const;
export const itemChangeSchema = z.enum(ITEM_CHANGES);
export type ItemChange = z.infer<typeof itemChangeSchema>;
export const ITEM_CHANGE_LABELS: Record<ItemChange, Label> = {
  new: { zh: '新增', en: 'New' },
  same: { zh: '未变', en: 'Unchanged' },
  changed: { zh: '修改', en: 'Changed' },
  removed: { zh: '删除', en: 'Removed' },
};

export const catalogCreateSchema = z.strictObject({
  code: catalogFileSchema.shape.code,
  nameZh: catalogFileSchema.shape.nameZh,
  nameEn: catalogFileSchema.shape.nameEn,
  source: catalogFileSchema.shape.source,
});
export type CatalogCreate = z.infer<typeof catalogCreateSchema>;

export const catalogVersionSummarySchema = z.object({
  id: z.string(),
  number: z.number().int(),
  status: catalogVersionStatusSchema,
  itemCount: z.number().int(),
  publishedAt: z.string().nullable(),
  publishedBy: z.string().nullable(),
});
export type CatalogVersionSummary = z.infer<typeof catalogVersionSummarySchema>;

export const catalogSchema = z.object({
  id: z.string(),
  code: z.string(),
  nameZh: z.string(),
  nameEn: z.string(),
  source: z.string(),
  versions: z.array(catalogVersionSummarySchema),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  can: abilitiesSchema,
});
export type Catalog = z.infer<typeof catalogSchema>;

export const catalogItemSchema = requirementDraftSchema.extend({
  id: z.string(),
  versionId: z.string(),
  /** Set when the version is published; null while it is a draft. */
  change: itemChangeSchema.nullable(),
  /** Whether the item reads from registers (automatic) or a person answers it (manual). */
  automatic: z.boolean(),
  version: z.number().int(),
  updatedAt: z.string(),
  can: abilitiesSchema,
});
export type CatalogItem = z.infer<typeof catalogItemSchema>;

export const catalogVersionSchema = z.object({
  id: z.string(),
  catalogId: z.string(),
  catalogCode: z.string(),
  catalogNameZh: z.string(),
  catalogNameEn: z.string(),
  number: z.number().int(),
  status: catalogVersionStatusSchema,
  publishedAt: z.string().nullable(),
  publishedBy: z.string().nullable(),
  previousVersionId: z.string().nullable(),
  /** Codes of the previous version's items this version dropped (known once published). */
  removedCodes: z.array(z.string()),
  items: z.array(catalogItemSchema),
  version: z.number().int(),
  can: abilitiesSchema,
});
export type CatalogVersion = z.infer<typeof catalogVersionSchema>;

export const catalogListQuerySchema = paginationQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  sort: z.enum(['code', '-code', 'updatedAt', '-updatedAt']).default('code'),
});
export type CatalogListQuery = z.infer<typeof catalogListQuerySchema>;

export const catalogItemUpdateSchema = requirementDraftSchema.extend({ version: versionSchema });
export type CatalogItemUpdate = z.infer<typeof catalogItemUpdateSchema>;

export const catalogExportQuerySchema = z.strictObject({
  format: z.enum(['yaml', 'json']).default('yaml'),
});

/** Live validation of one item's expressions while it is edited, with a preview over the ports the caller may read. */
export const expressionCheckSchema = z.strictObject({
  code: itemCodeSchema.default('PREVIEW'),
  aspect: aspectSchema.default('FACILITY'),
  appliesWhen: celExpressionSchema.nullable(),
  required: celExpressionSchema.nullable(),
  measure: celExpressionSchema.nullable(),
});
export type ExpressionCheck = z.infer<typeof expressionCheckSchema>;

export const expressionProblemSchema = z.object({
  itemCode: z.string(),
  field: z.enum(['appliesWhen', 'required', 'measure']),
  expression: z.string(),
  message: z.object({ zh: z.string(), en: z.string() }),
  start: z.number().int().nullable(),
  end: z.number().int().nullable(),
});
export type ExpressionProblem = z.infer<typeof expressionProblemSchema>;

// ---------------------------------------------------------------------------------------------------
// Results of evaluating requirements
// ---------------------------------------------------------------------------------------------------

/** What an assessment item can come to. `error` is the engine's: the rule could not be evaluated. */
export const ITEM_RESULTS = [
  'compliant',
  'partial',
  'non_compliant',
  'not_applicable',
  'error',
] as const;
export const itemResultSchema = z.enum(ITEM_RESULTS);
export type ItemResult = z.infer<typeof itemResultSchema>;
export const ITEM_RESULT_LABELS: Record<ItemResult, Label> = {
  compliant: { zh: '符合', en: 'Compliant' },
  partial: { zh: '部分符合', en: 'Partial' },
  non_compliant: { zh: '不符合', en: 'Non-compliant' },
  not_applicable: { zh: '不适用', en: 'Not applicable' },
  error: { zh: '评估出错', en: 'Evaluation error' },
};
/** Results a person may give a manual item. */
export const MANUAL_RESULTS = ['compliant', 'partial', 'non_compliant', 'not_applicable'] as const;

export const GRADES = ['major', 'minor', 'observation'] as const;
export const gradeSchema = z.enum(GRADES);
export type Grade = z.infer<typeof gradeSchema>;
export const GRADE_LABELS: Record<Grade, Label> = {
  major: { zh: '严重不符合', en: 'Major' },
  minor: { zh: '一般不符合', en: 'Minor' },
  observation: { zh: '观察项', en: 'Observation' },
};

export const explanationSchema = z.object({
  expression: z.string(),
  value: z.union([z.number(), z.boolean(), z.null()]),
  /** Set when the expression could not be evaluated. */
  error: z.string().optional(),
  terms: z.array(z.object({ text: z.string(), value: z.unknown(), error: z.string().optional() })),
});
export type Explanation = z.infer<typeof explanationSchema>;

export const expressionPreviewSchema = z.object({
  problems: z.array(expressionProblemSchema),
  /** Per port the caller may read: whether the item applies and what it comes to on today's registers. */
  ports: z.array(
    z.object({
      portId: z.string(),
      portCode: z.string(),
      portNameZh: z.string(),
      portNameEn: z.string(),
      applies: z.boolean(),
      result: itemResultSchema.nullable(),
      required: z.number().nullable(),
      present: z.union([z.number(), z.boolean(), z.null()]),
      error: z.string().nullable(),
    }),
  ),
});
export type ExpressionPreview = z.infer<typeof expressionPreviewSchema>;

/** The fact vocabulary an author may use, as the engine declares it. */
const labelSchema = z.object({ zh: z.string(), en: z.string() });
export const factVocabularySchema = z.object({
  variables: z.array(
    z.object({
      name: z.string(),
      type: z.string(),
      label: labelSchema,
      fields: z.array(z.object({ name: z.string(), type: z.string(), label: labelSchema })),
      methods: z.array(z.object({ signature: z.string(), label: labelSchema })),
    }),
  ),
  functions: z.array(z.object({ signature: z.string(), label: labelSchema })),
});
export type FactVocabulary = z.infer<typeof factVocabularySchema>;

export const catalogImportSchema = z.strictObject({
  format: z.enum(['yaml', 'json']),
  /** The file's text: the browser reads the chosen file and sends it. */
  content: z.string().min(1).max(2_000_000),
});
export type CatalogImport = z.infer<typeof catalogImportSchema>;

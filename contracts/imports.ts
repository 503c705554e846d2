import { z } from 'zod';

/** Upload limit for an import workbook. */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
/** Rows one import may carry. */
export const IMPORT_MAX_ROWS = 20_000;

/** One problem in an import: the sheet row (as Excel numbers it, header = 1), the column key and what is wrong. */
export const importProblemSchema = z.object({
  row: z.number().int(),
  column: z.string(),
  message: z.string(),
});
export type ImportProblem = z.infer<typeof importProblemSchema>;

/** An import applies every row or none: `applied` is the row count, or 0 with the problems listed. */
export const importReportSchema = z.object({
  applied: z.number().int(),
  problems: z.array(importProblemSchema),
});
export type ImportReport = z.infer<typeof importReportSchema>;

/** Columns of each import template, by key (the header row carries these keys). */
export const PORT_IMPORT_COLUMNS = [
  'code',
  'branchCode',
  'nameZh',
  'nameEn',
  'modes',
  'portClass',
  'provinceCode',
  'cityCode',
  'latitude',
  'longitude',
  'status',
  'openedDate',
] as const;
export const TRAFFIC_IMPORT_COLUMNS = [
  'portCode',
  'categoryCode',
  'year',
  'month',
  'unit',
  'value',
] as const;
export const FACILITY_IMPORT_COLUMNS = [
  'portCode',
  'typeCode',
  'functionalArea',
  'quantity',
  'capacity',
  'commissionedDate',
  'status',
  'notes',
  'certIssuer',
  'certIssuedDate',
  'certExpiryDate',
  'certDocumentRef',
] as const;

/**
 * Asked for with `Accept: application/x-ndjson`, an import answers 200 at once and streams one JSON event
 * per line while it checks and writes rows, ending with the report (or the error) and the status the
 * plain answer would have had.
 */
export const IMPORT_PROGRESS_TYPE = 'application/x-ndjson';
export const IMPORT_PHASES = ['checking', 'writing'] as const;
export type ImportPhase = (typeof IMPORT_PHASES)[number];
export const importEventSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('progress'),
    phase: z.enum(IMPORT_PHASES),
    done: z.number().int(),
    total: z.number().int(),
  }),
  z.object({ type: z.literal('report'), status: z.number().int(), report: importReportSchema }),
  z.object({
    type: z.literal('error'),
    status: z.number().int(),
    error: z.object({
      code: z.string(),
      message: z.string(),
      fields: z.record(z.string(), z.string()).optional(),
    }),
  }),
]);
export type ImportEvent = z.infer<typeof importEventSchema>;

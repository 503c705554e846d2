import { z } from 'zod';

/** Upload limit for an import workbook. */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
/** Rows one import may carry. */
export const IMPORT_MAX_ROWS = 20_000;

/** One problem in an import: the sheet row (as Excel numbers it, header = 1), the column key (and header) and what is wrong. */
export const importProblemSchema = z.object({
  row: z.number().int(),
  column: z.string(),
  message: z.string(),
  /** The column's header in the caller's language, as the template writes it. */
  label: z.string().optional(),
});
export type ImportProblem = z.infer<typeof importProblemSchema>;

/** What an import does with a row whose natural key is already recorded (ports: code; traffic: port,
 * category, year and month; facilities: port, type and functional area). Without a choice, a file holding
 * such rows applies nothing and answers 409 listing them, so nothing is ever duplicated or overwritten
 * unasked. */
export const IMPORT_ON_EXISTING = ['skip', 'update'] as const;
export type ImportOnExisting = (typeof IMPORT_ON_EXISTING)[number];
export const importQuerySchema = z.object({ onExisting: z.enum(IMPORT_ON_EXISTING).optional() });

/** A row of the sheet whose natural key is already recorded, with that key as the sheet writes it. */
export const importExistingSchema = z.object({ row: z.number().int(), key: z.string() });
export type ImportExisting = z.infer<typeof importExistingSchema>;

/**
 * An import applies every row or none: `applied` is the row count (new and updated), or 0 with the problems
 * listed. `existing` names the rows already recorded; `skipped` and `updated` count what the choice did with
 * them; each is present only when the file held such rows.
 */
export const importReportSchema = z.object({
  applied: z.number().int(),
  problems: z.array(importProblemSchema),
  existing: z.array(importExistingSchema).optional(),
  skipped: z.number().int().optional(),
  updated: z.number().int().optional(),
});
export type ImportReport = z.infer<typeof importReportSchema>;

/** Columns of each import template, by key (the template's header row names them in the caller's language; a header of keys reads too). */
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
  // Last, so that sheets made from the template before places had kinds still read.
  'placeKind',
  'placeType',
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

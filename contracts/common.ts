import { z } from 'zod';

export const PAGE_SIZE_MAX = 200;
export const PAGE_SIZE_DEFAULT = 20;

export const idSchema = z.uuid({ version: 'v7' });
export const idParamsSchema = z.strictObject({ id: idSchema });

/** Calendar date as the API and database carry it. */
/** A calendar date the business can mean: ISO 'YYYY-MM-DD' between 1900 and 2100 (year 0000 is a typing slip). */
export const dateSchema = z.iso
  .date()
  .refine((d) => d >= '1900-01-01' && d <= '2100-12-31', { message: 'date_range' });

export const paginationQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(PAGE_SIZE_MAX).default(PAGE_SIZE_DEFAULT),
});

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });

export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

/** List filter: archived records instead of live ones (query strings carry 'true' / 'false'). */
export const archivedFilterSchema = z.enum(['true', 'false']).default('false');

/** Optimistic concurrency: every update names the version it read. */
export const versionSchema = z.number().int().min(1);

export const archiveBodySchema = z.strictObject({
  version: versionSchema,
  reason: z.string().trim().min(2).max(500),
});

export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

export const okSchema = z.object({ ok: z.literal(true) });

/** Actions the caller may take on a record; the UI shows buttons from this. */
export const abilitiesSchema = z.record(z.string(), z.boolean());

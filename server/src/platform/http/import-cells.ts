import { z } from 'zod';

/** Cell coercions for import row schemas: a cell arrives as text, a number or nothing. */
export const cellText = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (v) =>
      v === null || v === undefined
        ? null
        : typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint'
          ? String(v)
          : v,
    schema,
  );
export const cellNumber = <T extends z.ZodType>(schema: T) =>
  z.preprocess(
    (v) =>
      v === null || v === undefined
        ? null
        : typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))
          ? Number(v)
          : v,
    schema,
  );

// A port's traffic: figures per category, year and month, and the series the chart draws. Apart from
// ports.ts because it is recorded and imported on its own; index.ts re-exports it with the other
// contracts.
import { z } from 'zod';
import { abilitiesSchema, idSchema, versionSchema } from './common.ts';
import { categoryCodeSchema, trafficUnitSchema } from './ports.ts';

/** Traffic: one figure per port, category, year and (optionally) month, in a unit that fits the category. */
export const trafficEntrySchema = z.object({
  id: idSchema,
  portId: idSchema,
  categoryCode: z.string(),
  year: z.number().int(),
  month: z.number().int().nullable(),
  unit: trafficUnitSchema,
  value: z.number(),
  version: z.number().int(),
  can: abilitiesSchema,
});
export type TrafficEntry = z.infer<typeof trafficEntrySchema>;

export const trafficYearSchema = z.number().int().min(1980).max(2100);
export const trafficCreateSchema = z.strictObject({
  categoryCode: categoryCodeSchema,
  year: trafficYearSchema,
  month: z.number().int().min(1).max(12).nullable(),
  unit: trafficUnitSchema,
  value: z.number().nonnegative().max(1e12),
});
export type TrafficCreate = z.infer<typeof trafficCreateSchema>;

export const trafficUpdateSchema = z.strictObject({
  version: versionSchema,
  unit: trafficUnitSchema,
  value: z.number().nonnegative().max(1e12),
});
export type TrafficUpdate = z.infer<typeof trafficUpdateSchema>;

export const trafficQuerySchema = z.strictObject({
  categoryCode: categoryCodeSchema.optional(),
  fromYear: z.coerce.number().int().min(1980).max(2100).optional(),
  toYear: z.coerce.number().int().min(1980).max(2100).optional(),
});
export type TrafficQuery = z.infer<typeof trafficQuerySchema>;

/** A port's traffic: every entry, plus one yearly series per category and unit for the chart. */
export const portTrafficSchema = z.object({
  entries: z.array(trafficEntrySchema),
  series: z.array(
    z.object({
      categoryCode: z.string(),
      unit: trafficUnitSchema,
      yearly: z.array(z.object({ year: z.number().int(), value: z.number() })),
      monthly: z.array(
        z.object({ year: z.number().int(), month: z.number().int(), value: z.number() }),
      ),
    }),
  ),
});
export type PortTraffic = z.infer<typeof portTrafficSchema>;

import type { Fixtures } from './callers.ts';

// Demo records that the rows of several modules aim at, looked up in the probe's app.

/** The ports row of a demo port, by code. */
export async function portOf(fx: Fixtures, code: string): Promise<{ id: string; version: number }> {
  return fx.t.ctx.db
    .selectFrom('ports')
    .innerJoin('orgUnits', 'orgUnits.id', 'ports.orgUnitId')
    .select(['ports.id', 'ports.version'])
    .where('orgUnits.code', '=', code)
    .executeTakeFirstOrThrow();
}

export async function facilityOf(
  fx: Fixtures,
  code: string,
  type: string,
): Promise<{ id: string; version: number; portId: string }> {
  const port = await portOf(fx, code);
  return fx.t.ctx.db
    .selectFrom('facilities')
    .select(['id', 'version', 'portId'])
    .where('portId', '=', port.id)
    .where('typeCode', '=', type)
    .orderBy('id')
    .limit(1)
    .executeTakeFirstOrThrow();
}

/** The demo project at the target port. */
export async function projectOf(
  fx: Fixtures,
  code: string,
): Promise<{ id: string; version: number }> {
  const port = await portOf(fx, code);
  return fx.t.ctx.db
    .selectFrom('projects')
    .select(['id', 'version'])
    .where('portId', '=', port.id)
    .executeTakeFirstOrThrow();
}

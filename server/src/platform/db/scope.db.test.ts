import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OrgKind } from '../../../../contracts/index.ts';
import { createTestApp, dbAvailable, type TestApp } from '../../../test/helpers.ts';
import type { Scope } from '../access/actor.ts';
import { newId } from './ids.ts';
import { inScope, portInScope } from './scope.ts';

describe.skipIf(!dbAvailable)('scope in SQL', () => {
  let t: TestApp;
  const district = newId();
  const port = newId();
  const partner = newId();
  beforeEach(async () => {
    t = await createTestApp({ seed: false });
    const unit = (id: string, code: string, kind: OrgKind, path: string, depth: number) => ({
      id,
      code,
      kind,
      nameZh: code,
      nameEn: code,
      parentId: null,
      path,
      depth,
      status: 'active',
      archivedReason: null,
      version: 1,
      createdAt: 1,
      createdBy: null,
      updatedAt: 1,
      updatedBy: null,
    });
    await t.ctx.db
      .insertInto('orgUnits')
      .values([
        unit(district, 'S-D', 'district', `/${district}/`, 0),
        unit(port, 'S-P', 'port', `/${district}/${port}/`, 1),
        unit(partner, 'S-X', 'partner', `/${partner}/`, 0),
      ])
      .execute();
  });
  afterEach(async () => t.close());

  const codes = (where: 'units' | 'ports', scope: Scope) =>
    t.ctx.db
      .selectFrom('orgUnits')
      .select('code')
      .where((eb) =>
        where === 'units'
          ? inScope(eb, scope, { path: 'path', kind: 'kind', depth: 'depth' })
          : portInScope(eb, scope, 'path'),
      )
      .orderBy('code')
      .execute()
      .then((rows) => rows.map((r) => r.code));

  it('reaches the subtree of each prefix, and the external units only when the scope has them', async () => {
    const districtWide = { prefixes: [`/${district}/`], externalUnits: true };
    expect(await codes('units', districtWide)).toEqual(['S-D', 'S-P', 'S-X']);
    expect(await codes('units', { ...districtWide, externalUnits: false })).toEqual(['S-D', 'S-P']);
    expect(
      await codes('units', { prefixes: [`/${district}/${port}/`], externalUnits: false }),
    ).toEqual(['S-P']);
  });

  it('asks the prefixes alone for records hung off a port, and nothing of an empty scope', async () => {
    expect(await codes('ports', { prefixes: [`/${district}/`], externalUnits: true })).toEqual([
      'S-D',
      'S-P',
    ]);
    expect(await codes('ports', { prefixes: [], externalUnits: true })).toEqual([]);
    expect(await codes('units', { prefixes: [], externalUnits: false })).toEqual([]);
  });
});

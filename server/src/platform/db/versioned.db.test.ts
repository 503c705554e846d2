import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, dbAvailable, type TestApp } from '../../../test/helpers.ts';
import { AppError } from '../errors/errors.ts';
import { newId } from './ids.ts';
import { updateVersioned } from './versioned.ts';

describe.skipIf(!dbAvailable)('updateVersioned', () => {
  let t: TestApp;
  let id: string;
  beforeEach(async () => {
    t = await createTestApp({ seed: false });
    id = newId();
    await t.ctx.db
      .insertInto('orgUnits')
      .values({
        id,
        code: 'V-ROOT',
        kind: 'district',
        nameZh: '旧',
        nameEn: 'Old',
        parentId: null,
        path: `/${id}/`,
        depth: 0,
        status: 'active',
        archivedReason: null,
        version: 1,
        createdAt: 1,
        createdBy: null,
        updatedAt: 1,
        updatedBy: null,
      })
      .execute();
  });
  afterEach(async () => t.close());

  const stored = () =>
    t.ctx.db
      .selectFrom('orgUnits')
      .select(['nameEn', 'version', 'updatedAt'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  const staleCode = (error: unknown) => (error instanceof AppError ? error.code : error);

  it('writes the changes and the next version, and returns the row as written', async () => {
    const row = await updateVersioned(
      t.ctx.db,
      'orgUnits',
      { id, version: 1 },
      { nameEn: 'New', updatedAt: 2, updatedBy: null },
    );
    expect(row).toMatchObject({ id, code: 'V-ROOT', nameEn: 'New', version: 2, updatedAt: 2 });
    expect(await stored()).toEqual({ nameEn: 'New', version: 2, updatedAt: 2 });
  });

  it('answers STALE_VERSION and changes nothing when the version moved on or the row is gone', async () => {
    const change = { nameEn: 'Lost', updatedAt: 3, updatedBy: null };
    await expect(
      updateVersioned(t.ctx.db, 'orgUnits', { id, version: 2 }, change).catch(staleCode),
    ).resolves.toBe('STALE_VERSION');
    await expect(
      updateVersioned(t.ctx.db, 'orgUnits', { id: newId(), version: 1 }, change).catch(staleCode),
    ).resolves.toBe('STALE_VERSION');
    expect(await stored()).toEqual({ nameEn: 'Old', version: 1, updatedAt: 1 });
  });

  it('finds a row of a table keyed by code by that code', async () => {
    const type = await t.ctx.db
      .selectFrom('facilityTypes')
      .select(['code', 'version'])
      .orderBy('code')
      .executeTakeFirstOrThrow();
    const row = await updateVersioned(
      t.ctx.db,
      'facilityTypes',
      { id: type.code, version: type.version },
      {
        source: 'checked',
        updatedAt: 4,
        updatedBy: null,
      },
    );
    expect(row).toMatchObject({ code: type.code, source: 'checked', version: type.version + 1 });
  });
});

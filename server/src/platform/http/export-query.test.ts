import { describe, expect, expectTypeOf, it } from 'vitest';
import type { PortListQuery } from '../../../../contracts/index.ts';
import { EXPORT_MAX_ROWS, type ExportQuery } from './export-query.ts';

describe('export query', () => {
  it('is the list query without its paging', () => {
    expectTypeOf<ExportQuery<PortListQuery>>().not.toHaveProperty('page');
    expectTypeOf<ExportQuery<PortListQuery>>().not.toHaveProperty('pageSize');
    expectTypeOf<ExportQuery<PortListQuery>>().toHaveProperty('sort');
    // A list query (paging and all) is accepted where an export query is asked for.
    expectTypeOf<PortListQuery>().toExtend<ExportQuery<PortListQuery>>();
  });

  it('stops at what one worksheet holds under its header row', () => {
    expect(EXPORT_MAX_ROWS + 1).toBe(2 ** 20);
  });
});

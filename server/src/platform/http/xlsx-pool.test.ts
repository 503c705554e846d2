import { afterEach, describe, expect, it } from 'vitest';
import { largeWorkbook, workbook } from '../../../test/xlsx-upload.ts';
import { SheetWorkerPool } from './xlsx-pool.ts';

const columns = ['code', 'name'];
const request = { columns, maxRows: 20_000 };
const pools: SheetWorkerPool[] = [];
const poolOf = (limits: { timeoutMs: number; heapMb: number }) => {
  const pool = new SheetWorkerPool(limits);
  pools.push(pool);
  return pool;
};

describe('SheetWorkerPool', () => {
  afterEach(async () => {
    await Promise.all(pools.splice(0).map((p) => p.close()));
  });

  it('reads workbooks in a worker thread, one after another', async () => {
    const pool = poolOf({ timeoutMs: 20_000, heapMb: 256 });
    const [a, b] = await Promise.all([
      pool.read(await workbook(columns, [['P-1', '一']]), request),
      pool.read(await workbook(columns, [['P-2', '二']]), request),
    ]);
    expect(a).toEqual({ ok: true, rows: [{ row: 2, values: { code: 'P-1', name: '一' } }] });
    expect(b).toEqual({ ok: true, rows: [{ row: 2, values: { code: 'P-2', name: '二' } }] });
  });

  it('says it is busy when four reads already wait behind the one running', async () => {
    const pool = poolOf({ timeoutMs: 20_000, heapMb: 256 });
    const file = await workbook(columns, [['P-1', '一']]);
    const results = await Promise.all(Array.from({ length: 6 }, () => pool.read(file, request)));
    expect(results.map((r) => (r.ok ? 'read' : r.refusal.kind))).toEqual([
      'read',
      'read',
      'read',
      'read',
      'read',
      'busy',
    ]);
  });

  it('answers a read that runs out of time, and answers the next one too, in a fresh worker', async () => {
    const big = await largeWorkbook(columns, 20_000, (i) => [`P-${i}`, `口岸${i}`]);
    const pool = poolOf({ timeoutMs: 1, heapMb: 256 });
    expect(await pool.read(big, request)).toEqual({ ok: false, refusal: { kind: 'timeout' } });
    expect(await pool.read(big, request)).toEqual({ ok: false, refusal: { kind: 'timeout' } });
  });

  it('answers a read whose worker runs out of memory instead of leaving it waiting', async () => {
    const pool = poolOf({ timeoutMs: 20_000, heapMb: 4 });
    const rows = Array.from({ length: 2000 }, (_, i) => [`P-${i}`, '长'.repeat(2000)]);
    expect(await pool.read(await workbook(columns, rows), request)).toEqual({
      ok: false,
      refusal: { kind: 'outOfMemory' },
    });
  });
});

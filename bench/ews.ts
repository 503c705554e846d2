// Early-warning benchmark (issue 5): the engine against R surveillance on the same seeded data, in one run.
//   npx tsx bench/ews.ts [--series 5000] [--weeks 312] [--r-series 200] [--no-r]
// Generates the series, times every method on the last 52 weeks (in this thread, and as a batch over
// worker threads), then, when Rscript and surveillance are installed, times R on the first r-series
// series, checks the alarms agree, and prints the ratio R / engine per series-week and the peak RSS.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { compareSeries, emptyAgreement, parseReferenceCsv, type Agreement, type ReferenceRow } from '../server/src/engines/ews/agreement.ts';
import { evaluateBatch, type BatchSeries } from '../server/src/engines/ews/batch.ts';
import { resolveControls } from '../server/src/engines/ews/controls.ts';
import { toWeeklyCounts } from '../server/src/engines/ews/evaluate.ts';
import { EWS_METHODS, type EwsMethod, type SeriesEvaluation } from '../server/src/engines/ews/types.ts';
import { generateCollection, SERIES_KINDS, toCountsCsv } from '../scripts/ews/syntheticSeries.ts';

const MONITORED_WEEKS = 52;
const { values } = parseArgs({
  options: {
    series: { type: 'string', default: '5000' },
    weeks: { type: 'string', default: '312' },
    'r-series': { type: 'string', default: '200' },
    'no-r': { type: 'boolean', default: false },
    seed: { type: 'string', default: '20250301' },
  },
});
const seriesCount = Number(values.series);
const rSeriesCount = Math.min(seriesCount, Number(values['r-series']));

// Every kind but 'short', so that all series have the full length asked for.
const collection = generateCollection({
  seed: Number(values.seed),
  count: seriesCount,
  weeks: Number(values.weeks),
  kinds: SERIES_KINDS.filter((kind) => kind !== 'short'),
});
const batch: BatchSeries[] = collection.map((s) => {
  const counts = toWeeklyCounts(s.counts);
  return { counts, range: { from: counts.length - MONITORED_WEEKS + 1, to: counts.length } };
});
const seriesWeeks = batch.length * MONITORED_WEEKS;

interface EngineTiming {
  readonly singleThreadMs: number;
  readonly batchMs: number;
  readonly results: SeriesEvaluation[];
}

async function timeEngine(method: EwsMethod): Promise<EngineTiming> {
  const settings = resolveControls(method, new Map());
  await evaluateBatch(batch.slice(0, 50), settings, { threads: 1 });
  let started = performance.now();
  await evaluateBatch(batch, settings, { threads: 1 });
  const singleThreadMs = performance.now() - started;
  started = performance.now();
  const results = await evaluateBatch(batch, settings);
  return { singleThreadMs, batchMs: performance.now() - started, results };
}

interface RRun {
  readonly seconds: Map<string, number>;
  readonly answers: Map<string, ReferenceRow[]>;
}

function surveillanceAvailable(): boolean {
  const probe = spawnSync('Rscript', ['-e', 'suppressPackageStartupMessages(library(surveillance))'], { stdio: 'ignore' });
  return probe.status === 0;
}

function runR(): RRun {
  const dir = mkdtempSync(join(tmpdir(), 'ews-bench-'));
  try {
    const input = join(dir, 'counts.csv');
    const output = join(dir, 'r.csv');
    writeFileSync(input, toCountsCsv(collection.slice(0, rSeriesCount)));
    const script = new URL('../scripts/ews/bench-surveillance.R', import.meta.url).pathname;
    const run = spawnSync('Rscript', [script, input, String(MONITORED_WEEKS), output, ...EWS_METHODS], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.status !== 0) throw new Error(`Rscript failed: ${run.stderr}`);
    const seconds = new Map<string, number>();
    for (const line of run.stdout.split('\n')) {
      const [tag, method, elapsed] = line.trim().split(/\s+/);
      if (tag === 'timing' && method !== undefined) seconds.set(method, Number(elapsed));
    }
    return { seconds, answers: parseReferenceCsv(readFileSync(output, 'utf8'), (f) => `${f[0]}/${f[1]}`) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const perWeekMicros = (ms: number, weeks: number): number => (ms * 1000) / weeks;
const fixed = (x: number, digits = 2): string => (Number.isFinite(x) ? x.toFixed(digits) : '-');

process.stdout.write(
  `ews bench: ${batch.length} series x ${values.weeks} weeks, last ${MONITORED_WEEKS} monitored (${seriesWeeks} series-weeks), ` +
    `${availableParallelism()} cores, seed ${values.seed}\n`,
);
const engine = new Map<EwsMethod, EngineTiming>();
for (const method of EWS_METHODS) {
  const timing = await timeEngine(method);
  engine.set(method, timing);
  process.stdout.write(
    `engine ${method.padEnd(18)} 1 thread ${fixed(timing.singleThreadMs, 0).padStart(7)} ms (${fixed(perWeekMicros(timing.singleThreadMs, seriesWeeks), 3)} us/series-week)` +
      `   batch ${fixed(timing.batchMs, 0).padStart(7)} ms (${fixed(perWeekMicros(timing.batchMs, seriesWeeks), 3)} us/series-week)\n`,
  );
}

if (!values['no-r'] && surveillanceAvailable()) {
  process.stdout.write(`R surveillance on the first ${rSeriesCount} series (sts construction + package call timed)...\n`);
  const r = runR();
  const rWeeks = rSeriesCount * MONITORED_WEEKS;
  process.stdout.write('method              R us/series-week  engine(batch)  ratio R/engine  ratio R/engine(1 thread)  alarms agree  R alarms  max rel diff\n');
  for (const method of EWS_METHODS) {
    const timing = engine.get(method);
    const seconds = r.seconds.get(method);
    if (timing === undefined || seconds === undefined) continue;
    const agreement: Agreement = emptyAgreement();
    collection.slice(0, rSeriesCount).forEach((s, i) => {
      compareSeries(agreement, s.id, timing.results[i]!, r.answers.get(`${method}/${s.id}`) ?? []);
    });
    const rMicros = perWeekMicros(seconds * 1000, rWeeks);
    const batchMicros = perWeekMicros(timing.batchMs, seriesWeeks);
    const singleMicros = perWeekMicros(timing.singleThreadMs, seriesWeeks);
    process.stdout.write(
      `${method.padEnd(18)} ${fixed(rMicros, 1).padStart(18)} ${fixed(batchMicros, 3).padStart(14)} ${fixed(rMicros / batchMicros, 0).padStart(15)}` +
        `${fixed(rMicros / singleMicros, 0).padStart(26)} ${agreement.mismatches.length === 0 ? 'yes' : `NO (${agreement.mismatches.length})`}`.padEnd(14) +
        `${String(agreement.alarms).padStart(9)}  ${agreement.maxRelativeDifference.toExponential(1)}\n`,
    );
    for (const mismatch of agreement.mismatches.slice(0, 3)) process.stdout.write(`    ${mismatch}\n`);
  }
} else {
  process.stdout.write('R surveillance not run (Rscript or the surveillance package missing, or --no-r)\n');
}
process.stdout.write(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB\n`);

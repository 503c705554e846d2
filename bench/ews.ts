// Early-warning benchmark (issue 5): the engine against R surveillance on the same seeded data, in one run.
//   npx tsx bench/ews.ts [--series 5000] [--weeks 312] [--r-series 200] [--methods C1,cusum] [--no-r]
// Generates the series, times every method on the last 52 weeks (in this thread, and as a batch over
// worker threads), then, when Rscript and surveillance are installed, times R on the first r-series
// series, checks the alarms agree, and prints the ratio R / engine per series-week and the peak RSS.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  compareSeries,
  emptyAgreement,
  parseReferenceCsv,
  type Agreement,
  type ReferenceRow,
} from '../server/src/engines/ews/agreement.ts';
import { evaluateBatch, type BatchSeries } from '../server/src/engines/ews/batch.ts';
import { resolveControls } from '../server/src/engines/ews/controls.ts';
import { toWeeklyCounts } from '../server/src/engines/ews/evaluate.ts';
import {
  EWS_METHODS,
  type EwsMethod,
  type SeriesEvaluation,
} from '../server/src/engines/ews/types.ts';
import { generateCollection, SERIES_KINDS, toCountsCsv } from '../scripts/ews/syntheticSeries.ts';

const MONITORED_WEEKS = 52;
const { values } = parseArgs({
  options: {
    series: { type: 'string', default: '5000' },
    weeks: { type: 'string', default: '312' },
    'r-series': { type: 'string', default: '200' },
    'no-r': { type: 'boolean', default: false },
    seed: { type: 'string', default: '20250301' },
    methods: { type: 'string', default: EWS_METHODS.join(',') },
  },
});
const chosen = new Set(values.methods.split(','));
const seriesCount = Number(values.series);
const rSeriesCount = Math.min(seriesCount, Number(values['r-series']));

// Every kind but 'short', so that all series have the full length asked for.
const collection = generateCollection({
  seed: Number(values.seed),
  count: seriesCount,
  weeks: Number(values.weeks),
  kinds: SERIES_KINDS.filter((kind) => kind !== 'short'),
});
const countsOf = collection.map((s) => toWeeklyCounts(s.counts));

/**
 * The last 52 weeks, except that farringtonFlexible starts at the first week R can answer (52b+w =
 * 263 with the defaults): R stops the whole series on an earlier week, so only these weeks compare.
 */
function monitoredRange(method: EwsMethod, length: number): { from: number; to: number } {
  const from = length - MONITORED_WEEKS + 1;
  return { from: method === 'farringtonFlexible' ? Math.max(from, 52 * 5 + 3) : from, to: length };
}

function batchFor(method: EwsMethod): BatchSeries[] {
  return countsOf.map((counts) => ({ counts, range: monitoredRange(method, counts.length) }));
}

const weeksIn = (series: readonly BatchSeries[]): number =>
  series.reduce((sum, s) => sum + s.range.to - s.range.from + 1, 0);

interface EngineTiming {
  readonly seriesWeeks: number;
  readonly singleThreadMs: number;
  readonly batchMs: number;
  readonly results: SeriesEvaluation[];
}

/** Cheap methods are timed as the best of a few runs: one run is shorter than the noise. */
const REPEATS: Readonly<Record<EwsMethod, number>> = {
  farringtonFlexible: 1,
  farrington: 1,
  C1: 5,
  C2: 5,
  C3: 5,
  cusum: 5,
};

async function timeEngine(method: EwsMethod): Promise<EngineTiming> {
  const settings = resolveControls(method, new Map());
  const batch = batchFor(method);
  await evaluateBatch(batch.slice(0, 200), settings, { threads: 1 });
  let singleThreadMs = Number.POSITIVE_INFINITY;
  let batchMs = Number.POSITIVE_INFINITY;
  let results: SeriesEvaluation[] = [];
  for (let run = 0; run < REPEATS[method]; run++) {
    let started = performance.now();
    await evaluateBatch(batch, settings, { threads: 1 });
    singleThreadMs = Math.min(singleThreadMs, performance.now() - started);
    started = performance.now();
    results = await evaluateBatch(batch, settings);
    batchMs = Math.min(batchMs, performance.now() - started);
  }
  // Only the series R also runs are kept, so that later timings do not pay for a large heap.
  return {
    seriesWeeks: weeksIn(batch),
    singleThreadMs,
    batchMs,
    results: results.slice(0, rSeriesCount),
  };
}

interface RRun {
  readonly seconds: Map<string, { seconds: number; seriesWeeks: number }>;
  readonly answers: Map<string, ReferenceRow[]>;
}

function surveillanceAvailable(): boolean {
  const probe = spawnSync(
    'Rscript',
    ['-e', 'suppressPackageStartupMessages(library(surveillance))'],
    { stdio: 'ignore' },
  );
  return probe.status === 0;
}

function runR(): RRun {
  const dir = mkdtempSync(join(tmpdir(), 'ews-bench-'));
  try {
    const input = join(dir, 'counts.csv');
    const output = join(dir, 'r.csv');
    writeFileSync(input, toCountsCsv(collection.slice(0, rSeriesCount)));
    const script = new URL('../scripts/ews/bench-surveillance.R', import.meta.url).pathname;
    const run = spawnSync(
      'Rscript',
      [script, input, output, ...EWS_METHODS.filter((m) => chosen.has(m))],
      {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    if (run.status !== 0) throw new Error(`Rscript failed: ${run.stderr}`);
    const seconds = new Map<string, { seconds: number; seriesWeeks: number }>();
    for (const line of run.stdout.split('\n')) {
      const [tag, method, elapsed, weeks] = line.trim().split(/\s+/);
      if (tag === 'timing' && method !== undefined)
        seconds.set(method, { seconds: Number(elapsed), seriesWeeks: Number(weeks) });
    }
    return {
      seconds,
      answers: parseReferenceCsv(readFileSync(output, 'utf8'), (f) => `${f[0]}/${f[1]}`),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const perWeekMicros = (ms: number, weeks: number): number => (ms * 1000) / weeks;
const fixed = (x: number, digits = 2): string => (Number.isFinite(x) ? x.toFixed(digits) : '-');

process.stdout.write(
  `ews bench: ${countsOf.length} series x ${values.weeks} weeks, last ${MONITORED_WEEKS} monitored (farringtonFlexible: weeks 263+), ` +
    `${availableParallelism()} cores, seed ${values.seed}\n`,
);
const engine = new Map<EwsMethod, EngineTiming>();
const TIMING_ORDER: readonly EwsMethod[] = [
  'C1',
  'C2',
  'C3',
  'cusum',
  'farringtonFlexible',
  'farrington',
];
for (const method of TIMING_ORDER.filter((m) => chosen.has(m))) {
  const timing = await timeEngine(method);
  engine.set(method, timing);
  process.stdout.write(
    `engine ${method.padEnd(18)} 1 thread ${fixed(timing.singleThreadMs, 0).padStart(7)} ms (${fixed(perWeekMicros(timing.singleThreadMs, timing.seriesWeeks), 3)} us/series-week)` +
      `   batch ${fixed(timing.batchMs, 0).padStart(7)} ms (${fixed(perWeekMicros(timing.batchMs, timing.seriesWeeks), 3)} us/series-week)\n`,
  );
}

if (!values['no-r'] && surveillanceAvailable()) {
  process.stdout.write(
    `R surveillance on the first ${rSeriesCount} series (sts construction + package call timed)...\n`,
  );
  const r = runR();
  process.stdout.write(
    'method              R us/series-week  engine batch  R/engine  R/engine 1 thread  alarms  R alarms  max rel diff  R failed series\n',
  );
  for (const method of EWS_METHODS) {
    const timing = engine.get(method);
    const rTiming = r.seconds.get(method);
    if (timing === undefined || rTiming === undefined) continue;
    const agreement: Agreement = emptyAgreement();
    let failedSeries = 0;
    collection.slice(0, rSeriesCount).forEach((s, i) => {
      const rows = r.answers.get(`${method}/${s.id}`) ?? [];
      // R stops the whole series on a missing reference week: nothing of it to compare.
      if (rows.every((row) => row.status !== 'ok')) failedSeries++;
      else compareSeries(agreement, s.id, timing.results[i]!, rows);
    });
    const rMicros = perWeekMicros(rTiming.seconds * 1000, rTiming.seriesWeeks);
    const batchMicros = perWeekMicros(timing.batchMs, timing.seriesWeeks);
    const singleMicros = perWeekMicros(timing.singleThreadMs, timing.seriesWeeks);
    const agree =
      agreement.mismatches.length === 0 ? 'same' : `DIFF ${agreement.mismatches.length}`;
    process.stdout.write(
      `${method.padEnd(18)} ${fixed(rMicros, 1).padStart(18)} ${fixed(batchMicros, 3).padStart(13)} ${fixed(rMicros / batchMicros, 0).padStart(9)}` +
        `${fixed(rMicros / singleMicros, 0).padStart(19)} ${agree.padStart(7)} ${String(agreement.alarms).padStart(9)} ` +
        `${agreement.maxRelativeDifference.toExponential(1).padStart(13)} ${String(failedSeries).padStart(16)}\n`,
    );
    for (const mismatch of agreement.mismatches.slice(0, 3))
      process.stdout.write(`    ${mismatch}\n`);
  }
} else {
  process.stdout.write(
    'R surveillance not run (Rscript or the surveillance package missing, or --no-r)\n',
  );
}
process.stdout.write(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB\n`);

// Evaluates many series at once. Small batches run in the calling thread; large ones are split by
// work across worker threads, one per available core, so that a district-wide screen uses the machine.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { evaluateSeries } from './evaluate.ts';
import type {
  EwsMethod,
  MethodSettings,
  SeriesEvaluation,
  WeekRange,
  WeeklyCounts,
} from './types.ts';

export interface BatchSeries {
  readonly counts: WeeklyCounts;
  readonly range: WeekRange;
}

export interface BatchJob {
  readonly settings: MethodSettings;
  readonly series: readonly BatchSeries[];
}

type WorkerReply =
  | { readonly ok: true; readonly results: SeriesEvaluation[] }
  | { readonly ok: false; readonly message: string };

export interface BatchOptions {
  /** Worker threads to use; 0 or 1 keeps everything in this thread. Default: chosen from the work. */
  readonly threads?: number;
}

/** Rough single-thread cost of one monitored week, in microseconds, measured by bench/ews.ts. */
const MICROSECONDS_PER_WEEK: Readonly<Record<EwsMethod, number>> = {
  farringtonFlexible: 80,
  farrington: 60,
  C1: 0.2,
  C2: 0.2,
  C3: 0.3,
  cusum: 0.2,
};

/**
 * Starting a worker (tsx, modules, a cold JIT) costs about half a second and slows the first series it
 * evaluates; measured on two cores, threads pay only for batches of a few seconds of work.
 */
const WORKER_WORTHWHILE_MICROSECONDS = 3_000_000;

function weeksOf(series: BatchSeries): number {
  return Math.max(0, series.range.to - series.range.from + 1);
}

export function chooseThreadCount(series: readonly BatchSeries[], method: EwsMethod): number {
  const weeks = series.reduce((sum, s) => sum + weeksOf(s), 0);
  if (weeks * MICROSECONDS_PER_WEEK[method] < WORKER_WORTHWHILE_MICROSECONDS) return 1;
  return Math.min(availableParallelism(), series.length);
}

/** Contiguous slices with about the same number of weeks each. */
function split(series: readonly BatchSeries[], parts: number): BatchSeries[][] {
  const total = series.reduce((sum, s) => sum + weeksOf(s), 0);
  const slices: BatchSeries[][] = [[]];
  let done = 0;
  for (const s of series) {
    const current = slices[slices.length - 1]!;
    if (current.length > 0 && done >= (total * slices.length) / parts && slices.length < parts)
      slices.push([s]);
    else current.push(s);
    done += weeksOf(s);
  }
  return slices;
}

/**
 * From TypeScript sources (tsx) a small bootstrap registers tsx inside the worker before loading it;
 * compiled JavaScript is started directly.
 */
function startWorker(): Worker {
  if (import.meta.url.endsWith('.ts')) {
    const workerModule = new URL('./batchWorker.ts', import.meta.url).href;
    return new Worker(new URL('./batchWorkerBootstrap.mjs', import.meta.url), {
      workerData: { workerModule },
    });
  }
  return new Worker(new URL('./batchWorker.js', import.meta.url));
}

function runInWorker(job: BatchJob): Promise<SeriesEvaluation[]> {
  return new Promise((resolve, reject) => {
    const worker = startWorker();
    let settled = false;
    worker.once('message', (reply: WorkerReply) => {
      settled = true;
      if (reply.ok) resolve(reply.results);
      else reject(new Error(reply.message));
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`the ews worker exited with code ${code} before answering`));
    });
    worker.postMessage(job);
  });
}

/** Evaluates every series with the same method and controls; results are in input order. */
export async function evaluateBatch(
  series: readonly BatchSeries[],
  settings: MethodSettings,
  options: BatchOptions = {},
): Promise<SeriesEvaluation[]> {
  const threads = options.threads ?? chooseThreadCount(series, settings.method);
  if (threads <= 1 || series.length < 2)
    return series.map((s) => evaluateSeries(s.counts, s.range, settings));
  const slices = split(series, threads);
  const results = await Promise.all(
    slices.map((slice) => runInWorker({ settings, series: slice })),
  );
  return results.flat();
}

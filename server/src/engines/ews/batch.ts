// Evaluates many series at once. Small batches run in the calling thread; large ones are shared out
// across worker threads, one per available core, so that a district-wide screen uses the machine.
//
// The threads take series one at a time from a shared counter rather than fixed slices: the cost of a
// series varies tenfold with its data (a sparse series refits its model, an all-zero one stops early),
// and a worker that starts late simply takes fewer.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { formatResultRows } from './csv.ts';
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
  /** One Int32: the index of the next series to evaluate, shared by every thread of the batch. */
  readonly next: SharedArrayBuffer;
  /** Series ids in input order, when the threads also write the result rows (csv.ts). */
  readonly ids: readonly string[] | null;
}

/** Times are epoch milliseconds (timeOrigin + now), comparable across threads. */
export type WorkerReply =
  | {
      readonly ok: true;
      /** Input positions of the results, in the order evaluated. */
      readonly indices: Int32Array<ArrayBuffer>;
      readonly results: SeriesEvaluation[];
      /** The result rows of each, when asked for. */
      readonly rows: string[] | null;
      readonly startedAt: number;
      readonly finishedAt: number;
    }
  | { readonly ok: false; readonly message: string };

export interface BatchTiming {
  /** Threads that evaluated series, the calling thread included when it took part. */
  readonly threads: number;
  /** From the first series starting to the last one finishing: the thread start-up is not in it. */
  readonly engineMs: number;
}

export interface BatchOptions {
  /** Threads to use; 0 or 1 keeps everything in this thread. Default: chosen from the work. */
  readonly threads?: number;
  /**
   * Lets the calling thread evaluate series too, so one thread fewer is started and work begins while
   * the workers start. For a command with nothing else to do: it blocks the event loop for the batch.
   */
  readonly inCallingThread?: boolean;
  /**
   * Series ids in input order: each thread then also writes the result rows (csv.ts) of the series it
   * evaluated, once the queue is empty, so that formatting runs in parallel too. Not in the engine's time.
   */
  readonly rowsWithIds?: readonly string[];
}

export interface BatchOutcome {
  readonly results: SeriesEvaluation[];
  /** Result rows by series, in input order, when rowsWithIds was given. */
  readonly rows: string[] | null;
  readonly timing: BatchTiming;
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
 * Starting a worker from TypeScript sources (tsx) costs about half a second and slows the first series
 * it evaluates; measured on two cores, threads pay only for batches of a few seconds of work. The
 * compiled worker starts in about 40 ms, but the threshold serves both.
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

const now = (): number => performance.timeOrigin + performance.now();

interface Share {
  readonly indices: Int32Array<ArrayBuffer>;
  readonly results: SeriesEvaluation[];
  readonly rows: string[] | null;
  readonly startedAt: number;
  readonly finishedAt: number;
}

/** Evaluates series taken from the shared counter until none is left: the loop of every thread. */
export function evaluateShare(job: BatchJob): Share {
  const next = new Int32Array(job.next);
  const indices: number[] = [];
  const results: SeriesEvaluation[] = [];
  const startedAt = now();
  for (let i = Atomics.add(next, 0, 1); i < job.series.length; i = Atomics.add(next, 0, 1)) {
    const s = job.series[i]!;
    results.push(evaluateSeries(s.counts, s.range, job.settings));
    indices.push(i);
  }
  const finishedAt = now();
  const ids = job.ids;
  const rows =
    ids && results.map((evaluation, k) => formatResultRows(ids[indices[k]!]!, evaluation));
  return { indices: Int32Array.from(indices), results, rows, startedAt, finishedAt };
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
  return new Worker(new URL('./batchWorker.mjs', import.meta.url));
}

function runInWorker(job: BatchJob): Promise<Share> {
  return new Promise((resolve, reject) => {
    const worker = startWorker();
    let settled = false;
    worker.once('message', (reply: WorkerReply) => {
      settled = true;
      if (reply.ok) resolve(reply);
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

/** evaluateBatch, also saying how long the evaluation itself took. */
export async function evaluateBatchTimed(
  series: readonly BatchSeries[],
  settings: MethodSettings,
  options: BatchOptions = {},
): Promise<BatchOutcome> {
  const threads = Math.min(
    options.threads ?? chooseThreadCount(series, settings.method),
    series.length,
  );
  const job: BatchJob = {
    settings,
    series,
    next: new SharedArrayBuffer(4),
    ids: options.rowsWithIds ?? null,
  };
  if (threads <= 1) {
    const share = evaluateShare(job);
    return {
      results: share.results,
      rows: share.rows,
      timing: { threads: 1, engineMs: share.finishedAt - share.startedAt },
    };
  }
  const workers = options.inCallingThread === true ? threads - 1 : threads;
  const running = Array.from({ length: workers }, () => runInWorker(job));
  // A failure anywhere empties the queue, so the other threads stop after their current series.
  const stop = (): void => {
    Atomics.store(new Int32Array(job.next), 0, series.length);
  };
  for (const answer of running) void answer.catch(stop);
  const shares: Share[] = [];
  try {
    if (workers < threads) shares.push(evaluateShare(job));
  } catch (error) {
    stop();
    await Promise.allSettled(running);
    throw error;
  }
  shares.push(...(await Promise.all(running)));
  const results = new Array<SeriesEvaluation>(series.length);
  const rows = job.ids ? new Array<string>(series.length) : null;
  const working = shares.filter((share) => share.results.length > 0);
  for (const share of working)
    share.indices.forEach((at, k) => {
      results[at] = share.results[k]!;
      if (rows) rows[at] = share.rows![k]!;
    });
  return {
    results,
    rows,
    timing: {
      threads: working.length,
      engineMs:
        Math.max(...working.map((s) => s.finishedAt)) -
        Math.min(...working.map((s) => s.startedAt)),
    },
  };
}

/** Evaluates every series with the same method and controls; results are in input order. */
export async function evaluateBatch(
  series: readonly BatchSeries[],
  settings: MethodSettings,
  options: BatchOptions = {},
): Promise<SeriesEvaluation[]> {
  return (await evaluateBatchTimed(series, settings, options)).results;
}

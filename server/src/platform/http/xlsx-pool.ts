import { Worker } from 'node:worker_threads';
import type { SheetRequest, SheetResult } from '../files/xlsx-sheet.ts';
import type { SheetJob } from './xlsx-worker.ts';

/**
 * Import workbooks are read in one worker thread, off the event loop: the machines have two cores, so one
 * worker leaves the other to the server, and a crafted file can cost at most the worker's heap and time.
 */

/** Heap of the worker: a sheet of IMPORT_MAX_ROWS rows and its shared strings need well under 100 MB. */
const WORKER_HEAP_MB = 256;
/** The longest one workbook may take to read; a file under the upload limit that is not crafted needs a second or two. */
export const READ_TIMEOUT_MS = 20_000;
/** Imports waiting behind the one being read; past this the server is busy and says so. */
const MAX_WAITING = 4;
/** An idle worker is ended after this long, so a server that imports rarely does not keep its memory. */
const IDLE_MS = 60_000;

const WORKER_ENTRY = new URL('./xlsx-worker.mjs', import.meta.url);

/** What the pool adds to the reader's own answers: the worker's limits were reached, or the queue is full. */
export type PoolRefusal = { kind: 'timeout' } | { kind: 'outOfMemory' } | { kind: 'busy' };
export type PoolResult = SheetResult | { ok: false; refusal: PoolRefusal };

type Job = {
  zip: ArrayBuffer;
  request: SheetRequest;
  resolve: (result: PoolResult) => void;
  reject: (error: Error) => void;
};
type Running = { job: Job; worker: Worker; timer: NodeJS.Timeout };

export class SheetWorkerPool {
  private worker: Worker | null = null;
  private running: Running | null = null;
  private readonly waiting: Job[] = [];
  private idleTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly limits: { timeoutMs: number; heapMb: number } = {
      timeoutMs: READ_TIMEOUT_MS,
      heapMb: WORKER_HEAP_MB,
    },
  ) {}

  read(zip: Buffer, request: SheetRequest): Promise<PoolResult> {
    if (this.running && this.waiting.length >= MAX_WAITING)
      return Promise.resolve({ ok: false, refusal: { kind: 'busy' } });
    return new Promise((resolve, reject) => {
      // A copy the worker can own: the upload's buffer may share its memory with other buffers.
      const copy = new ArrayBuffer(zip.length);
      new Uint8Array(copy).set(zip);
      this.waiting.push({ zip: copy, request, resolve, reject });
      this.next();
    });
  }

  /** Ends the worker (tests and shutdown); a job still running is answered as failed. */
  async close(): Promise<void> {
    this.clearIdle();
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }

  private next(): void {
    if (this.running) return;
    const job = this.waiting.shift();
    if (!job) {
      this.scheduleIdle();
      return;
    }
    this.clearIdle();
    let worker: Worker;
    try {
      worker = this.worker ?? this.spawn();
    } catch (error) {
      job.reject(error instanceof Error ? error : new Error(String(error)));
      this.next();
      return;
    }
    worker.ref();
    const timer = setTimeout(
      () => this.abandon(worker, { ok: false, refusal: { kind: 'timeout' } }),
      this.limits.timeoutMs,
    );
    this.running = { job, worker, timer };
    const message: SheetJob = { zip: job.zip, request: job.request };
    worker.postMessage(message, [job.zip]);
  }

  private spawn(): Worker {
    const worker = new Worker(WORKER_ENTRY, {
      execArgv: [],
      resourceLimits: {
        maxOldGenerationSizeMb: this.limits.heapMb,
        maxYoungGenerationSizeMb: Math.min(32, this.limits.heapMb),
      },
    });
    worker.unref();
    worker.on('message', (result: SheetResult) =>
      this.settle(worker, (job) => job.resolve(result)),
    );
    worker.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY')
        this.abandon(worker, { ok: false, refusal: { kind: 'outOfMemory' } });
      else this.abandon(worker, error);
    });
    worker.on('messageerror', (error) => this.abandon(worker, error));
    worker.on('exit', (code) =>
      this.abandon(worker, new Error(`the workbook reader exited with code ${code}`)),
    );
    this.worker = worker;
    return worker;
  }

  /** Answers the running job if it is this worker's, and moves on. */
  private settle(worker: Worker, answer: (job: Job) => void): void {
    const running = this.running;
    if (!running || running.worker !== worker) return;
    clearTimeout(running.timer);
    this.running = null;
    worker.unref();
    answer(running.job);
    this.next();
  }

  /** The worker failed or took too long: it is ended, its job answered, and the next job gets a fresh one. */
  private abandon(worker: Worker, outcome: PoolResult | Error): void {
    if (this.worker === worker) {
      this.worker = null;
      void worker.terminate();
    }
    this.settle(worker, (job) =>
      outcome instanceof Error ? job.reject(outcome) : job.resolve(outcome),
    );
  }

  private scheduleIdle(): void {
    this.clearIdle();
    const worker = this.worker;
    if (!worker) return;
    this.idleTimer = setTimeout(() => {
      if (this.worker === worker && !this.running) {
        this.worker = null;
        void worker.terminate();
      }
    }, IDLE_MS);
    this.idleTimer.unref();
  }

  private clearIdle(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }
}

/** The process's reader: workbooks from every app instance in the process share its one worker. */
export const sheetWorkers = new SheetWorkerPool();

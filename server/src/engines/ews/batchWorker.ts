// Worker-thread side of the batch: evaluates its share of the series and sends the columns back
// without copying (the typed arrays are transferred).
import { parentPort } from 'node:worker_threads';
import { evaluateSeries } from './evaluate.ts';
import type { BatchJob } from './batch.ts';
import type { SeriesEvaluation } from './types.ts';

/** The distinct buffers behind the columns of all results (evaluations share slabs). */
function transferables(evaluations: readonly SeriesEvaluation[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const evaluation of evaluations) {
    const columns = [
      evaluation.expected,
      evaluation.upperbound,
      evaluation.alarm,
      evaluation.status,
      evaluation.score,
      evaluation.pvalue,
      evaluation.dispersion,
      evaluation.trend,
    ];
    for (const column of columns)
      if (column.buffer instanceof ArrayBuffer) buffers.add(column.buffer);
  }
  return [...buffers];
}

const port = parentPort;
if (port !== null) {
  port.once('message', (job: BatchJob) => {
    try {
      const results = job.series.map((s) => evaluateSeries(s.counts, s.range, job.settings));
      port.postMessage({ ok: true, results }, transferables(results));
    } catch (error) {
      port.postMessage({
        ok: false,
        message: error instanceof Error ? error.message : String(error),
      });
    }
    port.close();
  });
}

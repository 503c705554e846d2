// Worker-thread side of the batch: evaluates its share of the series and sends the columns back
// without copying (the typed arrays are transferred).
import { parentPort } from 'node:worker_threads';
import { evaluateSeries } from './evaluate.ts';
import type { BatchJob } from './batch.ts';
import type { SeriesEvaluation } from './types.ts';

function transferables(evaluation: SeriesEvaluation): ArrayBuffer[] {
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
  return columns.map((column) => column.buffer).filter((buffer): buffer is ArrayBuffer => buffer instanceof ArrayBuffer);
}

const port = parentPort;
if (port !== null) {
  port.once('message', (job: BatchJob) => {
    try {
      const results = job.series.map((s) => evaluateSeries(s.counts, s.range, job.settings));
      port.postMessage({ ok: true, results }, results.flatMap(transferables));
    } catch (error) {
      port.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
    }
    port.close();
  });
}

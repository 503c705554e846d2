// Worker-thread side of the batch: evaluates series from the shared queue and sends the columns back
// without copying (the typed arrays are transferred).
import { parentPort } from 'node:worker_threads';
import { evaluateShare, type BatchJob, type WorkerReply } from './batch.ts';
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
    let reply: WorkerReply;
    try {
      reply = { ok: true, ...evaluateShare(job) };
    } catch (error) {
      reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(
      reply,
      reply.ok ? [...transferables(reply.results), reply.indices.buffer] : [],
    );
    port.close();
  });
}

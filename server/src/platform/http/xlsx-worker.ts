import { parentPort } from 'node:worker_threads';
import { readFirstSheet, type SheetRequest, type SheetResult } from '../files/xlsx-sheet.ts';

/** One job: the workbook's bytes (transferred, not copied) and what to read from it. */
export type SheetJob = { zip: ArrayBuffer; request: SheetRequest };

const port = parentPort;
if (!port) throw new Error('xlsx-worker.ts runs as a worker thread');

// One job at a time: the pool sends the next only after this one has answered. A failure that is not a
// refusal is left uncaught on purpose: it ends the worker, and the pool answers the request as a server error.
port.on('message', (job: SheetJob) => {
  void readFirstSheet(Buffer.from(job.zip), job.request).then((result: SheetResult) =>
    port.postMessage(result),
  );
});

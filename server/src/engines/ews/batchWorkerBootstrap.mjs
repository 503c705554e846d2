// Starts the batch worker from TypeScript sources: registers tsx in this thread, then loads the worker.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

/** @type {unknown} */
const data = workerData;
if (
  typeof data !== 'object' ||
  data === null ||
  !('workerModule' in data) ||
  typeof data.workerModule !== 'string'
)
  throw new Error('batchWorkerBootstrap.mjs needs workerData.workerModule');
register();
await import(data.workerModule);

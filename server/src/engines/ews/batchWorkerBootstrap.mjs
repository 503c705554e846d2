// Starts the batch worker from TypeScript sources: registers tsx in this thread, then loads the worker.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.workerModule);

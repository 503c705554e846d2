// Entry of the worker thread that reads import workbooks (see xlsx-pool.ts). Node 20 does not apply the
// parent's module hooks to a worker, nor hooks named by `--import` in its execArgv to the worker's own entry,
// so this plain module registers tsx itself and then loads the TypeScript body: the same under
// `node --import tsx`, bin/guomen.mjs (tsx's register()) and Vitest.
import { register } from 'tsx/esm/api';

register();
await import('./xlsx-worker.ts');

import { Worker } from 'node:worker_threads';
const target = new URL('./w.ts', import.meta.url).href;
const code = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(target)}); });`;
const w = new Worker(code, { eval: true });
w.on('message', (m) => { console.log('got', m); w.terminate(); });
w.on('error', (e) => console.log('err', e.message));

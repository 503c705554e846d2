#!/usr/bin/env node
// `npm start`: build the web app if needed, then serve on the embedded database with demo data.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildWeb } from '../scripts/web-build.mjs';

try {
  buildWeb();
} catch (error) {
  process.stderr.write(`guomen: ${error.message}\n`);
  process.exit(1);
}
const child = spawn(
  process.execPath,
  [fileURLToPath(new URL('./guomen.mjs', import.meta.url)), 'serve', '--demo-if-empty'],
  { stdio: 'inherit' },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

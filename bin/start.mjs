#!/usr/bin/env node
// `npm start`: build the web app and the server if needed, then serve on the embedded database with
// demo data.
import { spawn } from 'node:child_process';
import process from 'node:process';
import { fileURLToPath, URL } from 'node:url';
import { buildServer } from '../scripts/server-build.mjs';
import { buildWeb } from '../scripts/web-build.mjs';

try {
  buildWeb();
  if (process.env.GUOMEN_FROM_SOURCE !== '1') await buildServer();
} catch (error) {
  process.stderr.write(`guomen: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
const child = spawn(
  process.execPath,
  [fileURLToPath(new URL('./guomen.mjs', import.meta.url)), 'serve', '--demo-if-empty'],
  { stdio: 'inherit' },
);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

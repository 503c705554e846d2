// Builds the web app when web/dist is missing or older than its sources, so `npm start` and the
// end-to-end tests always serve what the code says without rebuilding on every run.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { newestFile } from './newest.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function webIsStale() {
  const built = path.join(root, 'web/dist/index.html');
  if (!fs.existsSync(built)) return true;
  const sources = Math.max(
    newestFile(path.join(root, 'web')),
    newestFile(path.join(root, 'contracts')),
  );
  return sources > fs.statSync(built).mtimeMs;
}

export function buildWeb({ quiet = false } = {}) {
  if (!webIsStale()) return;
  if (!quiet) process.stdout.write('Building the web app (first start only)…\n');
  const vite = path.join(root, 'node_modules/vite/bin/vite.js');
  const result = spawnSync(
    process.execPath,
    [
      vite,
      'build',
      '--config',
      path.join(root, 'web/vite.config.ts'),
      '--logLevel',
      quiet ? 'error' : 'warn',
    ],
    {
      cwd: path.join(root, 'web'),
      stdio: 'inherit',
    },
  );
  if (result.status !== 0) throw new Error('web build failed');
}

if (import.meta.url === `file://${process.argv[1]}`) buildWeb();

import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';

/**
 * PostgreSQL for the `postgres` test project: the server named by GUOMEN_TEST_DATABASE_URL, else a throwaway
 * cluster started with initdb/pg_ctl when they are installed. With GUOMEN_TEST_REQUIRE_ALL=1 a missing
 * server is a failure; otherwise the project's tests are skipped with a note.
 */
declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string | null;
  }
}

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function findBin(name: string): string | null {
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return null;
  for (const version of fs.readdirSync(root).sort().reverse()) {
    const candidate = path.join(root, version, 'bin', name);
    if (fs.existsSync(candidate)) return candidate;
  }
  return null;
}

function startThrowawayCluster(): { url: string; stop: () => void } | null {
  const initdb = findBin('initdb');
  const pgCtl = findBin('pg_ctl');
  if (!initdb || !pgCtl) return null;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guomen-pg-'));
  const port = 15432 + Math.floor(Math.random() * 1000);
  const asRoot = process.getuid?.() === 0;
  // initdb refuses to run as root: run the cluster as the postgres system user then.
  const run = (cmd: string, args: string[]) =>
    asRoot
      ? execFileSync('runuser', ['-u', 'postgres', '--', cmd, ...args], { stdio: 'pipe' })
      : execFileSync(cmd, args, { stdio: 'pipe' });
  if (asRoot) execFileSync('chown', ['postgres', dir]);
  run(initdb, ['-D', path.join(dir, 'data'), '-A', 'trust', '-U', 'postgres', '--no-sync']);
  run(pgCtl, [
    '-D',
    path.join(dir, 'data'),
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
    '-l',
    path.join(dir, 'log'),
    '-w',
    'start',
  ]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: () => {
      spawnSync(
        asRoot ? 'runuser' : pgCtl,
        asRoot
          ? ['-u', 'postgres', '--', pgCtl, '-D', path.join(dir, 'data'), '-m', 'immediate', 'stop']
          : ['-D', path.join(dir, 'data'), '-m', 'immediate', 'stop'],
      );
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export default async function setup(project: TestProject) {
  const given = process.env.GUOMEN_TEST_DATABASE_URL;
  let stop: (() => void) | null = null;
  let url: string | null = null;
  if (given) {
    if (!(await reachable(given)))
      throw new Error(`GUOMEN_TEST_DATABASE_URL=${given} is not reachable`);
    url = given;
  } else {
    const cluster = startThrowawayCluster();
    if (cluster) {
      url = cluster.url;
      stop = cluster.stop;
    }
  }
  if (!url && process.env.GUOMEN_TEST_REQUIRE_ALL === '1') {
    throw new Error(
      'PostgreSQL tests are required (GUOMEN_TEST_REQUIRE_ALL=1) but no server is available: set GUOMEN_TEST_DATABASE_URL or install postgresql',
    );
  }
  if (!url) console.warn('[postgres] no PostgreSQL available: the postgres project is skipped');
  project.provide('pgUrl', url);
  return () => stop?.();
}

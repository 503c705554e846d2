import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { buildWeb } from '../scripts/web-build.mjs';
import { startSmtpSink } from '../server/test/mail/smtp-sink.ts';

/**
 * End-to-end runs need Debian's Chromium and the built web app; the server starts on a fresh SQLite
 * database seeded with the demo district. Without Chromium the project is skipped, unless
 * GUOMEN_TEST_REQUIRE_ALL=1 makes that a failure.
 */
declare module 'vitest' {
  export interface ProvidedContext {
    e2eBaseUrl: string | null;
    /** Where the local SMTP server writes each mail the product sends, one JSON file per mail. */
    e2eMailDir: string;
    e2eAccounts: {
      username: string;
      displayName: string;
      password: string;
      role: string;
      org: string;
      totpSecret?: string;
    }[];
  }
}

export const CHROMIUM = process.env.GUOMEN_CHROMIUM ?? '/usr/bin/chromium';
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, deadline: number) {
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('server did not become healthy within 60 s');
}

export default async function setup(project: TestProject) {
  if (!fs.existsSync(CHROMIUM)) {
    if (process.env.GUOMEN_TEST_REQUIRE_ALL === '1')
      throw new Error(
        `end-to-end tests are required but ${CHROMIUM} is missing: apt-get install chromium`,
      );
    console.warn(`[e2e] ${CHROMIUM} not found: end-to-end tests are skipped`);
    project.provide('e2eBaseUrl', null);
    project.provide('e2eMailDir', '');
    project.provide('e2eAccounts', []);
    return;
  }
  buildWeb({ quiet: true });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'guomen-e2e-'));
  const port = await freePort();
  const mailDir = fs.mkdtempSync(path.join(os.tmpdir(), 'guomen-e2e-mail-'));
  const smtp = await startSmtpSink({ writeTo: mailDir });
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    GUOMEN_DATA_DIR: dataDir,
    GUOMEN_SECRET: 'e2e-secret-e2e-secret-e2e-secret-e2e-01',
    GUOMEN_LOG_LEVEL: 'warn',
    // The background jobs run: notices and mail go out as in production; the daily ones do not fire here.
    GUOMEN_JOBS: '1',
    GUOMEN_SMTP_URL: smtp.url,
    DATABASE_URL: '',
    GUOMEN_FROM_SOURCE: '1',
  };
  const cli = path.join(root, 'bin/guomen.mjs');
  const accounts = JSON.parse(
    execFileSync(process.execPath, [cli, 'seed', '--demo', '--json'], { env, encoding: 'utf8' }),
  ) as ProvidedContextAccounts;
  const child = spawn(process.execPath, [cli, 'serve'], {
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl, child, Date.now() + 60_000);
  project.provide('e2eBaseUrl', baseUrl);
  project.provide('e2eAccounts', accounts);
  project.provide('e2eMailDir', mailDir);
  return async () => {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    await smtp.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(mailDir, { recursive: true, force: true });
  };
}

type ProvidedContextAccounts = {
  username: string;
  displayName: string;
  password: string;
  role: string;
  org: string;
  totpSecret?: string;
}[];

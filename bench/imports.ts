// npm run bench:imports — does the server stay responsive while it reads import workbooks? The app runs on
// SQLite in a child process (bench/api-server.ts); this process polls GET /healthz every 20 ms on 127.0.0.1,
// first with nothing else going on (the baseline), then while it uploads a 100,000-row workbook (refused at
// row 20,001) and two zip bombs (one declaring its size, one lying about it). Prints healthz latency
// p50/p99/max for each phase, with what each upload answered and how long it took. Stops by itself.
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as pause } from 'node:timers/promises';
import {
  FACILITY_IMPORT_COLUMNS,
  IMPORT_MAX_ROWS,
  TRAFFIC_IMPORT_COLUMNS,
} from '../contracts/index.ts';
import { loadConfig, type DatabaseConfig } from '../server/src/config.ts';
import { createContext, prepareContext } from '../server/src/platform/context.ts';
import { createDatabase } from '../server/src/platform/db/database.ts';
import { demoPassword, seedDemo } from '../server/src/seed/demo.ts';
import { bombXlsx, largeWorkbook, multipartFile, type Upload } from '../server/test/xlsx-upload.ts';

const POLL_MS = 20;
const BASELINE_MS = Number(process.env.BENCH_BASELINE_MS ?? 3_000);
/** Each workbook is uploaded back to back, at least this many times and for at least PHASE_MS, while healthz is polled. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const PHASE_MS = Number(process.env.BENCH_PHASE_MS ?? 3_000);
/** No request of the benchmark may take longer than this; the run as a whole ends well within a few minutes. */
const REQUEST_TIMEOUT_MS = 60_000;
const ROWS = 100_000;

type Latencies = number[];
type Session = { base: string; cookie: string; csrf: string };

async function prepareDatabase(database: DatabaseConfig, dataDir: string) {
  const config = {
    ...loadConfig({
      GUOMEN_DATA_DIR: dataDir,
      GUOMEN_SECRET: 'bench-secret-bench-secret-bench-secret-01',
      GUOMEN_JOBS: '0',
    }),
    database,
  };
  const ctx = createContext(config, { database: createDatabase(database) });
  await prepareContext(ctx);
  await seedDemo(ctx);
  await ctx.database.close();
}

async function signIn(base: string): Promise<Session> {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'branch.gaolan', password: demoPassword('branch.gaolan') }),
  });
  if (res.status !== 200) throw new Error(`login answered ${res.status}: ${await res.text()}`);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return {
    base,
    cookie: (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '',
    csrf: csrfToken,
  };
}

/** Polls /healthz every POLL_MS until `until` settles (or, with a number, for that many ms); answers each latency. */
async function pollHealth(base: string, until: Promise<unknown> | number): Promise<Latencies> {
  const latencies: Latencies = [];
  let done = false;
  const end = typeof until === 'number' ? pause(until) : until;
  void end.finally(() => (done = true));
  while (!done) {
    const t0 = performance.now();
    const res = await fetch(`${base}/healthz`, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`/healthz answered ${res.status}`);
    latencies.push(performance.now() - t0);
    await pause(POLL_MS);
  }
  return latencies;
}

async function uploadOnce(
  session: Session,
  file: Upload,
  route = 'traffic',
): Promise<{ status: number; code: string; ms: number }> {
  const t0 = performance.now();
  const res = await fetch(`${session.base}/api/v1/${route}/import`, {
    method: 'POST',
    headers: {
      cookie: session.cookie,
      'x-csrf-token': session.csrf,
      'content-type': file.contentType,
    },
    body: file.payload,
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const body = (await res.json()) as { error?: { code: string } };
  return { status: res.status, code: body.error?.code ?? 'ok', ms: performance.now() - t0 };
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

function summary(latencies: Latencies): string {
  const s = [...latencies].sort((a, b) => a - b);
  const ms = (v: number) => `${v.toFixed(1).padStart(6)} ms`;
  return `n=${String(s.length).padStart(4)}   p50 ${ms(quantile(s, 0.5))}   p99 ${ms(quantile(s, 0.99))}   max ${ms(s.at(-1) ?? NaN)}`;
}

async function phase(
  session: Session,
  label: string,
  file: Upload,
  rss: () => Promise<number>,
  route = 'traffic',
) {
  const answers: { status: number; code: string; ms: number }[] = [];
  const uploads = (async () => {
    const t0 = performance.now();
    while (answers.length < ROUNDS || performance.now() - t0 < PHASE_MS)
      answers.push(await uploadOnce(session, file, route));
  })();
  const latencies = await pollHealth(session.base, uploads);
  await uploads;
  const codes = [...new Set(answers.map((a) => `${a.status} ${a.code}`))].join(', ');
  const took = answers.map((a) => a.ms).sort((a, b) => a - b);
  process.stdout.write(`${label.padEnd(40)} healthz ${summary(latencies)}\n`);
  process.stdout.write(
    `${''.padEnd(40)} ${answers.length} uploads of ${(file.payload.length / 1e6).toFixed(2)} MB answered ${codes}, median ${quantile(took, 0.5).toFixed(0)} ms, max ${(took.at(-1) ?? NaN).toFixed(0)} ms; server RSS ${((await rss()) / 1048576).toFixed(0)} MiB\n`,
  );
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'guomen-bench-imports-'));
  const database: DatabaseConfig = { dialect: 'sqlite', file: path.join(dataDir, 'bench.db') };
  const child = fork(path.join(import.meta.dirname, 'api-server.ts'), {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ask = <T>(message: unknown) =>
    new Promise<T>((resolve) => {
      child.once('message', (m) => resolve(m as T));
      child.send(message as object);
    });
  try {
    await prepareDatabase(database, dataDir);
    const t0 = performance.now();
    const rows = await largeWorkbook(TRAFFIC_IMPORT_COLUMNS, ROWS, (i) => [
      'GL-GRAIN',
      'GRAIN',
      2000 + (i % 26),
      1 + (i % 12),
      'tonnes',
      i,
    ]);
    // A valid sheet at the row limit, checked and written: the work left on the main thread.
    const ledger = await largeWorkbook(FACILITY_IMPORT_COLUMNS, IMPORT_MAX_ROWS, (i) => [
      'GL-GRAIN',
      'COLD_STORE',
      `冷链查验区 ${i}`,
      1,
      1500,
      '2024-05-01',
      'in_service',
      null,
      null,
      null,
      null,
      null,
    ]);
    const honestBomb = bombXlsx(TRAFFIC_IMPORT_COLUMNS, 150);
    const lyingBomb = bombXlsx(TRAFFIC_IMPORT_COLUMNS, 150, 512 * 1024);
    process.stdout.write(
      `workbooks built in ${((performance.now() - t0) / 1000).toFixed(1)} s: ${ROWS} rows (${(rows.length / 1e6).toFixed(2)} MB), bombs of ${(honestBomb.length / 1e3).toFixed(0)} KB inflating to 150 MiB\n`,
    );

    const { appAddress } = await ask<{ appAddress: string }>({ database, dataDir, bareBody: '{}' });
    const base = appAddress.replace('localhost', '127.0.0.1');
    const session = await signIn(base);
    const rss = async () => (await ask<{ rss: number }>('rss')).rss;
    process.stdout.write(
      `polling ${base}/healthz every ${POLL_MS} ms; uploads back to back for ${PHASE_MS / 1000} s (at least ${ROUNDS}) per phase; row limit ${IMPORT_MAX_ROWS}\n`,
    );
    process.stdout.write(
      `server RSS before any import ${((await rss()) / 1048576).toFixed(0)} MiB\n\n`,
    );

    // Warm the server (and start the reader's worker) so the first figures are not start-up.
    await uploadOnce(session, multipartFile(rows));
    process.stdout.write(
      `${'baseline: no import running'.padEnd(40)} healthz ${summary(await pollHealth(base, BASELINE_MS))}\n`,
    );
    await phase(
      session,
      `during a ${ROWS}-row workbook (refused)`,
      multipartFile(rows, 'traffic.xlsx'),
      rss,
    );
    await phase(
      session,
      `during a valid ${IMPORT_MAX_ROWS}-row import`,
      multipartFile(ledger, 'facilities.xlsx'),
      rss,
      'facilities',
    );
    await phase(
      session,
      'during a zip bomb, sizes declared',
      multipartFile(honestBomb, 'bomb.xlsx'),
      rss,
    );
    await phase(
      session,
      'during a zip bomb, sizes lying',
      multipartFile(lyingBomb, 'bomb.xlsx'),
      rss,
    );
  } finally {
    child.kill();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();

import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import SqliteDatabase from 'better-sqlite3';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Crash safety on the embedded database: the real server, a burst of concurrent writes, SIGKILL in the
 * middle of it. After a restart every write that was answered 2xx is there and the audit chain verifies.
 */
const BIN = fileURLToPath(new URL('../../../bin/guomen.mjs', import.meta.url));
const BURST = 200;
const CONCURRENCY = 20;
const KILL_AFTER_ACKS = 60;

type Account = { username: string; password: string; totpSecret?: string };
type Session = { base: string; cookie: string; csrf: string };
type Run = { code: number | null; stdout: string; stderr: string };

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'guomen-crash-'));
const env: NodeJS.ProcessEnv = {
  ...process.env,
  GUOMEN_DATA_DIR: dataDir,
  GUOMEN_SECRET: 'crash-test-secret-crash-test-secret-0123',
  GUOMEN_ARGON2_MEMORY_KIB: '8192',
  GUOMEN_ARGON2_TIME_COST: '1',
  GUOMEN_LOG_LEVEL: 'warn',
  GUOMEN_JOBS: '0',
  HOST: '127.0.0.1',
};
delete env.DATABASE_URL;
const children = new Set<ChildProcess>();

function cli(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env, cwd: dataDir, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      children.delete(child);
      resolve({ code, stdout, stderr });
    });
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function startServer(): Promise<{ child: ChildProcess; base: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, [BIN, 'serve'], { env: { ...env, PORT: String(port) }, cwd: dataDir, stdio: ['ignore', 'pipe', 'pipe'] });
  children.add(child);
  child.on('exit', () => children.delete(child));
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 30_000);
    const onData = (d: Buffer) => {
      output += d.toString();
      if (output.includes('running at')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
  return { child, base: `http://127.0.0.1:${port}` };
}

function stop(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

/** Signs in over HTTP with the account's TOTP code for the given moment. */
async function signIn(base: string, account: Account, at: number): Promise<Session> {
  const otp = account.totpSecret ? new TOTP({ secret: Secret.fromBase32(account.totpSecret), digits: 6, period: 30 }).generate({ timestamp: at }) : undefined;
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: account.username, password: account.password, ...(otp ? { otp } : {}) }),
  });
  if (res.status !== 200) throw new Error(`login ${account.username}: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { base, cookie, csrf: csrfToken };
}

const call = (s: Session, method: string, url: string, body?: unknown) =>
  fetch(`${s.base}${url}`, {
    method,
    headers: { cookie: s.cookie, 'x-csrf-token': s.csrf, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

async function unitIdByCode(s: Session, code: string): Promise<string> {
  const page = (await (await call(s, 'GET', `/api/v1/org-units?q=${encodeURIComponent(code)}&pageSize=200`)).json()) as { items: { id: string; code: string }[] };
  const unit = page.items.find((u) => u.code === code);
  if (!unit) throw new Error(`no unit ${code}`);
  return unit.id;
}

describe('crash safety', () => {
  let sysadmin: Account;
  beforeAll(async () => {
    const seeded = await cli(['seed', '--demo', '--json']);
    expect(seeded.code, seeded.stderr).toBe(0);
    const accounts = JSON.parse(seeded.stdout) as Account[];
    const found = accounts.find((a) => a.username === 'sysadmin');
    if (!found?.totpSecret) throw new Error('seed printed no sysadmin with a TOTP secret');
    sysadmin = found;
  }, 60_000);

  afterAll(async () => {
    await Promise.all([...children].map((c) => stop(c, 'SIGKILL')));
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps every acknowledged write after SIGKILL mid-burst, and the audit chain verifies', async () => {
    const first = await startServer();
    const session = await signIn(first.base, sysadmin, Date.now());
    const parentId = await unitIdByCode(session, 'BR-HARBOUR');

    const acknowledged: string[] = [];
    let next = 0;
    let killed = false;
    const worker = async () => {
      while (!killed && next < BURST) {
        const code = `P-CRASH-${String(next++).padStart(3, '0')}`;
        try {
          const res = await call(session, 'POST', '/api/v1/org-units', { code, kind: 'port', parentId, nameZh: `崩溃测试口岸 ${code}`, nameEn: `Crash test port ${code}` });
          if (res.status === 201) acknowledged.push(code);
          else expect.fail(`${code}: ${res.status} ${await res.text()}`);
          if (acknowledged.length >= KILL_AFTER_ACKS && !killed) {
            killed = true;
            await stop(first.child, 'SIGKILL');
          }
        } catch (error) {
          // Requests in flight when the process died get no answer; they are not acknowledged.
          if (!killed) throw error;
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    expect(killed).toBe(true);
    expect(first.child.signalCode).toBe('SIGKILL');
    expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
    expect(next).toBeLessThan(BURST);

    const second = await startServer();
    // The code of the next time step: the one just used at the first login may not be replayed.
    const again = await signIn(second.base, sysadmin, Date.now() + 30_000);
    const page = (await (await call(again, 'GET', '/api/v1/org-units?q=P-CRASH-&pageSize=200')).json()) as { items: { code: string }[] };
    const present = new Set(page.items.map((u) => u.code));
    expect(acknowledged.filter((code) => !present.has(code))).toEqual([]);
    await stop(second.child, 'SIGTERM');

    // Each unit and its audit row committed together: as many org.create rows as crash-test units, no more, no less.
    const db = new SqliteDatabase(path.join(dataDir, 'guomen.db'), { readonly: true });
    try {
      const units = db.prepare("select count(*) as n from org_units where code like 'P-CRASH-%'").get() as { n: number };
      const audited = db.prepare("select count(*) as n from audit_log where action = 'org.create' and after_json like '%P-CRASH-%'").get() as { n: number };
      expect(units.n).toBe(present.size);
      expect(audited.n).toBe(units.n);
    } finally {
      db.close();
    }

    const verify = await cli(['audit', 'verify']);
    expect(verify.code, verify.stderr).toBe(0);
    expect(verify.stdout).toMatch(/^OK/);
  }, 60_000);
});

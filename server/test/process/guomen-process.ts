import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Secret, TOTP } from 'otpauth';

/** The real `guomen` command and server, for tests of the process itself: crashes, backups, exit codes. */
export const BIN = fileURLToPath(new URL('../../../bin/guomen.mjs', import.meta.url));

export type Account = { username: string; password: string; totpSecret?: string };
export type Session = { base: string; cookie: string; csrf: string };
export type Run = { code: number | null; stdout: string; stderr: string };

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

/** A data directory of its own, an environment pointing at it, and every child process it starts tracked. */
export function guomenProcess(name: string, secret: string) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `guomen-${name}-`));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    GUOMEN_DATA_DIR: dataDir,
    GUOMEN_SECRET: secret,
    GUOMEN_ARGON2_MEMORY_KIB: '8192',
    GUOMEN_ARGON2_TIME_COST: '1',
    GUOMEN_LOG_LEVEL: 'warn',
    GUOMEN_JOBS: '0',
    HOST: '127.0.0.1',
    // The tests run the sources; compiled.test.ts runs the build.
    GUOMEN_FROM_SOURCE: '1',
  };
  delete env.DATABASE_URL;
  const children = new Set<ChildProcess>();

  function cli(
    args: string[],
    options: { env?: NodeJS.ProcessEnv; input?: string } = {},
  ): Promise<Run> {
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [BIN, ...args], {
        env: { ...env, ...options.env },
        cwd: dataDir,
        stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
      });
      children.add(child);
      let stdout = '';
      let stderr = '';
      child.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('error', reject);
      child.on('close', (code) => {
        children.delete(child);
        resolve({ code, stdout, stderr });
      });
      if (options.input !== undefined) child.stdin?.end(options.input);
    });
  }

  async function startServer(
    extraEnv: NodeJS.ProcessEnv = {},
  ): Promise<{ child: ChildProcess; base: string }> {
    const port = await freePort();
    const child = spawn(process.execPath, [BIN, 'serve'], {
      env: { ...env, ...extraEnv, PORT: String(port) },
      cwd: dataDir,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.add(child);
    child.on('exit', () => children.delete(child));
    let output = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server did not start: ${output}`)), 30_000);
      child.stdout?.on('data', (d: Buffer) => {
        output += d.toString();
        if (output.includes('running at')) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
      child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
    });
    return { child, base: `http://127.0.0.1:${port}` };
  }

  /** Ends whatever is still running and removes the data directory. */
  async function cleanup(): Promise<void> {
    await Promise.all([...children].map((c) => stop(c, 'SIGKILL')));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }

  /** Seeds the demo district through the command line and returns the system administrator it printed. */
  async function seedDemo(): Promise<Account> {
    const seeded = await cli(['seed', '--demo', '--json']);
    if (seeded.code !== 0) throw new Error(`seed failed: ${seeded.stderr}`);
    const found = (JSON.parse(seeded.stdout) as Account[]).find((a) => a.username === 'sysadmin');
    if (!found?.totpSecret) throw new Error('seed printed no sysadmin with a TOTP secret');
    return found;
  }

  return { dataDir, env, cli, startServer, seedDemo, cleanup };
}

export function stop(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

/** Signs in over HTTP with the account's TOTP code for the given moment. */
export async function signIn(base: string, account: Account, at: number): Promise<Session> {
  const otp = account.totpSecret
    ? new TOTP({ secret: Secret.fromBase32(account.totpSecret), digits: 6, period: 30 }).generate({
        timestamp: at,
      })
    : undefined;
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      username: account.username,
      password: account.password,
      ...(otp ? { otp } : {}),
    }),
  });
  if (res.status !== 200)
    throw new Error(`login ${account.username}: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { base, cookie, csrf: csrfToken };
}

export const call = (s: Session, method: string, url: string, body?: unknown) =>
  fetch(`${s.base}${url}`, {
    method,
    headers: {
      cookie: s.cookie,
      'x-csrf-token': s.csrf,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });

export async function unitIdByCode(s: Session, code: string): Promise<string> {
  const page = (await (
    await call(s, 'GET', `/api/v1/org-units?q=${encodeURIComponent(code)}&pageSize=200`)
  ).json()) as { items: { id: string; code: string }[] };
  const unit = page.items.find((u) => u.code === code);
  if (!unit) throw new Error(`no unit ${code}`);
  return unit.id;
}

import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const cli = path.join(root, 'bin/guomen.mjs');

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });

describe('serve', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'guomen-shutdown-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('finishes in-flight requests on SIGTERM, then exits 0', async () => {
    const port = await freePort();
    const env = {
      ...process.env,
      PORT: String(port),
      GUOMEN_DATA_DIR: dir,
      GUOMEN_SECRET: 'shutdown-secret-shutdown-secret-000001',
      GUOMEN_LOG_LEVEL: 'info',
      GUOMEN_ARGON2_MEMORY_KIB: '8192',
      DATABASE_URL: '',
      GUOMEN_FROM_SOURCE: '1',
    };
    execFileSync(process.execPath, [cli, 'seed', '--demo'], { env });
    const child = spawn(process.execPath, [cli, 'serve'], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    child.stdout.on('data', (chunk: Buffer) => (log += chunk.toString()));
    try {
      const base = `http://127.0.0.1:${port}`;
      for (let i = 0; i < 150; i++) {
        if (
          await fetch(`${base}/healthz`).then(
            (r) => r.ok,
            () => false,
          )
        )
          break;
        await new Promise((r) => setTimeout(r, 200));
      }
      const login = await fetch(`${base}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'branch.gaolan', password: 'Demo@2026-branch.gaolan' }),
      });
      expect(login.status).toBe(200);
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      // Open the connections first, so every export below is on a socket the server has accepted.
      await Promise.all(
        Array.from({ length: 40 }, () => fetch(`${base}/healthz`).then((r) => r.arrayBuffer())),
      );
      // Exports are the slowest reads: start a batch, then ask the server to stop while they run.
      let signalledAt = Number.POSITIVE_INFINITY;
      const inFlight = Array.from({ length: 40 }, () =>
        fetch(`${base}/api/v1/org-units/export`, { headers: { cookie } }).then(
          async (r) => ({
            status: r.status,
            size: (await r.arrayBuffer()).byteLength,
            at: Date.now(),
          }),
          // A request still unread in its socket when the server stops is refused, not dropped mid-way.
          () => ({ status: 0, size: 0, at: Date.now() }),
        ),
      );
      await new Promise((r) => setTimeout(r, 150));
      const exited = new Promise<number | null>((resolve) =>
        child.once('exit', (code) => resolve(code)),
      );
      signalledAt = Date.now();
      child.kill('SIGTERM');
      const results = await Promise.all(inFlight);
      expect(await exited).toBe(0);
      // Every answered export is whole; some were answered after the signal, so in-flight work finished.
      expect(results.filter((r) => r.status === 200 && r.size < 1000)).toEqual([]);
      expect(results.some((r) => r.status === 200 && r.at > signalledAt)).toBe(true);
      // And every request the server began, it completed.
      const lines = log
        .split('\n')
        .filter((l) => l.startsWith('{'))
        .map((l) => JSON.parse(l) as { msg?: string; reqId?: string });
      const started = new Set(
        lines.filter((l) => l.msg === 'incoming request').map((l) => l.reqId),
      );
      const completed = new Set(
        lines.filter((l) => l.msg === 'request completed').map((l) => l.reqId),
      );
      expect([...started].filter((id) => !completed.has(id))).toEqual([]);
      await expect(fetch(`${base}/healthz`)).rejects.toThrow();
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 60_000);
});

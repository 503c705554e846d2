import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, guomenProcess, signIn, stop, unitIdByCode, type Account } from './guomen-process.ts';

/**
 * Crash safety on the embedded database: the real server, a burst of concurrent writes, SIGKILL in the
 * middle of it. After a restart every write that was answered 2xx is there and the audit chain verifies.
 */
const BURST = 200;
const CONCURRENCY = 20;
const KILL_AFTER_ACKS = 60;

const { dataDir, cli, startServer, cleanup } = guomenProcess(
  'crash',
  'crash-test-secret-crash-test-secret-0123',
);

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
    await cleanup();
  });

  it('keeps every acknowledged write after SIGKILL mid-burst, and the audit chain verifies', async () => {
    const first = await startServer();
    const session = await signIn(first.base, sysadmin, Date.now());
    const parentId = await unitIdByCode(session, 'BR-GAOLAN');

    const acknowledged: string[] = [];
    let next = 0;
    let killed = false;
    const worker = async () => {
      while (!killed && next < BURST) {
        const code = `P-CRASH-${String(next++).padStart(3, '0')}`;
        try {
          const res = await call(session, 'POST', '/api/v1/org-units', {
            code,
            kind: 'port',
            parentId,
            nameZh: `崩溃测试口岸 ${code}`,
            nameEn: `Crash test port ${code}`,
          });
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
    const page = (await (
      await call(again, 'GET', '/api/v1/org-units?q=P-CRASH-&pageSize=200')
    ).json()) as { items: { code: string }[] };
    const present = new Set(page.items.map((u) => u.code));
    expect(acknowledged.filter((code) => !present.has(code))).toEqual([]);
    await stop(second.child, 'SIGTERM');

    // Each unit and its audit row committed together: as many org.create rows as crash-test units, no more, no less.
    const db = new SqliteDatabase(path.join(dataDir, 'guomen.db'), { readonly: true });
    try {
      const units = db
        .prepare("select count(*) as n from org_units where code like 'P-CRASH-%'")
        .get() as { n: number };
      const audited = db
        .prepare(
          "select count(*) as n from audit_log where action = 'org.create' and after_json like '%P-CRASH-%'",
        )
        .get() as { n: number };
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

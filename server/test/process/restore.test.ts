import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, guomenProcess, signIn, stop, unitIdByCode, type Account } from './guomen-process.ts';

/** Restore refuses what would lose data or lock people out: a running server, a missing or different secret. */
const SECRET = 'restore-test-secret-restore-test-secret-1';
const { dataDir, cli, startServer, seedDemo, cleanup } = guomenProcess('restore', SECRET);

const burstUnits = (file: string) => {
  const db = new SqliteDatabase(file, { readonly: true });
  try {
    return (
      db.prepare("select count(*) as n from org_units where code like 'P-RST-%'").get() as {
        n: number;
      }
    ).n;
  } finally {
    db.close();
  }
};

describe('guomen restore', () => {
  let sysadmin: Account;
  let backupFile: string;
  beforeAll(async () => {
    sysadmin = await seedDemo();
    backupFile = path.join(dataDir, 'backups', 'before.db');
    const backup = await cli(['backup', backupFile]);
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stdout).toMatch(/fingerprint [0-9a-f]{16}/);
  }, 60_000);
  afterAll(async () => cleanup());

  it('refuses while a server holds the database, and loses none of its acknowledged writes', async () => {
    const server = await startServer();
    try {
      const session = await signIn(server.base, sysadmin, Date.now());
      const parentId = await unitIdByCode(session, 'BR-GAOLAN');
      for (let i = 0; i < 10; i++) {
        const code = `P-RST-${i}`;
        const res = await call(session, 'POST', '/api/v1/org-units', {
          code,
          kind: 'port',
          parentId,
          nameZh: `恢复测试 ${code}`,
          nameEn: `Restore test ${code}`,
        });
        expect(res.status).toBe(201);
      }
      const restore = await cli(['restore', backupFile]);
      expect(restore.code).toBe(1);
      expect(restore.stderr).toMatch(/server is running/);
    } finally {
      await stop(server.child, 'SIGTERM');
    }
    expect(burstUnits(path.join(dataDir, 'guomen.db'))).toBe(10);
  }, 60_000);

  it('refuses a new data directory without the secret, or with another one, naming what it needs', async () => {
    const fresh = fs.mkdtempSync(path.join(dataDir, 'fresh-'));
    const without = await cli(['restore', backupFile], {
      env: { GUOMEN_DATA_DIR: fresh, GUOMEN_SECRET: '' },
    });
    expect(without.code).toBe(1);
    expect(without.stderr).toMatch(/fingerprint [0-9a-f]{16}/);
    expect(without.stderr).toMatch(/GUOMEN_SECRET|secret\.key/);
    expect(fs.existsSync(path.join(fresh, 'guomen.db'))).toBe(false);
    expect(fs.existsSync(path.join(fresh, 'secret.key'))).toBe(false);

    const other = await cli(['restore', backupFile], {
      env: { GUOMEN_DATA_DIR: fresh, GUOMEN_SECRET: 'another-secret-another-secret-another-1' },
    });
    expect(other.code).toBe(1);
    expect(other.stderr).toMatch(/fingerprint/);
    expect(fs.existsSync(path.join(fresh, 'guomen.db'))).toBe(false);
  }, 60_000);

  it('ends a server that cannot listen, so it holds no lock on the database', async () => {
    const server = await startServer();
    try {
      const second = await cli(['serve'], { env: { PORT: new URL(server.base).port } });
      expect(second.code).toBe(1);
      expect(second.stderr).toMatch(/EADDRINUSE/);
    } finally {
      await stop(server.child, 'SIGTERM');
    }
  }, 60_000);

  it('refuses to serve under another secret than the database was made under', async () => {
    await expect(
      startServer({ GUOMEN_SECRET: 'another-secret-another-secret-another-1' }),
    ).rejects.toThrow(/fingerprint/);
  }, 60_000);

  it('restores with the original secret into a new data directory; administrators then sign in, and the restore is audited', async () => {
    const fresh = fs.mkdtempSync(path.join(dataDir, 'restored-'));
    fs.writeFileSync(path.join(fresh, 'secret.key'), SECRET);
    const env = { GUOMEN_DATA_DIR: fresh, GUOMEN_SECRET: '' };
    const restore = await cli(['restore', backupFile], { env });
    expect(restore.code, restore.stderr).toBe(0);
    const verify = await cli(['audit', 'verify'], { env });
    expect(verify.code, verify.stdout).toBe(0);
    expect(verify.stdout).toMatch(/held to the checkpoint/);
    const server = await startServer(env);
    try {
      const session = await signIn(server.base, sysadmin, Date.now());
      expect((await call(session, 'GET', '/api/v1/auth/me')).status).toBe(200);
    } finally {
      await stop(server.child, 'SIGTERM');
    }
    const db = new SqliteDatabase(path.join(fresh, 'guomen.db'), { readonly: true });
    try {
      expect(
        db.prepare("select count(*) as n from audit_log where action = 'system.restored'").get(),
      ).toEqual({ n: 1 });
    } finally {
      db.close();
    }
  }, 90_000);
});

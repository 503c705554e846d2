import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, guomenProcess, signIn, stop, unitIdByCode, type Account } from './guomen-process.ts';

/**
 * Backup while the server writes, restore into a new data directory, and the CLI's exit codes
 * (0 ok, 1 failure, 2 bad usage, one line on stderr).
 */
const MAX_WRITES = 1500;

const { dataDir, cli, startServer, seedDemo, cleanup } = guomenProcess(
  'backup',
  'backup-test-secret-backup-test-secret-01',
);

/** Reads a closed SQLite file: the audit trail's org.create rows and the units they name. */
function inspect(file: string) {
  const db = new SqliteDatabase(file, { readonly: true });
  try {
    const created = db
      .prepare("select entity_id as id from audit_log where action = 'org.create'")
      .all() as { id: string }[];
    const ids = new Set(
      (db.prepare('select id from org_units').all() as { id: string }[]).map((r) => r.id),
    );
    const burst = db
      .prepare("select count(*) as n from org_units where code like 'P-BKP-%'")
      .get() as { n: number };
    return { created: created.map((r) => r.id), units: ids, burstUnits: burst.n };
  } finally {
    db.close();
  }
}

const oneLine = (text: string) => text.trim().split('\n').length === 1 && text.trim().length > 0;

describe('backup and restore', () => {
  let sysadmin: Account;
  beforeAll(async () => {
    sysadmin = await seedDemo();
  }, 60_000);

  afterAll(async () => {
    await cleanup();
  });

  it('takes a backup while writes run that restores into a new data directory and verifies', async () => {
    const server = await startServer();
    const session = await signIn(server.base, sysadmin, Date.now());
    const parentId = await unitIdByCode(session, 'BR-GAOLAN');
    const file = path.join(dataDir, 'backups', 'guomen-backup.db');

    let next = 0;
    let backupDone = false;
    let writtenDuringBackup = 0;
    const worker = async () => {
      while (!backupDone && next < MAX_WRITES) {
        const code = `P-BKP-${String(next++).padStart(4, '0')}`;
        const res = await call(session, 'POST', '/api/v1/org-units', {
          code,
          kind: 'port',
          parentId,
          nameZh: `备份测试口岸 ${code}`,
          nameEn: `Backup test port ${code}`,
        });
        expect(res.status, await res.text()).toBe(201);
        writtenDuringBackup += 1;
      }
    };
    const writers = Promise.all(Array.from({ length: 8 }, worker));
    // Let the burst get going before the backup starts, then keep writing until it has finished.
    while (writtenDuringBackup < 20) await new Promise((r) => setTimeout(r, 10));
    const started = writtenDuringBackup;
    const backup = await cli(['backup', file]);
    backupDone = true;
    await writers;
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stdout).toContain('backup written');
    expect(writtenDuringBackup - started, 'writes ran while the backup was taken').toBeGreaterThan(
      0,
    );
    await stop(server.child, 'SIGTERM');

    const restoredDir = fs.mkdtempSync(path.join(dataDir, 'restored-'));
    const restoredEnv = { GUOMEN_DATA_DIR: restoredDir };
    const restore = await cli(['restore', file], { env: restoredEnv });
    expect(restore.code, restore.stderr).toBe(0);
    const verify = await cli(['audit', 'verify'], { env: restoredEnv });
    expect(verify.code, verify.stderr).toBe(0);
    expect(verify.stdout).toMatch(/^OK: \d+ rows verified/);

    const restored = inspect(path.join(restoredDir, 'guomen.db'));
    expect(restored.created.filter((id) => !restored.units.has(id))).toEqual([]);
    expect(restored.burstUnits).toBe(restored.created.length);
    expect(restored.burstUnits).toBeGreaterThanOrEqual(20);
    // The live database has at least what the backup has: the backup is a moment of it, not a mixture.
    expect(inspect(path.join(dataDir, 'guomen.db')).burstUnits).toBeGreaterThanOrEqual(
      restored.burstUnits,
    );
  }, 60_000);

  describe('cli exit codes', () => {
    it('answers bad usage with 2 and one line on stderr', async () => {
      const [noFile, unknown, badRole, badPort] = await Promise.all([
        cli(['backup']),
        cli(['frobnicate']),
        cli(['user', 'create', '--username', 'x.y', '--role', 'wizard', '--org', 'BR-GAOLAN'], {
          input: 'Xy-pass-2026!',
        }),
        cli(['migrate'], { env: { PORT: 'notanumber' } }),
      ]);
      for (const [name, run] of Object.entries({ noFile, unknown, badRole, badPort })) {
        expect(run.code, `${name}: ${run.stderr}`).toBe(2);
        expect(oneLine(run.stderr), `${name}: ${run.stderr}`).toBe(true);
      }
      expect(noFile.stderr).toMatch(/FILE/);
      expect(unknown.stderr).toMatch(/frobnicate/);
      expect(badRole.stderr).toMatch(/--role/);
      expect(badPort.stderr).toMatch(/PORT/);
    }, 60_000);

    it('refuses to back up PostgreSQL with 1 and points to pg_dump, without connecting', async () => {
      const run = await cli(['backup', path.join(dataDir, 'pg.backup')], {
        env: { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/unreachable' },
      });
      expect(run.code).toBe(1);
      expect(oneLine(run.stderr)).toBe(true);
      expect(run.stderr).toMatch(/pg_dump/);
    }, 60_000);

    it('creates an account from stdin that must change its password at first login', async () => {
      const created = await cli(
        ['user', 'create', '--username', 'x.y', '--role', 'branch_officer', '--org', 'BR-GAOLAN'],
        { input: 'Xy-first-pass-2026\n' },
      );
      expect(created.code, created.stderr).toBe(0);
      expect(created.stdout).toMatch(/created x\.y/);
      const server = await startServer();
      try {
        const session = await signIn(
          server.base,
          { username: 'x.y', password: 'Xy-first-pass-2026' },
          Date.now(),
        );
        const me = (await (await call(session, 'GET', '/api/v1/auth/me')).json()) as {
          mustChangePassword: boolean;
        };
        expect(me.mustChangePassword).toBe(true);
        const blocked = await call(session, 'GET', '/api/v1/org-units');
        expect(blocked.status).toBe(403);
        expect(((await blocked.json()) as { error: { code: string } }).error.code).toBe(
          'PASSWORD_CHANGE_REQUIRED',
        );
      } finally {
        await stop(server.child, 'SIGTERM');
      }
    }, 60_000);
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { sheetRows } from './xlsx-upload.ts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inTransaction } from '../src/platform/context.ts';
import { auditService } from '../src/modules/audit/audit.service.ts';
import { orgRepository } from '../src/modules/org/org.repository.ts';
import { DEMO_ACCOUNTS } from '../src/seed/demo.ts';
import {
  createTestApp,
  dbAvailable,
  login,
  unitId,
  userId,
  type Agent,
  type TestApp,
} from './helpers.ts';

type ErrorReply = { error: { code: string; fields?: Record<string, string> } };
type Grant = { id: string; role: string; orgUnitCode: string };
type User = {
  id: string;
  username: string;
  version: number;
  status: string;
  mustChangePassword: boolean;
  roles: Grant[];
};

const auditCount = async (t: TestApp) =>
  Number(
    (
      await t.ctx.db
        .selectFrom('auditLog')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

describe.skipIf(!dbAvailable)('users and grants', () => {
  let t: TestApp;
  let sysadmin: Agent;
  let secadmin: Agent;
  beforeEach(async () => {
    t = await createTestApp();
    sysadmin = await login(t, 'sysadmin');
    secadmin = await login(t, 'secadmin');
  });
  afterEach(async () => t.close());

  const account = async (username: string) =>
    (await sysadmin.get(`/api/v1/users/${await userId(t, username)}`)).json<User>();
  const newOfficer = async (initialRole: { role: string; orgUnitId: string } | undefined) =>
    sysadmin.post('/api/v1/users', {
      username: 'new.officer',
      displayName: '新关员',
      orgUnitId: await unitId(t, 'BR-HARBOUR'),
      initialPassword: 'First-pass-2026',
      ...(initialRole ? { initialRole } : {}),
    });

  describe('users.create', () => {
    it('creates an account with a business role, audited in the same write, that must change its password', async () => {
      const res = await newOfficer({
        role: 'branch_officer',
        orgUnitId: await unitId(t, 'BR-HARBOUR'),
      });
      expect(res.statusCode).toBe(201);
      const created = res.json<User>();
      expect(created).toMatchObject({
        username: 'new.officer',
        mustChangePassword: true,
        roles: [{ role: 'branch_officer', orgUnitCode: 'BR-HARBOUR' }],
      });
      const audit = await t.ctx.db
        .selectFrom('auditLog')
        .select(['action', 'entityId'])
        .where('actorUsername', '=', 'sysadmin')
        .where('action', 'in', ['user.create', 'grant.create'])
        .orderBy('seq')
        .execute();
      expect(audit.map((a) => a.action)).toEqual(['user.create', 'grant.create']);
      expect(audit[0]?.entityId).toBe(created.id);
      expect(audit[1]?.entityId).toBe(created.roles[0]?.id);
    });

    it('refuses an administrator role as the initial role (422) and writes nothing', async () => {
      const before = await auditCount(t);
      for (const role of ['sysadmin', 'secadmin', 'auditor']) {
        const res = await newOfficer({ role, orgUnitId: await unitId(t, 'DEMO') });
        expect(res.statusCode, role).toBe(422);
        expect(res.json<ErrorReply>().error.code).toBe('ADMIN_ROLE_BY_SECURITY_ADMIN');
      }
      expect(await auditCount(t)).toBe(before);
      expect(
        await t.ctx.db
          .selectFrom('users')
          .select('id')
          .where('username', '=', 'new.officer')
          .executeTakeFirst(),
      ).toBeUndefined();
    });

    it('refuses a taken username with 409 and no audit row', async () => {
      const before = await auditCount(t);
      const res = await sysadmin.post('/api/v1/users', {
        username: 'port.east',
        displayName: '重名',
        orgUnitId: await unitId(t, 'BR-HARBOUR'),
        initialPassword: 'First-pass-2026',
      });
      expect(res.statusCode).toBe(409);
      expect(res.json<ErrorReply>().error.code).toBe('USERNAME_TAKEN');
      expect(await auditCount(t)).toBe(before);
    });
  });

  describe('grants.create', () => {
    it('lets the security administrator grant a business role, and not the system administrator', async () => {
      const body = {
        userId: await userId(t, 'port.east'),
        role: 'lab_officer',
        orgUnitId: await unitId(t, 'DEMO-TC-PLANT'),
      };
      expect((await sysadmin.post('/api/v1/grants', body)).statusCode).toBe(403);
      const res = await secadmin.post('/api/v1/grants', body);
      expect(res.statusCode).toBe(201);
      expect(
        res
          .json<User>()
          .roles.map((r) => r.role)
          .sort(),
      ).toEqual(['lab_officer', 'port_officer']);
    });

    it('keeps the three administrators apart and out of business work (422), writing nothing', async () => {
      const before = await auditCount(t);
      const demo = await unitId(t, 'DEMO');
      const cases = [
        { user: 'sysadmin', role: 'auditor', code: 'ADMIN_ROLE_EXCLUSIVE' },
        { user: 'branch.harbour', role: 'sysadmin', code: 'ADMIN_ROLE_EXCLUSIVE' },
        { user: 'auditor', role: 'leader', code: 'ADMIN_DOES_NO_BUSINESS' },
        { user: 'sysadmin', role: 'branch_officer', code: 'ADMIN_DOES_NO_BUSINESS' },
      ];
      for (const c of cases) {
        const res = await secadmin.post('/api/v1/grants', {
          userId: await userId(t, c.user),
          role: c.role,
          orgUnitId: demo,
        });
        expect(res.statusCode, `${c.role} to ${c.user}`).toBe(422);
        expect(res.json<ErrorReply>().error.code).toBe(c.code);
      }
      expect(await auditCount(t)).toBe(before);
    });

    it('refuses a grant to oneself', async () => {
      const res = await secadmin.post('/api/v1/grants', {
        userId: await userId(t, 'secadmin'),
        role: 'secadmin',
        orgUnitId: await unitId(t, 'BR-HARBOUR'),
      });
      expect(res.statusCode).toBe(422);
      expect(res.json<ErrorReply>().error.code).toBe('SELF_CHANGE_REFUSED');
    });
  });

  describe('grants.revoke', () => {
    it('revokes with a reason; the holder loses what it gave at once; a second revoke is 409', async () => {
      const officer = await login(t, 'branch.harbour');
      expect((await officer.get('/api/v1/org-units')).statusCode).toBe(200);
      const grant = (await account('branch.harbour')).roles[0];
      if (!grant) throw new Error('branch.harbour has no grant');
      const res = await secadmin.post(`/api/v1/grants/${grant.id}/revoke`, { reason: '岗位调整' });
      expect(res.statusCode).toBe(200);
      expect(res.json<User>().roles).toEqual([]);
      expect((await officer.get('/api/v1/org-units')).statusCode).toBe(403);
      const again = await secadmin.post(`/api/v1/grants/${grant.id}/revoke`, {
        reason: '岗位调整',
      });
      expect(again.statusCode).toBe(409);
      expect(again.json<ErrorReply>().error.code).toBe('GRANT_ALREADY_REVOKED');
    });
  });

  describe('users.resetPassword', () => {
    it('refuses to reset an administrator account or its own', async () => {
      for (const username of ['secadmin', 'auditor', 'sysadmin']) {
        const target = await account(username);
        const res = await sysadmin.post(`/api/v1/users/${target.id}/password`, {
          version: target.version,
          newPassword: 'Temporary-pass-2026',
        });
        expect(res.statusCode, username).toBe(422);
        expect(res.json<ErrorReply>().error.code).toBe(
          username === 'sysadmin' ? 'SELF_CHANGE_REFUSED' : 'ADMIN_ACCOUNT_PROTECTED',
        );
      }
    });

    it('sets a temporary password that must be changed, and ends the holder’s sessions', async () => {
      const holder = await login(t, 'port.east');
      const target = await account('port.east');
      const res = await sysadmin.post(`/api/v1/users/${target.id}/password`, {
        version: target.version,
        newPassword: 'Temporary-pass-2026',
      });
      expect(res.statusCode).toBe(200);
      expect(res.json<User>().mustChangePassword).toBe(true);
      expect((await holder.get('/api/v1/auth/me')).statusCode).toBe(401);
      const again = await login(t, 'port.east', 'Temporary-pass-2026');
      expect((await again.get('/api/v1/org-units')).json<ErrorReply>().error.code).toBe(
        'PASSWORD_CHANGE_REQUIRED',
      );
    });
  });

  describe('users.changeStatus', () => {
    it('ends the sessions of a disabled account and keeps it out', async () => {
      const holder = await login(t, 'branch.harbour');
      const target = await account('branch.harbour');
      const res = await sysadmin.post(`/api/v1/users/${target.id}/status`, {
        version: target.version,
        status: 'disabled',
        reason: '调离',
      });
      expect(res.statusCode).toBe(200);
      expect((await holder.get('/api/v1/auth/me')).statusCode).toBe(401);
      const retry = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'branch.harbour', password: 'Demo@2026-branch.harbour' },
      });
      expect(retry.statusCode).toBe(401);
    });

    it('refuses a stale version with 409 STALE_VERSION', async () => {
      const target = await account('staff.east');
      const res = await sysadmin.put(`/api/v1/users/${target.id}`, {
        version: target.version + 5,
        displayName: '周',
        orgUnitId: await unitId(t, 'P-SEA-EAST'),
      });
      expect(res.statusCode).toBe(409);
      expect(res.json<ErrorReply>().error.code).toBe('STALE_VERSION');
    });
  });

  describe('users.export', () => {
    it('exports the filtered accounts as an Excel workbook', async () => {
      const res = await sysadmin.get('/api/v1/users/export?role=port_officer', {
        'accept-language': 'en',
      });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('spreadsheetml.sheet');
      expect(res.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
      const rows = await sheetRows(res.rawPayload);
      expect(rows[0]?.[0]).toBe('Username');
      expect(rows.slice(1).map((r) => r[0])).toEqual(['port.east']);
    });
  });
});

describe.skipIf(!dbAvailable)('audit trail', () => {
  let t: TestApp;
  let auditor: Agent;
  beforeEach(async () => {
    t = await createTestApp();
    auditor = await login(t, 'auditor');
  });
  afterEach(async () => t.close());

  describe('audit.list', () => {
    it('is open to the auditor only', async () => {
      expect((await auditor.get('/api/v1/audit?action=auth.login')).statusCode).toBe(200);
      for (const username of ['sysadmin', 'secadmin', 'leader', 'branch.harbour']) {
        expect((await (await login(t, username)).get('/api/v1/audit')).statusCode, username).toBe(
          403,
        );
      }
    });

    it('exports the filtered trail as an Excel workbook', async () => {
      const res = await auditor.get('/api/v1/audit/export?action=user.create', {
        'accept-language': 'en',
      });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('spreadsheetml.sheet');
      expect(res.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
      const rows = await sheetRows(res.rawPayload);
      expect(rows[0]?.[4]).toBe('Action');
      expect(rows.length - 1).toBe(DEMO_ACCOUNTS.length);
      expect(new Set(rows.slice(1).map((r) => r[4]))).toEqual(new Set(['user.create']));
    });
  });

  describe('audit.append', () => {
    it('rolls back with the write it records', async () => {
      const before = await auditCount(t);
      const existing = await orgRepository.findByCode(t.ctx.db, 'P-SEA-EAST');
      if (!existing) throw new Error('no P-SEA-EAST');
      // The audit row goes first, then the write fails on the primary key: neither may remain.
      await expect(
        inTransaction(t.ctx, async (tx) => {
          await t.ctx.audit.append(
            tx,
            { actorId: null, actorUsername: 'test', address: null },
            { action: 'org.create', entityType: 'org_unit', entityId: existing.id },
          );
          await orgRepository.insert(tx, { ...existing, code: 'P-COPY' });
        }),
      ).rejects.toThrow();
      expect(await auditCount(t)).toBe(before);
    });
  });

  describe('audit.verify', () => {
    it('finds a row altered in the database', async () => {
      expect((await auditor.get('/api/v1/audit/verify')).json()).toMatchObject({
        ok: true,
        firstBrokenSeq: null,
      });
      await sql`update audit_log set after_json = ${'{"forged":true}'} where seq = 3`.execute(
        t.ctx.db,
      );
      const res = (await auditor.get('/api/v1/audit/verify')).json<{
        ok: boolean;
        firstBrokenSeq: number;
      }>();
      expect(res).toMatchObject({ ok: false, firstBrokenSeq: 3 });
    });

    it('archives expired rows to a signed file and still verifies across the cut; a forged anchor breaks it', async () => {
      const rows = await auditCount(t);
      t.clock.advance(200 * 86_400_000);
      const result = await auditService.archiveExpired(t.ctx);
      expect(result.archived).toBe(rows);
      const file = result.file ?? '';
      expect(path.dirname(file)).toBe(path.join(t.config.dataDir, 'audit-archive'));
      const lines = fs.readFileSync(file, 'utf8').trim().split('\n');
      expect(lines).toHaveLength(rows + 1);
      expect(JSON.parse(lines.at(-1) ?? '{}')).toMatchObject({
        signature: { rowCount: rows, mac: expect.any(String) },
      });
      // What is left is the record of the archiving itself.
      expect(await auditCount(t)).toBe(1);
      expect(await auditService.verify(t.ctx)).toMatchObject({ ok: true, checked: 1 });
      expect(await auditService.archiveExpired(t.ctx)).toEqual({ archived: 0, file: null });

      await sql`update audit_anchors set row_count = row_count + 1`.execute(t.ctx.db);
      const broken = await auditService.verify(t.ctx);
      expect(broken.ok).toBe(false);
      expect(broken.breaks[0]?.message.en).toMatch(/anchor/);
    });
  });
});

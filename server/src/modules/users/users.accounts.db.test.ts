import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ErrorBody, User } from '../../../../contracts/index.ts';
import { demoPassword } from '../../seed/demo.ts';
import {
  createTestApp,
  dbAvailable,
  login,
  tableCounts,
  userId,
  type Agent,
  type TestApp,
} from '../../../test/helpers.ts';
import { createWorld, unitOf, type World } from '../../../test/factories.ts';
import { sheetRows } from '../../../test/xlsx-upload.ts';

describe.skipIf(!dbAvailable)('user accounts', () => {
  let t: TestApp;
  let w: World;
  let sysadmin: Agent;
  beforeEach(async () => {
    t = await createTestApp({ seed: false });
    w = await createWorld(t);
    sysadmin = await login(t, w.accounts.sysadmin);
  });
  afterEach(async () => t.close());

  const account = async (username: string) =>
    (await sysadmin.get(`/api/v1/users/${await userId(t, username)}`)).json<User>();
  const newOfficer = (initialRole?: { role: string; orgUnitId: string }) =>
    sysadmin.post('/api/v1/users', {
      username: 'new.officer',
      displayName: '新关员',
      orgUnitId: w.branch.id,
      initialPassword: 'First-pass-2026',
      ...(initialRole ? { initialRole } : {}),
    });

  describe('users.create', () => {
    it('creates an account with a business role, audited in the same write, that must change its password', async () => {
      const res = await newOfficer({ role: 'branch_officer', orgUnitId: w.branch.id });
      expect(res.statusCode).toBe(201);
      const created = res.json<User>();
      expect(created).toMatchObject({
        username: 'new.officer',
        mustChangePassword: true,
        roles: [{ role: 'branch_officer', orgUnitCode: w.branch.code }],
      });
      const audit = await t.ctx.db
        .selectFrom('auditLog')
        .select(['action', 'entityId'])
        .where('actorUsername', '=', w.accounts.sysadmin)
        .where('action', 'in', ['user.create', 'grant.create'])
        .orderBy('seq')
        .execute();
      expect(audit.map((a) => a.action)).toEqual(['user.create', 'grant.create']);
      expect(audit[0]?.entityId).toBe(created.id);
      expect(audit[1]?.entityId).toBe(created.roles[0]?.id);
    });

    it('refuses an administrator role as the initial role (422) and writes nothing', async () => {
      const before = await tableCounts(t);
      for (const role of ['sysadmin', 'secadmin', 'auditor']) {
        const res = await newOfficer({ role, orgUnitId: w.district.id });
        expect(res.statusCode, role).toBe(422);
        expect(res.json<ErrorBody>().error.code).toBe('ADMIN_ROLE_BY_SECURITY_ADMIN');
      }
      expect(await tableCounts(t)).toEqual(before);
      expect(
        await t.ctx.db
          .selectFrom('users')
          .select('id')
          .where('username', '=', 'new.officer')
          .executeTakeFirst(),
      ).toBeUndefined();
    });

    it('refuses a taken username with 409 and no audit row', async () => {
      const before = await tableCounts(t);
      const res = await sysadmin.post('/api/v1/users', {
        username: w.accounts.portOfficer,
        displayName: '重名',
        orgUnitId: w.branch.id,
        initialPassword: 'First-pass-2026',
      });
      expect(res.statusCode).toBe(409);
      expect(res.json<ErrorBody>().error.code).toBe('USERNAME_TAKEN');
      expect(await tableCounts(t)).toEqual(before);
    });
  });

  describe('users.resetPassword', () => {
    it('refuses to reset an administrator account or its own', async () => {
      const before = await tableCounts(t);
      const { secadmin, auditor, sysadmin: self } = w.accounts;
      for (const username of [secadmin, auditor, self]) {
        const target = await account(username);
        const res = await sysadmin.post(`/api/v1/users/${target.id}/password`, {
          version: target.version,
          newPassword: 'Temporary-pass-2026',
        });
        expect(res.statusCode, username).toBe(422);
        expect(res.json<ErrorBody>().error.code).toBe(
          username === self ? 'SELF_CHANGE_REFUSED' : 'ADMIN_ACCOUNT_PROTECTED',
        );
      }
      expect(await tableCounts(t)).toEqual(before);
    });

    it('sets a temporary password that must be changed, and ends the holder’s sessions', async () => {
      const holder = await login(t, w.accounts.portOfficer);
      const target = await account(w.accounts.portOfficer);
      const res = await sysadmin.post(`/api/v1/users/${target.id}/password`, {
        version: target.version,
        newPassword: 'Temporary-pass-2026',
      });
      expect(res.statusCode).toBe(200);
      expect(res.json<User>().mustChangePassword).toBe(true);
      expect((await holder.get('/api/v1/auth/me')).statusCode).toBe(401);
      const again = await login(t, w.accounts.portOfficer, 'Temporary-pass-2026');
      expect((await again.get('/api/v1/org-units')).json<ErrorBody>().error.code).toBe(
        'PASSWORD_CHANGE_REQUIRED',
      );
    });
  });

  describe('users.changeStatus', () => {
    it('ends the sessions of a disabled account and keeps it out', async () => {
      const holder = await login(t, w.accounts.branchOfficer);
      const target = await account(w.accounts.branchOfficer);
      const res = await sysadmin.post(`/api/v1/users/${target.id}/status`, {
        version: target.version,
        status: 'disabled',
        reason: '调离',
      });
      expect(res.statusCode).toBe(200);
      expect(res.json<User>().status).toBe('disabled');
      expect((await holder.get('/api/v1/auth/me')).statusCode).toBe(401);
      const retry = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: {
          username: w.accounts.branchOfficer,
          password: demoPassword(w.accounts.branchOfficer),
        },
      });
      expect(retry.statusCode).toBe(401);
    });
  });

  describe('users.update', () => {
    it('refuses a stale version with 409 STALE_VERSION', async () => {
      const target = await account(w.accounts.staff);
      const res = await sysadmin.put(`/api/v1/users/${target.id}`, {
        version: target.version + 5,
        displayName: '周',
        orgUnitId: (await unitOf(t, w.port)).id,
      });
      expect(res.statusCode).toBe(409);
      expect(res.json<ErrorBody>().error.code).toBe('STALE_VERSION');
      expect((await account(w.accounts.staff)).version).toBe(target.version);
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
      // The world has one port officer among its accounts of every role.
      expect(rows.slice(1).map((r) => r[0])).toEqual([w.accounts.portOfficer]);
      // The status in words, not its code.
      expect(rows[0]?.[4]).toBe('Status');
      expect(rows[1]?.[4]).toBe('Active');
    });
  });
});

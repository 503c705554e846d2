import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ErrorBody, User } from '../../../../contracts/index.ts';
import {
  createTestApp,
  dbAvailable,
  login,
  tableCounts,
  userId,
  type Agent,
  type TestApp,
} from '../../../test/helpers.ts';
import { createWorld, type World } from '../../../test/factories.ts';

describe.skipIf(!dbAvailable)('grants', () => {
  let t: TestApp;
  let w: World;
  let sysadmin: Agent;
  let secadmin: Agent;
  beforeEach(async () => {
    t = await createTestApp({ seed: false });
    w = await createWorld(t);
    sysadmin = await login(t, w.accounts.sysadmin);
    secadmin = await login(t, w.accounts.secadmin);
  });
  afterEach(async () => t.close());

  describe('grants.create', () => {
    it('lets the security administrator grant a business role, and not the system administrator', async () => {
      const body = {
        userId: await userId(t, w.accounts.portOfficer),
        role: 'lab_officer',
        orgUnitId: w.lab.id,
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
      const before = await tableCounts(t);
      const cases = [
        { user: w.accounts.sysadmin, role: 'auditor', code: 'ADMIN_ROLE_EXCLUSIVE' },
        { user: w.accounts.branchOfficer, role: 'sysadmin', code: 'ADMIN_ROLE_EXCLUSIVE' },
        { user: w.accounts.auditor, role: 'leader', code: 'ADMIN_DOES_NO_BUSINESS' },
        { user: w.accounts.sysadmin, role: 'branch_officer', code: 'ADMIN_DOES_NO_BUSINESS' },
      ];
      for (const c of cases) {
        const res = await secadmin.post('/api/v1/grants', {
          userId: await userId(t, c.user),
          role: c.role,
          orgUnitId: w.district.id,
        });
        expect(res.statusCode, `${c.role} to ${c.user}`).toBe(422);
        expect(res.json<ErrorBody>().error.code).toBe(c.code);
      }
      expect(await tableCounts(t)).toEqual(before);
    });

    it('refuses a grant to oneself', async () => {
      const before = await tableCounts(t);
      const res = await secadmin.post('/api/v1/grants', {
        userId: await userId(t, w.accounts.secadmin),
        role: 'secadmin',
        orgUnitId: w.branch.id,
      });
      expect(res.statusCode).toBe(422);
      expect(res.json<ErrorBody>().error.code).toBe('SELF_CHANGE_REFUSED');
      expect(await tableCounts(t)).toEqual(before);
    });
  });

  describe('grants.revoke', () => {
    it('revokes with a reason; the holder loses what it gave at once; a second revoke is 409', async () => {
      const officer = await login(t, w.accounts.branchOfficer);
      expect((await officer.get('/api/v1/org-units')).statusCode).toBe(200);
      const holder = (
        await sysadmin.get(`/api/v1/users/${await userId(t, w.accounts.branchOfficer)}`)
      ).json<User>();
      expect(holder.roles).toHaveLength(1);
      const grant = holder.roles[0];
      if (!grant) throw new Error('the branch officer has no grant');
      const res = await secadmin.post(`/api/v1/grants/${grant.id}/revoke`, { reason: '岗位调整' });
      expect(res.statusCode).toBe(200);
      expect(res.json<User>().roles).toEqual([]);
      expect((await officer.get('/api/v1/org-units')).statusCode).toBe(403);
      const again = await secadmin.post(`/api/v1/grants/${grant.id}/revoke`, {
        reason: '岗位调整',
      });
      expect(again.statusCode).toBe(409);
      expect(again.json<ErrorBody>().error.code).toBe('GRANT_ALREADY_REVOKED');
    });
  });
});

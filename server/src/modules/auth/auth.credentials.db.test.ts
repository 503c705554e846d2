import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ErrorBody, Me, MfaEnrolment, SecurityPolicy } from '../../../../contracts/index.ts';
import { currentTotp } from '../../platform/auth/totp.ts';
import { demoPassword } from '../../seed/demo.ts';
import { createTestApp, dbAvailable, login, type TestApp } from '../../../test/helpers.ts';
import { createWorld, type World } from '../../../test/factories.ts';

describe.skipIf(!dbAvailable)('credentials', () => {
  let t: TestApp;
  let w: World;
  beforeEach(async () => {
    t = await createTestApp({ seed: false });
    w = await createWorld(t);
  });
  afterEach(async () => t.close());

  const post = (payload: object) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload,
      remoteAddress: '10.0.0.1',
    });

  describe('auth.password', () => {
    it('forces a first-login change, enforces the rules and history, then opens the product', async () => {
      const sysadmin = await login(t, w.accounts.sysadmin);
      const created = await sysadmin.post('/api/v1/users', {
        username: 'new.officer',
        displayName: '新关员',
        orgUnitId: w.branch.id,
        initialPassword: 'First-pass-2026',
        initialRole: { role: 'branch_officer', orgUnitId: w.branch.id },
      });
      expect(created.statusCode).toBe(201);
      const officer = await login(t, 'new.officer', 'First-pass-2026');
      expect((await officer.get('/api/v1/auth/me')).json<Me>().mustChangePassword).toBe(true);
      const blocked = await officer.get('/api/v1/org-units');
      expect(blocked.statusCode).toBe(403);
      expect(blocked.json<ErrorBody>().error.code).toBe('PASSWORD_CHANGE_REQUIRED');
      const weak = await officer.post('/api/v1/auth/password', {
        currentPassword: 'First-pass-2026',
        newPassword: 'alllowercase',
      });
      expect(weak.statusCode).toBe(400);
      expect(Object.keys(weak.json<ErrorBody>().error.fields ?? {})).toContain('newPassword');
      const ok = await officer.post('/api/v1/auth/password', {
        currentPassword: 'First-pass-2026',
        newPassword: 'Second-pass-2026',
      });
      expect(ok.statusCode).toBe(200);
      expect((await officer.get('/api/v1/org-units')).statusCode).toBe(200);
      const reused = await officer.post('/api/v1/auth/password', {
        currentPassword: 'Second-pass-2026',
        newPassword: 'First-pass-2026',
      });
      expect(reused.statusCode).toBe(422);
      expect(reused.json<ErrorBody>().error.code).toBe('PASSWORD_REUSED');
    });

    it('expires a password after 90 days', async () => {
      const fresh = await login(t, w.accounts.branchOfficer);
      expect((await fresh.get('/api/v1/auth/me')).json<Me>().mustChangePassword).toBe(false);
      t.clock.advance(91 * 86_400_000);
      const later = await login(t, w.accounts.branchOfficer);
      expect((await later.get('/api/v1/auth/me')).json<Me>().mustChangePassword).toBe(true);
      expect((await later.get('/api/v1/org-units')).statusCode).toBe(403);
    });
  });

  describe('auth.mfa', () => {
    it('enrols with a QR code, then demands the code at login; a recovery code works once', async () => {
      const officer = w.accounts.branchOfficer;
      const password = demoPassword(officer);
      const a = await login(t, officer);
      const enrol = await a.post('/api/v1/auth/mfa/enrol');
      expect(enrol.statusCode).toBe(200);
      const { secret, qrDataUrl } = enrol.json<MfaEnrolment>();
      expect(qrDataUrl).toMatch(/^data:image\/png;base64,/);
      const confirm = await a.post('/api/v1/auth/mfa/confirm', {
        otp: currentTotp(secret, t.clock.now),
      });
      expect(confirm.statusCode).toBe(200);
      const codes = confirm.json<{ recoveryCodes: string[] }>().recoveryCodes;
      expect(codes).toHaveLength(10);
      expect((await post({ username: officer, password })).json<ErrorBody>().error.code).toBe(
        'MFA_REQUIRED',
      );
      expect((await post({ username: officer, password, otp: codes[0] })).statusCode).toBe(200);
      expect((await post({ username: officer, password, otp: codes[0] })).statusCode).toBe(401);
    });

    it('makes an account without a second factor enrol before anything else once the policy asks it of all', async () => {
      const secadmin = await login(t, w.accounts.secadmin);
      const policy = (await secadmin.get('/api/v1/security/policy')).json<SecurityPolicy>();
      expect(
        (await secadmin.put('/api/v1/security/policy', { ...policy, mfaRequiredForAll: true }))
          .statusCode,
      ).toBe(200);
      const officer = await login(t, w.accounts.portOfficer);
      const res = await officer.get('/api/v1/org-units');
      expect(res.statusCode).toBe(403);
      expect(res.json<ErrorBody>().error.code).toBe('MFA_ENROLMENT_REQUIRED');
      expect((await officer.get('/api/v1/auth/me')).json<Me>()).toMatchObject({
        mfaRequired: true,
        mfaEnabled: false,
      });
    });
  });
});

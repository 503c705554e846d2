import type {
  ErrorBody,
  SecurityPolicy,
  Page,
  OrgUnit,
  Me,
  MfaEnrolment,
} from '../../contracts/index.ts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { currentTotp } from '../src/platform/auth/totp.ts';
import { demoTotpSecret } from '../src/seed/demo.ts';
import { SESSION_COOKIE } from '../src/platform/http/access.ts';
import { agentFor, createTestApp, dbAvailable, login, type TestApp } from './helpers.ts';

const loginBody = (username: string, password: string, otp?: string) => ({
  username,
  password,
  ...(otp ? { otp } : {}),
});

describe.skipIf(!dbAvailable)('auth', () => {
  let t: TestApp;
  beforeEach(async () => {
    t = await createTestApp();
  });
  afterEach(async () => t.close());

  const post = (payload: object, remoteAddress = '10.0.0.1') =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload, remoteAddress });

  describe('auth.login', () => {
    it('signs in a business user with an HttpOnly, SameSite=Strict cookie and returns permissions', async () => {
      const res = await post(loginBody('branch.harbour', 'Demo@2026-branch.harbour'));
      expect(res.statusCode).toBe(200);
      const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE);
      expect(cookie?.httpOnly).toBe(true);
      expect(cookie?.sameSite).toBe('Strict');
      expect(res.json()).toMatchObject({
        username: 'branch.harbour',
        permissions: expect.arrayContaining(['org.read']),
      });
    });

    it('answers the same 401 for an unknown user and a wrong password', async () => {
      const unknown = await post(loginBody('nobody', 'whatever-Password1'));
      const wrong = await post(loginBody('branch.harbour', 'wrong-Password1'));
      expect(unknown.statusCode).toBe(401);
      expect(wrong.statusCode).toBe(401);
      expect(unknown.json<ErrorBody>().error.code).toBe('INVALID_CREDENTIALS');
      expect(wrong.json<ErrorBody>().error.message).toBe(unknown.json<ErrorBody>().error.message);
    });

    it('locks the account after 5 failures, audits it, and lets it in again after 15 minutes', async () => {
      for (let i = 0; i < 5; i++)
        expect(
          (await post(loginBody('port.east', `Wrong-pass-${i}x`), `10.0.1.${i}`)).statusCode,
        ).toBe(401);
      const locked = await post(loginBody('port.east', 'Demo@2026-port.east'), '10.0.2.1');
      const unknown = await post(loginBody('nobody.here', 'Demo@2026-port.east'), '10.0.2.1');
      // A locked account answers exactly as an unknown one: nothing tells an attacker the name exists.
      expect(locked.statusCode).toBe(401);
      expect(locked.body).toBe(unknown.body);
      const audit = await t.ctx.db
        .selectFrom('auditLog')
        .select('action')
        .where('action', '=', 'auth.account_locked')
        .execute();
      expect(audit).toHaveLength(1);
      t.clock.advance(15 * 60_000 + 1);
      expect(
        (await post(loginBody('port.east', 'Demo@2026-port.east'), '10.0.2.1')).statusCode,
      ).toBe(200);
    });

    it('throttles an address after 20 failures with 429 and Retry-After, and audits it', async () => {
      for (let i = 0; i < 20; i++) await post(loginBody(`ghost${i}`, 'Wrong-pass-1x'), '10.9.9.9');
      const res = await post(loginBody('branch.harbour', 'Demo@2026-branch.harbour'), '10.9.9.9');
      expect(res.statusCode).toBe(429);
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
      expect(
        (await post(loginBody('branch.harbour', 'Demo@2026-branch.harbour'), '10.9.9.10'))
          .statusCode,
      ).toBe(200);
      const rows = await t.ctx.db
        .selectFrom('auditLog')
        .select('action')
        .where('action', '=', 'auth.address_throttled')
        .execute();
      expect(rows).toHaveLength(1);
    });

    it('asks an enrolled account for its code, refuses a wrong or replayed one, and accepts the right one once', async () => {
      const missing = await post(loginBody('sysadmin', 'Demo@2026-sysadmin'));
      expect(missing.statusCode).toBe(401);
      expect(missing.json<ErrorBody>().error.code).toBe('MFA_REQUIRED');
      const code = currentTotp(demoTotpSecret('sysadmin'), t.clock.now);
      expect(
        (
          await post(
            loginBody('sysadmin', 'Demo@2026-sysadmin', code === '000000' ? '111111' : '000000'),
          )
        ).statusCode,
      ).toBe(401);
      expect((await post(loginBody('sysadmin', 'Demo@2026-sysadmin', code))).statusCode).toBe(200);
      const replay = await post(loginBody('sysadmin', 'Demo@2026-sysadmin', code));
      expect(replay.statusCode).toBe(401);
      expect(replay.json<ErrorBody>().error.code).toBe('INVALID_CREDENTIALS');
    });

    it('rotates the session id at login and ends the previous session', async () => {
      const first = await login(t, 'branch.harbour');
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: loginBody('branch.harbour', 'Demo@2026-branch.harbour'),
        headers: { cookie: `${SESSION_COOKIE}=${first.cookie}` },
      });
      const second = res.cookies.find((c) => c.name === SESSION_COOKIE)?.value;
      expect(second).toBeTruthy();
      expect(second).not.toBe(first.cookie);
      expect((await first.get('/api/v1/auth/me')).statusCode).toBe(401);
    });

    it('keeps administrators to the management network when one is set', async () => {
      const secadmin = await login(t, 'secadmin');
      const policy = (await secadmin.get('/api/v1/security/policy')).json<SecurityPolicy>();
      const set = await secadmin.put('/api/v1/security/policy', {
        ...policy,
        adminNetworks: ['127.0.0.0/8'],
      });
      expect(set.statusCode).toBe(200);
      const outside = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        remoteAddress: '192.0.2.7',
        payload: loginBody(
          'auditor',
          'Demo@2026-auditor',
          currentTotp(demoTotpSecret('auditor'), t.clock.now),
        ),
      });
      expect(outside.statusCode).toBe(403);
      expect(outside.json<ErrorBody>().error.code).toBe('ADMIN_NETWORK_REQUIRED');
      expect(
        (await post(loginBody('branch.harbour', 'Demo@2026-branch.harbour'), '192.0.2.7'))
          .statusCode,
      ).toBe(200);
    });
  });

  describe('sessions', () => {
    it('expires after 30 idle minutes', async () => {
      const a = await login(t, 'branch.harbour');
      t.clock.advance(29 * 60_000);
      expect((await a.get('/api/v1/auth/me')).statusCode).toBe(200);
      t.clock.advance(31 * 60_000);
      const res = await a.get('/api/v1/auth/me');
      expect(res.statusCode).toBe(401);
      expect(res.json<ErrorBody>().error.code).toBe('SESSION_EXPIRED');
    });

    it('ends after 12 hours however busy', async () => {
      const a = await login(t, 'branch.harbour');
      for (let i = 0; i < 25; i++) {
        t.clock.advance(29 * 60_000);
        await a.get('/api/v1/auth/me');
      }
      expect((await a.get('/api/v1/auth/me')).statusCode).toBe(401);
    });

    it('refuses a write without the CSRF token', async () => {
      const a = await login(t, 'branch.harbour');
      const res = await agentFor(t, a.username, a.cookie, 'forged').post('/api/v1/auth/logout');
      expect(res.statusCode).toBe(403);
      expect(res.json<ErrorBody>().error.code).toBe('CSRF_TOKEN_INVALID');
    });

    it('logs out everywhere', async () => {
      const a = await login(t, 'branch.harbour');
      const b = await login(t, 'branch.harbour');
      expect((await a.post('/api/v1/auth/logout-everywhere')).statusCode).toBe(200);
      expect((await b.get('/api/v1/auth/me')).statusCode).toBe(401);
    });
  });

  describe('auth.password', () => {
    it('forces a first-login change, enforces the rules and history, then opens the product', async () => {
      const sysadmin = await login(t, 'sysadmin');
      const branch = (await sysadmin.get('/api/v1/org-units?q=BR-HARBOUR')).json<Page<OrgUnit>>()
        .items[0]!.id;
      const created = await sysadmin.post('/api/v1/users', {
        username: 'new.officer',
        displayName: '新关员',
        orgUnitId: branch,
        initialPassword: 'First-pass-2026',
        initialRole: { role: 'branch_officer', orgUnitId: branch },
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
      const a = await login(t, 'branch.harbour');
      t.clock.advance(91 * 86_400_000);
      const b = await login(t, 'branch.harbour');
      expect((await b.get('/api/v1/auth/me')).json<Me>().mustChangePassword).toBe(true);
      expect((await b.get('/api/v1/org-units')).statusCode).toBe(403);
      void a;
    });
  });

  describe('auth.mfa', () => {
    it('enrols with a QR code, then demands the code at login; a recovery code works once', async () => {
      const a = await login(t, 'branch.harbour');
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
      expect(
        (await post(loginBody('branch.harbour', 'Demo@2026-branch.harbour'))).json<ErrorBody>()
          .error.code,
      ).toBe('MFA_REQUIRED');
      expect(
        (await post(loginBody('branch.harbour', 'Demo@2026-branch.harbour', codes[0]))).statusCode,
      ).toBe(200);
      expect(
        (await post(loginBody('branch.harbour', 'Demo@2026-branch.harbour', codes[0]))).statusCode,
      ).toBe(401);
    });

    it('makes an administrator without a second factor enrol before anything else', async () => {
      const secadmin = await login(t, 'secadmin');
      const policy = (await secadmin.get('/api/v1/security/policy')).json<SecurityPolicy>();
      expect(
        (await secadmin.put('/api/v1/security/policy', { ...policy, mfaRequiredForAll: true }))
          .statusCode,
      ).toBe(200);
      const officer = await login(t, 'port.east');
      const res = await officer.get('/api/v1/org-units');
      expect(res.statusCode).toBe(403);
      expect(res.json<ErrorBody>().error.code).toBe('MFA_ENROLMENT_REQUIRED');
      expect((await officer.get('/api/v1/auth/me')).json()).toMatchObject({
        mfaRequired: true,
        mfaEnabled: false,
      });
    });
  });
});

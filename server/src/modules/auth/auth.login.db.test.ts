import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ErrorBody, Me, SecurityPolicy } from '../../../../contracts/index.ts';
import { currentTotp } from '../../platform/auth/totp.ts';
import { SESSION_COOKIE } from '../../platform/http/access.ts';
import { demoPassword, demoTotpSecret } from '../../seed/demo.ts';
import { createTestApp, dbAvailable, login, type TestApp } from '../../../test/helpers.ts';
import { createWorld, type World } from '../../../test/factories.ts';

describe.skipIf(!dbAvailable)('auth.login', () => {
  let t: TestApp;
  let w: World;
  beforeEach(async () => {
    t = await createTestApp({ seed: false });
    w = await createWorld(t);
  });
  afterEach(async () => t.close());

  const post = (payload: object, remoteAddress = '10.0.0.1') =>
    t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload, remoteAddress });
  /** A sign-in with the account's own password, and a second factor when given. */
  const signIn = (username: string, otp?: string) => ({
    username,
    password: demoPassword(username),
    ...(otp ? { otp } : {}),
  });

  it('signs in a business user with an HttpOnly, SameSite=Strict cookie and returns permissions', async () => {
    const res = await post(signIn(w.accounts.branchOfficer));
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE);
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Strict');
    expect(res.json<Me>()).toMatchObject({
      username: w.accounts.branchOfficer,
      permissions: expect.arrayContaining(['org.read']),
    });
  });

  it('answers the same 401 for an unknown user and a wrong password', async () => {
    const unknown = await post({ username: 'nobody', password: 'whatever-Password1' });
    const wrong = await post({ username: w.accounts.branchOfficer, password: 'wrong-Password1' });
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json<ErrorBody>().error.code).toBe('INVALID_CREDENTIALS');
    expect(wrong.json<ErrorBody>().error.message).toBe(unknown.json<ErrorBody>().error.message);
  });

  it('locks the account after 5 failures, audits it, and lets it in again after 15 minutes', async () => {
    const officer = w.accounts.portOfficer;
    for (let i = 0; i < 5; i++)
      expect(
        (await post({ username: officer, password: `Wrong-pass-${i}x` }, `10.0.1.${i}`)).statusCode,
      ).toBe(401);
    const locked = await post(signIn(officer), '10.0.2.1');
    const unknown = await post(
      { username: 'nobody.here', password: demoPassword(officer) },
      '10.0.2.1',
    );
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
    expect((await post(signIn(officer), '10.0.2.1')).statusCode).toBe(200);
  });

  it('throttles an address after 20 failures with 429 and Retry-After, and audits it', async () => {
    for (let i = 0; i < 20; i++)
      await post({ username: `ghost${i}`, password: 'Wrong-pass-1x' }, '10.9.9.9');
    const res = await post(signIn(w.accounts.branchOfficer), '10.9.9.9');
    expect(res.statusCode).toBe(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect((await post(signIn(w.accounts.branchOfficer), '10.9.9.10')).statusCode).toBe(200);
    const rows = await t.ctx.db
      .selectFrom('auditLog')
      .select('action')
      .where('action', '=', 'auth.address_throttled')
      .execute();
    expect(rows).toHaveLength(1);
  });

  it('asks an enrolled account for its code, refuses a wrong or replayed one, and accepts the right one once', async () => {
    const admin = w.accounts.sysadmin;
    const missing = await post(signIn(admin));
    expect(missing.statusCode).toBe(401);
    expect(missing.json<ErrorBody>().error.code).toBe('MFA_REQUIRED');
    const code = currentTotp(demoTotpSecret(admin), t.clock.now);
    expect((await post(signIn(admin, code === '000000' ? '111111' : '000000'))).statusCode).toBe(
      401,
    );
    expect((await post(signIn(admin, code))).statusCode).toBe(200);
    const replay = await post(signIn(admin, code));
    expect(replay.statusCode).toBe(401);
    expect(replay.json<ErrorBody>().error.code).toBe('INVALID_CREDENTIALS');
  });

  it('rotates the session id at login and ends the previous session', async () => {
    const first = await login(t, w.accounts.branchOfficer);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: signIn(w.accounts.branchOfficer),
      headers: { cookie: `${SESSION_COOKIE}=${first.cookie}` },
    });
    expect(res.statusCode).toBe(200);
    const second = res.cookies.find((c) => c.name === SESSION_COOKIE)?.value;
    expect(second).toBeTruthy();
    expect(second).not.toBe(first.cookie);
    expect((await first.get('/api/v1/auth/me')).statusCode).toBe(401);
  });

  it('keeps administrators to the management network when one is set', async () => {
    const secadmin = await login(t, w.accounts.secadmin);
    const policy = (await secadmin.get('/api/v1/security/policy')).json<SecurityPolicy>();
    const set = await secadmin.put('/api/v1/security/policy', {
      ...policy,
      adminNetworks: ['127.0.0.0/8'],
    });
    expect(set.statusCode).toBe(200);
    const auditor = w.accounts.auditor;
    const outside = await post(
      signIn(auditor, currentTotp(demoTotpSecret(auditor), t.clock.now)),
      '192.0.2.7',
    );
    expect(outside.statusCode).toBe(403);
    expect(outside.json<ErrorBody>().error.code).toBe('ADMIN_NETWORK_REQUIRED');
    expect((await post(signIn(w.accounts.branchOfficer), '192.0.2.7')).statusCode).toBe(200);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { currentTotp } from '../src/platform/auth/totp.ts';
import { demoPassword, demoTotpSecret } from '../src/seed/demo.ts';
import {
  createSecondInstance,
  createTestApp,
  dbAvailable,
  login,
  userId,
  type TestApp,
} from './helpers.ts';
import { count, loginOn, reasons, statuses } from './login-helpers.ts';

// Two servers behind a load balancer on one PostgreSQL (the nationwide deployment): whatever one instance
// decides about sign-in and sessions, the other must honour before the response returns.
describe.skipIf(!dbAvailable)('two instances on one PostgreSQL', () => {
  let a: TestApp;
  let b: TestApp;
  beforeEach(async () => {
    a = await createTestApp();
    b = await createSecondInstance(a);
  });
  afterEach(async () => {
    await b.close();
    await a.close();
  });

  it('shares the lockout: 30 wrong passwords split across both check no more than the threshold', async () => {
    const all = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        loginOn(i % 2 ? a : b, 'port.gaolan', `Wrong-pass-${i}x`, `10.3.0.${i}`),
      ),
    );
    expect(new Set(statuses(all))).toEqual(new Set([401]));
    expect(count(await reasons(a, 'port.gaolan'), 'wrong_password')).toBe(5);
  });

  it('shares the address throttle and spends a TOTP code once across both', async () => {
    const all = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        loginOn(i % 2 ? a : b, `ghost${i}`, 'Wrong-pass-1x', '10.4.4.4'),
      ),
    );
    expect(count(statuses(all), 401)).toBe(20);
    const code = currentTotp(demoTotpSecret('secadmin'), a.clock.now);
    const both = await Promise.all(
      [a, b].map((app) =>
        loginOn(app, 'secadmin', demoPassword('secadmin'), '127.0.0.1', { otp: code }),
      ),
    );
    expect(statuses(both).sort()).toEqual([200, 401]);
  });

  it('holds a logout, a password change, a disabled account and a revoked grant on the other instance before the response returns', async () => {
    const officer = await login(a, 'port.gaolan');
    const onB = (cookie: string) =>
      b.app.inject({
        method: 'GET',
        url: '/api/v1/auth/me',
        headers: { cookie: `guomen_sid=${cookie}` },
      });
    expect((await onB(officer.cookie)).statusCode).toBe(200);
    expect((await officer.post('/api/v1/auth/logout')).statusCode).toBe(200);
    expect((await onB(officer.cookie)).statusCode).toBe(401);

    // A password changed through one instance ends the account's other sessions on the other.
    const first = await login(a, 'staff.gaolan');
    const second = await login(a, 'staff.gaolan');
    expect((await onB(first.cookie)).statusCode).toBe(200);
    const changed = await second.post('/api/v1/auth/password', {
      currentPassword: demoPassword('staff.gaolan'),
      newPassword: 'Changed@2026-staff!',
    });
    expect(changed.statusCode).toBe(200);
    expect((await onB(first.cookie)).statusCode).toBe(401);
    expect((await onB(second.cookie)).statusCode).toBe(200);

    const harbour = await login(a, 'branch.gaolan');
    const ports = () =>
      b.app.inject({
        method: 'GET',
        url: '/api/v1/ports?page=1&pageSize=5',
        headers: { cookie: `guomen_sid=${harbour.cookie}` },
      });
    expect((await ports()).statusCode).toBe(200);
    const secadmin = await login(a, 'secadmin');
    const sysadmin = await login(a, 'sysadmin');
    const account = (await sysadmin.get(`/api/v1/users/${await userId(a, 'branch.gaolan')}`)).json<{
      version: number;
      roles: { id: string }[];
    }>();
    for (const grant of account.roles) {
      expect(
        (await secadmin.post(`/api/v1/grants/${grant.id}/revoke`, { reason: '岗位调整' }))
          .statusCode,
      ).toBe(200);
    }
    expect((await ports()).statusCode).toBe(403);

    const wg = await login(a, 'wg.facility');
    const asWg = () =>
      b.app.inject({
        method: 'GET',
        url: '/api/v1/auth/me',
        headers: { cookie: `guomen_sid=${wg.cookie}` },
      });
    expect((await asWg()).statusCode).toBe(200);
    const wgAccount = (await sysadmin.get(`/api/v1/users/${await userId(a, 'wg.facility')}`)).json<{
      version: number;
    }>();
    expect(
      (
        await sysadmin.post(`/api/v1/users/${await userId(a, 'wg.facility')}/status`, {
          version: wgAccount.version,
          status: 'disabled',
          reason: '离岗',
        })
      ).statusCode,
    ).toBe(200);
    expect((await asWg()).statusCode).toBe(401);
  });
});

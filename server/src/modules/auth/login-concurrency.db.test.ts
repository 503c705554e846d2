import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { currentTotp } from '../../platform/auth/totp.ts';
import { DEVICE_COOKIE } from '../../platform/auth/device-token.ts';
import { demoPassword, demoTotpSecret } from '../../seed/demo.ts';
import { createTestApp, dbAvailable, userId, type TestApp } from '../../../test/helpers.ts';
import { count, loginOn, reasons, statuses } from '../../../test/login-helpers.ts';
import { makeAccount, makeUnit } from '../../../test/factories.ts';

describe.skipIf(!dbAvailable)('auth.login under concurrency', () => {
  let t: TestApp;
  /** A port officer (the target of the password guessing), a branch officer and an administrator with TOTP. */
  let portOfficer: string;
  let branchOfficer: string;
  let sysadmin: string;
  beforeEach(async () => {
    t = await createTestApp({ seed: false });
    const district = await makeUnit(t, { kind: 'district' });
    const branch = await makeUnit(t, { kind: 'branch', parent: district });
    const port = await makeUnit(t, { kind: 'port', parent: branch });
    portOfficer = await makeAccount(t, { role: 'port_officer', unit: port });
    branchOfficer = await makeAccount(t, { role: 'branch_officer', unit: branch });
    sysadmin = await makeAccount(t, { role: 'sysadmin', unit: district });
  });
  afterEach(async () => t.close());

  it('checks no more passwords than the lockout threshold when 60 wrong ones arrive at once', async () => {
    const all = await Promise.all(
      Array.from({ length: 60 }, (_, i) =>
        loginOn(t, portOfficer, `Wrong-pass-${i}x`, `10.1.${Math.floor(i / 10)}.${i}`),
      ),
    );
    expect(new Set(statuses(all))).toEqual(new Set([401]));
    const seen = await reasons(t, portOfficer);
    expect(count(seen, 'wrong_password')).toBe(5);
    expect(count(seen, 'locked')).toBe(55);
    const user = await t.ctx.db
      .selectFrom('users')
      .select('lockedUntil')
      .where('id', '=', await userId(t, portOfficer))
      .executeTakeFirstOrThrow();
    expect(user.lockedUntil).toBeGreaterThan(t.clock.now);
  });

  it('lets a right password in only if it is among the attempts the threshold allows, and then leaves a consistent account', async () => {
    const attempts = Array.from({ length: 30 }, (_, i) =>
      i === 17 ? demoPassword(portOfficer) : `Wrong-pass-${i}x`,
    );
    const all = await Promise.all(
      attempts.map((p, i) => loginOn(t, portOfficer, p, `10.2.0.${i}`)),
    );
    const seen = await reasons(t, portOfficer);
    const succeeded = count(statuses(all), 200);
    expect(count(seen, 'wrong_password') + succeeded).toBeLessThanOrEqual(5);
    expect(count(seen, 'locked') + count(seen, 'wrong_password') + succeeded).toBe(30);
    const user = await t.ctx.db
      .selectFrom('users')
      .select(['lockedUntil', 'failedLogins'])
      .where('id', '=', await userId(t, portOfficer))
      .executeTakeFirstOrThrow();
    if (succeeded === 0) expect(user.lockedUntil).toBeGreaterThan(t.clock.now);
  });

  it('answers 429 to all but the address limit of 60 simultaneous failures from one address', async () => {
    const all = await Promise.all(
      Array.from({ length: 60 }, (_, i) => loginOn(t, `ghost${i}`, 'Wrong-pass-1x', '10.9.9.9')),
    );
    expect(count(statuses(all), 401)).toBe(20);
    expect(count(statuses(all), 429)).toBe(40);
  });

  it('does not lock the officers behind one NAT out of correct logins from their own browsers', async () => {
    const first = await loginOn(t, branchOfficer, demoPassword(branchOfficer), '10.8.8.8');
    const device = first.cookies.find((c) => c.name === DEVICE_COOKIE);
    expect(device?.httpOnly).toBe(true);
    for (let i = 0; i < 25; i++) await loginOn(t, `ghost${i}`, 'Wrong-pass-1x', '10.8.8.8');
    expect((await loginOn(t, portOfficer, demoPassword(portOfficer), '10.8.8.8')).statusCode).toBe(
      429,
    );
    const known = await loginOn(t, branchOfficer, demoPassword(branchOfficer), '10.8.8.8', {
      cookie: `${DEVICE_COOKIE}=${device?.value ?? ''}`,
    });
    expect(known.statusCode).toBe(200);
    // The device cookie is for its own account only, and cannot be forged.
    expect(
      (
        await loginOn(t, portOfficer, demoPassword(portOfficer), '10.8.8.8', {
          cookie: `${DEVICE_COOKIE}=${device?.value ?? ''}`,
        })
      ).statusCode,
    ).toBe(429);
    const forged = (device?.value ?? '').replace(/\.[0-9a-f]+$/, '.00');
    expect(
      (
        await loginOn(t, branchOfficer, demoPassword(branchOfficer), '10.8.8.8', {
          cookie: `${DEVICE_COOKIE}=${forged}`,
        })
      ).statusCode,
    ).toBe(429);
  });

  it('accepts the same TOTP code once when it is sent twice at once', async () => {
    const code = currentTotp(demoTotpSecret(sysadmin), t.clock.now);
    const both = await Promise.all(
      [0, 1].map(() => loginOn(t, sysadmin, demoPassword(sysadmin), '127.0.0.1', { otp: code })),
    );
    expect(statuses(both).sort()).toEqual([200, 401]);
  });
});

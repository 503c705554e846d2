import type { LightMyRequestResponse } from 'fastify';
import type { TestApp } from './helpers.ts';

/** A sign-in attempt from a given address, optionally with a second factor and a cookie header. */
export const loginOn = (
  t: TestApp,
  username: string,
  password: string,
  remoteAddress: string,
  extra: { otp?: string; cookie?: string } = {},
) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    remoteAddress,
    payload: { username, password, ...(extra.otp ? { otp: extra.otp } : {}) },
    ...(extra.cookie ? { headers: { cookie: extra.cookie } } : {}),
  });

/** The reasons audited for an account's failed sign-ins. */
export const reasons = async (t: TestApp, username: string) => {
  const rows = await t.ctx.db
    .selectFrom('auditLog')
    .select('afterJson')
    .where('action', '=', 'auth.login_failed')
    .execute();
  return rows
    .map((r) => JSON.parse(r.afterJson ?? '{}') as { username: string; reason: string })
    .filter((r) => r.username === username)
    .map((r) => r.reason);
};
export const count = <T>(list: T[], value: T) => list.filter((x) => x === value).length;
export const statuses = (all: LightMyRequestResponse[]) => all.map((r) => r.statusCode);

import type { Crypto } from '../crypto/crypto.ts';

/**
 * Device cookies (OWASP, "Slow down online guessing attacks with device cookies"): a browser that has signed
 * in to an account before carries a token saying so, and an attempt presenting it for that account passes the
 * per-address throttle. An attacker behind the same NAT as an office can throttle the address, but cannot
 * lock its officers out of correct logins from their own browsers; the per-account lockout still applies.
 */
export const DEVICE_COOKIE = 'guomen_device';
const LIFETIME_MS = 180 * 86_400_000;
const MAX_ACCOUNTS = 5;

const signed = (userId: string, issuedAt: number) => `guomen-device|${userId}|${issuedAt}`;

function parse(token: string): { userId: string; issuedAt: number; mac: string } | null {
  const [userId, issued, mac] = token.split('.');
  if (!userId || !issued || !mac || !/^\d{1,15}$/.test(issued)) return null;
  return { userId, issuedAt: Number(issued), mac };
}

/** Whether the cookie holds a live token for this account. */
export function deviceKnows(
  crypto: Crypto,
  cookie: string | undefined,
  userId: string,
  now: number,
): boolean {
  if (!cookie) return false;
  return cookie.split('~').some((token) => {
    const t = parse(token);
    return (
      t !== null &&
      t.userId === userId &&
      now - t.issuedAt < LIFETIME_MS &&
      t.issuedAt <= now &&
      crypto.macEquals(signed(t.userId, t.issuedAt), t.mac)
    );
  });
}

/** The cookie after a successful sign-in: this account's token renewed, a few others kept. */
export function deviceCookieAfterLogin(
  crypto: Crypto,
  cookie: string | undefined,
  userId: string,
  now: number,
): string {
  const others = (cookie ?? '')
    .split('~')
    .filter((token) => {
      const t = parse(token);
      return t !== null && t.userId !== userId && now - t.issuedAt < LIFETIME_MS;
    })
    .slice(0, MAX_ACCOUNTS - 1);
  return [`${userId}.${now}.${crypto.mac(signed(userId, now))}`, ...others].join('~');
}

export const DEVICE_COOKIE_MAX_AGE_SECONDS = LIFETIME_MS / 1000;

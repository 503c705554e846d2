import { Secret, TOTP } from 'otpauth';

const PERIOD = 30;

/** RFC 6238 TOTP: SHA-1, 6 digits, 30 s — what every authenticator app reads from the QR code. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpFor(secretBase32: string, label: string): TOTP {
  return new TOTP({
    issuer: 'Guomen 国门',
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD,
    secret: Secret.fromBase32(secretBase32),
  });
}

/**
 * The time step a code belongs to (±1 step for clock drift), or null. Callers refuse a step at or below
 * the last one used, so a code cannot be replayed.
 */
export function matchTotpStep(secretBase32: string, code: string, now: number): number | null {
  const delta = totpFor(secretBase32, 'x').validate({ token: code, timestamp: now, window: 1 });
  if (delta === null) return null;
  return Math.floor(now / 1000 / PERIOD) + delta;
}

export const currentTotp = (secretBase32: string, now: number): string =>
  totpFor(secretBase32, 'x').generate({ timestamp: now });

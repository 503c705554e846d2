import { describe, expect, it } from 'vitest';
import { createPasswordHasher } from './passwords.ts';
import { currentTotp, matchTotpStep, newTotpSecret } from './totp.ts';

describe('passwords', () => {
  it('hashes with argon2id and verifies only the right password', async () => {
    const hasher = createPasswordHasher({ memoryCost: 8192, timeCost: 1 });
    const hashed = await hasher.hash('Correct-Horse-9');
    expect(hashed.startsWith('$argon2id$')).toBe(true);
    expect(await hasher.verify(hashed, 'Correct-Horse-9')).toBe(true);
    expect(await hasher.verify(hashed, 'correct-horse-9')).toBe(false);
    expect(await hasher.verify('not a hash', 'x')).toBe(false);
  });
});

describe('totp', () => {
  it('accepts the current code, the neighbouring steps, and nothing else', () => {
    const secret = newTotpSecret();
    const now = 1_700_000_000_000;
    const step = Math.floor(now / 30_000);
    expect(matchTotpStep(secret, currentTotp(secret, now), now)).toBe(step);
    expect(matchTotpStep(secret, currentTotp(secret, now - 30_000), now)).toBe(step - 1);
    expect(matchTotpStep(secret, currentTotp(secret, now - 120_000), now)).toBeNull();
  });
});

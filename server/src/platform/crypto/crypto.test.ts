import { describe, expect, it } from 'vitest';
import { createCrypto } from './crypto.ts';

describe('crypto', () => {
  for (const suite of ['international', 'sm'] as const) {
    it(`${suite}: seals and opens a value, and refuses a tampered one`, () => {
      const c = createCrypto(suite, 'x'.repeat(40));
      const sealed = c.encrypt('JBSWY3DPEHPK3PXP');
      expect(c.decrypt(sealed)).toBe('JBSWY3DPEHPK3PXP');
      const parts = sealed.split('.');
      const body = Buffer.from(parts[2] ?? '', 'base64url');
      body[0] = (body[0] ?? 0) ^ 1;
      parts[2] = body.toString('base64url');
      expect(() => c.decrypt(parts.join('.'))).toThrow();
    });
    it(`${suite}: macs depend on the secret`, () => {
      const a = createCrypto(suite, 'a'.repeat(40));
      const b = createCrypto(suite, 'b'.repeat(40));
      expect(a.mac('row')).not.toBe(b.mac('row'));
      expect(a.macEquals('row', a.mac('row'))).toBe(true);
      expect(a.macEquals('row', b.mac('row'))).toBe(false);
    });
  }
});

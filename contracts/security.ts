import { z } from 'zod';

/** CIDR like 10.0.0.0/8 or fd00::/8, or a single address. */
export const cidrSchema = z
  .string()
  .trim()
  .refine(
    (s) => {
      const [addr, bits, ...rest] = s.split('/');
      if (rest.length > 0 || !addr) return false;
      const v4 = z.ipv4().safeParse(addr).success;
      const v6 = z.ipv6().safeParse(addr).success;
      if (!v4 && !v6) return false;
      if (bits === undefined) return true;
      const n = Number(bits);
      return Number.isInteger(n) && n >= 0 && n <= (v4 ? 32 : 128) && /^\d+$/.test(bits);
    },
    { message: 'cidr' },
  );

export const securityPolicySchema = z.strictObject({
  mfaRequiredForAll: z.boolean(),
  adminNetworks: z.array(cidrSchema).max(50),
  passwordExpiryDays: z.number().int().min(1).max(365),
  lockoutThreshold: z.number().int().min(3).max(20),
  lockoutMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
  idleTimeoutMinutes: z.number().int().min(5).max(120),
  absoluteLifetimeHours: z.number().int().min(1).max(24),
  auditRetentionDays: z.number().int().min(180).max(3650),
});
export type SecurityPolicy = z.infer<typeof securityPolicySchema>;

export const securityPolicyViewSchema = securityPolicySchema.extend({ version: z.number().int() });
export const securityPolicyUpdateSchema = securityPolicySchema.extend({
  version: z.number().int().min(0),
});

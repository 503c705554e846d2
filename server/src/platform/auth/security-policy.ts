import { securityPolicySchema, type SecurityPolicy } from '../../../../contracts/security.ts';
import type { Db, Tx } from '../db/database.ts';

const KEY = 'security_policy';

export const DEFAULT_SECURITY_POLICY: SecurityPolicy = {
  mfaRequiredForAll: false,
  adminNetworks: [],
  passwordExpiryDays: 90,
  lockoutThreshold: 5,
  lockoutMinutes: 15,
  idleTimeoutMinutes: 30,
  absoluteLifetimeHours: 12,
  auditRetentionDays: 180,
};

export type StoredPolicy = SecurityPolicy & { version: number };

/**
 * The security policy lives in the database so every instance applies the same one; reads are cached
 * briefly because every request consults it.
 */
export function createSecurityPolicyStore(db: Db, clock: () => number, cacheMs = 2000) {
  let cached: { at: number; value: StoredPolicy } | null = null;

  const read = async (from: Db | Tx): Promise<StoredPolicy> => {
    const row = await from
      .selectFrom('settings')
      .select(['value', 'version'])
      .where('key', '=', KEY)
      .executeTakeFirst();
    if (!row) return { ...DEFAULT_SECURITY_POLICY, version: 0 };
    const parsed = securityPolicySchema.safeParse({
      ...DEFAULT_SECURITY_POLICY,
      ...(JSON.parse(row.value) as object),
    });
    return { ...(parsed.success ? parsed.data : DEFAULT_SECURITY_POLICY), version: row.version };
  };

  return {
    async current(): Promise<StoredPolicy> {
      const now = clock();
      if (cached && now - cached.at < cacheMs) return cached.value;
      const value = await read(db);
      cached = { at: now, value };
      return value;
    },
    readIn: read,
    /** Writes a new version; false when `version` is stale. */
    async write(
      tx: Tx,
      policy: SecurityPolicy,
      version: number,
      actorId: string | null,
    ): Promise<boolean> {
      const now = clock();
      const value = JSON.stringify(policy);
      if (version === 0) {
        const existing = await tx
          .selectFrom('settings')
          .select('key')
          .where('key', '=', KEY)
          .executeTakeFirst();
        if (existing) return false;
        await tx
          .insertInto('settings')
          .values({ key: KEY, value, version: 1, updatedAt: now, updatedBy: actorId })
          .execute();
      } else {
        const result = await tx
          .updateTable('settings')
          .set({ value, version: version + 1, updatedAt: now, updatedBy: actorId })
          .where('key', '=', KEY)
          .where('version', '=', version)
          .executeTakeFirst();
        if (result.numUpdatedRows === 0n) return false;
      }
      cached = null;
      return true;
    },
    invalidate() {
      cached = null;
    },
  };
}
export type SecurityPolicyStore = ReturnType<typeof createSecurityPolicyStore>;

import { securityPolicySchema, type SecurityPolicy } from '../../../../contracts/security.ts';
import type { Db, Tx } from '../db/database.ts';
import { updateVersioned } from '../db/versioned.ts';
import { staleVersion } from '../errors/errors.ts';

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
    /** Writes a new version (version 0: the first, over the defaults); STALE_VERSION when `version` is stale. */
    async write(
      tx: Tx,
      policy: SecurityPolicy,
      version: number,
      actorId: string | null,
    ): Promise<void> {
      const now = clock();
      const value = JSON.stringify(policy);
      if (version === 0) {
        const existing = await tx
          .selectFrom('settings')
          .select('key')
          .where('key', '=', KEY)
          .executeTakeFirst();
        if (existing) throw staleVersion();
        await tx
          .insertInto('settings')
          .values({ key: KEY, value, version: 1, updatedAt: now, updatedBy: actorId })
          .execute();
      } else {
        await updateVersioned(
          tx,
          'settings',
          { id: KEY, version },
          { value, updatedAt: now, updatedBy: actorId },
        );
      }
      cached = null;
    },
    invalidate() {
      cached = null;
    },
  };
}
export type SecurityPolicyStore = ReturnType<typeof createSecurityPolicyStore>;

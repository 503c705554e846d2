import type { Db, Tx } from '../../platform/db/database.ts';
import { newId } from '../../platform/db/ids.ts';

export type LoginUser = {
  id: string;
  username: string;
  status: string;
  passwordHash: string;
  failedLogins: number;
  lockedUntil: number | null;
  mfaEnabled: number;
  mfaSecret: string | null;
  mfaPendingSecret: string | null;
  mfaLastStep: number | null;
  version: number;
};

const loginColumns = [
  'id', 'username', 'status', 'passwordHash', 'failedLogins', 'lockedUntil', 'mfaEnabled', 'mfaSecret', 'mfaPendingSecret', 'mfaLastStep', 'version',
] as const;

export const authRepository = {
  findByUsername(db: Db | Tx, username: string): Promise<LoginUser | undefined> {
    return db.selectFrom('users').select(loginColumns).where('username', '=', username).executeTakeFirst();
  },

  findById(db: Db | Tx, id: string): Promise<LoginUser | undefined> {
    return db.selectFrom('users').select(loginColumns).where('id', '=', id).executeTakeFirst();
  },

  async recordFailure(tx: Tx, userId: string, failedLogins: number, lockedUntil: number | null, now: number) {
    await tx.updateTable('users').set({ failedLogins, lockedUntil, updatedAt: now }).where('id', '=', userId).execute();
  },

  async recordSuccess(tx: Tx, userId: string, now: number, mfaLastStep: number | null) {
    await tx
      .updateTable('users')
      .set({ failedLogins: 0, lockedUntil: null, lastLoginAt: now, ...(mfaLastStep !== null ? { mfaLastStep } : {}) })
      .where('id', '=', userId)
      .execute();
  },

  async addressFailures(db: Db | Tx, address: string): Promise<{ windowStart: number; failures: number } | undefined> {
    return db.selectFrom('addressThrottle').select(['windowStart', 'failures']).where('address', '=', address).executeTakeFirst();
  },

  /** Counts a failure in the address's window (a new window when the old one has passed); returns the new count. */
  async countAddressFailure(tx: Tx, address: string, now: number, windowMs: number): Promise<number> {
    const row = await tx.selectFrom('addressThrottle').select(['windowStart', 'failures']).where('address', '=', address).executeTakeFirst();
    if (!row) {
      await tx.insertInto('addressThrottle').values({ address, windowStart: now, failures: 1 }).execute();
      return 1;
    }
    const fresh = now - row.windowStart >= windowMs;
    const failures = fresh ? 1 : row.failures + 1;
    await tx.updateTable('addressThrottle').set({ windowStart: fresh ? now : row.windowStart, failures }).where('address', '=', address).execute();
    return failures;
  },

  async passwordHistory(db: Db | Tx, userId: string, limit: number): Promise<string[]> {
    const rows = await db.selectFrom('passwordHistory').select('passwordHash').where('userId', '=', userId).orderBy('createdAt', 'desc').limit(limit).execute();
    return rows.map((r) => r.passwordHash);
  },

  async setPassword(tx: Tx, userId: string, passwordHash: string, now: number, mustChange: boolean) {
    await tx
      .updateTable('users')
      .set((eb) => ({ passwordHash, passwordChangedAt: now, mustChangePassword: mustChange ? 1 : 0, updatedAt: now, version: eb('version', '+', 1) }))
      .where('id', '=', userId)
      .execute();
    await tx.insertInto('passwordHistory').values({ id: newId(), userId, passwordHash, createdAt: now }).execute();
  },

  async setPendingMfa(tx: Tx, userId: string, sealedSecret: string | null, now: number) {
    await tx.updateTable('users').set({ mfaPendingSecret: sealedSecret, updatedAt: now }).where('id', '=', userId).execute();
  },

  async enableMfa(tx: Tx, userId: string, sealedSecret: string, step: number, now: number) {
    await tx
      .updateTable('users')
      .set((eb) => ({ mfaSecret: sealedSecret, mfaEnabled: 1, mfaPendingSecret: null, mfaLastStep: step, updatedAt: now, version: eb('version', '+', 1) }))
      .where('id', '=', userId)
      .execute();
  },

  async disableMfa(tx: Tx, userId: string, now: number) {
    await tx
      .updateTable('users')
      .set((eb) => ({ mfaSecret: null, mfaEnabled: 0, mfaPendingSecret: null, mfaLastStep: null, updatedAt: now, version: eb('version', '+', 1) }))
      .where('id', '=', userId)
      .execute();
    await tx.updateTable('recoveryCodes').set({ usedAt: now }).where('userId', '=', userId).where('usedAt', 'is', null).execute();
  },

  async replaceRecoveryCodes(tx: Tx, userId: string, codeHashes: string[], now: number) {
    await tx.updateTable('recoveryCodes').set({ usedAt: now }).where('userId', '=', userId).where('usedAt', 'is', null).execute();
    if (codeHashes.length > 0) {
      await tx.insertInto('recoveryCodes').values(codeHashes.map((codeHash) => ({ id: newId(), userId, codeHash, usedAt: null, createdAt: now }))).execute();
    }
  },

  /** Marks the code used; false when it is unknown or already spent. */
  async spendRecoveryCode(tx: Tx, userId: string, codeHash: string, now: number): Promise<boolean> {
    const r = await tx
      .updateTable('recoveryCodes')
      .set({ usedAt: now })
      .where('userId', '=', userId)
      .where('codeHash', '=', codeHash)
      .where('usedAt', 'is', null)
      .executeTakeFirst();
    return r.numUpdatedRows > 0n;
  },
};

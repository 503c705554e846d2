import { sql } from 'kysely';
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
  'id',
  'username',
  'status',
  'passwordHash',
  'failedLogins',
  'lockedUntil',
  'mfaEnabled',
  'mfaSecret',
  'mfaPendingSecret',
  'mfaLastStep',
  'version',
] as const;

export const authRepository = {
  findByUsername(db: Db | Tx, username: string): Promise<LoginUser | undefined> {
    return db
      .selectFrom('users')
      .select(loginColumns)
      .where('username', '=', username)
      .executeTakeFirst();
  },

  findById(db: Db | Tx, id: string): Promise<LoginUser | undefined> {
    return db.selectFrom('users').select(loginColumns).where('id', '=', id).executeTakeFirst();
  },

  /**
   * Counts an attempt against the account before its password is checked, in one conditional statement, so
   * a burst of simultaneous attempts cannot all be checked: the attempt that reaches the threshold locks the
   * account as it is counted, and the rest find it locked. Undefined when the account is locked already.
   * `locked` says this attempt set the lock.
   */
  async reserveAccountAttempt(
    db: Db,
    userId: string,
    now: number,
    threshold: number,
    lockedUntil: number,
  ): Promise<{ failures: number; locked: boolean } | undefined> {
    const reaches = sql<boolean>`failed_logins + 1 >= ${threshold}`;
    const row = await db
      .updateTable('users')
      .set({
        failedLogins: sql`case when ${reaches} then 0 else failed_logins + 1 end`,
        lockedUntil: sql`case when ${reaches} then cast(${lockedUntil} as bigint) else null end`,
      })
      .where('id', '=', userId)
      .where((eb) => eb.or([eb('lockedUntil', 'is', null), eb('lockedUntil', '<=', now)]))
      .returning(['failedLogins', 'lockedUntil'])
      .executeTakeFirst();
    return row
      ? {
          failures: row.lockedUntil === null ? row.failedLogins : threshold,
          locked: row.lockedUntil !== null,
        }
      : undefined;
  },

  /** Takes back a counted attempt that turned out not to be a failure (a second factor still to come). */
  async releaseAccountAttempt(
    tx: Tx,
    userId: string,
    reservation: { locked: boolean },
    threshold: number,
  ): Promise<void> {
    if (reservation.locked) {
      await tx
        .updateTable('users')
        .set({ lockedUntil: null, failedLogins: threshold - 1 })
        .where('id', '=', userId)
        .where('lockedUntil', 'is not', null)
        .execute();
    } else {
      await tx
        .updateTable('users')
        .set({ failedLogins: sql`failed_logins - 1` })
        .where('id', '=', userId)
        .where('failedLogins', '>', 0)
        .execute();
    }
  },

  async unlock(tx: Tx, userId: string, now: number) {
    await tx
      .updateTable('users')
      .set({ failedLogins: 0, lockedUntil: null, updatedAt: now })
      .where('id', '=', userId)
      .execute();
  },

  async recordSuccess(tx: Tx, userId: string, now: number) {
    await tx
      .updateTable('users')
      .set({ failedLogins: 0, lockedUntil: null, lastLoginAt: now })
      .where('id', '=', userId)
      .execute();
  },

  /**
   * Spends a TOTP time step: true only for the one transaction that moves the last used step forward, so the
   * same code sent twice at once succeeds once (the second update waits on the first's row lock, then finds
   * the step already spent).
   */
  async claimTotpStep(tx: Tx, userId: string, step: number): Promise<boolean> {
    const r = await tx
      .updateTable('users')
      .set({ mfaLastStep: step })
      .where('id', '=', userId)
      .where((eb) => eb.or([eb('mfaLastStep', 'is', null), eb('mfaLastStep', '<', step)]))
      .executeTakeFirst();
    return r.numUpdatedRows > 0n;
  },

  /**
   * Counts an attempt from an address in its window (a new window once the old one has passed) in one upsert,
   * and returns the count including this one: simultaneous attempts each see their own number.
   */
  async countAddressAttempt(
    db: Db | Tx,
    address: string,
    now: number,
    windowMs: number,
  ): Promise<{ attempts: number; windowStart: number }> {
    const expired = sql<boolean>`address_throttle.window_start <= cast(${now - windowMs} as bigint)`;
    const row = await db
      .insertInto('addressThrottle')
      .values({ address, windowStart: now, failures: 1 })
      .onConflict((oc) =>
        oc.column('address').doUpdateSet({
          failures: sql`case when ${expired} then 1 else address_throttle.failures + 1 end`,
          windowStart: sql`case when ${expired} then cast(${now} as bigint) else address_throttle.window_start end`,
        }),
      )
      .returning(['failures', 'windowStart'])
      .executeTakeFirstOrThrow();
    return { attempts: row.failures, windowStart: row.windowStart };
  },

  /** Takes back an address's counted attempt that did not fail. */
  async releaseAddressAttempt(tx: Tx, address: string): Promise<void> {
    await tx
      .updateTable('addressThrottle')
      .set({ failures: sql`failures - 1` })
      .where('address', '=', address)
      .where('failures', '>', 0)
      .execute();
  },

  async passwordHistory(db: Db | Tx, userId: string, limit: number): Promise<string[]> {
    const rows = await db
      .selectFrom('passwordHistory')
      .select('passwordHash')
      .where('userId', '=', userId)
      .orderBy('createdAt', 'desc')
      .limit(limit)
      .execute();
    return rows.map((r) => r.passwordHash);
  },

  async setPassword(
    tx: Tx,
    userId: string,
    passwordHash: string,
    now: number,
    mustChange: boolean,
  ) {
    await tx
      .updateTable('users')
      .set((eb) => ({
        passwordHash,
        passwordChangedAt: now,
        mustChangePassword: mustChange ? 1 : 0,
        updatedAt: now,
        version: eb('version', '+', 1),
      }))
      .where('id', '=', userId)
      .execute();
    await authRepository.recordPasswordHistory(tx, userId, passwordHash, now);
  },

  async recordPasswordHistory(tx: Tx, userId: string, passwordHash: string, now: number) {
    await tx
      .insertInto('passwordHistory')
      .values({ id: newId(), userId, passwordHash, createdAt: now })
      .execute();
  },

  async setPendingMfa(tx: Tx, userId: string, sealedSecret: string | null, now: number) {
    await tx
      .updateTable('users')
      .set({ mfaPendingSecret: sealedSecret, updatedAt: now })
      .where('id', '=', userId)
      .execute();
  },

  async enableMfa(tx: Tx, userId: string, sealedSecret: string, step: number, now: number) {
    await tx
      .updateTable('users')
      .set((eb) => ({
        mfaSecret: sealedSecret,
        mfaEnabled: 1,
        mfaPendingSecret: null,
        mfaLastStep: step,
        updatedAt: now,
        version: eb('version', '+', 1),
      }))
      .where('id', '=', userId)
      .execute();
  },

  async disableMfa(tx: Tx, userId: string, now: number) {
    await tx
      .updateTable('users')
      .set((eb) => ({
        mfaSecret: null,
        mfaEnabled: 0,
        mfaPendingSecret: null,
        mfaLastStep: null,
        updatedAt: now,
        version: eb('version', '+', 1),
      }))
      .where('id', '=', userId)
      .execute();
    await tx
      .updateTable('recoveryCodes')
      .set({ usedAt: now })
      .where('userId', '=', userId)
      .where('usedAt', 'is', null)
      .execute();
  },

  async replaceRecoveryCodes(tx: Tx, userId: string, codeHashes: string[], now: number) {
    await tx
      .updateTable('recoveryCodes')
      .set({ usedAt: now })
      .where('userId', '=', userId)
      .where('usedAt', 'is', null)
      .execute();
    if (codeHashes.length > 0) {
      await tx
        .insertInto('recoveryCodes')
        .values(
          codeHashes.map((codeHash) => ({
            id: newId(),
            userId,
            codeHash,
            usedAt: null,
            createdAt: now,
          })),
        )
        .execute();
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

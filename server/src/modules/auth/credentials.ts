import type { Tx } from '../../platform/db/database.ts';
import { authRepository } from './auth.repository.ts';

/**
 * What other modules may do to an account's credentials. Auth owns passwords, their history and the
 * second factor; the accounts module (users) creates and administers accounts through these steps,
 * inside its own transaction, so the two never write each other's columns.
 */
export const credentials = {
  /** A new account's password becomes the first entry of its history (reuse rules count it). */
  recordFirstPassword: (tx: Tx, userId: string, passwordHash: string, now: number) =>
    authRepository.recordPasswordHistory(tx, userId, passwordHash, now),

  /** An administrator's reset: the new password must be changed at the next sign-in when asked. */
  setPassword: (tx: Tx, userId: string, passwordHash: string, now: number, mustChange: boolean) =>
    authRepository.setPassword(tx, userId, passwordHash, now, mustChange),

  disableMfa: (tx: Tx, userId: string, now: number) => authRepository.disableMfa(tx, userId, now),
};

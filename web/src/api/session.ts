import type { QueryClient } from '@tanstack/react-query';
import { ApiError } from './client.ts';

export const ME_KEY = ['me'] as const;

const SESSION_LOST = new Set(['UNAUTHENTICATED', 'SESSION_EXPIRED']);
const STEP_PENDING = new Set(['PASSWORD_CHANGE_REQUIRED', 'MFA_ENROLMENT_REQUIRED']);

/**
 * Reacts to answers that say the session changed under the page: a lapsed session signs the user out
 * locally, a pending password change or enrolment reloads Me so the guard routes to that step.
 * Returns true when the error was about the session (the caller need not report it again).
 */
export function followSession(client: QueryClient, error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  if (SESSION_LOST.has(error.code)) {
    client.setQueryData(ME_KEY, null);
    return true;
  }
  if (STEP_PENDING.has(error.code)) {
    void client.invalidateQueries({ queryKey: ME_KEY });
    return true;
  }
  return false;
}

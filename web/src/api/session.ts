import type { Me } from '@contracts';
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { setDisplayTimeZone } from '../i18n/time.ts';
import { ApiError, client, ok, setCsrfToken } from './client.ts';

export const ME_KEY = ['me'] as const;

const SESSION_LOST = new Set(['UNAUTHENTICATED', 'SESSION_EXPIRED']);
const STEP_PENDING = new Set(['PASSWORD_CHANGE_REQUIRED', 'MFA_ENROLMENT_REQUIRED']);

/** Whether an error says the session changed under the page (followSession deals with it). */
export const aboutSession = (error: unknown): boolean =>
  error instanceof ApiError && (SESSION_LOST.has(error.code) || STEP_PENDING.has(error.code));

/**
 * Reacts to answers that say the session changed under the page: a lapsed session signs the user out
 * locally, a pending password change or enrolment reloads Me so the guard routes to that step.
 * Returns true when the error was about the session (the caller need not report it again).
 */
export function followSession(queryClient: QueryClient, error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  if (SESSION_LOST.has(error.code)) {
    queryClient.setQueryData(ME_KEY, null);
    return true;
  }
  if (STEP_PENDING.has(error.code)) {
    void queryClient.invalidateQueries({ queryKey: ME_KEY });
    return true;
  }
  return false;
}

async function fetchMe(): Promise<Me | null> {
  try {
    const me = await ok(client.GET('/api/v1/auth/me'));
    setCsrfToken(me.csrfToken);
    setDisplayTimeZone(me.timeZone);
    return me;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

/** The signed-in user, or null when nobody is. */
export const useMe = () => useQuery({ queryKey: ME_KEY, queryFn: fetchMe, staleTime: 60_000 });

/** The signed-in user inside the shell, where the guard has made sure there is one. */
export function useSignedIn(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useSignedIn outside the session guard');
  return data;
}

export function useRefreshMe() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ME_KEY });
}

/** Drops what was cached for the previous account; Me stays so its observers (the session guard) see the change. */
export function forgetAccountData(queryClient: QueryClient): void {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== ME_KEY[0] });
}

function useSignedOut() {
  const queryClient = useQueryClient();
  return () => {
    setCsrfToken(null);
    forgetAccountData(queryClient);
    queryClient.setQueryData(ME_KEY, null);
  };
}

export function useLogout() {
  const signedOut = useSignedOut();
  return useMutation({
    mutationFn: () => ok(client.POST('/api/v1/auth/logout', { body: {} })),
    onSettled: signedOut,
  });
}

export function useLogoutEverywhere() {
  const signedOut = useSignedOut();
  return useMutation({
    mutationFn: () => ok(client.POST('/api/v1/auth/logout-everywhere', { body: {} })),
    onSuccess: signedOut,
  });
}

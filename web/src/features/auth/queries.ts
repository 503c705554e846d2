import type { LoginBody, Me } from '@contracts';
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { ApiError, api, setCsrfToken } from '../../api/client.ts';
import { ME_KEY } from '../../api/session.ts';

async function fetchMe(): Promise<Me | null> {
  try {
    const me = await api.get<Me>('/auth/me');
    setCsrfToken(me.csrfToken);
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

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginBody) => api.post<Me>('/auth/login', body),
    onSuccess: (me) => {
      setCsrfToken(me.csrfToken);
      forgetAccountData(queryClient);
      queryClient.setQueryData(ME_KEY, me);
    },
  });
}

/** Drops what was cached for the previous account; Me stays so its observers (the session guard) see the change. */
function forgetAccountData(queryClient: QueryClient): void {
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
    mutationFn: () => api.post<{ ok: true }>('/auth/logout'),
    onSettled: signedOut,
  });
}

export function useLogoutEverywhere() {
  const signedOut = useSignedOut();
  return useMutation({
    mutationFn: () => api.post<{ ok: true; sessionsEnded: number }>('/auth/logout-everywhere'),
    onSuccess: signedOut,
  });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) =>
      api.post<{ ok: true }>('/auth/password', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ME_KEY }),
  });
}

export type MfaEnrolment = { secret: string; otpauthUrl: string; qrDataUrl: string };
export type RecoveryCodes = { recoveryCodes: string[] };

export const useStartMfaEnrolment = () =>
  useMutation({ mutationFn: () => api.post<MfaEnrolment>('/auth/mfa/enrol') });

/** Confirms the authenticator; Me is reloaded by the caller once the recovery codes have been shown. */
export const useConfirmMfa = () =>
  useMutation({
    mutationFn: (otp: string) => api.post<RecoveryCodes>('/auth/mfa/confirm', { otp }),
  });

export function useRefreshMe() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ME_KEY });
}

import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { ME_KEY } from '../../api/session.ts';
import type { RecoveryCodes } from '../auth/queries.ts';

export const useRegenerateRecoveryCodes = () =>
  useMutation({
    mutationFn: (password: string) =>
      api.post<RecoveryCodes>('/auth/mfa/recovery-codes', { password }),
  });

export function useDisableMfa() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (password: string) => api.post<{ ok: true }>('/auth/mfa/disable', { password }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ME_KEY }),
  });
}

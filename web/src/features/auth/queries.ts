import type { LoginBody } from '@contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, ok, setCsrfToken } from '../../api/client.ts';
import { forgetAccountData, ME_KEY } from '../../api/session.ts';

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LoginBody) => ok(client.POST('/api/v1/auth/login', { body })),
    onSuccess: (me) => {
      setCsrfToken(me.csrfToken);
      forgetAccountData(queryClient);
      queryClient.setQueryData(ME_KEY, me);
    },
  });
}

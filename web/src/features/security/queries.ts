import type { SecurityPolicy } from '@contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, ok } from '../../api/client.ts';

export type PolicyView = SecurityPolicy & { version: number };

const POLICY_KEY = ['security', 'policy'] as const;

export const useSecurityPolicy = () =>
  useQuery({ queryKey: POLICY_KEY, queryFn: () => ok(client.GET('/api/v1/security/policy')) });

/** Saves the policy; the answer is the policy as stored, so it replaces the cached one. */
export function useUpdateSecurityPolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (policy: PolicyView) => ok(client.PUT('/api/v1/security/policy', { body: policy })),
    onSuccess: (policy) => queryClient.setQueryData(POLICY_KEY, policy),
  });
}

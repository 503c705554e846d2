import type { SecurityPolicy } from '@contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';

export type PolicyView = SecurityPolicy & { version: number };

const POLICY_KEY = ['security', 'policy'] as const;

export const useSecurityPolicy = () =>
  useQuery({ queryKey: POLICY_KEY, queryFn: () => api.get<PolicyView>('/security/policy') });

export function useUpdateSecurityPolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (policy: PolicyView) => api.put<PolicyView>('/security/policy', policy),
    onSuccess: (policy) => queryClient.setQueryData(POLICY_KEY, policy),
  });
}

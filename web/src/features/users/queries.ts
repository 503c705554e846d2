import type { GrantCreate, Page, User, UserCreate, UserListQuery, UserStatus } from '@contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';

export type UserFilters = Partial<
  Pick<UserListQuery, 'q' | 'orgUnitId' | 'role' | 'status' | 'sort'>
>;
export type UserListParams = UserFilters & { page: number; pageSize: number };

export const userKeys = {
  all: ['users'] as const,
  list: (params: UserListParams) => ['users', 'list', params] as const,
};

export const useUsers = (params: UserListParams) =>
  useQuery({
    queryKey: userKeys.list(params),
    queryFn: () => api.get<Page<User>>('/users', params),
    placeholderData: keepPreviousData,
  });

export const exportUsers = (filters: UserFilters) => api.download('/users/export', filters);

/** A write to an account or its grants; the lists and the home figures reload after it. */
function useUserWrite<Vars>(write: (vars: Vars) => Promise<User>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: userKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['home'] }),
      ]),
  });
}

export const useCreateUser = () =>
  useUserWrite((body: UserCreate) => api.post<User>('/users', body));
export const useUpdateUser = () =>
  useUserWrite(
    ({ user, displayName, orgUnitId }: { user: User; displayName: string; orgUnitId: string }) =>
      api.put<User>(`/users/${user.id}`, { version: user.version, displayName, orgUnitId }),
  );
export const useChangeUserStatus = () =>
  useUserWrite(({ user, status, reason }: { user: User; status: UserStatus; reason: string }) =>
    api.post<User>(`/users/${user.id}/status`, { version: user.version, status, reason }),
  );
export const useResetUserPassword = () =>
  useUserWrite(({ user, newPassword }: { user: User; newPassword: string }) =>
    api.post<User>(`/users/${user.id}/password`, { version: user.version, newPassword }),
  );
export const useUnlockUser = () =>
  useUserWrite((user: User) =>
    api.post<User>(`/users/${user.id}/unlock`, { version: user.version }),
  );
export const useResetUserMfa = () =>
  useUserWrite((user: User) =>
    api.post<User>(`/users/${user.id}/mfa-reset`, { version: user.version }),
  );
export const useGrantRole = () =>
  useUserWrite((body: GrantCreate) => api.post<User>('/grants', body));
export const useRevokeGrant = () =>
  useUserWrite(({ grantId, reason }: { grantId: string; reason: string }) =>
    api.post<User>(`/grants/${grantId}/revoke`, { reason }),
  );

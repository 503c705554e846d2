import type { GrantCreate, User, UserCreate, UserListQuery, UserStatus } from '@contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { byId, client, download, ok } from '../../api/client.ts';
import { useWrite } from '../../api/useWrite.ts';
import type { ListParams } from '../../components/ServerTable.tsx';

export type UserFilters = Partial<
  Pick<UserListQuery, 'q' | 'orgUnitId' | 'role' | 'status' | 'sort'>
>;
export type UserListParams = ListParams<UserFilters>;

export const userKeys = {
  all: ['users'] as const,
  list: (params: UserListParams) => ['users', 'list', params] as const,
};

export const useUsers = (params: UserListParams) =>
  useQuery({
    queryKey: userKeys.list(params),
    queryFn: () => ok(client.GET('/api/v1/users', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });

export const exportUsers = (filters: UserFilters) =>
  download(client.GET('/api/v1/users/export', { params: { query: filters }, parseAs: 'blob' }));

/** A write to an account or its grants; the lists and the home figures reload after it. */
const useUserWrite = <Vars>(write: (vars: Vars) => Promise<User>) =>
  useWrite(write, [userKeys.all, ['home']]);

export const useCreateUser = () =>
  useUserWrite((body: UserCreate) => ok(client.POST('/api/v1/users', { body })));
export const useUpdateUser = () =>
  useUserWrite(
    ({ user, displayName, orgUnitId }: { user: User; displayName: string; orgUnitId: string }) =>
      ok(
        client.PUT('/api/v1/users/{id}', {
          params: byId(user.id),
          body: { version: user.version, displayName, orgUnitId },
        }),
      ),
  );
export const useChangeUserStatus = () =>
  useUserWrite(({ user, status, reason }: { user: User; status: UserStatus; reason: string }) =>
    ok(
      client.POST('/api/v1/users/{id}/status', {
        params: byId(user.id),
        body: { version: user.version, status, reason },
      }),
    ),
  );
export const useResetUserPassword = () =>
  useUserWrite(({ user, newPassword }: { user: User; newPassword: string }) =>
    ok(
      client.POST('/api/v1/users/{id}/password', {
        params: byId(user.id),
        body: { version: user.version, newPassword },
      }),
    ),
  );
export const useUnlockUser = () =>
  useUserWrite((user: User) =>
    ok(
      client.POST('/api/v1/users/{id}/unlock', {
        params: byId(user.id),
        body: { version: user.version },
      }),
    ),
  );
export const useResetUserMfa = () =>
  useUserWrite((user: User) =>
    ok(
      client.POST('/api/v1/users/{id}/mfa-reset', {
        params: byId(user.id),
        body: { version: user.version },
      }),
    ),
  );
export const useGrantRole = () =>
  useUserWrite((body: GrantCreate) => ok(client.POST('/api/v1/grants', { body })));
export const useRevokeGrant = () =>
  useUserWrite(({ grantId, reason }: { grantId: string; reason: string }) =>
    ok(
      client.POST('/api/v1/grants/{id}/revoke', {
        params: { path: { id: grantId } },
        body: { reason },
      }),
    ),
  );

import type { NotificationPreferencesUpdate } from '@contracts';
import { useMutation, useQuery } from '@tanstack/react-query';
import { client, ok } from '../../api/client.ts';
import { ME_KEY } from '../../api/session.ts';
import { useWrite } from '../../api/useWrite.ts';

export const useRegenerateRecoveryCodes = () =>
  useMutation({
    mutationFn: (password: string) =>
      ok(client.POST('/api/v1/auth/mfa/recovery-codes', { body: { password } })),
  });

export const useDisableMfa = () =>
  useWrite(
    (password: string) => ok(client.POST('/api/v1/auth/mfa/disable', { body: { password } })),
    [ME_KEY],
  );

const PREFERENCES_KEY = ['notifications', 'preferences'] as const;

export const useNotificationPreferences = () =>
  useQuery({
    queryKey: PREFERENCES_KEY,
    queryFn: () => ok(client.GET('/api/v1/notifications/preferences')),
  });

export const useSaveNotificationPreferences = () =>
  useWrite(
    (body: NotificationPreferencesUpdate) =>
      ok(client.PUT('/api/v1/notifications/preferences', { body })),
    [PREFERENCES_KEY],
  );

import { useMutation } from '@tanstack/react-query';
import { client, ok } from '../../api/client.ts';
import { ME_KEY } from '../../api/session.ts';
import { useWrite } from '../../api/useWrite.ts';

/** A new password for the signed-in user; Me reloads, so a forced change lets the user on. */
export const useChangePassword = () =>
  useWrite(
    (body: { currentPassword: string; newPassword: string }) =>
      ok(client.POST('/api/v1/auth/password', { body })),
    [ME_KEY],
  );

export const useStartMfaEnrolment = () =>
  useMutation({ mutationFn: () => ok(client.POST('/api/v1/auth/mfa/enrol', { body: {} })) });

/** Confirms the authenticator; Me is reloaded by the caller once the recovery codes have been shown. */
export const useConfirmMfa = () =>
  useMutation({
    mutationFn: (otp: string) => ok(client.POST('/api/v1/auth/mfa/confirm', { body: { otp } })),
  });

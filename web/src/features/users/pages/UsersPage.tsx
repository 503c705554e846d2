import { PageContainer } from '@ant-design/pro-components';
import { PAGE_SIZE_DEFAULT, type User } from '@contracts';
import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignedIn } from '../../../api/session.ts';
import { useApiError } from '../../../api/useApiError.ts';
import { GrantsModal } from '../components/GrantsModal.tsx';
import { ResetPasswordModal } from '../components/ResetPasswordModal.tsx';
import { UserCreateModal } from '../components/UserCreateModal.tsx';
import { UserEditModal } from '../components/UserEditModal.tsx';
import { UserStatusModal } from '../components/UserStatusModal.tsx';
import { UserTable, type UserAction } from '../components/UserTable.tsx';
import { useResetUserMfa, useUnlockUser, type UserListParams } from '../queries.ts';

type Dialog = { action: UserAction; user: User } | null;

/** Accounts: the system administrator manages them, the security administrator grants their roles. */
export default function UsersPage() {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const me = useSignedIn();
  const [params, setParams] = useState<UserListParams>({ page: 1, pageSize: PAGE_SIZE_DEFAULT });
  const [dialog, setDialog] = useState<Dialog>(null);
  const [creating, setCreating] = useState(false);
  const unlock = useUnlockUser();
  const resetMfa = useResetUserMfa();
  const onApiError = useApiError();
  const close = () => setDialog(null);
  const pick = (action: UserAction) => (dialog?.action === action ? dialog.user : null);

  const confirmThen = (title: string, run: () => Promise<User>) =>
    modal.confirm({
      title,
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      onOk: () =>
        run()
          .then(() => void message.success(t('common.saved')))
          .catch((error: unknown) => void onApiError(error)),
    });

  const onAction = (action: UserAction, user: User) => {
    if (action === 'unlock')
      return confirmThen(t('users.unlockConfirm', { username: user.username }), () =>
        unlock.mutateAsync(user),
      );
    if (action === 'mfa')
      return confirmThen(t('users.resetMfaConfirm', { username: user.username }), () =>
        resetMfa.mutateAsync(user),
      );
    setDialog({ action, user });
  };

  return (
    <PageContainer
      title={t('nav.users')}
      content={me.permissions.includes('grant.write') ? t('users.introSecadmin') : t('users.intro')}
    >
      <UserTable
        params={params}
        onParams={setParams}
        canCreate={me.permissions.includes('user.write')}
        onCreate={() => setCreating(true)}
        onAction={onAction}
      />
      <UserCreateModal open={creating} onClose={() => setCreating(false)} />
      <UserEditModal user={pick('edit')} onClose={close} />
      <UserStatusModal user={pick('status')} onClose={close} />
      <ResetPasswordModal user={pick('password')} onClose={close} />
      <GrantsModal user={pick('grants')} onClose={close} />
    </PageContainer>
  );
}

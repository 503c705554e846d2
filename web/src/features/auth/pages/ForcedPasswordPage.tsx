import { Alert, Button, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLogout, useMe } from '../../../api/session.ts';
import { ChangePasswordForm } from '../../../components/credentials/ChangePasswordForm.tsx';
import { AuthFrame } from '../components/AuthFrame.tsx';

/** First login or an expired password: nothing else opens until the password is changed. */
export default function ForcedPasswordPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const logout = useLogout();
  // Whether the password had lapsed when the page opened decides which notice it shows.
  const [openedAt] = useState(() => Date.now());
  const expired = me?.passwordExpiresAt
    ? new Date(me.passwordExpiresAt).getTime() <= openedAt
    : false;

  return (
    <AuthFrame title={t('password.forcedTitle')} width={480}>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Alert
          type="info"
          showIcon
          message={expired ? t('password.expiredNotice') : t('password.firstNotice')}
        />
        <ChangePasswordForm />
        <Button type="link" onClick={() => logout.mutate()} style={{ padding: 0 }}>
          {t('shell.logout')}
        </Button>
      </Space>
    </AuthFrame>
  );
}

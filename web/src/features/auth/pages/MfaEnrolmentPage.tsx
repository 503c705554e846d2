import { Alert, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { useLogout, useRefreshMe } from '../../../api/session.ts';
import { MfaEnrolment } from '../../../components/credentials/MfaEnrolment.tsx';
import { AuthFrame } from '../components/AuthFrame.tsx';

/** Accounts that must have a second factor enrol here before anything else opens. */
export default function MfaEnrolmentPage() {
  const { t } = useTranslation();
  const refreshMe = useRefreshMe();
  const logout = useLogout();

  return (
    <AuthFrame title={t('mfa.forcedTitle')} width={520}>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Alert type="info" showIcon message={t('mfa.forcedNotice')} />
        <MfaEnrolment onDone={() => void refreshMe()} />
        <Button type="link" onClick={() => logout.mutate()} style={{ padding: 0 }}>
          {t('shell.logout')}
        </Button>
      </Space>
    </AuthFrame>
  );
}

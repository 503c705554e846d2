import type { Permission } from '@contracts';
import { Button, Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useSignedIn } from '../api/session.ts';

export function RequirePermission({
  permission,
  children,
}: {
  permission: Permission;
  children: ReactNode;
}) {
  const me = useSignedIn();
  const { t } = useTranslation();
  if (me.permissions.includes(permission)) return children;
  return <Result status="403" title="403" subTitle={t('shell.forbidden')} />;
}

export function NotFound() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Result
      status="404"
      title="404"
      subTitle={t('shell.notFound')}
      extra={
        <Button type="primary" onClick={() => navigate('/')}>
          {t('shell.backHome')}
        </Button>
      }
    />
  );
}

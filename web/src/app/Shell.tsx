import { ProLayout } from '@ant-design/pro-components';
import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { useSignedIn } from '../features/auth/queries.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { NAVIGATION } from './navigation.tsx';
import { FullPageSpin } from './SessionGate.tsx';
import { UserMenu } from './UserMenu.tsx';

/** The signed-in frame: a sidebar built from the user's permissions, the user menu top right. */
export function Shell() {
  const me = useSignedIn();
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const current = NAVIGATION.find((entry) => entry.path === pathname);
  const pageTitle = current ? t(current.label) : pathname === '/account' ? t('shell.account') : null;
  useEffect(() => {
    document.title = pageTitle ? `${pageTitle} - ${t('app.name')}` : t('app.name');
  }, [pageTitle, t]);
  const menu = NAVIGATION.filter((entry) => me.permissions.includes(entry.permission)).map((entry) => ({
    key: entry.key,
    path: entry.path,
    name: t(entry.label),
    icon: entry.icon,
  }));

  return (
    <ProLayout
      title={t('app.name')}
      logo={<img src="/logo.svg" alt="" width={28} height={28} />}
      layout="mix"
      fixSiderbar
      location={{ pathname }}
      route={{ path: '/', routes: menu }}
      menuItemRender={(item, dom) => (
        <Link to={item.path ?? '/'} data-testid={`nav-${item.key ?? ''}`}>
          {dom}
        </Link>
      )}
      headerTitleRender={(logo, title) => (
        <Link to="/" aria-label={t('app.name')} style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
          {logo}
          {title}
        </Link>
      )}
      actionsRender={() => [<LanguageSwitch key="language" />]}
      avatarProps={{
        title: me.displayName,
        size: 'small',
        render: (_props, avatar) => <UserMenu me={me}>{avatar}</UserMenu>,
      }}
      token={{ header: { colorBgHeader: '#ffffff' } }}
    >
      <Suspense fallback={<FullPageSpin />}>
        <Outlet />
      </Suspense>
    </ProLayout>
  );
}

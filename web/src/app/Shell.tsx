import { ProLayout } from '@ant-design/pro-components';
import { Suspense, useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { useSignedIn } from '../api/session.ts';
import { FullPageSpin } from '../components/FullPageSpin.tsx';
import { LanguageSwitch } from '../components/LanguageSwitch.tsx';
import { NotificationBell } from '../features/notifications/components/NotificationBell.tsx';
import { WorkBadge } from './WorkBadge.tsx';
import { NAVIGATION } from './navigation.tsx';
import { UserMenu } from './UserMenu.tsx';

/** The signed-in frame: a sidebar built from the user's permissions, the user menu top right. */
export function Shell() {
  const me = useSignedIn();
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const current = NAVIGATION.find((entry) => entry.path === pathname);
  const pageTitle = current
    ? t(current.label)
    : pathname === '/account'
      ? t('shell.account')
      : null;
  useEffect(() => {
    document.title = pageTitle ? `${pageTitle} - ${t('app.name')}` : t('app.name');
  }, [pageTitle, t]);
  // With a fixed header, ProLayout renders an empty <header> that only reserves its height: a second
  // banner landmark for screen readers. It is a spacer, so it is told to be none.
  useEffect(() => {
    for (const header of document.querySelectorAll('header.ant-layout-header'))
      if (header.childElementCount === 0) header.setAttribute('role', 'none');
  });
  type MenuItem = { key: string; path: string; name: string; icon: ReactNode; routes?: MenuItem[] };
  const menu: MenuItem[] = [];
  for (const entry of NAVIGATION.filter((e) => me.permissions.includes(e.permission))) {
    const item: MenuItem = {
      key: entry.key,
      path: entry.path,
      name: t(entry.label),
      icon: entry.icon,
    };
    if (!entry.group) {
      menu.push(item);
      continue;
    }
    const { group } = entry;
    let parent = menu.find((m) => m.key === group.key);
    if (!parent) {
      parent = {
        key: group.key,
        path: `/${group.key}`,
        name: t(group.label),
        icon: group.icon,
        routes: [],
      };
      menu.push(parent);
    }
    parent.routes?.push(item);
  }

  return (
    <ProLayout
      title={t('app.name')}
      logo={<img src="/logo.svg" alt="" width={28} height={28} />}
      layout="mix"
      fixSiderbar
      location={{ pathname }}
      route={{ path: '/', routes: menu }}
      subMenuItemRender={(item, dom) => <span data-testid={`nav-${item.key ?? ''}`}>{dom}</span>}
      menuItemRender={(item, dom) => (
        <Link to={item.path ?? '/'} data-testid={`nav-${item.key ?? ''}`}>
          {dom}
        </Link>
      )}
      headerTitleRender={(logo, title) => (
        <Link
          to="/"
          aria-label={t('app.name')}
          style={{ display: 'flex', alignItems: 'center', gap: 8 }}
        >
          {logo}
          {title}
        </Link>
      )}
      actionsRender={() => [
        <WorkBadge key="work" />,
        <NotificationBell key="notifications" />,
        <LanguageSwitch key="language" />,
      ]}
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

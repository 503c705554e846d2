import { LogoutOutlined, UserOutlined } from '@ant-design/icons';
import type { Me } from '@contracts';
import { Dropdown, type MenuProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLogout } from '../api/session.ts';
import { useLabels } from '../i18n/labels.ts';

/** Name and roles, the account page and logout, under the avatar. */
export function UserMenu({ me, children }: { me: Me; children: ReactNode }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const navigate = useNavigate();
  const logout = useLogout();
  const roles = me.roles.map(
    (grant) =>
      `${labels.role(grant.role)} · ${labels.name({ nameZh: grant.orgUnitNameZh, nameEn: grant.orgUnitNameEn })}`,
  );

  const items: MenuProps['items'] = [
    {
      key: 'who',
      disabled: true,
      label: (
        <div style={{ color: 'rgba(0,0,0,0.88)' }}>
          <div style={{ fontWeight: 600 }}>
            {me.displayName} ({me.username})
          </div>
          {roles.map((role) => (
            <div key={role} style={{ fontSize: 12 }}>
              {role}
            </div>
          ))}
        </div>
      ),
    },
    { type: 'divider' },
    {
      key: 'account',
      icon: <UserOutlined />,
      label: t('shell.account'),
      onClick: () => void navigate('/account'),
    },
    {
      key: 'logout',
      icon: <LogoutOutlined />,
      label: t('shell.logout'),
      onClick: () => logout.mutate(),
      danger: true,
    },
  ];

  return (
    <Dropdown menu={{ items }} trigger={['click']} placement="bottomRight">
      <button
        type="button"
        className="user-menu-trigger"
        data-testid="user-menu"
        aria-label={t('shell.userMenu', { name: me.displayName })}
      >
        {children}
      </button>
    </Dropdown>
  );
}

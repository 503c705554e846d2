import { DownOutlined, PlusOutlined } from '@ant-design/icons';
import type { ProColumns } from '@ant-design/pro-components';
import { ROLES, USER_STATUSES, type User, type UserStatus } from '@contracts';
import { Button, Dropdown, Space, Tag, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { ExportButton } from '../../../components/ExportButton.tsx';
import { OrgUnitTreeSelect } from '../../../components/OrgUnitTreeSelect.tsx';
import { ServerTable } from '../../../components/ServerTable.tsx';
import { StatusTag, type Tone } from '../../../components/StatusTag.tsx';
import { useLabels } from '../../../i18n/labels.ts';
import { exportUsers, useUsers, type UserFilters, type UserListParams } from '../queries.ts';
import { RowAction } from '../../../components/RowAction.tsx';

const USER_ACTIONS = ['edit', 'status', 'password', 'unlock', 'mfa', 'grants'] as const;
export type UserAction = (typeof USER_ACTIONS)[number];
const isUserAction = (key: string): key is UserAction =>
  (USER_ACTIONS as readonly string[]).includes(key);

const STATUS_TONES: Record<UserStatus, Tone> = {
  active: 'good',
  disabled: 'warn',
  archived: 'neutral',
};

export const isLocked = (user: User) =>
  user.lockedUntil !== null && new Date(user.lockedUntil).getTime() > Date.now();

type Props = {
  params: UserListParams;
  onParams: (params: UserListParams) => void;
  canCreate: boolean;
  onCreate: () => void;
  onAction: (action: UserAction, user: User) => void;
};

/** Server-paginated accounts with filters; each row offers what the server says the user may do. */
export function UserTable({ params, onParams, canCreate, onCreate, onAction }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const list = useUsers(params);
  const filters: UserFilters = {
    q: params.q,
    orgUnitId: params.orgUnitId,
    role: params.role,
    status: params.status,
  };

  const moreActions = (user: User): MenuProps['items'] =>
    [
      user.can.changeStatus && { key: 'status', label: t('users.changeStatus') },
      user.can.resetPassword && { key: 'password', label: t('users.resetPassword') },
      user.can.unlock && isLocked(user) && { key: 'unlock', label: t('users.unlock') },
      user.can.resetMfa && user.mfaEnabled && { key: 'mfa', label: t('users.resetMfa') },
    ].filter((item): item is { key: UserAction; label: string } => Boolean(item));

  const columns: ProColumns<User>[] = [
    {
      title: t('common.keyword'),
      dataIndex: 'q',
      hideInTable: true,
      fieldProps: { placeholder: t('users.keywordHint') },
    },
    {
      title: t('users.orgUnit'),
      dataIndex: 'orgUnitId',
      hideInTable: true,
      renderFormItem: () => <OrgUnitTreeSelect allowClear selectable={() => true} />,
    },
    { title: t('users.username'), dataIndex: 'username', search: false, width: 150 },
    { title: t('users.displayName'), dataIndex: 'displayName', search: false, width: 140 },
    {
      title: t('users.orgUnit'),
      dataIndex: 'orgUnitNameZh',
      search: false,
      width: 220,
      render: (_, user) => labels.name({ nameZh: user.orgUnitNameZh, nameEn: user.orgUnitNameEn }),
    },
    {
      title: t('users.role'),
      dataIndex: 'role',
      valueType: 'select',
      valueEnum: Object.fromEntries(ROLES.map((role) => [role, { text: labels.role(role) }])),
      render: (_, user) => (
        <Space size={[0, 4]} wrap>
          {user.roles.map((grant) => (
            <Tag key={grant.id} color="blue" title={`${grant.orgUnitCode}`}>
              {labels.role(grant.role)}
              {grant.workingGroup ? ` · ${t(`users.group.${grant.workingGroup}`)}` : ''}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      title: t('users.statusLabel'),
      dataIndex: 'status',
      width: 140,
      valueType: 'select',
      valueEnum: Object.fromEntries(
        USER_STATUSES.map((status) => [status, { text: t(`users.status.${status}`) }]),
      ),
      render: (_, user) => (
        <Space size={[0, 4]} wrap>
          <StatusTag tone={STATUS_TONES[user.status]}>{t(`users.status.${user.status}`)}</StatusTag>
          {isLocked(user) && <StatusTag tone="bad">{t('users.locked')}</StatusTag>}
          {user.mfaEnabled && <StatusTag tone="info">{t('users.mfa')}</StatusTag>}
        </Space>
      ),
    },
    {
      title: t('users.lastLogin'),
      dataIndex: 'lastLoginAt',
      search: false,
      width: 170,
      responsive: ['xl'],
      render: (_, user) => labels.dateTime(user.lastLoginAt),
    },
    {
      title: t('common.actions'),
      valueType: 'option',
      width: 170,
      render: (_, user) => {
        const more = moreActions(user) ?? [];
        return (
          <Space size={0}>
            {user.can.update && (
              <RowAction
                onClick={() => onAction('edit', user)}
                testId={`user-edit-${user.username}`}
              >
                {t('common.edit')}
              </RowAction>
            )}
            {user.can.grant && (
              <RowAction
                onClick={() => onAction('grants', user)}
                testId={`user-grants-${user.username}`}
              >
                {t('users.grants')}
              </RowAction>
            )}
            {more.length > 0 && (
              <Dropdown
                menu={{
                  items: more,
                  onClick: ({ key }) => isUserAction(key) && onAction(key, user),
                }}
                trigger={['click']}
              >
                <Button type="link" size="small" data-testid={`user-more-${user.username}`}>
                  {t('common.more')} <DownOutlined aria-hidden />
                </Button>
              </Dropdown>
            )}
          </Space>
        );
      },
    },
  ];

  return (
    <ServerTable
      rowKey="id"
      title={t('users.listTitle')}
      columns={columns}
      list={list}
      params={params}
      onParams={onParams}
      search={(values: UserFilters) => ({
        q: values.q || undefined,
        orgUnitId: values.orgUnitId || undefined,
        role: values.role,
        status: values.status,
      })}
      resetTo={{}}
      rowTestId={(user) => `user-row-${user.username}`}
      toolBar={[
        <ExportButton key="export" testId="users-export" onExport={() => exportUsers(filters)} />,
        canCreate && (
          <Button
            key="create"
            type="primary"
            icon={<PlusOutlined />}
            onClick={onCreate}
            data-testid="user-create"
          >
            {t('users.create')}
          </Button>
        ),
      ]}
    />
  );
}

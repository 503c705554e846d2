import { DownOutlined, PlusOutlined } from '@ant-design/icons';
import type { ProColumns } from '@ant-design/pro-components';
import { ORG_KINDS, ORG_PARENT_KINDS, ORG_STATUSES, type OrgKind, type OrgUnit } from '@contracts';
import { Button, Dropdown, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ExportButton } from '../../../components/ExportButton.tsx';
import { ServerTable } from '../../../components/ServerTable.tsx';
import { StatusTag } from '../../../components/StatusTag.tsx';
import { useLabels } from '../../../i18n/labels.ts';
import { exportOrgUnits, useOrgUnits, type OrgFilters, type OrgListParams } from '../queries.ts';
import { RowAction } from '../../../components/RowAction.tsx';

const ORG_ACTIONS = ['edit', 'addChild', 'move', 'archive', 'restore'] as const;
export type OrgAction = (typeof ORG_ACTIONS)[number];
const isOrgAction = (key: string): key is OrgAction =>
  (ORG_ACTIONS as readonly string[]).includes(key);

const takesChildren = (kind: OrgKind) =>
  ORG_KINDS.some((child) => ORG_PARENT_KINDS[child].includes(kind));
const movable = (kind: OrgKind) => ORG_PARENT_KINDS[kind].some((parent) => parent !== null);

type Props = {
  params: OrgListParams;
  onParams: (params: OrgListParams) => void;
  canCreate: boolean;
  onCreate: () => void;
  onAction: (action: OrgAction, unit: OrgUnit) => void;
  title: string;
};

/** Server-paginated list of units with search, kind and status filters and the row actions the server allows. */
export function OrgTable({ params, onParams, canCreate, onCreate, onAction, title }: Props) {
  const { t } = useTranslation();
  const labels = useLabels();
  const list = useOrgUnits(params);
  const moreActions = (unit: OrgUnit): { key: OrgAction; label: string; danger?: boolean }[] => {
    const items: { key: OrgAction; label: string; danger?: boolean }[] = [];
    if (unit.can.move && movable(unit.kind))
      items.push({ key: 'move', label: t('org.moveAction') });
    if (unit.can.archive) items.push({ key: 'archive', label: t('org.archive'), danger: true });
    if (unit.can.restore) items.push({ key: 'restore', label: t('org.restore') });
    return items;
  };
  const filters: OrgFilters = {
    q: params.q,
    kind: params.kind,
    status: params.status,
    parentId: params.parentId,
  };

  const columns: ProColumns<OrgUnit>[] = [
    {
      title: t('common.keyword'),
      dataIndex: 'q',
      hideInTable: true,
      fieldProps: { placeholder: t('org.keywordHint') },
    },
    {
      title: t('org.code'),
      dataIndex: 'code',
      search: false,
      width: 140,
      render: (_, unit) => <Typography.Text strong>{unit.code}</Typography.Text>,
    },
    {
      title: t('org.name'),
      dataIndex: 'nameZh',
      search: false,
      render: (_, unit) => (
        <div>
          <div>{labels.name(unit)}</div>
          <Typography.Text
            type="secondary"
            style={{ fontSize: 12 }}
            lang={labels.lang === 'en' ? 'zh-CN' : 'en'}
          >
            {labels.lang === 'en' ? unit.nameZh : unit.nameEn}
          </Typography.Text>
        </div>
      ),
    },
    {
      title: t('org.kind'),
      dataIndex: 'kind',
      width: 120,
      valueType: 'select',
      valueEnum: Object.fromEntries(ORG_KINDS.map((kind) => [kind, { text: labels.kind(kind) }])),
    },
    {
      title: t('org.statusLabel'),
      dataIndex: 'status',
      width: 90,
      valueType: 'select',
      valueEnum: Object.fromEntries(
        ORG_STATUSES.map((status) => [status, { text: t(`org.status.${status}`) }]),
      ),
      render: (_, unit) => (
        <StatusTag
          tone={unit.status === 'active' ? 'good' : 'neutral'}
          title={unit.archivedReason ?? undefined}
        >
          {t(`org.status.${unit.status}`)}
        </StatusTag>
      ),
    },
    {
      title: t('common.updatedAt'),
      dataIndex: 'updatedAt',
      search: false,
      width: 170,
      responsive: ['xxl'],
      render: (_, unit) => labels.dateTime(unit.updatedAt),
    },
    {
      title: t('common.actions'),
      valueType: 'option',
      width: 200,
      render: (_, unit) => {
        const more = moreActions(unit);
        return (
          <Space size={0}>
            {unit.can.update && (
              <RowAction onClick={() => onAction('edit', unit)} testId={`org-edit-${unit.code}`}>
                {t('common.edit')}
              </RowAction>
            )}
            {unit.can.addChild && takesChildren(unit.kind) && (
              <RowAction
                onClick={() => onAction('addChild', unit)}
                testId={`org-add-child-${unit.code}`}
              >
                {t('org.addChild')}
              </RowAction>
            )}
            {more.length > 0 && (
              <Dropdown
                menu={{
                  items: more,
                  onClick: ({ key }) => isOrgAction(key) && onAction(key, unit),
                }}
                trigger={['click']}
              >
                <Button type="link" size="small" data-testid={`org-more-${unit.code}`}>
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
      title={title}
      columns={columns}
      list={list}
      params={params}
      onParams={onParams}
      search={(values: OrgFilters) => ({
        q: values.q || undefined,
        kind: values.kind,
        status: values.status,
      })}
      resetTo={{ parentId: params.parentId }}
      rowTestId={(unit) => `org-row-${unit.code}`}
      toolBar={[
        <ExportButton key="export" testId="org-export" onExport={() => exportOrgUnits(filters)} />,
        canCreate && (
          <Button
            key="create"
            type="primary"
            icon={<PlusOutlined />}
            onClick={onCreate}
            data-testid="org-create"
          >
            {t('org.create')}
          </Button>
        ),
      ]}
    />
  );
}

import { PlusOutlined } from '@ant-design/icons';
import type { ProColumns } from '@ant-design/pro-components';
import { PLACE_KINDS, PORT_CLASSES, PORT_MODES, PORT_STATUSES, type Port } from '@contracts';
import { Button, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ExportButton } from '../../../components/ExportButton.tsx';
import { OrgUnitTreeSelect } from '../../../components/OrgUnitTreeSelect.tsx';
import {
  DESIGNATION_TONES,
  PORT_STATUS_TONES,
  usePortLabels,
} from '../../../components/portLabels.ts';
import { ServerTable } from '../../../components/ServerTable.tsx';
import { StatusTag } from '../../../components/StatusTag.tsx';
import { exportPorts, usePorts, type PortFilters, type PortListParams } from '../queries.ts';
import { PortImportButton } from './PortImports.tsx';
import { RowAction } from '../../../components/RowAction.tsx';

type Props = {
  params: PortListParams;
  onParams: (params: PortListParams) => void;
  canCreate: boolean;
  /** Excel import of ports (needs port.create: importing creates them). */
  canImport: boolean;
  onCreate: () => void;
  onEdit: (port: Port) => void;
};

/** Server-paginated port register with search, branch, mode, class, status and category filters. */
export function PortTable({ params, onParams, canCreate, canImport, onCreate, onEdit }: Props) {
  const { t } = useTranslation();
  const labels = usePortLabels();
  const list = usePorts(params);
  const filters: PortFilters = {
    q: params.q,
    branchId: params.branchId,
    mode: params.mode,
    placeKind: params.placeKind,
    portClass: params.portClass,
    status: params.status,
    category: params.category,
  };
  const options = <T extends string>(list: readonly T[], label: (v: T) => string) =>
    Object.fromEntries(list.map((v) => [v, { text: label(v) }]));

  const columns: ProColumns<Port>[] = [
    {
      title: t('common.keyword'),
      dataIndex: 'q',
      hideInTable: true,
      fieldProps: { placeholder: t('ports.keywordHint') },
    },
    {
      title: t('ports.branch'),
      dataIndex: 'branchId',
      hideInTable: true,
      renderFormItem: () => (
        <OrgUnitTreeSelect allowClear selectable={(node) => node.kind === 'branch'} />
      ),
    },
    {
      title: t('ports.code'),
      dataIndex: 'code',
      search: false,
      width: 150,
      render: (_, port) => (
        <Link to={`/ports/${port.id}`} data-testid={`port-open-${port.code}`}>
          <Typography.Text strong style={{ color: 'inherit' }}>
            {port.code}
          </Typography.Text>
        </Link>
      ),
    },
    {
      title: t('ports.name'),
      dataIndex: 'nameZh',
      search: false,
      render: (_, port) => labels.name(port),
    },
    {
      title: t('ports.branch'),
      dataIndex: 'branchCode',
      search: false,
      width: 160,
      responsive: ['lg'],
      render: (_, port) => (
        <span title={port.branchCode}>
          {labels.name({ nameZh: port.branchNameZh, nameEn: port.branchNameEn })}
        </span>
      ),
    },
    {
      title: t('ports.placeKind'),
      dataIndex: 'placeKind',
      valueType: 'select',
      valueEnum: options(PLACE_KINDS, labels.placeKind),
      render: (_, port) => labels.place(port),
    },
    {
      title: t('ports.modes'),
      dataIndex: 'mode',
      valueType: 'select',
      valueEnum: options(PORT_MODES, labels.mode),
      render: (_, port) => port.modes.map(labels.mode).join(labels.lang === 'en' ? ', ' : '、'),
    },
    {
      title: t('ports.class'),
      dataIndex: 'portClass',
      width: 110,
      valueType: 'select',
      valueEnum: options(PORT_CLASSES, labels.portClass),
      render: (_, p) => labels.portClass(p.portClass),
    },
    {
      title: t('ports.categories'),
      dataIndex: 'category',
      valueType: 'select',
      valueEnum: Object.fromEntries(
        labels.categories.map((c) => [c.code, { text: labels.name(c) }]),
      ),
      render: (_, port) => (
        <Space size={[0, 4]} wrap>
          {port.categories.map((c) => (
            <StatusTag
              key={c.code}
              tone={DESIGNATION_TONES[c.status]}
              title={labels.designation(c.status)}
            >
              {labels.category(c.code)}
              {c.status === 'approved' ? '' : `（${labels.designation(c.status)}）`}
            </StatusTag>
          ))}
        </Space>
      ),
    },
    {
      title: t('ports.status'),
      dataIndex: 'status',
      width: 100,
      valueType: 'select',
      valueEnum: options(PORT_STATUSES, labels.status),
      render: (_, port) => (
        <StatusTag tone={PORT_STATUS_TONES[port.status]} title={port.statusReason ?? undefined}>
          {labels.status(port.status)}
        </StatusTag>
      ),
    },
    {
      title: t('common.actions'),
      valueType: 'option',
      width: 90,
      render: (_, port) =>
        port.can.update && (
          <RowAction onClick={() => onEdit(port)} testId={`port-edit-${port.code}`}>
            {t('common.edit')}
          </RowAction>
        ),
    },
  ];

  return (
    <ServerTable
      rowKey="id"
      title={t('ports.listTitle')}
      columns={columns}
      list={list}
      params={params}
      onParams={onParams}
      search={(v: PortFilters) => ({
        q: v.q || undefined,
        branchId: v.branchId || undefined,
        mode: v.mode,
        placeKind: v.placeKind,
        portClass: v.portClass,
        status: v.status,
        category: v.category,
      })}
      resetTo={{}}
      rowTestId={(port) => `port-row-${port.code}`}
      toolBar={[
        <ExportButton key="export" testId="ports-export" onExport={() => exportPorts(filters)} />,
        canImport && <PortImportButton key="import" />,
        canCreate && (
          <Button
            key="create"
            type="primary"
            icon={<PlusOutlined />}
            onClick={onCreate}
            data-testid="port-create"
          >
            {t('ports.create')}
          </Button>
        ),
      ]}
    />
  );
}

import { PlusOutlined } from '@ant-design/icons';
import type { ProColumns } from '@ant-design/pro-components';
import { FACILITY_STATUSES, type Facility } from '@contracts';
import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { ExportButton } from '../../../components/ExportButton.tsx';
import { FACILITY_STATUS_TONES, usePortLabels } from '../../../components/portLabels.ts';
import { PortSelect } from '../../../components/PortSelect.tsx';
import { ServerTable } from '../../../components/ServerTable.tsx';
import { StatusTag } from '../../../components/StatusTag.tsx';
import {
  exportFacilities,
  useFacilities,
  useFacilityTypes,
  type FacilityFilters,
  type FacilityListParams,
} from '../queries.ts';
import { CertTag } from './CertTag.tsx';
import { FacilityImportButton } from './FacilityImportButton.tsx';
import { RowAction } from '../../../components/RowAction.tsx';

export type FacilityAction = 'edit' | 'certifications' | 'attachments' | 'archive';
type Props = {
  params: FacilityListParams;
  onParams: (params: FacilityListParams) => void;
  /** Set on a port's own tab: the port filter and column are left out. */
  fixedPortId?: string;
  canCreate: boolean;
  /** Excel import of facilities (needs facility.write). */
  canImport: boolean;
  onCreate: () => void;
  onAction: (action: FacilityAction, facility: Facility) => void;
};

/** The facility ledger: server-paginated, filtered by port, type and status, with certification states. */
export function FacilityTable({
  params,
  onParams,
  fixedPortId,
  canCreate,
  canImport,
  onCreate,
  onAction,
}: Props) {
  const { t } = useTranslation();
  const labels = usePortLabels();
  const { data: types = [] } = useFacilityTypes();
  const list = useFacilities({ ...params, portId: fixedPortId ?? params.portId });
  const filters: FacilityFilters = {
    q: params.q,
    portId: fixedPortId ?? params.portId,
    typeCode: params.typeCode,
    status: params.status,
  };
  const typeName = (code: string) => {
    const type = types.find((x) => x.code === code);
    return type ? labels.name(type) : code;
  };

  const columns: ProColumns<Facility>[] = [
    {
      title: t('common.keyword'),
      dataIndex: 'q',
      hideInTable: true,
      fieldProps: { placeholder: t('facilities.keywordHint') },
    },
    {
      title: t('facilities.port'),
      dataIndex: 'portId',
      hideInTable: true,
      hideInSearch: Boolean(fixedPortId),
      renderFormItem: () => <PortSelect allowClear />,
    },
    {
      title: t('facilities.port'),
      dataIndex: 'portCode',
      search: false,
      width: 130,
      hideInTable: Boolean(fixedPortId),
    },
    {
      title: t('facilities.type'),
      dataIndex: 'typeCode',
      valueType: 'select',
      fieldProps: { showSearch: true },
      valueEnum: Object.fromEntries(types.map((x) => [x.code, { text: labels.name(x) }])),
      render: (_, f) => typeName(f.typeCode),
    },
    { title: t('facilities.area'), dataIndex: 'functionalArea', search: false },
    {
      title: t('facilities.quantity'),
      dataIndex: 'quantity',
      search: false,
      width: 80,
      align: 'right',
    },
    {
      title: t('facilities.capacity'),
      dataIndex: 'capacity',
      search: false,
      width: 100,
      align: 'right',
      render: (_, f) => labels.number(f.capacity),
    },
    {
      title: t('facilities.status'),
      dataIndex: 'status',
      width: 110,
      valueType: 'select',
      valueEnum: Object.fromEntries(
        FACILITY_STATUSES.map((s) => [s, { text: labels.facilityStatus(s) }]),
      ),
      render: (_, f) => (
        <StatusTag tone={FACILITY_STATUS_TONES[f.status]}>
          {labels.facilityStatus(f.status)}
        </StatusTag>
      ),
    },
    {
      title: t('facilities.certification'),
      dataIndex: 'certificationState',
      search: false,
      width: 190,
      render: (_, f) => <CertTag state={f.certificationState} expiry={f.certificationExpiry} />,
    },
    {
      title: t('common.actions'),
      valueType: 'option',
      width: 250,
      render: (_, f) => (
        <Space size={0}>
          {f.can.update && (
            <RowAction onClick={() => onAction('edit', f)} testId={`facility-edit-${f.id}`}>
              {t('common.edit')}
            </RowAction>
          )}
          <RowAction
            onClick={() => onAction('certifications', f)}
            testId={`facility-certs-${f.id}`}
          >
            {t('facilities.certifications')}
          </RowAction>
          <RowAction
            onClick={() => onAction('attachments', f)}
            testId={`facility-attachments-${f.id}`}
          >
            {t('attachments.action')}
          </RowAction>
          {f.can.archive && (
            <RowAction
              onClick={() => onAction('archive', f)}
              testId={`facility-archive-${f.id}`}
              danger
            >
              {t('org.archive')}
            </RowAction>
          )}
        </Space>
      ),
    },
  ];

  return (
    <ServerTable
      rowKey="id"
      title={t('facilities.listTitle')}
      columns={columns}
      list={list}
      params={params}
      onParams={onParams}
      search={(v: FacilityFilters) => ({
        q: v.q || undefined,
        portId: v.portId || undefined,
        typeCode: v.typeCode,
        status: v.status,
      })}
      resetTo={{}}
      rowTestId={(f) => `facility-row-${f.id}`}
      toolBar={[
        <ExportButton
          key="export"
          testId="facilities-export"
          onExport={() => exportFacilities(filters)}
        />,
        canImport && <FacilityImportButton key="import" />,
        canCreate && (
          <Button
            key="create"
            type="primary"
            icon={<PlusOutlined />}
            onClick={onCreate}
            data-testid="facility-create"
          >
            {t('facilities.create')}
          </Button>
        ),
      ]}
    />
  );
}

import { PlusOutlined } from '@ant-design/icons';
import { takesDesignations, type Designation, type DesignationStatus, type Port } from '@contracts';
import { Alert, Button, Card, Space, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DESIGNATION_TONES, usePortLabels } from '../../../components/portLabels.ts';
import { rowTestId } from '../../../components/rowTestId.ts';
import { StatusTag } from '../../../components/StatusTag.tsx';
import { useDesignations } from '../queries.ts';
import { DesignationChangeModal } from './DesignationChangeModal.tsx';
import { DesignationGrantModal } from './DesignationGrantModal.tsx';
import { DesignationHistory } from './DesignationHistory.tsx';

/** The buttons a designation offers, each allowed by the server's `can`. */
const ACTIONS: {
  ability: string;
  status: DesignationStatus;
  key: 'suspend' | 'withdraw' | 'reinstate';
  danger?: boolean;
}[] = [
  { ability: 'suspend', status: 'suspended', key: 'suspend' },
  { ability: 'withdraw', status: 'withdrawn', key: 'withdraw', danger: true },
  { ability: 'reinstate', status: 'approved', key: 'reinstate' },
];

/** Designated site categories of a port, per category, with their history. */
export function DesignationsTab({ port }: { port: Port }) {
  const { t } = useTranslation();
  const labels = usePortLabels();
  const { data = [], isFetching } = useDesignations(port.id);
  const [change, setChange] = useState<{
    designation: Designation;
    status: DesignationStatus;
  } | null>(null);
  const [granting, setGranting] = useState(false);

  const columns: TableColumnsType<Designation> = [
    {
      title: t('ports.category'),
      dataIndex: 'categoryCode',
      render: (code: string) => labels.category(code),
    },
    {
      title: t('ports.designationStatus'),
      dataIndex: 'status',
      width: 110,
      render: (s: DesignationStatus) => (
        <StatusTag tone={DESIGNATION_TONES[s]}>{labels.designation(s)}</StatusTag>
      ),
    },
    { title: t('ports.effectiveDate'), dataIndex: 'effectiveDate', width: 120 },
    { title: t('ports.legalBasis'), dataIndex: 'legalBasis' },
    {
      title: t('common.reason'),
      dataIndex: 'reason',
      render: (r: string | null) => r ?? '—',
      responsive: ['lg'],
    },
    {
      title: t('common.actions'),
      width: 200,
      render: (_, d) => (
        <Space size={0}>
          {ACTIONS.filter((a) => d.can[a.ability]).map((a) => (
            <Button
              key={a.key}
              type="link"
              size="small"
              danger={a.danger}
              onClick={() => setChange({ designation: d, status: a.status })}
              data-testid={`designation-${a.key}-${d.categoryCode}`}
            >
              {t(`ports.designationAction.${a.key}`)}
            </Button>
          ))}
        </Space>
      ),
    },
  ];

  return (
    <Card
      title={<h2 className="card-title">{t('ports.tab.designations')}</h2>}
      extra={
        port.can.designate &&
        takesDesignations(port) && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setGranting(true)}
            data-testid="designation-grant"
          >
            {t('ports.grant')}
          </Button>
        )
      }
    >
      {!takesDesignations(port) && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 12 }}
          message={t('ports.noDesignationsForKind', { kind: labels.place(port) })}
        />
      )}
      <Table<Designation>
        rowKey="id"
        size="middle"
        pagination={false}
        loading={isFetching}
        columns={columns}
        dataSource={data}
        onRow={(d) => rowTestId(`designation-row-${d.categoryCode}`)}
        expandable={{
          expandedRowRender: (d) => <DesignationHistory designationId={d.id} />,
          expandIcon: ({ expanded, onExpand, record }) => (
            <Button
              type="link"
              size="small"
              style={{ color: '#0b4fa8' }}
              onClick={(e) => onExpand(record, e)}
              aria-expanded={expanded}
              data-testid={`designation-history-${record.categoryCode}`}
            >
              {expanded ? t('ports.hideHistory') : t('ports.showHistory')}
            </Button>
          ),
        }}
      />
      <DesignationChangeModal change={change} onClose={() => setChange(null)} />
      <DesignationGrantModal
        open={granting}
        port={port}
        taken={data.map((d) => d.categoryCode)}
        onClose={() => setGranting(false)}
      />
    </Card>
  );
}

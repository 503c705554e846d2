import { PlusOutlined } from '@ant-design/icons';
import type { Port, TrafficEntry } from '@contracts';
import { Button, Card, Col, Empty, Row, Space, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignedIn } from '../../../api/session.ts';
import { usePortLabels } from '../../../components/portLabels.ts';
import { rowTestId } from '../../../components/rowTestId.ts';
import { usePortTraffic } from '../queries.ts';
import { TrafficImportButton } from './PortImports.tsx';
import { TrafficChart } from './TrafficChart.tsx';
import { TrafficFormModal } from './TrafficFormModal.tsx';
import { RowAction } from '../../../components/RowAction.tsx';

/** A port's traffic: yearly trend per category, the latest year by month, and the figures themselves. */
export default function TrafficTab({ port }: { port: Port }) {
  const { t } = useTranslation();
  const labels = usePortLabels();
  const me = useSignedIn();
  const { data, isFetching } = usePortTraffic(port.id);
  const canImport = Boolean(port.can.recordTraffic) && me.permissions.includes('port.write');
  const [dialog, setDialog] = useState<{ entry: TrafficEntry | null } | null>(null);
  const entries = [...(data?.entries ?? [])].sort(
    (a, b) =>
      b.year - a.year ||
      (b.month ?? 0) - (a.month ?? 0) ||
      a.categoryCode.localeCompare(b.categoryCode),
  );
  const hasMonthly = (data?.series ?? []).some((s) => s.monthly.length > 0);

  const columns: TableColumnsType<TrafficEntry> = [
    {
      title: t('ports.category'),
      dataIndex: 'categoryCode',
      render: (c: string) => labels.category(c),
    },
    { title: t('ports.year'), dataIndex: 'year', width: 90 },
    {
      title: t('ports.month'),
      dataIndex: 'month',
      width: 90,
      render: (m: number | null) => m ?? t('ports.wholeYear'),
    },
    {
      title: t('ports.value'),
      dataIndex: 'value',
      align: 'right',
      render: (v: number) => labels.number(v),
    },
    {
      title: t('ports.unit'),
      dataIndex: 'unit',
      render: (u: TrafficEntry['unit']) => labels.trafficUnit(u),
    },
    {
      title: t('common.actions'),
      width: 90,
      render: (_, e) =>
        e.can.update && (
          <RowAction
            onClick={() => setDialog({ entry: e })}
            testId={`traffic-edit-${e.categoryCode}-${e.year}-${e.month ?? 0}`}
          >
            {t('common.edit')}
          </RowAction>
        ),
    },
  ];

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={hasMonthly ? 12 : 24}>
        <Card title={<h2 className="card-title">{t('ports.trafficYearly')}</h2>}>
          {data?.series.length ? <TrafficChart traffic={data} monthly={false} /> : <Empty />}
        </Card>
      </Col>
      {hasMonthly && data && (
        <Col xs={24} xl={12}>
          <Card title={<h2 className="card-title">{t('ports.trafficMonthlyTitle')}</h2>}>
            <TrafficChart traffic={data} monthly />
          </Card>
        </Col>
      )}
      <Col span={24}>
        <Card
          title={<h2 className="card-title">{t('ports.trafficEntries')}</h2>}
          extra={
            <Space>
              {canImport && <TrafficImportButton />}
              {port.can.recordTraffic && (
                <Button
                  type="primary"
                  icon={<PlusOutlined />}
                  onClick={() => setDialog({ entry: null })}
                  data-testid="traffic-add"
                >
                  {t('ports.trafficAdd')}
                </Button>
              )}
            </Space>
          }
        >
          <Table<TrafficEntry>
            rowKey="id"
            size="small"
            loading={isFetching}
            columns={columns}
            dataSource={entries}
            pagination={{ pageSize: 20 }}
            onRow={(e) => rowTestId(`traffic-row-${e.categoryCode}-${e.year}-${e.month ?? 0}`)}
          />
        </Card>
      </Col>
      <TrafficFormModal
        open={dialog !== null}
        port={port}
        entry={dialog?.entry ?? null}
        onClose={() => setDialog(null)}
      />
    </Row>
  );
}

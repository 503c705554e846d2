import { PageContainer } from '@ant-design/pro-components';
import { EXPIRY_WINDOWS, PAGE_SIZE_DEFAULT, type ExpiringCertification } from '@contracts';
import { Card, Form, Segmented, Space, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BranchSelect } from '../../../components/BranchSelect.tsx';
import { rowTestId } from '../../../components/rowTestId.ts';
import { StatusTag } from '../../../components/StatusTag.tsx';
import { useLabels } from '../../../i18n/labels.ts';
import { useExpiring, useFacilityTypes, type ExpiringParams } from '../queries.ts';

/** Certifications lapsed or lapsing within 30, 60 or 90 days, per branch. */
export default function CertificationsPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const { data: types = [] } = useFacilityTypes();
  const [params, setParams] = useState<ExpiringParams>({
    within: '90',
    page: 1,
    pageSize: PAGE_SIZE_DEFAULT,
  });
  const { data, isFetching } = useExpiring(params);
  const typeName = (code: string) => {
    const type = types.find((x) => x.code === code);
    return type ? labels.name(type) : code;
  };

  const columns: TableColumnsType<ExpiringCertification> = [
    {
      title: t('certs.branch'),
      dataIndex: 'branchId',
      render: (_: unknown, row: { branchNameZh: string; branchNameEn: string }) =>
        labels.name({ nameZh: row.branchNameZh, nameEn: row.branchNameEn }),
    },
    {
      title: t('facilities.port'),
      dataIndex: 'portCode',
      render: (_, r) => (
        <Link
          to={`/ports/${r.portId}`}
        >{`${r.portCode} ${labels.name({ nameZh: r.portNameZh, nameEn: r.portNameEn })}`}</Link>
      ),
    },
    {
      title: t('facilities.type'),
      dataIndex: 'typeCode',
      render: (code: string) => typeName(code),
    },
    { title: t('facilities.area'), dataIndex: 'functionalArea', responsive: ['lg'] },
    { title: t('facilities.issuer'), dataIndex: 'issuer', responsive: ['xl'] },
    { title: t('facilities.expiryDate'), dataIndex: 'expiryDate', width: 110 },
    {
      title: t('certs.state'),
      dataIndex: 'daysLeft',
      width: 150,
      render: (_, r) => (
        <StatusTag tone={r.state === 'expired' ? 'bad' : 'warn'}>
          {r.state === 'expired'
            ? t('certs.expiredDays', { n: -r.daysLeft })
            : t('certs.daysLeft', { n: r.daysLeft })}
        </StatusTag>
      ),
    },
  ];

  return (
    <PageContainer title={t('nav.certifications')} content={t('certs.intro')}>
      <Card>
        <Space wrap size="large" style={{ marginBottom: 16 }}>
          <Form.Item label={t('certs.within')} style={{ margin: 0 }}>
            <Segmented
              data-testid="certs-window"
              value={params.within}
              onChange={(within) =>
                setParams({ ...params, within: within as ExpiringParams['within'], page: 1 })
              }
              options={EXPIRY_WINDOWS.map((w) => ({ value: w, label: t('certs.days', { n: w }) }))}
            />
          </Form.Item>
          <BranchSelect
            id="certs-branch"
            label={t('certs.branch')}
            testId="certs-branch"
            value={params.branchId ?? null}
            onChange={(branchId) =>
              setParams({ ...params, branchId: branchId ?? undefined, page: 1 })
            }
          />
        </Space>
        <Table<ExpiringCertification>
          rowKey="certificationId"
          loading={isFetching}
          columns={columns}
          dataSource={data?.items ?? []}
          onRow={(r) => rowTestId(`cert-row-${r.portCode}-${r.typeCode}`)}
          pagination={{
            current: params.page,
            pageSize: params.pageSize,
            total: data?.total ?? 0,
            onChange: (page, pageSize) => setParams({ ...params, page, pageSize }),
          }}
        />
      </Card>
    </PageContainer>
  );
}

import { PageContainer } from '@ant-design/pro-components';
import type { FacilityGap } from '@contracts';
import {
  Alert,
  Card,
  Col,
  Form,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  Tag,
  type TableColumnsType,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BranchSelect } from '../../../components/BranchSelect.tsx';
import { DESIGNATION_TONES, usePortLabels } from '../../../components/portLabels.ts';
import { rowTestId } from '../../../components/rowTestId.ts';
import { StatusTag } from '../../../components/StatusTag.tsx';
import { useFacilityGaps, useFacilityTypes, type GapParams } from '../queries.ts';

/** Which ports lack which required facility types for the categories they are designated for. */
export default function GapsPage() {
  const { t } = useTranslation();
  const labels = usePortLabels();
  const { data: types = [] } = useFacilityTypes();
  const [params, setParams] = useState<GapParams>({});
  const { data: gaps = [], isFetching } = useFacilityGaps(params);
  const open = gaps.filter((g) => g.missingTypes.length > 0);
  const typeName = (code: string) => {
    const type = types.find((x) => x.code === code);
    return type ? labels.name(type) : code;
  };

  const columns: TableColumnsType<FacilityGap> = [
    {
      title: t('certs.branch'),
      dataIndex: 'branchId',
      render: (_: unknown, row: { branchNameZh: string; branchNameEn: string }) =>
        labels.name({ nameZh: row.branchNameZh, nameEn: row.branchNameEn }),
      responsive: ['lg'],
    },
    {
      title: t('facilities.port'),
      dataIndex: 'portCode',
      render: (_, g) => (
        <Link
          to={`/ports/${g.portId}`}
        >{`${g.portCode} ${labels.name({ nameZh: g.portNameZh, nameEn: g.portNameEn })}`}</Link>
      ),
    },
    {
      title: t('gaps.category'),
      dataIndex: 'categoryCode',
      render: (code: string) => labels.category(code),
    },
    {
      title: t('gaps.designation'),
      dataIndex: 'designationStatus',
      width: 110,
      render: (s: FacilityGap['designationStatus']) => (
        <StatusTag tone={DESIGNATION_TONES[s]}>{labels.designation(s)}</StatusTag>
      ),
    },
    {
      title: t('gaps.missing'),
      dataIndex: 'missingTypes',
      render: (missing: string[]) => (
        <Space size={[4, 4]} wrap>
          {missing.map((code) => (
            <Tag key={code} color="error">
              {typeName(code)}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      title: t('gaps.required'),
      width: 110,
      render: (_, g) =>
        `${g.requiredTypes.length - g.missingTypes.length} / ${g.requiredTypes.length}`,
    },
  ];

  return (
    <PageContainer title={t('nav.gaps')} content={t('gaps.intro')}>
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        <Col xs={12} md={6}>
          <Card data-testid="gaps-ports">
            <Statistic
              title={t('gaps.portsWithGaps')}
              value={new Set(open.map((g) => g.portId)).size}
            />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card data-testid="gaps-missing">
            <Statistic
              title={t('gaps.missingCount')}
              value={open.reduce((n, g) => n + g.missingTypes.length, 0)}
            />
          </Card>
        </Col>
      </Row>
      <Card>
        <Space wrap size="large" style={{ marginBottom: 16 }}>
          <BranchSelect
            id="gaps-branch"
            label={t('certs.branch')}
            testId="gaps-branch"
            value={params.branchId ?? null}
            onChange={(branchId) => setParams({ ...params, branchId: branchId ?? undefined })}
          />
          <Form.Item
            label={t('gaps.category')}
            htmlFor="gaps-category-input"
            style={{ margin: 0, minWidth: 220 }}
          >
            <Select
              id="gaps-category-input"
              data-testid="gaps-category"
              allowClear
              value={params.category}
              onChange={(category: string | undefined) => setParams({ ...params, category })}
              options={labels.categories.map((c) => ({ value: c.code, label: labels.name(c) }))}
            />
          </Form.Item>
        </Space>
        {open.length === 0 && !isFetching ? (
          <Alert type="success" showIcon message={t('gaps.none')} />
        ) : null}
        <Table<FacilityGap>
          rowKey={(g) => `${g.portId}-${g.categoryCode}`}
          columns={columns}
          dataSource={open}
          loading={isFetching}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          onRow={(g) => rowTestId(`gap-row-${g.portCode}-${g.categoryCode}`)}
        />
      </Card>
    </PageContainer>
  );
}

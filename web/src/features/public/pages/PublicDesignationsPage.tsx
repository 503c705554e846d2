import type { PublicDesignation, DesignationCategory } from '@contracts';
import { PAGE_SIZE_DEFAULT } from '@contracts';
import { Card, Form, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useRegions } from '../../../api/reference.ts';
import { LanguageSwitch } from '../../../components/LanguageSwitch.tsx';
import { useLabels } from '../../../i18n/labels.ts';
import { usePublicCategories, usePublicDesignations, type PublicParams } from '../queries.ts';

/** Current approved designated supervision sites, for anyone, without signing in. */
export default function PublicDesignationsPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const [params, setParams] = useState<PublicParams>({ page: 1, pageSize: PAGE_SIZE_DEFAULT });
  const { data, isFetching } = usePublicDesignations(params);
  const { data: regions } = useRegions();
  const { data: all } = usePublicCategories();
  const categories = new Map<string, Pick<DesignationCategory, 'nameZh' | 'nameEn'>>();
  for (const row of all?.items ?? [])
    categories.set(row.categoryCode, { nameZh: row.categoryNameZh, nameEn: row.categoryNameEn });
  const province = (code: string) => {
    const found = regions?.provinces.find((p) => p.code === code);
    return found ? labels.name(found) : code;
  };

  return (
    <main style={{ maxWidth: 1200, margin: '0 auto', padding: 24 }}>
      <div
        style={{
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'space-between',
          marginBottom: 16,
        }}
      >
        <Link
          to="/login"
          style={{ display: 'flex', alignItems: 'center', gap: 12, color: 'inherit' }}
        >
          <img src="/logo.svg" alt="" width={36} height={36} />
          <span style={{ fontSize: 18, fontWeight: 600 }}>{t('app.name')}</span>
        </Link>
        <LanguageSwitch />
      </div>
      <Card
        title={
          <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>
            {t('publicDesignations.title')}
          </Typography.Title>
        }
      >
        <Typography.Paragraph>{t('publicDesignations.intro')}</Typography.Paragraph>
        <Space wrap style={{ marginBottom: 16 }}>
          <Form.Item
            label={t('publicDesignations.category')}
            htmlFor="pub-category"
            style={{ margin: 0 }}
          >
            <Select
              id="pub-category"
              allowClear
              style={{ width: 240 }}
              data-testid="public-category"
              value={params.category}
              options={[...categories].map(([code, names]) => ({
                value: code,
                label: labels.name(names),
              }))}
              onChange={(category?: string) => setParams({ ...params, category, page: 1 })}
            />
          </Form.Item>
          <Form.Item
            label={t('publicDesignations.province')}
            htmlFor="pub-province"
            style={{ margin: 0 }}
          >
            <Select
              id="pub-province"
              allowClear
              showSearch
              optionFilterProp="label"
              style={{ width: 200 }}
              data-testid="public-province"
              value={params.provinceCode}
              options={regions?.provinces.map((p) => ({ value: p.code, label: labels.name(p) }))}
              onChange={(provinceCode?: string) => setParams({ ...params, provinceCode, page: 1 })}
            />
          </Form.Item>
        </Space>
        <Table<PublicDesignation>
          rowKey={(r) => `${r.portCode}-${r.categoryCode}`}
          loading={isFetching}
          dataSource={data?.items ?? []}
          data-testid="public-designations"
          pagination={{
            current: params.page,
            pageSize: params.pageSize,
            total: data?.total ?? 0,
            onChange: (page, pageSize) => setParams({ ...params, page, pageSize }),
          }}
          columns={[
            {
              title: t('publicDesignations.port'),
              dataIndex: 'portCode',
              render: (_, r) =>
                `${r.portCode} ${labels.name({ nameZh: r.portNameZh, nameEn: r.portNameEn })}`,
            },
            {
              title: t('publicDesignations.province'),
              dataIndex: 'provinceCode',
              render: (code: string) => province(code),
            },
            {
              title: t('publicDesignations.category'),
              dataIndex: 'categoryCode',
              render: (_, r) => labels.name({ nameZh: r.categoryNameZh, nameEn: r.categoryNameEn }),
            },
            {
              title: t('publicDesignations.effectiveDate'),
              dataIndex: 'effectiveDate',
              width: 130,
            },
            { title: t('publicDesignations.legalBasis'), dataIndex: 'legalBasis' },
          ]}
        />
      </Card>
    </main>
  );
}

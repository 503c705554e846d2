import { PlusOutlined } from '@ant-design/icons';
import { PageContainer, type ProColumns } from '@ant-design/pro-components';
import type { Catalog, CatalogVersionSummary } from '@contracts';
import { App, Button, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useSignedIn } from '../../../api/session.ts';
import { useApiError } from '../../../api/useApiError.ts';
import { rowTestId } from '../../../components/rowTestId.ts';
import { ServerTable } from '../../../components/ServerTable.tsx';
import { StatusTag } from '../../../components/StatusTag.tsx';
import { CatalogCreateModal } from '../components/CatalogCreateModal.tsx';
import { CatalogImportButton } from '../components/CatalogImportButton.tsx';
import { useStandardLabels } from '../labels.ts';
import { useCatalogs, useNewVersion, type CatalogListParams } from '../queries.ts';

export const versionPath = (id: string) => `/standards/catalog-versions/${id}`;

/** Requirement catalogs (达标要求目录) and their versions; import from YAML or JSON, start a new draft. */
export default function CatalogsPage() {
  const { t } = useTranslation();
  const me = useSignedIn();
  const labels = useStandardLabels();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const onApiError = useApiError();
  const [params, setParams] = useState<CatalogListParams>({ page: 1, pageSize: 20 });
  const [creating, setCreating] = useState(false);
  const list = useCatalogs(params);
  const newVersion = useNewVersion();
  const canPublish = me.permissions.includes('standard.publish');

  const startVersion = (catalog: Catalog) =>
    newVersion.mutate(catalog, {
      onSuccess: (version) => {
        void message.success(t('catalogs.versionStarted', { number: version.number }));
        void navigate(versionPath(version.id));
      },
      onError: (error) => onApiError(error),
    });

  const columns: ProColumns<Catalog>[] = [
    { title: t('common.keyword'), dataIndex: 'q', hideInTable: true },
    { title: t('catalogs.code'), dataIndex: 'code', search: false, width: 180 },
    {
      title: t('catalogs.name'),
      dataIndex: 'nameZh',
      search: false,
      render: (_, c) => labels.name(c),
    },
    {
      title: t('catalogs.latest'),
      search: false,
      width: 260,
      render: (_, c) => {
        const latest = c.versions.at(-1);
        return latest ? (
          <Space size={4}>
            <Link to={versionPath(latest.id)} data-testid={`catalog-latest-${c.code}`}>
              {t('catalogs.versionNumber', { number: latest.number })}
            </Link>
            <StatusTag tone={latest.status === 'published' ? 'good' : 'warn'}>
              {labels.versionStatus(latest.status)}
            </StatusTag>
            <span>{t('catalogs.itemCount', { count: latest.itemCount })}</span>
          </Space>
        ) : (
          '—'
        );
      },
    },
    {
      title: t('common.updatedAt'),
      dataIndex: 'updatedAt',
      search: false,
      width: 180,
      render: (_, c) => labels.dateTime(c.updatedAt),
    },
    {
      title: t('common.actions'),
      valueType: 'option',
      width: 140,
      render: (_, c) =>
        c.can.newVersion ? (
          <Button
            type="link"
            size="small"
            onClick={() => startVersion(c)}
            loading={newVersion.isPending}
            data-testid={`catalog-new-version-${c.code}`}
          >
            {t('catalogs.newVersion')}
          </Button>
        ) : null,
    },
  ];

  const versionColumns = [
    {
      title: t('catalogs.version'),
      dataIndex: 'number',
      width: 120,
      render: (n: number, v: CatalogVersionSummary) => (
        <Link to={versionPath(v.id)}>{t('catalogs.versionNumber', { number: n })}</Link>
      ),
    },
    {
      title: t('catalogs.status'),
      dataIndex: 'status',
      width: 120,
      render: (_: unknown, v: CatalogVersionSummary) => (
        <StatusTag tone={v.status === 'published' ? 'good' : 'warn'}>
          {labels.versionStatus(v.status)}
        </StatusTag>
      ),
    },
    { title: t('catalogs.items'), dataIndex: 'itemCount', width: 100, align: 'right' as const },
    {
      title: t('catalogs.publishedAt'),
      dataIndex: 'publishedAt',
      render: (_: unknown, v: CatalogVersionSummary) =>
        v.publishedAt ? `${labels.dateTime(v.publishedAt)} · ${v.publishedBy ?? ''}` : '—',
    },
  ];

  return (
    <PageContainer title={t('nav.catalogs')} content={t('catalogs.intro')}>
      <CatalogCreateModal open={creating} onClose={() => setCreating(false)} />
      <ServerTable
        rowKey="id"
        title={t('catalogs.listTitle')}
        columns={columns}
        list={list}
        params={params}
        onParams={setParams}
        search={(v: { q?: string }) => ({ q: v.q || undefined })}
        resetTo={{}}
        rowTestId={(c) => `catalog-row-${c.code}`}
        expandable={{
          expandedRowRender: (c) => (
            <Table<CatalogVersionSummary>
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={[...c.versions].reverse()}
              columns={versionColumns}
              onRow={(v) => rowTestId(`catalog-version-${c.code}-${v.number}`)}
            />
          ),
        }}
        toolBar={[
          canPublish && <CatalogImportButton key="import" />,
          canPublish && (
            <Button
              key="create"
              type="primary"
              icon={<PlusOutlined />}
              onClick={() => setCreating(true)}
              data-testid="catalog-create"
            >
              {t('catalogs.create')}
            </Button>
          ),
        ]}
      />
    </PageContainer>
  );
}

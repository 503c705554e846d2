import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { PageContainer } from '@ant-design/pro-components';
import { ASPECTS, type CatalogItem } from '@contracts';
import {
  Alert,
  App,
  Button,
  Descriptions,
  Popconfirm,
  Result,
  Space,
  Spin,
  Table,
  Tabs,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useApiError } from '../../../api/useApiError.ts';
import { rowTestId } from '../../../components/rowTestId.ts';
import { StatusTag } from '../../../components/StatusTag.tsx';
import { ItemDrawer } from '../components/ItemDrawer.tsx';
import { CHANGE_TONES, useStandardLabels } from '../labels.ts';
import {
  exportCatalogVersion,
  useCatalog,
  useCatalogVersion,
  useNewVersion,
  usePublishVersion,
  useRemoveItem,
} from '../queries.ts';
import { versionPath } from './CatalogsPage.tsx';
import { RowAction } from '../../../components/RowAction.tsx';

/** One version of a catalog: its items by aspect; a draft is edited item by item and then published. */
export default function CatalogVersionPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const labels = useStandardLabels();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const onApiError = useApiError();
  const { data: version, isPending, isError } = useCatalogVersion(id);
  const { data: catalog } = useCatalog(version?.catalogId ?? '');
  const publish = usePublishVersion();
  const newVersion = useNewVersion();
  const remove = useRemoveItem();
  const [editing, setEditing] = useState<{ item: CatalogItem | null } | null>(null);
  const [exporting, setExporting] = useState<string | null>(null);

  if (isPending) return <Spin style={{ display: 'block', margin: 48 }} />;
  if (isError || !version) return <Result status="warning" title={t('catalogs.versionMissing')} />;

  const latest = catalog?.versions.at(-1);
  const canNewVersion = Boolean(catalog?.can.newVersion) && latest?.id === version.id;
  const download = (format: 'yaml' | 'json') => {
    setExporting(format);
    exportCatalogVersion(version.id, format)
      .catch((error: unknown) => onApiError(error))
      .finally(() => setExporting(null));
  };

  const columns = [
    {
      title: t('catalogs.itemCode'),
      dataIndex: 'code',
      width: 230,
      render: (code: string) => <Typography.Text code>{code}</Typography.Text>,
    },
    {
      title: t('catalogs.itemTitle'),
      dataIndex: 'titleZh',
      render: (_: unknown, i: CatalogItem) => labels.title(i),
    },
    {
      title: t('catalogs.importance'),
      dataIndex: 'importance',
      width: 110,
      render: (_: unknown, i: CatalogItem) => (
        <StatusTag tone={i.importance === 'mandatory' ? 'info' : 'neutral'}>
          {labels.importance(i.importance)}
        </StatusTag>
      ),
    },
    { title: t('catalogs.weight'), dataIndex: 'weight', width: 70, align: 'right' as const },
    {
      title: t('catalogs.mode'),
      dataIndex: 'automatic',
      width: 100,
      render: (a: boolean) =>
        a ? <Tag color="blue">{t('catalogs.automatic')}</Tag> : <Tag>{t('catalogs.manual')}</Tag>,
    },
    {
      title: t('catalogs.change'),
      dataIndex: 'change',
      width: 90,
      render: (_: unknown, i: CatalogItem) =>
        i.change ? (
          <StatusTag tone={CHANGE_TONES[i.change]}>{labels.change(i.change)}</StatusTag>
        ) : (
          '—'
        ),
    },
    {
      title: t('common.actions'),
      width: 140,
      render: (_: unknown, i: CatalogItem) => (
        <Space size={0}>
          <RowAction onClick={() => setEditing({ item: i })} testId={`item-edit-${i.code}`}>
            {i.can.update ? t('common.edit') : t('catalogs.view')}
          </RowAction>
          {i.can.remove && (
            <Popconfirm
              title={t('catalogs.removeConfirm', { code: i.code })}
              okText={t('common.confirm')}
              cancelText={t('common.cancel')}
              onConfirm={() =>
                remove.mutateAsync(i).then(
                  () => void message.success(t('catalogs.removed')),
                  (error: unknown) => void onApiError(error),
                )
              }
            >
              <Button type="link" size="small" danger data-testid={`item-remove-${i.code}`}>
                {t('catalogs.remove')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];

  return (
    <PageContainer
      title={`${labels.name({ nameZh: version.catalogNameZh, nameEn: version.catalogNameEn })} · ${t('catalogs.versionNumber', { number: version.number })}`}
      tags={
        <StatusTag tone={version.status === 'published' ? 'good' : 'warn'}>
          {labels.versionStatus(version.status)}
        </StatusTag>
      }
      onBack={() => void navigate('/standards/catalogs')}
      extra={
        <Space wrap>
          <Button
            icon={<DownloadOutlined />}
            loading={exporting === 'yaml'}
            onClick={() => download('yaml')}
            data-testid="version-export-yaml"
          >
            {t('catalogs.exportYaml')}
          </Button>
          <Button
            icon={<DownloadOutlined />}
            loading={exporting === 'json'}
            onClick={() => download('json')}
            data-testid="version-export-json"
          >
            {t('catalogs.exportJson')}
          </Button>
          {canNewVersion && catalog && (
            <Button
              loading={newVersion.isPending}
              data-testid="version-new"
              onClick={() =>
                newVersion.mutate(catalog, {
                  onSuccess: (next) => {
                    void message.success(t('catalogs.versionStarted', { number: next.number }));
                    void navigate(versionPath(next.id));
                  },
                  onError: (error) => onApiError(error),
                })
              }
            >
              {t('catalogs.newVersion')}
            </Button>
          )}
          {version.can.addItem && (
            <Button
              icon={<PlusOutlined />}
              onClick={() => setEditing({ item: null })}
              data-testid="item-add"
            >
              {t('catalogs.addItem')}
            </Button>
          )}
          {version.can.publish && (
            <Popconfirm
              title={t('catalogs.publishConfirm')}
              okText={t('common.confirm')}
              cancelText={t('common.cancel')}
              onConfirm={() =>
                publish.mutateAsync(version).then(
                  () => void message.success(t('catalogs.published')),
                  (error: unknown) => void onApiError(error),
                )
              }
            >
              <Button type="primary" loading={publish.isPending} data-testid="version-publish">
                {t('catalogs.publish')}
              </Button>
            </Popconfirm>
          )}
        </Space>
      }
    >
      <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginBottom: 16 }}>
        <Descriptions.Item label={t('catalogs.code')}>{version.catalogCode}</Descriptions.Item>
        <Descriptions.Item label={t('catalogs.items')}>{version.items.length}</Descriptions.Item>
        <Descriptions.Item label={t('catalogs.publishedAt')}>
          {version.publishedAt
            ? `${labels.dateTime(version.publishedAt)} · ${version.publishedBy ?? ''}`
            : '—'}
        </Descriptions.Item>
      </Descriptions>
      {version.removedCodes.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="version-removed"
          message={t('catalogs.removedCodes', { count: version.removedCodes.length })}
          description={version.removedCodes.join('、')}
        />
      )}
      <Tabs
        items={ASPECTS.map((aspect) => {
          const items = version.items.filter((i) => i.aspect === aspect);
          return {
            key: aspect,
            label: (
              <span
                data-testid={`version-tab-${aspect}`}
              >{`${labels.aspect(aspect)} (${items.length})`}</span>
            ),
            children: (
              <Table<CatalogItem>
                size="small"
                rowKey="id"
                dataSource={items}
                columns={columns}
                onRow={(i) => rowTestId(`item-row-${i.code}`)}
                pagination={items.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
              />
            ),
          };
        })}
      />
      <ItemDrawer
        open={editing !== null}
        versionId={version.id}
        item={editing?.item ?? null}
        onClose={() => setEditing(null)}
      />
    </PageContainer>
  );
}

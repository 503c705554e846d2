import { PageContainer, type ProColumns } from '@ant-design/pro-components';
import { PAGE_SIZE_DEFAULT, type AuditEntry } from '@contracts';
import { MinusSquareOutlined, PlusSquareOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportButton } from '../../../components/ExportButton.tsx';
import { ServerTable } from '../../../components/ServerTable.tsx';
import { useLabels } from '../../../i18n/labels.ts';
import { AuditChange } from '../components/AuditChange.tsx';
import { VerifyChainButton } from '../components/VerifyChainButton.tsx';
import {
  exportAuditTrail,
  useAuditActions,
  useAuditTrail,
  type AuditFilters,
  type AuditListParams,
} from '../queries.ts';

type SearchValues = {
  actor?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  at?: [Dayjs | string, Dayjs | string];
};

const iso = (value: Dayjs | string | undefined) =>
  value === undefined
    ? undefined
    : typeof value === 'string'
      ? new Date(value).toISOString()
      : value.toISOString();
const text = (value: string | undefined) => value?.trim() || undefined;

/** The auditor's read-only view of the trail: filters, before/after per row, export and a chain check. */
export default function AuditPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const [params, setParams] = useState<AuditListParams>({
    page: 1,
    pageSize: PAGE_SIZE_DEFAULT,
    sort: '-seq',
  });
  const list = useAuditTrail(params);
  const { data: actions = [] } = useAuditActions();
  const filters: AuditFilters = {
    actor: params.actor,
    action: params.action,
    entityType: params.entityType,
    entityId: params.entityId,
    from: params.from,
    to: params.to,
    sort: params.sort,
  };

  const columns: ProColumns<AuditEntry>[] = [
    {
      title: t('audit.seq'),
      dataIndex: 'seq',
      search: false,
      width: 90,
      sorter: true,
      sortOrder: params.sort === 'seq' ? 'ascend' : 'descend',
    },
    {
      title: t('audit.at'),
      dataIndex: 'at',
      width: 180,
      search: false,
      render: (_, entry) => labels.dateTime(entry.at),
    },
    {
      title: t('audit.at'),
      dataIndex: 'at',
      valueType: 'dateTimeRange',
      hideInTable: true,
      key: 'range',
    },
    { title: t('audit.actor'), dataIndex: 'actor', hideInTable: true },
    {
      title: t('audit.actor'),
      dataIndex: 'actorUsername',
      search: false,
      width: 140,
      render: (_, entry) => entry.actorUsername ?? '—',
    },
    {
      title: t('audit.address'),
      dataIndex: 'address',
      search: false,
      width: 140,
      render: (_, entry) => entry.address ?? '—',
    },
    {
      title: t('audit.action'),
      dataIndex: 'action',
      valueType: 'select',
      fieldProps: {
        showSearch: true,
        options: actions.map((action) => ({ value: action, label: action })),
      },
      render: (_, entry) => <Typography.Text code>{entry.action}</Typography.Text>,
    },
    { title: t('audit.entityType'), dataIndex: 'entityType', width: 130 },
    {
      title: t('audit.entityId'),
      dataIndex: 'entityId',
      ellipsis: true,
      render: (_, entry) => entry.entityId ?? '—',
    },
  ];

  return (
    <PageContainer title={t('nav.audit')} content={t('audit.intro')}>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <VerifyChainButton />
        <ServerTable
          rowKey="seq"
          title={t('audit.listTitle')}
          columns={columns}
          list={list}
          params={params}
          onParams={setParams}
          search={(values: SearchValues) => ({
            actor: text(values.actor),
            action: values.action,
            entityType: text(values.entityType),
            entityId: text(values.entityId),
            from: iso(values.at?.[0]),
            to: iso(values.at?.[1]),
            sort: params.sort,
          })}
          resetTo={{ sort: params.sort }}
          onSort={(sorter) => {
            const sort = sorter?.order === 'ascend' ? 'seq' : '-seq';
            if (sort !== params.sort) setParams({ ...params, sort, page: 1 });
          }}
          pageSizes={[20, 50, 100, 200]}
          expandable={{
            columnTitle: <span className="sr-only">{t('audit.details')}</span>,
            expandedRowRender: (entry) => <AuditChange entry={entry} />,
            rowExpandable: (entry) => entry.before !== null || entry.after !== null,
            expandIcon: ({ expanded, expandable, record, onExpand }) =>
              expandable ? (
                <Button
                  type="text"
                  size="small"
                  icon={
                    expanded ? (
                      <MinusSquareOutlined aria-hidden />
                    ) : (
                      <PlusSquareOutlined aria-hidden />
                    )
                  }
                  aria-label={t(expanded ? 'audit.hideChange' : 'audit.showChange', {
                    seq: record.seq,
                  })}
                  aria-expanded={expanded}
                  onClick={(event) => onExpand(record, event)}
                  data-testid={`audit-expand-${record.seq}`}
                />
              ) : null,
          }}
          rowTestId={(entry) => `audit-row-${entry.seq}`}
          toolBar={[
            <ExportButton
              key="export"
              testId="audit-export"
              onExport={() => exportAuditTrail(filters)}
            />,
          ]}
        />
      </Space>
    </PageContainer>
  );
}

import { PageContainer, type ProColumns } from '@ant-design/pro-components';
import {
  AUDIT_ACTION_LABELS,
  AUDIT_ENTITY_LABELS,
  PAGE_SIZE_DEFAULT,
  auditWords,
  type AuditEntry,
} from '@contracts';
import { MinusSquareOutlined, PlusSquareOutlined } from '@ant-design/icons';
import { Button, Space, Tooltip, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportButton } from '../../../components/ExportButton.tsx';
import { ServerTable } from '../../../components/ServerTable.tsx';
import { useLabels } from '../../../i18n/labels.ts';
import { districtInstant } from '../../../i18n/time.ts';
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

/** The picked range is the district's wall clock, whatever the browser's zone. */
const iso = (value: Dayjs | string | undefined) =>
  value === undefined ? undefined : districtInstant(value);
const text = (value: string | undefined) => value?.trim() || undefined;

/** A code in words, the code itself small beneath (the auditor may need it to filter or report). */
function Coded({ words, code }: { words: string; code: string }) {
  return (
    <Space direction="vertical" size={0}>
      <span>{words}</span>
      {words !== code ? (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          <code>{code}</code>
        </Typography.Text>
      ) : null}
    </Space>
  );
}

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
      width: 160,
      render: (_, entry) =>
        entry.actorName ? (
          <Space direction="vertical" size={0}>
            <span>{entry.actorName}</span>
            {entry.actorUsername && entry.actorUsername !== entry.actorName ? (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {entry.actorUsername}
              </Typography.Text>
            ) : null}
          </Space>
        ) : (
          (entry.actorUsername ?? '—')
        ),
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
        optionFilterProp: 'label',
        options: actions.map((action) => ({
          value: action,
          label: auditWords(AUDIT_ACTION_LABELS, action, labels.lang),
        })),
      },
      render: (_, entry) => <Coded words={entry.actionLabel} code={entry.action} />,
    },
    {
      title: t('audit.entityType'),
      dataIndex: 'entityType',
      width: 130,
      valueType: 'select',
      fieldProps: {
        showSearch: true,
        optionFilterProp: 'label',
        options: Object.entries(AUDIT_ENTITY_LABELS).map(([value, words]) => ({
          value,
          label: words[labels.lang],
        })),
      },
      render: (_, entry) => <Coded words={entry.entityTypeLabel} code={entry.entityType} />,
    },
    { title: t('audit.entityId'), dataIndex: 'entityId', hideInTable: true },
    {
      title: t('audit.entity'),
      key: 'entity',
      search: false,
      ellipsis: true,
      render: (_, entry) =>
        entry.entityName ? (
          <Tooltip title={entry.entityId}>
            <span>{entry.entityName}</span>
          </Tooltip>
        ) : (
          <Typography.Text type="secondary">{entry.entityId ?? '—'}</Typography.Text>
        ),
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
            entityType: values.entityType,
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

import { PageContainer, type ProColumns } from '@ant-design/pro-components';
import {
  MAIL_STATUS_LABELS,
  MAIL_STATUSES,
  PAGE_SIZE_DEFAULT,
  type Mail,
  type MailStatus,
} from '@contracts';
import { Alert, App, Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiError } from '../../../api/useApiError.ts';
import { ExportButton } from '../../../components/ExportButton.tsx';
import { ServerTable } from '../../../components/ServerTable.tsx';
import { StatusTag, type Tone } from '../../../components/StatusTag.tsx';
import { useLabels } from '../../../i18n/labels.ts';
import {
  exportOutbox,
  useOutbox,
  useRetryMail,
  useSendTestMail,
  type OutboxParams,
} from '../queries.ts';

const TONE: Record<MailStatus, Tone> = { pending: 'info', sent: 'good', failed: 'bad' };

/** The system administrator's view of outgoing mail: what waits, what went, what failed and why. */
export default function MailOutboxPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const { message } = App.useApp();
  const onApiError = useApiError();
  const [params, setParams] = useState<OutboxParams>({ page: 1, pageSize: PAGE_SIZE_DEFAULT });
  const list = useOutbox(params);
  const retry = useRetryMail();
  const sendTest = useSendTestMail();

  const columns: ProColumns<Mail>[] = [
    {
      title: t('mail.createdAt'),
      dataIndex: 'createdAt',
      search: false,
      width: 170,
      render: (_, m) => labels.dateTime(m.createdAt),
    },
    {
      title: t('mail.recipient'),
      dataIndex: 'recipient',
      search: false,
      width: 200,
      render: (_, m) => (
        <Space direction="vertical" size={0}>
          <span>{m.recipient ?? '—'}</span>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {m.toAddress}
          </Typography.Text>
        </Space>
      ),
    },
    { title: t('mail.subject'), dataIndex: 'subject', search: false, ellipsis: true },
    {
      title: t('mail.status'),
      dataIndex: 'status',
      valueType: 'select',
      width: 120,
      fieldProps: {
        options: MAIL_STATUSES.map((s) => ({
          value: s,
          label: MAIL_STATUS_LABELS[s][labels.lang],
        })),
      },
      render: (_, m) => (
        <StatusTag tone={TONE[m.status]}>{MAIL_STATUS_LABELS[m.status][labels.lang]}</StatusTag>
      ),
    },
    { title: t('mail.attempts'), dataIndex: 'attempts', search: false, width: 90 },
    {
      title: t('mail.when'),
      key: 'when',
      search: false,
      width: 190,
      render: (_, m) =>
        m.status === 'sent'
          ? t('mail.sentAt', { at: labels.dateTime(m.sentAt) })
          : m.status === 'pending'
            ? t('mail.nextAttempt', { at: labels.dateTime(m.nextAttemptAt) })
            : '—',
    },
    {
      title: t('mail.lastError'),
      dataIndex: 'lastError',
      search: false,
      ellipsis: true,
      render: (_, m) => m.lastError ?? '—',
    },
    {
      title: t('common.actions'),
      key: 'actions',
      search: false,
      width: 100,
      render: (_, m) =>
        m.status === 'failed' ? (
          <Button
            size="small"
            loading={retry.isPending && retry.variables === m.id}
            onClick={() =>
              void retry
                .mutateAsync(m.id)
                .then(() => message.success(t('mail.retried')))
                .catch((e: unknown) => onApiError(e))
            }
            data-testid={`mail-retry-${m.id}`}
          >
            {t('mail.retry')}
          </Button>
        ) : null,
    },
  ];

  return (
    <PageContainer title={t('nav.mail')} content={t('mail.intro')}>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        {list.data && !list.data.transport && (
          <Alert
            type="warning"
            showIcon
            message={t('mail.noTransport')}
            data-testid="mail-no-transport"
          />
        )}
        <ServerTable
          rowKey="id"
          title={t('mail.listTitle')}
          columns={columns}
          list={list}
          params={params}
          onParams={setParams}
          search={(values: { status?: MailStatus }) => ({ status: values.status })}
          resetTo={{}}
          rowTestId={(m) => `mail-row-${m.id}`}
          toolBar={[
            <Button
              key="test"
              loading={sendTest.isPending}
              onClick={() =>
                void sendTest
                  .mutateAsync()
                  .then(() => message.success(t('mail.testQueued')))
                  .catch((e: unknown) => onApiError(e))
              }
              data-testid="mail-test"
            >
              {t('mail.test')}
            </Button>,
            <ExportButton
              key="export"
              testId="mail-export"
              onExport={() => exportOutbox({ status: params.status })}
            />,
          ]}
        />
      </Space>
    </PageContainer>
  );
}

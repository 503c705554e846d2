import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, List, Pagination, Popover, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useApiError } from '../../../api/useApiError.ts';
import { useLabels } from '../../../i18n/labels.ts';
import {
  useMarkRead,
  useNotifications,
  useNotificationStream,
  useUnreadCount,
} from '../queries.ts';

const PAGE_SIZE = 8;

/** The header's bell: the unread count pushed live, the latest notices in a panel, each one click to its record. */
export function NotificationBell() {
  const { t } = useTranslation();
  const labels = useLabels();
  const navigate = useNavigate();
  const onApiError = useApiError();
  const [open, setOpen] = useState(false);
  const [page, setPage] = useState(1);
  useNotificationStream();
  const unread = useUnreadCount().data?.unread ?? 0;
  const list = useNotifications(page, PAGE_SIZE, open);
  const markRead = useMarkRead();
  const label = t('notifications.badge', { count: unread });

  const read = (body: { ids: string[] } | { all: true }) =>
    markRead.mutateAsync(body).catch((e: unknown) => onApiError(e));

  const panel = (
    <div style={{ width: 380, maxWidth: '90vw' }} data-testid="notifications-panel">
      <List
        size="small"
        loading={list.isFetching && !list.data}
        dataSource={list.data?.items ?? []}
        locale={{ emptyText: <Empty description={t('notifications.empty')} /> }}
        renderItem={(n) => (
          <List.Item
            key={n.id}
            data-testid="notification-item"
            style={{ cursor: 'pointer', opacity: n.read ? 0.65 : 1 }}
            onClick={() => {
              if (!n.read) void read({ ids: [n.id] });
              setOpen(false);
              void navigate(n.link);
            }}
          >
            <List.Item.Meta
              title={
                <Space size={6}>
                  {!n.read && (
                    <>
                      <Badge status="processing" aria-hidden />
                      <span className="sr-only">{t('notifications.unread')}</span>
                    </>
                  )}
                  <Typography.Text strong={!n.read}>{n.title}</Typography.Text>
                </Space>
              }
              description={
                <>
                  <Typography.Paragraph
                    type="secondary"
                    ellipsis={{ rows: 2 }}
                    style={{ marginBottom: 2 }}
                  >
                    {n.body}
                  </Typography.Paragraph>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {labels.dateTime(n.createdAt)}
                  </Typography.Text>
                </>
              }
            />
          </List.Item>
        )}
      />
      {(list.data?.total ?? 0) > PAGE_SIZE && (
        <Pagination
          size="small"
          simple
          current={page}
          pageSize={PAGE_SIZE}
          total={list.data?.total ?? 0}
          onChange={setPage}
          style={{ marginTop: 8, textAlign: 'center' }}
        />
      )}
    </div>
  );

  return (
    <Popover
      trigger="click"
      placement="bottomRight"
      open={open}
      onOpenChange={setOpen}
      title={
        <Space style={{ width: '100%', justifyContent: 'space-between' }}>
          <span>{t('notifications.title')}</span>
          <Button
            size="small"
            type="link"
            disabled={unread === 0}
            loading={markRead.isPending}
            onClick={() => void read({ all: true })}
            data-testid="notifications-read-all"
          >
            {t('notifications.readAll')}
          </Button>
        </Space>
      }
      content={panel}
    >
      <Badge count={unread} overflowCount={99} size="small">
        <Button
          type="text"
          icon={<BellOutlined />}
          aria-label={label}
          data-testid="notifications-bell"
          data-unread={unread}
        />
      </Badge>
    </Popover>
  );
}

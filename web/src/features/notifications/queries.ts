import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { client, ok } from '../../api/client.ts';
import { useWrite } from '../../api/useWrite.ts';

export const NOTIFICATIONS_KEY = ['notifications'] as const;
const UNREAD_KEY = [...NOTIFICATIONS_KEY, 'unread'] as const;

export const useUnreadCount = () =>
  useQuery({
    queryKey: UNREAD_KEY,
    queryFn: () => ok(client.GET('/api/v1/notifications/unread')),
  });

export const useNotifications = (page: number, pageSize: number, enabled: boolean) =>
  useQuery({
    queryKey: [...NOTIFICATIONS_KEY, 'list', page, pageSize],
    queryFn: () =>
      ok(client.GET('/api/v1/notifications', { params: { query: { page, pageSize } } })),
    placeholderData: keepPreviousData,
    enabled,
  });

/**
 * Listens to the server's unread count while the frame is open. The browser reconnects by itself when the
 * server ends a stream; each new count reloads the list and the work queue, whose tasks the notices announce.
 */
export function useNotificationStream(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    if (typeof EventSource === 'undefined') return;
    const source = new EventSource('/api/v1/notifications/stream');
    const onUnread = (event: MessageEvent<string>) => {
      const data = JSON.parse(event.data) as { unread: number };
      const before = queryClient.getQueryData<{ unread: number }>(UNREAD_KEY);
      queryClient.setQueryData(UNREAD_KEY, data);
      if (before && before.unread !== data.unread) {
        void queryClient.invalidateQueries({ queryKey: [...NOTIFICATIONS_KEY, 'list'] });
        void queryClient.invalidateQueries({ queryKey: ['work'] });
      }
    };
    source.addEventListener('unread', onUnread);
    return () => {
      source.removeEventListener('unread', onUnread);
      source.close();
    };
  }, [queryClient]);
}

export type MarkRead = { ids: string[] } | { all: true };

export const useMarkRead = () =>
  useWrite(
    (body: MarkRead) => ok(client.POST('/api/v1/notifications/read', { body })),
    [NOTIFICATIONS_KEY],
  );

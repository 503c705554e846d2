import type { MailStatus } from '@contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { client, download, ok } from '../../api/client.ts';
import { useWrite } from '../../api/useWrite.ts';

const OUTBOX_KEY = ['mail', 'outbox'] as const;

export type OutboxFilters = { status?: MailStatus };
export type OutboxParams = OutboxFilters & { page: number; pageSize: number };

export const useOutbox = (params: OutboxParams) =>
  useQuery({
    queryKey: [...OUTBOX_KEY, params],
    queryFn: () => ok(client.GET('/api/v1/mail/outbox', { params: { query: params } })),
    placeholderData: keepPreviousData,
    // Mail is sent in the background: keep the page current while someone watches it.
    refetchInterval: 15_000,
  });

export const exportOutbox = (filters: OutboxFilters) =>
  download(
    client.GET('/api/v1/mail/outbox/export', { params: { query: filters }, parseAs: 'blob' }),
  );

export const useRetryMail = () =>
  useWrite(
    (id: string) =>
      ok(client.POST('/api/v1/mail/outbox/{id}/retry', { params: { path: { id } }, body: {} })),
    [OUTBOX_KEY],
  );

export const useSendTestMail = () =>
  useWrite(() => ok(client.POST('/api/v1/mail/test', { body: {} })), [OUTBOX_KEY]);

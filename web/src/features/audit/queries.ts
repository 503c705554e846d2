import type { AuditQuery } from '@contracts';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { client, download, ok } from '../../api/client.ts';
import type { ListParams } from '../../components/ServerTable.tsx';

export type AuditFilters = Partial<
  Pick<AuditQuery, 'actor' | 'action' | 'entityType' | 'entityId' | 'from' | 'to' | 'sort'>
>;
export type AuditListParams = ListParams<AuditFilters>;

export const useAuditTrail = (params: AuditListParams) =>
  useQuery({
    queryKey: ['audit', 'list', params],
    queryFn: () => ok(client.GET('/api/v1/audit', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });

export const useAuditActions = () =>
  useQuery({
    queryKey: ['audit', 'actions'],
    queryFn: () => ok(client.GET('/api/v1/audit/actions')),
    staleTime: 60_000,
  });

export const exportAuditTrail = (filters: AuditFilters) =>
  download(client.GET('/api/v1/audit/export', { params: { query: filters }, parseAs: 'blob' }));

/** Walks the hash chain on demand; a read, so nothing to invalidate. */
export const useVerifyAuditChain = () =>
  useMutation({ mutationFn: () => ok(client.GET('/api/v1/audit/verify')) });

import type { AuditQuery } from '@contracts';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { client, download, ok } from '../../api/client.ts';
import type { ListParams } from '../../components/ServerTable.tsx';

export type AuditFilters = Partial<
  Pick<AuditQuery, 'actor' | 'action' | 'entityType' | 'entityId' | 'from' | 'to' | 'sort'>
>;
export type AuditListParams = ListParams<AuditFilters>;

/** The answer carries words and names in the UI language, so a language switch asks again. */
export const useAuditTrail = (params: AuditListParams) => {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: ['audit', 'list', i18n.language, params],
    queryFn: () => ok(client.GET('/api/v1/audit', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });
};

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

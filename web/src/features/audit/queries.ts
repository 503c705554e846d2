import type { AuditEntry, AuditQuery, AuditVerification, Page } from '@contracts';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { api } from '../../api/client.ts';

export type AuditFilters = Partial<
  Pick<AuditQuery, 'actor' | 'action' | 'entityType' | 'entityId' | 'from' | 'to' | 'sort'>
>;
export type AuditListParams = AuditFilters & { page: number; pageSize: number };

export const useAuditTrail = (params: AuditListParams) =>
  useQuery({
    queryKey: ['audit', 'list', params],
    queryFn: () => api.get<Page<AuditEntry>>('/audit', params),
    placeholderData: keepPreviousData,
  });

export const useAuditActions = () =>
  useQuery({
    queryKey: ['audit', 'actions'],
    queryFn: () => api.get<string[]>('/audit/actions'),
    staleTime: 60_000,
  });

export const exportAuditTrail = (filters: AuditFilters) => api.download('/audit/export', filters);

/** Walks the hash chain on demand; a read, so nothing to invalidate. */
export const useVerifyAuditChain = () =>
  useMutation({ mutationFn: () => api.get<AuditVerification>('/audit/verify') });

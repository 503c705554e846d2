import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { client, ok } from '../../api/client.ts';
import type { ListParams } from '../../components/ServerTable.tsx';

export type PublicParams = ListParams<{ category?: string; provinceCode?: string }>;

/** Approved designated sites, open to anyone. */
export const usePublicDesignations = (params: PublicParams) =>
  useQuery({
    queryKey: ['public', 'designations', params],
    queryFn: () => ok(client.GET('/api/v1/public/designations', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });

/** The category list needs a login; the public rows carry their own names, so the filter offers those seen. */
export const usePublicCategories = () =>
  useQuery({
    queryKey: ['public', 'designations', 'all'],
    queryFn: () =>
      ok(client.GET('/api/v1/public/designations', { params: { query: { pageSize: 200 } } })),
    staleTime: 300_000,
  });

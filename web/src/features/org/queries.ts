import type { OrgCreate, OrgListQuery, OrgTreeNode, OrgUnit, Page } from '@contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';

export type OrgFilters = Partial<Pick<OrgListQuery, 'q' | 'kind' | 'status' | 'parentId' | 'sort'>>;
export type OrgListParams = OrgFilters & { page: number; pageSize: number };

export const orgKeys = {
  all: ['org'] as const,
  list: (params: OrgListParams) => ['org', 'list', params] as const,
  tree: ['org', 'tree'] as const,
};

export const useOrgUnits = (params: OrgListParams) =>
  useQuery({
    queryKey: orgKeys.list(params),
    queryFn: () => api.get<Page<OrgUnit>>('/org-units', params),
    placeholderData: keepPreviousData,
  });

/** The part of the tree the user may see, flat with parent ids. */
export const useOrgTree = () =>
  useQuery({
    queryKey: orgKeys.tree,
    queryFn: () => api.get<OrgTreeNode[]>('/org-units/tree'),
    staleTime: 60_000,
  });

export const exportOrgUnits = (filters: OrgFilters) => api.download('/org-units/export', filters);

/** A write to an org unit; the lists, the tree and the home figures reload after it. */
function useOrgWrite<Vars>(write: (vars: Vars) => Promise<OrgUnit>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: orgKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['home'] }),
      ]),
  });
}

export const useCreateOrgUnit = () =>
  useOrgWrite((body: OrgCreate) => api.post<OrgUnit>('/org-units', body));
export const useUpdateOrgUnit = () =>
  useOrgWrite(({ unit, nameZh, nameEn }: { unit: OrgUnit; nameZh: string; nameEn: string }) =>
    api.put<OrgUnit>(`/org-units/${unit.id}`, { version: unit.version, nameZh, nameEn }),
  );
export const useMoveOrgUnit = () =>
  useOrgWrite(({ unit, parentId }: { unit: OrgUnit; parentId: string | null }) =>
    api.post<OrgUnit>(`/org-units/${unit.id}/move`, { version: unit.version, parentId }),
  );
export const useArchiveOrgUnit = () =>
  useOrgWrite(({ unit, reason }: { unit: OrgUnit; reason: string }) =>
    api.post<OrgUnit>(`/org-units/${unit.id}/archive`, { version: unit.version, reason }),
  );
export const useRestoreOrgUnit = () =>
  useOrgWrite((unit: OrgUnit) =>
    api.post<OrgUnit>(`/org-units/${unit.id}/restore`, { version: unit.version }),
  );

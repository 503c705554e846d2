import type {
  DesignationCategory,
  Designation,
  DesignationGrant,
  DesignationHistoryEntry,
  DesignationStatusChange,
  Page,
  Port,
  PortCreate,
  PortListQuery,
  PortTraffic,
  PortUpdate,
  Regions,
  TrafficCreate,
  TrafficEntry,
  TrafficUpdate,
} from '@contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../api/client.ts';
import { useImport } from '../../components/useImport.ts';

export type PortFilters = Partial<
  Pick<
    PortListQuery,
    'q' | 'mode' | 'portClass' | 'status' | 'branchId' | 'provinceCode' | 'category' | 'sort'
  >
>;
export type PortListParams = PortFilters & { page: number; pageSize: number };

export const portKeys = {
  all: ['ports'] as const,
  list: (params: PortListParams) => ['ports', 'list', params] as const,
  one: (id: string) => ['ports', 'one', id] as const,
  designations: (id: string) => ['ports', 'designations', id] as const,
  history: (id: string) => ['ports', 'history', id] as const,
  traffic: (id: string) => ['ports', 'traffic', id] as const,
  map: ['ports', 'map'] as const,
};

export const usePorts = (params: PortListParams) =>
  useQuery({
    queryKey: portKeys.list(params),
    queryFn: () => api.get<Page<Port>>('/ports', params),
    placeholderData: keepPreviousData,
  });
export const usePort = (id: string) =>
  useQuery({ queryKey: portKeys.one(id), queryFn: () => api.get<Port>(`/ports/${id}`) });
export const useDesignations = (portId: string) =>
  useQuery({
    queryKey: portKeys.designations(portId),
    queryFn: () => api.get<Designation[]>(`/ports/${portId}/designations`),
  });
export const useDesignationHistory = (designationId: string) =>
  useQuery({
    queryKey: portKeys.history(designationId),
    queryFn: () => api.get<DesignationHistoryEntry[]>(`/designations/${designationId}/history`),
  });
export const usePortTraffic = (portId: string) =>
  useQuery({
    queryKey: portKeys.traffic(portId),
    queryFn: () => api.get<PortTraffic>(`/ports/${portId}/traffic`),
  });

/** Reference lists change rarely: cached for the session. */
export const useCategories = () =>
  useQuery({
    queryKey: ['reference', 'categories'],
    queryFn: () => api.get<DesignationCategory[]>('/reference/designation-categories'),
    staleTime: 300_000,
  });
export const useRegions = () =>
  useQuery({
    queryKey: ['reference', 'regions'],
    queryFn: () => api.get<Regions>('/reference/regions'),
    staleTime: Infinity,
  });

export const exportPorts = (filters: PortFilters) => api.download('/ports/export', filters);
export const downloadPortTemplate = () => api.download('/ports/import/template');
export const downloadTrafficTemplate = () => api.download('/traffic/import/template');

/** Imported ports are org units too; the home figures count them. */
export const useImportPorts = () => useImport('/ports/import', [portKeys.all, ['org'], ['home']]);
export const useImportTraffic = () => useImport('/traffic/import', [portKeys.all]);

/** A write under the port register; the port lists and details reload after it. */
function usePortWrite<Vars, Result>(write: (vars: Vars) => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: portKeys.all }),
        queryClient.invalidateQueries({ queryKey: ['org'] }),
      ]),
  });
}

export const useCreatePort = () =>
  usePortWrite((body: PortCreate) => api.post<Port>('/ports', body));
export const useUpdatePort = () =>
  usePortWrite(({ id, body }: { id: string; body: PortUpdate }) =>
    api.put<Port>(`/ports/${id}`, body),
  );
export const useGrantDesignation = () =>
  usePortWrite(({ portId, body }: { portId: string; body: DesignationGrant }) =>
    api.post<Designation>(`/ports/${portId}/designations`, body),
  );
export const useChangeDesignation = () =>
  usePortWrite(({ id, body }: { id: string; body: DesignationStatusChange }) =>
    api.post<Designation>(`/designations/${id}/status`, body),
  );
export const useCreateTraffic = () =>
  usePortWrite(({ portId, body }: { portId: string; body: TrafficCreate }) =>
    api.post<TrafficEntry>(`/ports/${portId}/traffic`, body),
  );
export const useUpdateTraffic = () =>
  usePortWrite(({ id, body }: { id: string; body: TrafficUpdate }) =>
    api.put<TrafficEntry>(`/traffic/${id}`, body),
  );

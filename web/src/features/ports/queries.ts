import type {
  DesignationGrant,
  DesignationStatusChange,
  PortCreate,
  PortListQuery,
  PortUpdate,
  TrafficCreate,
  TrafficUpdate,
} from '@contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { byId, client, download, ok } from '../../api/client.ts';
import { useWrite } from '../../api/useWrite.ts';
import type { ListParams } from '../../components/ServerTable.tsx';
import { useImport } from '../../components/useImport.ts';

export type PortFilters = Partial<
  Pick<
    PortListQuery,
    | 'q'
    | 'mode'
    | 'placeKind'
    | 'portClass'
    | 'status'
    | 'branchId'
    | 'provinceCode'
    | 'category'
    | 'sort'
  >
>;
export type PortListParams = ListParams<PortFilters>;

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
    queryFn: () => ok(client.GET('/api/v1/ports', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });
export const usePort = (id: string) =>
  useQuery({
    queryKey: portKeys.one(id),
    queryFn: () => ok(client.GET('/api/v1/ports/{id}', { params: byId(id) })),
  });
export const useDesignations = (portId: string) =>
  useQuery({
    queryKey: portKeys.designations(portId),
    queryFn: () => ok(client.GET('/api/v1/ports/{id}/designations', { params: byId(portId) })),
  });
export const useDesignationHistory = (designationId: string) =>
  useQuery({
    queryKey: portKeys.history(designationId),
    queryFn: () =>
      ok(client.GET('/api/v1/designations/{id}/history', { params: byId(designationId) })),
  });
export const usePortTraffic = (portId: string) =>
  useQuery({
    queryKey: portKeys.traffic(portId),
    queryFn: () => ok(client.GET('/api/v1/ports/{id}/traffic', { params: byId(portId) })),
  });
/** Every port in scope with its latest yearly tonnes, for the map: one request. */
export const usePortMap = () =>
  useQuery({ queryKey: portKeys.map, queryFn: () => ok(client.GET('/api/v1/ports/map')) });

export const exportPorts = (filters: PortFilters) =>
  download(client.GET('/api/v1/ports/export', { params: { query: filters }, parseAs: 'blob' }));
export const downloadPortTemplate = () =>
  download(client.GET('/api/v1/ports/import/template', { parseAs: 'blob' }));
export const downloadTrafficTemplate = () =>
  download(client.GET('/api/v1/traffic/import/template', { parseAs: 'blob' }));

/** Imported ports are org units too; the home figures count them. */
export const useImportPorts = () =>
  useImport('/api/v1/ports/import', [portKeys.all, ['org'], ['home']]);
export const useImportTraffic = () => useImport('/api/v1/traffic/import', [portKeys.all]);

/** A write under the port register; the port lists and details reload after it. */
const usePortWrite = <Vars, Result>(write: (vars: Vars) => Promise<Result>) =>
  useWrite(write, [portKeys.all, ['org']]);

export const useCreatePort = () =>
  usePortWrite((body: PortCreate) => ok(client.POST('/api/v1/ports', { body })));
export const useUpdatePort = () =>
  usePortWrite(({ id, body }: { id: string; body: PortUpdate }) =>
    ok(client.PUT('/api/v1/ports/{id}', { params: byId(id), body })),
  );
export const useGrantDesignation = () =>
  usePortWrite(({ portId, body }: { portId: string; body: DesignationGrant }) =>
    ok(client.POST('/api/v1/ports/{id}/designations', { params: byId(portId), body })),
  );
export const useChangeDesignation = () =>
  usePortWrite(({ id, body }: { id: string; body: DesignationStatusChange }) =>
    ok(client.POST('/api/v1/designations/{id}/status', { params: byId(id), body })),
  );
export const useCreateTraffic = () =>
  usePortWrite(({ portId, body }: { portId: string; body: TrafficCreate }) =>
    ok(client.POST('/api/v1/ports/{id}/traffic', { params: byId(portId), body })),
  );
export const useUpdateTraffic = () =>
  usePortWrite(({ id, body }: { id: string; body: TrafficUpdate }) =>
    ok(client.PUT('/api/v1/traffic/{id}', { params: byId(id), body })),
  );

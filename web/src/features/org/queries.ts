import type { OrgCreate, OrgListQuery, OrgUnit } from '@contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { byId, client, download, ok } from '../../api/client.ts';
import { useWrite } from '../../api/useWrite.ts';
import type { ListParams } from '../../components/ServerTable.tsx';

export type OrgFilters = Partial<Pick<OrgListQuery, 'q' | 'kind' | 'status' | 'parentId' | 'sort'>>;
export type OrgListParams = ListParams<OrgFilters>;

export const orgKeys = {
  all: ['org'] as const,
  list: (params: OrgListParams) => ['org', 'list', params] as const,
};

export const useOrgUnits = (params: OrgListParams) =>
  useQuery({
    queryKey: orgKeys.list(params),
    queryFn: () => ok(client.GET('/api/v1/org-units', { params: { query: params } })),
    placeholderData: keepPreviousData,
  });

export const exportOrgUnits = (filters: OrgFilters) =>
  download(client.GET('/api/v1/org-units/export', { params: { query: filters }, parseAs: 'blob' }));

/** A write to an org unit; the lists, the tree and the home figures reload after it. */
const useOrgWrite = <Vars>(write: (vars: Vars) => Promise<OrgUnit>) =>
  useWrite(write, [orgKeys.all, ['home']]);

export const useCreateOrgUnit = () =>
  useOrgWrite((body: OrgCreate) => ok(client.POST('/api/v1/org-units', { body })));
export const useUpdateOrgUnit = () =>
  useOrgWrite(({ unit, nameZh, nameEn }: { unit: OrgUnit; nameZh: string; nameEn: string }) =>
    ok(
      client.PUT('/api/v1/org-units/{id}', {
        params: byId(unit.id),
        body: { version: unit.version, nameZh, nameEn },
      }),
    ),
  );
export const useMoveOrgUnit = () =>
  useOrgWrite(({ unit, parentId }: { unit: OrgUnit; parentId: string | null }) =>
    ok(
      client.POST('/api/v1/org-units/{id}/move', {
        params: byId(unit.id),
        body: { version: unit.version, parentId },
      }),
    ),
  );
export const useArchiveOrgUnit = () =>
  useOrgWrite(({ unit, reason }: { unit: OrgUnit; reason: string }) =>
    ok(
      client.POST('/api/v1/org-units/{id}/archive', {
        params: byId(unit.id),
        body: { version: unit.version, reason },
      }),
    ),
  );
export const useRestoreOrgUnit = () =>
  useOrgWrite((unit: OrgUnit) =>
    ok(
      client.POST('/api/v1/org-units/{id}/restore', {
        params: byId(unit.id),
        body: { version: unit.version },
      }),
    ),
  );
